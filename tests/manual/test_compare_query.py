"""A GET's "Request Body" table (older pages) is covered by the spec's query parameters, typed as the table types
them (generator/manual/compare.py); a GET carries no body for a generated client to send."""

from __future__ import annotations

import copy
import json
from typing import Any

from generator.manual import tables as doc_tables
from generator.manual.compare import compare_fields
from tests.support import ROOT, committed_spec

OPERATION = "ListTrainingJobConfigs"  # historical_apis/…/querying_a_list_of_training_job_configurations.rst


def _request_rows() -> list[doc_tables.DocField]:
    data = json.loads((ROOT / "spec" / "doc-tables-en.json").read_text(encoding="utf-8"))
    rows = [f for f in doc_tables.fields(data, [], "english-edition") if f.operation == OPERATION and f.where == "request"]
    assert {f.path[0] for f in rows} == {"per_page", "page", "sortBy", "order", "search_content", "config_type"}
    return rows


def _parameters(spec: dict[str, Any]) -> list[dict[str, Any]]:
    params: list[dict[str, Any]] = spec["paths"]["/v1/{project_id}/training-job-configs"]["get"]["parameters"]
    return params


def test_the_pages_request_table_is_covered_by_query_parameters_and_no_body() -> None:
    spec = committed_spec()
    assert "requestBody" not in spec["paths"]["/v1/{project_id}/training-job-configs"]["get"]
    assert compare_fields(spec, _request_rows()) == []


def test_a_row_without_its_query_parameter_is_missing_and_a_retyped_one_mismatches() -> None:
    spec = copy.deepcopy(committed_spec())
    params = _parameters(spec)
    params.remove(next(p for p in params if p.get("name") == "config_type"))
    next(p for p in params if p.get("name") == "per_page")["schema"] = {"type": "boolean"}
    found = {(problem.code, problem.field.path[0]) for problem in compare_fields(spec, _request_rows())}
    assert found == {("doc-status-missing", "config_type"), ("doc-type-mismatch", "per_page")}, found
