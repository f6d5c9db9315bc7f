"""The whole English edition (spec/manual/editions/en-2025-08-26-full), read from its own folder tree.

One test per reading gap, each on a real page of the committed edition: the folder tree, the historical pages'
headings and generic table titles, a URI with its query string, `@modelarts:` row names, nested and plain-word
array types, tables reached through `Map<String, X>`, through a page's labels and through titles that differ
from the type, examples the page prints broken (the errata), and the page facts the draft step reads.
"""

from __future__ import annotations

from typing import Any

import pytest

from generator.manual import rst
from generator.manual import tables as doc_tables
from generator.manual import text as manual_text
from tests.support import ROOT

EDITION = ROOT / "spec" / "manual" / "editions" / "en-2025-08-26-full"
HISTORICAL = "historical_apis/training_management_old_version/visualization_jobs"


def page(relative: str) -> manual_text.Manual:
    return rst.read_edition(str(EDITION / relative))


def section(manual: manual_text.Manual, kind: str) -> manual_text.Section:
    [found] = [s for s in manual.sections if s.kind == kind]
    return found


def fields_of(manual: manual_text.Manual) -> dict[str, doc_tables.DocField]:
    data, _ = doc_tables.build(manual, None)
    for s in data["sections"]:
        s["operation"] = "Op"
    return {f.display: f for f in doc_tables.fields(data, [], "")}


@pytest.fixture(scope="module")
def edition() -> manual_text.Manual:
    return rst.read_edition(str(EDITION))


@pytest.mark.slow
def test_the_folder_tree_is_read_and_pages_are_named_by_their_path(edition: manual_text.Manual) -> None:
    uris = [s for s in edition.sections if s.kind == "uri"]
    assert len(uris) == len({s.page for s in uris}) == 222
    assert "resource_management/resource_pool_management/obtaining_a_resource_pool.rst" in {s.page for s in uris}
    assert "appendix/error_codes.rst: no operation headings" in edition.ignored  # counted, not warned about
    assert len(edition.ignored) == 272 - 222
    assert not [d for d in edition.diagnostics if d.code in ("uri-unreadable", "row-unreadable", "example-unreadable")]


def test_historical_headings_give_request_and_response_bodies_and_examples() -> None:
    manual = page(f"{HISTORICAL}/creating_a_visualization_job.rst")
    [body] = section(manual, "request-parameters").tables[:1]
    assert body.location == "body" and body.status is None and "job_name" in [r.name for r in body.rows]
    response = section(manual, "response-parameters").tables[0]
    assert (response.location, response.status) == ("body", 200)
    request = section(manual, "request-example")
    assert (request.method, request.path) == ("POST", "/v1/{project_id}/visualization-jobs")
    assert request.examples[0].status is None and request.examples[0].body["job_name"] == "visualization-job"
    assert [(e.status, e.label) for e in section(manual, "response-examples").examples] == [
        (200, "Successful response"),
        (400, "Failed response"),
    ]


def test_generic_table_titles_take_their_place_from_the_heading() -> None:
    manual = page(f"{HISTORICAL}/querying_a_visualization_job_list.rst")
    uri = section(manual, "uri")
    assert [(t.title, t.location) for t in uri.tables] == [("Parameters", "path"), ("Query parameters", "query")]
    assert section(manual, "response-parameters").tables[0].location == "body"
    described = page("historical_apis/devenviron_old_version/deleting_a_development_environment_instance.rst")
    assert [(t.title, t.location) for t in section(described, "uri").tables] == [("Parameter description", "path")]
    assert [(t.title, t.location) for t in section(described, "response-parameters").tables] == [("Parameter description", "body")]


def test_a_uri_with_its_query_string_gives_the_path_and_the_query_names() -> None:
    uri = section(page("historical_apis/devenviron_old_version/obtaining_development_environment_instances.rst"), "uri")
    assert uri.path == "/v1/{project_id}/demanager/instances"
    assert {"de_type", "provision_type", "status", "sortby", "order", "offset", "limit"} <= set(uri.query)


def test_label_property_rows_are_read() -> None:
    fields = fields_of(page("historical_apis/data_management_old_version/creating_a_dataset_label.rst"))
    assert "Op request body labels.property.@modelarts:color" in fields


@pytest.mark.parametrize(
    ("relative", "row", "json_type", "items"),
    [
        ("training_management/terminating_a_training_job.rst", "node_count_metrics", "array", "array"),
        ("training_management/querying_information_about_a_trial_using_hyperparameter_search.rst", "data", "array", "array"),
        ("training_management/querying_the_running_metrics_of_a_specified_task_in_a_training_job.rst", "value", "array", "number"),
        ("historical_apis/devenviron_old_version/obtaining_development_environment_instances.rst", "instances", "array", None),
    ],
)
def test_nested_and_plain_word_array_types(relative: str, row: str, json_type: str, items: str | None) -> None:
    rows = [r for s in page(relative).sections for t in s.tables for r in t.rows if r.name == row]
    assert rows and (rows[0].type.json_type, rows[0].type.items) == (json_type, items)


def test_a_map_of_objects_reaches_its_table_through_a_star_segment() -> None:
    fields = fields_of(page("historical_apis/data_management_old_version/obtaining_dataset_statistics.rst"))
    assert "Op 200 body hard_detail_stats.*.value.reason" in fields  # Map<String, PairOfintAndHardDetail> → HardDetail


def test_two_rows_linking_one_label_reach_the_two_tables_of_that_title() -> None:
    manual = page("training_management/creating_a_training_job.rst")
    _data, diagnostics = doc_tables.build(manual, None)
    assert not [d for d in diagnostics if d.code == "table-unreferenced"]
    numbers = sorted(r.table for s in manual.sections for t in s.tables for r in t.rows if r.name == "engine" and r.table in (34, 35))
    assert numbers == [34, 35]


def test_historical_tables_are_reached_by_their_bold_titles_and_by_foreign_labels() -> None:
    manual = page("historical_apis/devenviron_old_version/obtaining_details_about_a_development_environment_instance.rst")
    fields = fields_of(manual)
    assert any(name.endswith("spec.custom_script_path") for name in fields)  # **notebook** parameters, linked by label
    assert any(name.endswith("flavor_details.params") or "flavor_details." in name for name in fields)


@pytest.mark.slow
def test_an_example_the_page_prints_broken_is_corrected_by_the_errata() -> None:
    relative = "resource_management/resource_pool_management/obtaining_a_resource_pool.rst"
    examples = section(_read_one_with_errata(relative), "response-examples").examples
    assert examples[0].body["status"]["resources"]["available"][0]["azs"][0]["az"] == "az-7c"
    alone = page(relative)  # a page read on its own has no errata: still a warning naming page and line
    assert [d.code for d in alone.diagnostics] == ["example-unreadable"]


def _read_one_with_errata(relative: str) -> manual_text.Manual:
    manual = rst.read_edition(str(EDITION))
    return manual_text.Manual(manual.source, [s for s in manual.sections if s.page == relative], [], manual.diagnostics)


def test_page_facts_the_draft_step_reads() -> None:
    manual = page("resource_management/network_management/creating_network_resources.rst")
    facts: dict[str, Any] = section(manual, "uri").facts
    assert facts["name"] == "CreateNetwork" and facts["title"] == "Creating Network Resources"
    assert facts["function"].startswith("This API is used to create")
    assert section(manual, "status-codes").facts["statuses"][200] == "OK"
    historical = section(page(f"{HISTORICAL}/creating_a_visualization_job.rst"), "uri").facts
    assert historical["page_id"] == "modelarts_03_0064" and "name" not in historical
