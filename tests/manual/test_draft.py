"""`python -m generator draft`: pages of the English edition that the spec lacks become OpenAPI operations
(path, parameters, body, responses, components, examples, where each came from), drafted from the committed
transcription against copies of the spec with operations taken out, so the draft is compared with what the
maintainer curated from it."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest
from modelarts_spec.loader import STRICT, load_yaml
from modelarts_spec.names import COMPONENT_NAME
from modelarts_spec.openapi import operations

from generator.manual import draft as manual_draft
from tests.support import ROOT, committed_spec

TRANSCRIPTION = load_yaml(ROOT / "spec" / "doc-tables-en.json", STRICT).data
CONFIG = load_yaml(ROOT / "spec" / "draft.yaml", STRICT).data
CURATED = committed_spec()


def without(*operation_ids: str) -> dict[str, Any]:
    """The spec with these operations taken out (their components stay: the draft may reuse them)."""
    spec = copy.deepcopy(CURATED)
    for op in operations(CURATED):
        if op.operation_id in operation_ids:
            del spec["paths"][op.path][op.method]
    return spec


def drafted(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    result = manual_draft.draft(TRANSCRIPTION, spec, CONFIG)
    return {op["operationId"]: op for part in result.parts.values() for item in part["paths"].values() for op in item.values()}


def test_the_curated_spec_leaves_nothing_to_draft() -> None:
    assert drafted(CURATED) == {}


def test_a_missing_write_is_drafted_with_path_body_responses_and_its_page() -> None:
    result = manual_draft.draft(TRANSCRIPTION, without("CreateNetwork"), CONFIG)
    [(part, document)] = result.parts.items()
    [(path, item)] = document["paths"].items()
    op = item["post"]
    curated = next(o for o in operations(CURATED) if o.operation_id == "CreateNetwork")
    assert (part, path, op["operationId"], op["tags"]) == ("resources", curated.path, "CreateNetwork", curated.data["tags"])
    assert op["requestBody"]["content"]["application/json"]["examples"]["manual"]["value"] == _example(curated.data["requestBody"])
    assert set(op["responses"]) == set(curated.data["responses"])
    [documented] = [e for e in op["x-documented-by"] if e["source"] == "english-edition"]
    file, line = documented["at"].rsplit(":", 1)
    page = ROOT / "spec" / "manual" / "editions" / "en-2025-08-26-full" / file
    assert file.endswith("creating_network_resources.rst")
    assert page.read_text(encoding="utf-8").splitlines()[int(line) - 1] == "URI"  # the line of the page's URI heading
    assert documented == next(e for e in curated.data["x-documented-by"] if e["source"] == "english-edition")


def test_a_historical_page_takes_its_name_from_the_configuration() -> None:
    coined = {name for name in (CONFIG.get("names") or {}).values()}
    gone = sorted(coined & {o.operation_id for o in operations(CURATED)})[:3]
    found = drafted(without(*gone))
    assert set(found) == set(gone)
    assert all("page-id" in e for op in found.values() for e in op["x-documented-by"] if e["source"] == "english-edition")


def test_a_page_without_a_name_is_reported_not_guessed() -> None:
    config = {**CONFIG, "names": {}}
    coined = sorted((CONFIG.get("names") or {}).values())[:1]
    result = manual_draft.draft(TRANSCRIPTION, without(*coined), config)
    assert result.parts == {}
    assert [d.code for d in result.diagnostics if d.code.startswith("draft-name")] == ["draft-name-missing"]


@pytest.mark.slow
@pytest.mark.parametrize("area", sorted({str(area["part"]) for area in CONFIG["areas"]}))
def test_drafted_component_names_are_valid_and_never_fold_onto_another(area: str) -> None:
    """Every operation of an area drafted at once from a spec without them: the names are plain (no table title's
    `**`), and none differs from another only in case (one Python module for both)."""
    ids = [o.operation_id for o in operations(CURATED) if _part_of(o.data) == area and _english(o.data)]
    result = manual_draft.draft(TRANSCRIPTION, without(*ids), CONFIG)
    names = [*result.components.schemas, *result.components.existing]
    assert all(COMPONENT_NAME.fullmatch(name) for name in result.components.schemas), [
        n for n in result.components.schemas if not COMPONENT_NAME.fullmatch(n)
    ]
    folded = [name.lower() for name in names]
    assert len(folded) == len(set(folded))
    assert len(drafted(without(*ids))) == len(ids)


def _english(op: dict[str, Any]) -> bool:
    return any(e.get("source") == "english-edition" for e in op.get("x-documented-by", []))


def _part_of(op: dict[str, Any]) -> str:
    at = next((e["at"] for e in op.get("x-documented-by", []) if e.get("source") == "english-edition"), "")
    for area in CONFIG["areas"]:
        for tag in area["tags"]:
            if tag["name"] in op.get("tags", []):
                return str(area["part"])
    return re.sub(r"/.*", "", at)


def _example(body: dict[str, Any]) -> Any:
    media = body["content"]["application/json"]
    return media["example"] if "example" in media else next(iter(media["examples"].values()))["value"]


def test_a_spec_whose_schema_names_are_not_text_is_drafted_against_not_crashed() -> None:
    """YAML reads `123:` as a number: the name checks must not assume text (an AttributeError escaped once)."""
    spec = without(*[o.operation_id for o in operations(CURATED) if _part_of(o.data) == "devenv" and _english(o.data)])
    spec["components"]["schemas"] = {123: {"type": "object"}, None: {"type": "object"}, **spec["components"]["schemas"]}
    result = manual_draft.draft(TRANSCRIPTION, spec, CONFIG)
    assert result.parts and all(isinstance(name, str) for name in result.components.schemas)


def test_a_gets_request_body_table_is_drafted_as_query_parameters() -> None:
    """ListTrainingJobConfigs' historical page prints its query in a "Request Body" table: a GET carries no body."""
    op = drafted(without("ListTrainingJobConfigs"))["ListTrainingJobConfigs"]
    assert "requestBody" not in op and "Request Body" in op["x-doc-deviation"]["manual"]
    query = {p["name"]: p["schema"] for p in op["parameters"] if p.get("in") == "query"}
    assert set(query) == {"per_page", "page", "sortBy", "order", "search_content", "config_type"}
    assert query["per_page"]["type"] == "integer" and query["order"]["type"] == "string"


def test_an_example_integer_beyond_32_bits_makes_the_drafted_schema_int64() -> None:
    from generator.manual.draft_examples import Checker

    checker = Checker({}, {}, [])
    holder = {"createTime": {"type": "integer"}, "total": {"type": "integer"}, "line": {"type": "string"}}
    for key, value in (("createTime", 1727254947000), ("total", 234), ("line", 1551252759254000002)):
        checker.walk(holder, key, value)
    assert holder["createTime"] == {"type": "integer", "format": "int64"}  # fits the table's Integer: no deviation
    assert holder["total"] == {"type": "integer"}
    assert {"type": "integer", "format": "int64"} in holder["line"]["anyOf"]  # widened, and wide enough
