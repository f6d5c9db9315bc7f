"""Property-based: whatever manual text, English page, evidence file, errata file, draft configuration,
transcription or SDK operation list the generator is given, it answers with its result and diagnostics — never another exception (issue 21).

Manual input is drawn as concatenations of pieces that exercise every reader: bullets, section and table
markers, status codes, type phrases (nested generics among them), enum and number phrases (5,000 digits among
them), grid and simple tables, labels and links, code blocks with unbalanced JSON. Data files are drawn as JSON
values over the keys their readers know, with values of every kind in every place."""

from __future__ import annotations

import functools
import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from modelarts_spec.diagnostics import Diagnostic, InputError, render
from modelarts_spec.loader import STRICT, YamlDocument, load_openapi, load_yaml

from generator import evidence, sources, summary
from generator.manual import compare, draft_config, drift, rst, transcription
from generator.manual import draft as manual_draft
from generator.manual import tables as doc_tables
from generator.manual import text as manual_text
from tests.hostile.edits import node_at, pointers, replaced
from tests.support import ROOT, SPEC, committed_spec

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
DIGITS = "9" * 5000
EDITION = ROOT / "spec" / "manual" / "editions" / "en-2025-08-26-full"

ZH_PIECES = [
    "• ", "\n", "\n  ", "  ", "\t", "\u3000", "URI ", "GET /v1/{id}/x?a=1 ", "响应参数 ", "响应示例 ", "请求示例 ", "请求参数 ",
    "状态码: 200 ", "状态码：404 ", "表1 ", "表2 ", f"表{DIGITS} ", "响应Body参数 ", "路径参数 ", "Query参数 ", "参数 ", "是否必选 ",
    "参数类型 ", "描述 ", "name ", "os.modelarts/x ", "是 ", "否 ", "String ", "Integer ", "Long ", "Array of strings ",
    "Array of T objects ", "T object ", "T ", "Map<String,T> ", "Array<" * 20, ">" * 20, "Array<" * 3000 + "T" + ">" * 3000 + " ", "Map< ", "取值为 ", "A: ", "B：", "：",
    "默认值为x ", f"最大值为{DIGITS} ", "最大值为500 ", "数组大小不超过12 ", "单位 MB ", "{", "}", "[", "]", '"', "\\", ":", ",",
    "见表2 ", "see Table 9 ",
]  # fmt: skip
DEEP_TYPE = "Array<" * 3000 + "String" + ">" * 3000  # past the interpreter stack, even as hypothesis raises its limit
DEEP_BORDER = "   +------+" + "-" * (len(DEEP_TYPE) + 2) + "+---+\n"
DEEP_TABLE = (  # a whole grid table whose type column is wide enough for a type nested 3,000 deep
    ".. table:: **Table 4** Deep\n\n"
    + DEEP_BORDER
    + "   | Name | "
    + "Type".ljust(len(DEEP_TYPE))
    + " | D |\n"
    + DEEP_BORDER.replace("-", "=")
    + f"   | deep | {DEEP_TYPE} | d |\n"
    + DEEP_BORDER
    + "\n"
)
RST_PIECES = [
    ":original_name: ShowX.html\n", "URI\n---\n\n", "Response Parameters\n-------------------\n\n", "Request Parameters\n------------------\n\n",
    "Example Responses\n-----------------\n\n", "Example Requests\n----------------\n\n", "Status Codes\n------------\n\n",
    "Function\n--------\n\nDoes it.\n\n", "GET /v1/{project_id}/x/{id}?limit=1\n\n", "**Status code: 200**\n\n", "Successful response\n",
    ".. _t1:\n\n", ".. table:: **Table 1** Response body parameters\n\n", ".. table:: **Table 2** T\n\n",
    f".. table:: **Table {DIGITS}** T\n\n", ".. table:: **Table 3** Parameters\n\n", "   +------+----------+------+\n",
    "   +======+==========+======+\n", "   | name | String   | d    |\n", "   | x    | T object | :ref:`T <t1>` |\n",
    "   | y    | Array<Array<String>> | Options: **A**, **B** |\n", f"   | m | Integer | The maximum value is **{DIGITS}**. |\n",
    "   | " + "Array<" * 30 + " | x |\n", DEEP_TABLE, "   ===== ====== ====\n", "   a     String d\n", "         more\n", "+" * 80 + "\n",
    ".. code-block::\n\n", '   {"a": [1, "', "   }\n", "   ]\n", '   "\\', "   null\n", "\n", "   ", "|", ":ref:`a   <b>`",
]  # fmt: skip

