"""The HTML reference without a browser: areas and tags as the spec groups them, sources and deployments per
operation, request bodies, field tables that expand a shared schema once, details kept in templates, and every
text of the spec escaped, in element content and in attributes (the filters compare attribute values)."""

from __future__ import annotations

import copy
import re
from html.parser import HTMLParser
from typing import Any

import pytest
from modelarts_spec.loader import load_openapi
from modelarts_spec.openapi import operations

from generator.publish import reference, reference_model
from tests.publish.reference_specs import WRITE_ID, expected_deployments, with_sources_and_areas
from tests.support import SPEC

HOSTILE = '"><script>alert(1)</script><img src=x onerror=alert(2)>'


@pytest.fixture(scope="module")
def source() -> dict[str, Any]:
    data: dict[str, Any] = load_openapi(SPEC).data
    return data


class Attributes(HTMLParser):
    """Every attribute value and every script element of a page, as a browser reads them."""

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[str, list[str]] = {}
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.scripts += tag == "script"
        for name, value in attrs:
            self.values.setdefault(name, []).append(value or "")


def parsed(page: str) -> Attributes:
    parser = Attributes()
    parser.feed(page)
    return parser


@pytest.mark.slow
def test_operations_are_grouped_by_area_then_tag_in_the_spec_order(source: dict[str, Any]) -> None:
    data = with_sources_and_areas(source)
    builder = reference_model.Builder(data)
    found = reference.areas(data, [builder.operation(op) for op in operations(data)])
    tags = [t["name"] for t in data["tags"]]
    assert [(a.name, [t["name"] for t, _ in a.tags]) for a in found] == [("Area one", tags[0::2]), ("Area two", tags[1::2])]
    assert sum(a.count for a in found) == len(operations(data))
    data["x-tagGroups"][1]["tags"] = data["x-tagGroups"][1]["tags"][1:]  # one tag in no group
    regrouped = reference.areas(data, [builder.operation(op) for op in operations(data)])
    assert [a.name for a in regrouped] == ["Area one", "Area two", reference.OTHER_AREA]
    assert [t["name"] for t, _ in regrouped[-1].tags] == [tags[1]]
    del data["x-tagGroups"]
    [plain] = reference.areas(data, [builder.operation(op) for op in operations(data)])
    assert plain.name == "" and [t["name"] for t, _ in plain.tags] == tags


@pytest.mark.slow
def test_each_operation_shows_its_sources_and_deployments(source: dict[str, Any]) -> None:
    data = with_sources_and_areas(source)
    builder = reference_model.Builder(data)
    views = {op.operation_id: builder.operation(op) for op in operations(data)}
    assert {op: view.deployments for op, view in views.items()} == expected_deployments(data)
    page = reference.render(data)
    for op in operations(data):
        section = re.search(rf'<section class="operation" id="op-{op.operation_id}".*?</section>', page, re.S)
        assert section is not None
        for entry in op.data["x-documented-by"]:
            assert f"<code>{entry['at']}</code>" in section.group(0)
        assert ("it may not exist on Huawei Cloud" in section.group(0)) == (
            expected_deployments(data)[op.operation_id] == ["english-edition"]
        )
    write = views[WRITE_ID]
    assert write.request is not None and write.request.required and write.request.rows
    assert [r.name for r in write.request.rows] == [r.name for r in write.responses[0].rows]


@pytest.mark.slow
def test_details_are_templates_opened_by_the_script(source: dict[str, Any]) -> None:
    page = reference.render(source)
    count = len(operations(source))
    assert page.count('<template class="details">') == count == page.count('<div class="details" hidden></div>')
    assert page.count('<table class="parameters">') == count  # every one inside its template
    outside = re.sub(r"<template class=\"details\">.*?</template>", "", page, flags=re.S)
    assert "<table" not in outside


def test_a_schema_used_twice_in_one_table_is_expanded_once(source: dict[str, Any]) -> None:
    data = copy.deepcopy(source)
    pool = data["components"]["schemas"]["Pool"]
    pool["properties"]["twin"] = {"$ref": "#/components/schemas/PoolSpecModel", "description": "The spec again."}
    view = reference_model.Builder(data).operation(next(op for op in operations(data) if op.operation_id == "ShowPool"))
    rows = {row.name: row for row in view.responses[0].rows}
    assert "twin" in rows and not any(name.startswith("twin.") for name in rows)
    assert rows["twin"].description.endswith("Fields as under `spec`.")
    assert any(name.startswith("spec.") for name in rows)


def test_a_table_longer_than_the_limit_is_cut_and_says_so(source: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reference_model, "MAX_ROWS", 5)
    view = reference_model.Builder(source).operation(next(op for op in operations(source) if op.operation_id == "ShowPool"))
    assert len(view.responses[0].rows) == 5 and view.responses[0].truncated
    assert "The schema has more fields than this table lists (5)" in reference.render(source)


@pytest.mark.slow
def test_spec_text_is_escaped_in_content_and_attributes(source: dict[str, Any]) -> None:
    data = with_sources_and_areas(source)
    first = operations(data)[0]
    data["tags"][0]["name"] = HOSTILE
    for op in operations(data):
        if op.data["tags"][0] == first.data["tags"][0]:
            op.data["tags"] = [HOSTILE]
    data["x-tagGroups"][0] = {"name": HOSTILE, "tags": [HOSTILE, *data["x-tagGroups"][0]["tags"][1:]]}
    first.data["x-documented-by"] = [{"source": HOSTILE, "at": HOSTILE, "name": HOSTILE}]
    write = data["paths"][first.path]["post"]
    write["tags"] = [HOSTILE]
    write["requestBody"]["description"] = HOSTILE
    write["requestBody"]["content"]["application/json"]["example"] = {HOSTILE: HOSTILE}
    page = reference.render(data)
    assert "<script>alert(1)" not in page and "<img src=x" not in page
    found = parsed(page)
    assert found.scripts == 1  # ours
    assert found.values["data-area"].count(HOSTILE) >= 2 and found.values["data-tag"].count(HOSTILE) >= 2
    assert HOSTILE in found.values["value"]  # the filters' options carry the exact text


@pytest.mark.slow
def test_lifecycles_and_links_are_shown(source: dict[str, Any]) -> None:
    page = reference.render(source)
    show = re.search(r'<section class="operation" id="op-ShowTrainingJobDetails".*?</section>', page, re.S)
    assert show is not None
    heading = show.group(0).split('<template class="details">')[0]  # in the page's index, not only when opened
    assert "<strong>Lifecycle</strong> of <code>training_job</code>: state at <code>/status/phase</code>" in heading
    assert "failed: <code>Failed</code>" in heading
    create = re.search(r'<section class="operation" id="op-CreateTrainingJob".*?</section>', page, re.S)
    assert create is not None
    assert '<a href="#op-ShowTrainingJobDetails">ShowTrainingJobDetails</a>' in create.group(0)
    assert "<code>training_job_id</code> ← <code>$response.body#/metadata/id</code>" in create.group(0)
    lifecycles = sum("x-lifecycle" in op.data for op in operations(source))
    assert page.count('<p class="lifecycle">') == lifecycles
