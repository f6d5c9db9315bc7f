"""The manual's JSON examples are read by the bounded reader, in both editions: nesting beyond the reader's
limit, a repeated key, NaN or an unreadable example is a warning naming the page (or text) and line, never a
RecursionError or a silently kept value. English-edition diagnostics name the `.rst` page and its own
table caption (`Table 5`), not the folder and the Chinese `表5`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from modelarts_spec.loader import load_openapi

from generator.manual import rst
from generator.manual import tables as doc_tables
from generator.manual import text as manual
from tests.support import ROOT, SPEC, run_cli

LATEST = ROOT / "spec" / "manual" / "editions" / "en-2025-08-26"
TAGS_BODY = '   {\n     "tags" : [ {\n       "key" : "dev",\n       "value" : "dev1"\n     } ]\n   }\n'
DEEP = "[" * 100_000
BAD_BODIES = {
    "deep": f"   {DEEP}\n",
    "duplicate": '   { "tags" : [], "tags" : [] }\n',
    "nan": '   { "tags" : NaN }\n',
    "huge-integer": '   { "tags" : ' + "9" * 5000 + " }\n",
}


def page_with(tmp_path: Path, body: str) -> Path:
    text = (LATEST / "ShowPoolTags.rst").read_text(encoding="utf-8")
    assert text.count(TAGS_BODY) == 1
    page = tmp_path / "ShowPoolTags.rst"
    page.write_text(text.replace(TAGS_BODY, body), encoding="utf-8")
    return page


def line_of(page: Path, body: str) -> int:
    lines = page.read_text(encoding="utf-8").splitlines()
    return lines.index(body.splitlines()[0]) + 1


@pytest.mark.parametrize("name", sorted(BAD_BODIES))
def test_a_hostile_rst_example_is_a_warning_naming_the_page_and_line(tmp_path: Path, name: str) -> None:
    page = page_with(tmp_path, BAD_BODIES[name])
    parsed = rst.read_edition(str(page))
    [warning] = [d for d in parsed.diagnostics if d.code == "example-unreadable"]
    assert warning.file == str(page)
    assert warning.line == line_of(page, BAD_BODIES[name])
    assert "status 204" in warning.message
    assert not [e for s in parsed.sections for e in s.examples if e.status == 204]  # nothing half-read is kept


@pytest.mark.slow
def test_drift_and_transcribe_survive_a_deeply_nested_rst_example(tmp_path: Path) -> None:
    page = page_with(tmp_path, f"   {DEEP}\n")
    for command in (["transcribe", str(page), "-o", str(tmp_path / "t.yaml")], ["drift", str(page)]):
        result = run_cli(*command)
        assert result.returncode in (0, 1), result.stderr[-2000:]
        assert "example-unreadable" in result.stderr
        assert "Traceback" not in result.stderr and "RecursionError" not in result.stderr


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        (DEEP, "deeper"),
        ('{ "a": 1, "a": 2 }', "duplicate"),
        ('{ "a": NaN }', "NaN"),
        ('{ "a": 1, }', "not valid JSON"),
    ],
)
def test_a_hostile_text_example_is_a_warning_naming_the_line(example: str, expected: str) -> None:
    text = "  • URI GET /v1/x\n\n  • 响应示例 状态码: 200 OK " + example + "\n"
    parsed = manual.parse_manual(text, "doc.txt")
    [warning] = [d for d in parsed.diagnostics if d.code == "example-unreadable"]
    assert (warning.file, warning.line) == ("doc.txt", 3)
    assert expected in warning.message
    assert not parsed.sections[1].examples


def test_a_text_example_keeps_reading_after_the_json_ends() -> None:
    text = '  • 响应示例 状态码: 200 OK { "a": [1, {"b": "}"}] } 状态码: 400 Bad { "error_code": "x" } trailing words\n'
    parsed = manual.parse_manual(text, "doc.txt")
    assert [(e.status, e.body) for e in parsed.sections[0].examples] == [(200, {"a": [1, {"b": "}"}]}), (400, {"error_code": "x"})]
    assert not parsed.diagnostics


def test_english_edition_table_warnings_name_the_page_and_its_table_caption(tmp_path: Path) -> None:
    # The page links `versions` (a Map of PluginTemplateVersionV2) to its table; a copy whose row names no table leaves it orphaned.
    edition = tmp_path / "edition"
    shutil.copytree(LATEST, edition)
    page = edition / "ShowPluginTemplate.rst"
    text = page.read_text(encoding="utf-8")
    linked = "Map<String,\\ :ref:`PluginTemplateVersionV2 <en-us_topic_0000002340898514__response_plugintemplateversionv2>`>"
    assert linked in text
    page.write_text(text.replace(linked, "Map<String,String>" + " " * (len(linked) - len("Map<String,String>"))), encoding="utf-8")
    _data, diagnostics = doc_tables.build(rst.read_edition(str(edition)), load_openapi(str(SPEC)).data)
    [warning] = [d for d in diagnostics if d.code == "table-unreferenced" and "PluginTemplateVersionV2" in d.message]
    assert warning.file == str(page)
    assert "section 21: Table 5 PluginTemplateVersionV2 is referenced" in warning.message and "表" not in warning.message
    lines = page.read_text(encoding="utf-8").splitlines()
    assert lines[warning.line - 1] == "Response Parameters"  # the page's own line, of the section holding the table