ZH_KINDS = ["URI ", "响应参数 ", "请求参数 ", "响应示例 ", "请求示例 ", "其他 "]
# A bullet of a known kind, then pieces: sections are reached, not only refused for their first word.
zh_section = st.tuples(st.sampled_from(ZH_KINDS), st.lists(st.sampled_from(ZH_PIECES), max_size=30)).map(
    lambda s: "• " + s[0] + "".join(s[1])
)
zh_text = st.lists(st.one_of(zh_section, st.sampled_from(ZH_PIECES)), max_size=8).map("\n".join)
RST_PAGE = ":original_name: ShowX.html\n\nShow X\n======\n\nURI\n---\n\nGET /v1/{project_id}/x/{id}\n\n"
# Directives and labels start a line wherever they are drawn (other pieces may end mid-line).
rst_piece = st.sampled_from(RST_PIECES).map(lambda piece: "\n" + piece if piece.startswith(".. ") else piece)
rst_text = st.lists(rst_piece, max_size=60).map(lambda pieces: RST_PAGE + "".join(pieces))
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-(10**20), 10**20), st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=8)
)
HOSTILE = st.one_of(
    scalars,
    st.sampled_from(["", "../x", "(", "9" * 5000, [], {}, ["string"], {"type": "string"}, [{"a": 1}], 0, -1, True]),
    st.recursive(
        scalars, lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=5), inner, max_size=3)), max_leaves=8
    ),
)

# What only a JSON file can hold (YAML refuses the escape): strings no UTF-8 stream takes, as a value and as a key.
JSON_HOSTILE = st.one_of(HOSTILE, st.sampled_from(["\ud800", "a\udfff", {"k\ud800": 1}, ["\udc00"]]))


def edits(document: Any, own_parts: bool = False, values: st.SearchStrategy[Any] = HOSTILE) -> st.SearchStrategy[Any]:
    """`document` (valid for its reader) with one to three of its places replaced by hostile values; `own_parts`:
    by what the document holds at another place of the same role instead (another row's type, another table's
    rows, another section), which passes a shape check and so reaches the readers behind it."""
    places = pointers(document)
    if not own_parts:
        return st.lists(st.tuples(st.sampled_from(places), values), min_size=1, max_size=3).map(lambda found: replaced(document, found))
    alike: dict[Any, list[Any]] = {}
    for place in places:
        alike.setdefault(_role(place), []).append(node_at(document, place))

    def edit(place: tuple[Any, ...]) -> st.SearchStrategy[tuple[tuple[Any, ...], Any]]:
        return st.tuples(st.just(place), st.sampled_from(alike[_role(place)]))

    return st.lists(st.sampled_from(places).flatmap(edit), min_size=1, max_size=3).map(lambda found: replaced(document, found))


def _role(place: tuple[Any, ...]) -> Any:
    """What a place is, whatever its indexes: the `type` of any row, any item of any table's `rows`."""
    return (*(p for p in place if isinstance(p, str)), isinstance(place[-1], int) if place else False)


def spec() -> dict[str, Any]:
    return committed_spec()


def only_diagnostics(found: list[Diagnostic]) -> None:
    assert all(isinstance(d, Diagnostic) and d.code and d.message for d in found), found


@pytest.mark.slow
@SETTINGS
@given(zh_text)
def test_any_manual_text_is_transcribed_and_compared_with_diagnostics_only(text: str) -> None:
    parsed = manual_text.parse_manual(text, "manual.txt")
    data, diagnostics = doc_tables.build(parsed, spec())
    only_diagnostics(diagnostics)
    assert all(d.line for d in parsed.diagnostics)
    drift.compare(spec(), {"sections": []}, data)
    doc_tables.dump(data)


@pytest.mark.slow
@SETTINGS
@given(rst_text)
def test_any_english_page_is_transcribed_and_compared_with_diagnostics_only(text: str) -> None:
    sections: list[manual_text.Section] = []
    diagnostics: list[Diagnostic] = []
    rst.parse_page(text, "p.rst", sections, diagnostics, "p.rst")
    rst.resolve_links([t for s in sections for t in s.tables], {})
    data, found = doc_tables.build(manual_text.Manual("p.rst", sections, [], diagnostics), spec())
    only_diagnostics(found)
    drift.compare(spec(), {"sections": []}, data)
    doc_tables.dump(data)


BODY_ITEM = {"operation": "ShowPool", "pointer": "/spec/resources/*/flavor", "type": "string", "path": "a.go", "line": 3}
PARAMETER_ITEM = {"operation": "ShowPool", "in": "path", "name": "pool_name", "type": "string", "items": "string", "enum": ["a", 1]}
EVIDENCE = {"repo": "a/b", "items": [BODY_ITEM, {**PARAMETER_ITEM, "path": "b.py", "line": 9, "commit": "abc", "note": "n"}]}


@pytest.mark.slow
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits(EVIDENCE))
def test_any_evidence_file_gives_items_or_shape_errors(document: Any) -> None:
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "e.yaml").write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
        items, problems = evidence.load(folder)
        assert all(p.code == "evidence-shape" and p.file and p.line for p in problems), problems
        only_diagnostics(evidence.check(load_yaml(SPEC), items) if items else [])


