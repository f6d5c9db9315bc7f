"""The published signing vectors address real resources: where a vector's path fits an operation of the spec,
each path parameter (percent-decoded) is a value that parameter's schema accepts, so a reader who replays
a vector against the mock or a client built from the spec is not refused for the id before the signature."""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import unquote

import pytest
from modelarts_spec.openapi import operations, parameters, path_matches
from openapi_schema_validator import OAS30Validator

from generator.publish import signing, signing_cases
from tests.support import ROOT, committed_spec

SPEC_DATA = committed_spec()
VECTORS: list[dict[str, Any]] = json.loads((ROOT / "generated" / "spec" / signing.VECTORS_FILE).read_text(encoding="utf-8"))["vectors"]


def path_parameters(template: str, path: str) -> dict[str, str]:
    names = re.findall(r"\{([^/]+?)\}", template)
    pattern = "^" + re.sub(r"\\\{[^/]+?\\\}", "([^/]+)", re.escape(template)) + "/?$"
    found = re.match(pattern, path)
    assert found, (template, path)
    return {name: unquote(value) for name, value in zip(names, found.groups(), strict=True)}


def refusals(path: str) -> list[str]:
    found = []
    for op in operations(SPEC_DATA):
        if not path_matches(op.path, path.rstrip("/")):
            continue
        values = path_parameters(op.path, path)
        for param, _ in parameters(SPEC_DATA, op):
            if param.get("in") == "path" and param["name"] in values:
                value = values[param["name"]]
                for error in OAS30Validator(param["schema"]).iter_errors(value):
                    found.append(f"{op.operation_id} {param['name']}={value!r}: {error.message}")
    return found


@pytest.mark.parametrize("vector", VECTORS, ids=[v["name"] for v in VECTORS])
def test_vector_path_parameters_are_values_the_spec_accepts(vector: dict[str, Any]) -> None:
    assert refusals(vector["request"]["path"]) == []


def test_the_check_refuses_an_id_the_spec_rejects() -> None:
    """Test of the test: the old vectors' `pool-1` (shorter than a pool id's 36 characters) is refused."""
    [refusal] = refusals(f"/v2/{signing_cases.PROJECT}/pools/pool-1")
    assert "pool_name='pool-1'" in refusal
