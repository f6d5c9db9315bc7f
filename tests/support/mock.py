"""Shared helpers of the mock tests: the seeded ids, clients, and facts read from the spec independently of the mock."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from modelarts_mock import DEFAULT_PROJECT_ID, Settings, create_app
from modelarts_spec.loader import load_openapi
from modelarts_spec.openapi import deref, operations, parameters

from tests.support import SPEC

if TYPE_CHECKING:
    from starlette.testclient import TestClient

PROJECT = DEFAULT_PROJECT_ID
OTHER_PROJECT = "fedcba9876543210fedcba9876543210"
TOKEN = "tok-3f9a-never-logged"
AK = "HPUAMOCKACCESSKEY001"
SK = "mock-secret-key+/never=logged"
POOL = "auto-pool-os-86c13962597848eeb29c5861153a391f"
SPEC_DATA: dict[str, Any] = load_openapi(SPEC).data


def client(**overrides: Any) -> TestClient:
    """An in-process client of a mock with a token, an AK/SK pair and response validation on, unless overridden."""
    settings: dict[str, Any] = {"tokens": (TOKEN,), "keys": {AK: SK}, "validate_responses": True, **overrides}
    with warnings.catch_warnings():
        # Starlette 1.x deprecates its TestClient on top of httpx (for an httpx fork); httpx is what we pin and use.
        warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient` is deprecated")
        from starlette.testclient import TestClient
    return TestClient(create_app(Settings(**settings)), base_url="http://modelarts.mock", headers={"X-Auth-Token": TOKEN})


def spec_operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(operationId, path template, operation object) straight from the YAML."""
    for op in operations(SPEC_DATA):
        yield op.operation_id, op.path, op.data


def example_path(template: str, project: str = PROJECT, **values: str) -> str:
    """The template filled with the project and each path parameter's `example:` (or a given value)."""
    op = next(o for o in operations(SPEC_DATA) if o.path == template)
    path = template.replace("{project_id}", project)
    for param, _ in parameters(SPEC_DATA, op):
        if param["in"] == "path" and param["name"] != "project_id":
            path = path.replace("{" + param["name"] + "}", values.get(param["name"], str(param.get("example"))))
    return path


def key_params(template: str) -> list[str]:
    op = next(o for o in operations(SPEC_DATA) if o.path == template)
    return [p["name"] for p, _ in parameters(SPEC_DATA, op) if p["in"] == "path" and p["name"] != "project_id"]


def success(data: dict[str, Any]) -> tuple[int, Any]:
    """Status and example body of an operation's success response, read from the YAML (evidence, else manual, else constructed)."""
    status = next(s for s in sorted(data["responses"]) if str(s).startswith("2"))
    response, _ = deref(SPEC_DATA, data["responses"][status], "")
    examples = response["content"]["application/json"]["examples"]
    return int(status), (examples.get("evidence") or examples.get("manual") or examples["constructed"])["value"]


def documented_error(data: dict[str, Any], status: str) -> dict[str, str] | None:
    response = data["responses"].get(status)
    if response is None:
        return None
    response, _ = deref(SPEC_DATA, response, "")
    example: dict[str, str] = response["content"]["application/json"]["example"]
    return example
