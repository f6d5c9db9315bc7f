"""Specs for the HTML reference tests, built from the committed one: larger (renamed copies, bench/scale_spec.py),
with the operation sources (`x-documented-by`) and areas (`x-tagGroups`) the full spec has, and a write with a
request body. Rendered only (reference.render does not validate), so nothing here needs to be a servable spec."""

from __future__ import annotations

import copy
from typing import Any

from modelarts_spec.openapi import operations, success_response

from bench.scale_spec import derive

# Who documents the i-th operation, in turn: both deployments, the English edition only, Huawei Cloud only.
SOURCES = (
    [{"source": "manual", "at": "modelarts-api-excerpt.txt:{i}"}, {"source": "english-edition", "at": "page_{i}.rst:13"}],
    [{"source": "english-edition", "at": "page_{i}.rst:13", "page-id": "modelarts_03_{i:04d}"}],
    [
        {"source": "manual", "at": "modelarts-api-excerpt.txt:{i}"},
        {"source": "huaweicloud-sdk-python", "at": "modelarts_client.py:{i}@3.1.219", "name": "op_{i}"},
    ],
)
DEPLOYMENTS = (["english-edition", "huawei-cloud"], ["english-edition"], ["huawei-cloud"])
WRITE_ID = "CreateThingForTest"


def with_sources_and_areas(spec: dict[str, Any], copies: int = 1) -> dict[str, Any]:
    """`copies` times the spec, every operation documented by a rotation of SOURCES, tags in two areas, and one
    POST whose request body is the first operation's success schema."""
    data = derive(spec, copies) if copies > 1 else copy.deepcopy(spec)
    for index, op in enumerate(operations(data)):
        entries = SOURCES[index % len(SOURCES)]
        op.data["x-documented-by"] = [{k: v.format(i=index + 1) for k, v in entry.items()} for entry in entries]
    tags = [t["name"] for t in data.get("tags") or []]
    data["x-tagGroups"] = [{"name": "Area one", "tags": tags[0::2]}, {"name": "Area two", "tags": tags[1::2]}]
    first = operations(data)[0]
    success = success_response(first)
    assert success is not None
    schema = success[1]["content"]["application/json"]["schema"]
    data["paths"][first.path]["post"] = {
        "operationId": WRITE_ID,
        "summary": "A write with a request body",
        "tags": first.data["tags"],
        "security": first.data["security"],
        "x-documented-by": [{"source": "english-edition", "at": "create.rst:13"}],
        "parameters": copy.deepcopy(first.data.get("parameters") or []),
        "requestBody": {"required": True, "description": "What to create.", "content": {"application/json": {"schema": schema}}},
        "responses": {"201": copy.deepcopy(success[1])},
    }
    return data


def expected_deployments(spec: dict[str, Any]) -> dict[str, list[str]]:
    """Per operation, the deployments its sources document (what the page's filter and badges must say)."""
    huawei = {"manual", "huaweicloud-sdk-python", "terraform-provider-huaweicloud"}
    found = {}
    for op in operations(spec):
        names = {e["source"] for e in op.data.get("x-documented-by") or []}
        found[op.operation_id] = sorted({"huawei-cloud" for n in names if n in huawei} | ({"english-edition"} & names))
    return found
