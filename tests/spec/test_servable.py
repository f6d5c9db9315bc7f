"""validate's servability rules (modelarts_spec.servable): each breakage of a copy of the spec is caught, named
by its code at the right pointer, by `validate` alone — so the mock and the contract suite start on any valid spec."""

from __future__ import annotations

import copy
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from modelarts_mock.spec import SpecError, load_spec
from modelarts_spec.diagnostics import Level
from modelarts_spec.extensions import known_extensions
from modelarts_spec.loader import load_openapi
from modelarts_spec.validate import validate

from tests.support import SPEC
from tests.support.spec_tree import defining_file, write_tree

QUOTAS = "/v1/{project_id}/quotas"
POOL = "/v2/{project_id}/pools/{pool_name}"


@cache
def original() -> dict[str, Any]:
    data = load_openapi(SPEC).data
    assert isinstance(data, dict)
    return data


def op(spec: dict[str, Any], path: str) -> dict[str, Any]:
    found: dict[str, Any] = spec["paths"][path]["get"]
    return found


def set_param_schema(spec: dict[str, Any], name: str, schema: dict[str, Any]) -> None:
    spec["components"]["parameters"][name]["schema"] = schema


def rename_error_code(spec: dict[str, Any]) -> None:
    op(spec, QUOTAS)["responses"]["400"] = {
        "description": "bad",
        "content": {
            "application/json": {
                "schema": {"$ref": "#/components/schemas/ModelArtsError"},
                "example": {"error_code": "Other.1", "error_msg": "x"},
            }
        },
    }


def drop_project(spec: dict[str, Any]) -> None:
    """A path the mock could not scope to a project (the template and the parameter both gone)."""
    item = spec["paths"].pop(QUOTAS)
    item["get"]["parameters"] = [p for p in item["get"].get("parameters", []) if "ProjectId" not in p.get("$ref", "")]
    spec["paths"]["/v1/quotas"] = item


BREAKAGES: dict[str, tuple[str, Callable[[dict[str, Any]], Any]]] = {
    "no 403": ("error-response-missing", lambda s: op(s, QUOTAS)["responses"].pop("403")),
    "two 400 codes": ("error-code-ambiguous", rename_error_code),
    "404 with its own schema": (
        "error-schema-mismatch",
        lambda s: op(s, POOL)["responses"]["404"]["content"]["application/json"].update(schema={"type": "object"}),
    ),
    "no project_id": ("project-parameter-missing", lambda s: drop_project(s)),
    "array parameter": ("parameter-unsupported", lambda s: set_param_schema(s, "PoolName", {"type": "array", "items": {"type": "string"}})),
    "snake_case operationId": ("operation-id-invalid", lambda s: op(s, QUOTAS).update(operationId="show_os_quota")),
    "code in an operationId": ("operation-id-invalid", lambda s: op(s, QUOTAS).update(operationId='X" + __import__("os").getcwd() + "')),
    "undocumented extension": ("extension-unknown", lambda s: op(s, QUOTAS).update({"x-made-up": True})),
}


@pytest.mark.slow
@pytest.mark.parametrize("name", list(BREAKAGES))
def test_each_breakage_is_a_validate_error_and_the_mock_refuses_it(tmp_path: Path, name: str) -> None:
    code, mutate = BREAKAGES[name]
    spec = copy.deepcopy(original())
    mutate(spec)
    root = write_tree(tmp_path, spec)  # the changed spec, laid out as the committed tree
    errors = [d for d in validate(load_openapi(root)) if d.level is Level.ERROR]
    assert code in {d.code for d in errors}, [d.to_text() for d in errors]
    assert all(d.pointer is not None and d.file == str(defining_file(d.pointer, root)) and d.line for d in errors if d.code == code)
    with pytest.raises(SpecError) as refused:
        load_spec(root)
    assert code in {d.code for d in refused.value.diagnostics}


def test_the_parameter_names_used_above_exist() -> None:
    """The breakages must hit real components: otherwise a KeyError, not the rule, would be tested."""
    assert {"PoolName", "ProjectId"} <= set(original()["components"]["parameters"])


def test_known_extensions_are_the_headings_of_extensions_md() -> None:
    text = (SPEC.parent / "EXTENSIONS.md").read_text(encoding="utf-8")
    assert known_extensions() == {line[4:-1] for line in text.splitlines() if line.startswith("## `x-")}
    assert {"x-doc-deviation", "x-doc-table", "x-parts", "x-signing-algorithm"} <= known_extensions()