ERRATUM = {"page": "area/show.rst", "line": 6, "printed": "GET", "corrected": "GET", "why": "a test"}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits({"errata": [ERRATUM, {**ERRATUM, "line": 1}]}))
def test_any_errata_file_is_applied_or_refused_with_its_pointer(document: Any) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "edition"
        (folder / "area").mkdir(parents=True)
        (folder / "area" / "show.rst").write_text(":original_name: ShowX.html\n\nURI\n---\n\nGET /v1/x\n", encoding="utf-8")
        (Path(tmp) / "edition.errata.yaml").write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
        try:
            manual = rst.read_edition(str(folder))
        except InputError as refused:
            assert refused.diagnostic.code == "errata-shape", refused.diagnostic
            assert refused.diagnostic.pointer is not None and refused.diagnostic.line
            return
        only_diagnostics(manual.diagnostics)


@functools.cache
def two_pages() -> dict[str, Any]:
    """The transcription of two committed pages as an edition of their own (areas match them by folder)."""
    with tempfile.TemporaryDirectory() as tmp:
        for page in (
            "resource_management/network_management/creating_network_resources.rst",
            "authorization_management/configuring_authorization.rst",
        ):
            (Path(tmp) / page).parent.mkdir(parents=True, exist_ok=True)
            (Path(tmp) / page).write_text((EDITION / page).read_text(encoding="utf-8"), encoding="utf-8")
        data, _ = doc_tables.build(rst.read_edition(tmp), None)
        return data


CONFIG = yaml.safe_load((ROOT / "spec" / "draft.yaml").read_text(encoding="utf-8"))


@pytest.mark.slow
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits(CONFIG))
def test_any_draft_configuration_is_refused_at_its_pointer_or_drafts(document: Any) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "draft.yaml"
        path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
        config = load_yaml(path, STRICT)
    problems = draft_config.check(config)
    assert all(p.code == "draft-config-shape" and p.pointer is not None and p.line for p in problems), problems
    if not problems:
        only_diagnostics(manual_draft.draft(two_pages(), {"paths": {}}, config.data).diagnostics)


@functools.cache
def matched_pages() -> dict[str, Any]:
    """`two_pages()` transcribed against the spec, so its sections name operations and every reader has work."""
    with tempfile.TemporaryDirectory() as tmp:
        for page in (
            "resource_management/network_management/creating_network_resources.rst",
            "authorization_management/configuring_authorization.rst",
        ):
            (Path(tmp) / page).parent.mkdir(parents=True, exist_ok=True)
            (Path(tmp) / page).write_text((EDITION / page).read_text(encoding="utf-8"), encoding="utf-8")
        data, _ = doc_tables.build(rst.read_edition(tmp), spec())
        return data


@functools.cache
def spec_document() -> YamlDocument:
    return load_openapi(SPEC)


@pytest.mark.slow
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(edits(matched_pages(), values=JSON_HOSTILE), edits(matched_pages(), own_parts=True)))
@example({**matched_pages(), "source": "x\ud800"})  # printed by summary: one place among thousands, so named here
def test_any_transcription_is_refused_at_its_pointer_or_read_by_every_reader(document: Any) -> None:
    """What validate, summary, drift and publish do with a transcription given by `--doc-tables`: hostile values
    are refused at their pointer; parts moved to other places of their role (rows linking elsewhere, types
    swapped, operations exchanged) are read by every reader."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "tables.json"
        path.write_text(json.dumps(document, indent=1), encoding="utf-8")  # escaped: a lone surrogate too
        try:
            tables = transcription.load(path)
        except InputError as refused:
            # the pointer always; the line too unless YAML cannot read the JSON text (the loader then indexes no lines)
            assert refused.diagnostic.code == "doc-tables-shape" and refused.diagnostic.pointer is not None, refused.diagnostic
            return
    found = compare.check_doc_coverage(spec_document(), tables)
    only_diagnostics(found)
    render(found, "json").encode("utf-8")  # what the CLI prints, as a UTF-8 stream takes it
    sources.expected_entries(spec(), [tables], None)
    summary.render(spec_document(), [tables]).encode("utf-8")
    drift.compare(spec(), tables.data, tables.data)


SDK = {
    "source": "s",
    "package": "p",
    "version": "1",
    "file": "f.py",
    "operations": [{"name": "n", "method": "GET", "path": "/v1/{x}", "line": 3}],
}


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits(SDK))
def test_any_sdk_list_is_refused_at_its_pointer_or_gives_entries(document: Any) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sdk.yaml"
        path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
        try:
            sdk = sources.load_sdk(str(path))
        except InputError as refused:
            assert refused.diagnostic.code == "sdk-shape" and refused.diagnostic.pointer is not None, refused.diagnostic
            return
    assert all(entry["source"] == "huaweicloud-sdk-python" for entry in sources.sdk_entries(sdk.data, "GET", "/v1/{y}"))
