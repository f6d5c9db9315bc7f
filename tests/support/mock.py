"""Shared helpers of the mock tests: the seeded ids, clients, and facts read from the spec independently of the mock."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlencode

from modelarts_mock import DEFAULT_PROJECT_ID, Settings, create_app
from modelarts_mock.schemas import minimal_instance
from modelarts_spec.openapi import Operation, deref, operations, parameters, request_schema

from tests.support import committed_spec

if TYPE_CHECKING:
    from starlette.testclient import TestClient

PROJECT = DEFAULT_PROJECT_ID
OTHER_PROJECT = "fedcba9876543210fedcba9876543210"
TOKEN = "tok-3f9a-never-logged"
AK = "HPUAMOCKACCESSKEY001"
SK = "mock-secret-key+/never=logged"
POOL = "auto-pool-os-86c13962597848eeb29c5861153a391f"
SPEC_DATA: dict[str, Any] = committed_spec()


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


def _operation(op_id: str) -> Operation:
    return next(o for o in operations(SPEC_DATA) if o.operation_id == op_id)


def _fill(op: Operation, project: str, values: dict[str, str]) -> str:
    path = op.path.replace("{project_id}", project)
    for param, _ in parameters(SPEC_DATA, op):
        if param["in"] == "path" and param["name"] != "project_id":
            # percent-encoded: the example is the value itself (`%E8%8D%89` is sent as `%25E8%258D%2589`)
            path = path.replace("{" + param["name"] + "}", quote(values.get(param["name"], str(param.get("example"))), safe=""))
    return path


def example_path(template: str, project: str = PROJECT, **values: str) -> str:
    """The template filled with the project and each path parameter's `example:` (or a given value); the first
    operation at the template gives the examples (`operation_path` for one operation's own)."""
    return _fill(next(o for o in operations(SPEC_DATA) if o.path == template), project, values)


def operation_path(op_id: str, project: str = PROJECT, **values: str) -> str:
    """The operation's path with the project and its own path parameters' examples (or given values)."""
    return _fill(_operation(op_id), project, values)


def key_params(template: str) -> list[str]:
    op = next(o for o in operations(SPEC_DATA) if o.path == template)
    return [p["name"] for p, _ in parameters(SPEC_DATA, op) if p["in"] == "path" and p["name"] != "project_id"]


def path_parameters(op_id: str) -> list[tuple[str, dict[str, Any], str]]:
    """(name, schema, example) of the operation's path parameters besides project_id, in path order."""
    op = _operation(op_id)
    found = []
    for param, pointer in parameters(SPEC_DATA, op):
        if param["in"] == "path" and param["name"] != "project_id":
            schema, _ = deref(SPEC_DATA, param.get("schema", {}), pointer)
            found.append((str(param["name"]), schema, str(param.get("example"))))
    order = re.findall(r"\{([^{}/]+)\}", op.path)
    return sorted(found, key=lambda item: order.index(item[0]))


def request_of(op_id: str, project: str = PROJECT, **values: str) -> tuple[str, str, dict[str, Any]]:
    """(method, URL, keyword arguments of httpx's `request`) of a valid request for the operation: its path parameters'
    examples (or given values), its required query parameters, and its request body example (or the smallest valid one)."""
    op = _operation(op_id)
    query = {}
    for param, pointer in parameters(SPEC_DATA, op):
        if param["in"] == "query" and param.get("required"):
            schema, schema_pointer = deref(SPEC_DATA, param.get("schema", {}), pointer)
            value = param.get("example", minimal_instance(SPEC_DATA, schema, schema_pointer))
            query[param["name"]] = str(value).lower() if isinstance(value, bool) else str(value)
    url = _fill(op, project, values) + ("?" + urlencode(query) if query else "")
    body = request_example(op)
    return op.method.upper(), url, ({} if body is _NO_BODY else {"json": body})


_NO_BODY = object()


def request_example(op: Operation) -> Any:
    """The request body's first example, else the smallest body its schema accepts; _NO_BODY if it has none."""
    found = request_schema(SPEC_DATA, op)
    if found is None:
        return _NO_BODY
    body, _ = deref(SPEC_DATA, op.data["requestBody"], "")
    examples = body["content"]["application/json"].get("examples") or {}
    if examples:
        example, _ = deref(SPEC_DATA, next(iter(examples.values())), "")
        return example["value"]
    return minimal_instance(SPEC_DATA, *found)


def success(data: dict[str, Any]) -> tuple[int, Any]:
    """Status and example body of an operation's success response, read from the YAML (evidence, else manual, else
    constructed); None when the response documents no body (or a null example)."""
    status = next(s for s in sorted(data["responses"], key=str) if str(s).startswith("2"))
    response, _ = deref(SPEC_DATA, data["responses"][status], "")
    media = (response.get("content") or {}).get("application/json")
    if media is None:
        return int(status), None
    examples = media.get("examples") or {}
    chosen = examples.get("evidence") or examples.get("manual") or examples.get("constructed")
    return int(status), (chosen["value"] if chosen else media.get("example"))


def documented_error(data: dict[str, Any], status: str) -> dict[str, str] | None:
    response = data["responses"].get(status)
    if response is None:
        return None
    response, _ = deref(SPEC_DATA, response, "")
    media = response["content"]["application/json"]
    if "example" in media:
        example: dict[str, str] = media["example"]
        return example
    named, _ = deref(SPEC_DATA, next(iter(media["examples"].values())), "")
    found: dict[str, str] = named["value"]
    return found


def assert_error(response: Any, status: int, code: str, *fragments: str) -> None:
    """A JSON error in the service's shape: status, code, and each fragment in its message."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == {"error_code", "error_msg"}
    assert body["error_code"] == code
    for fragment in fragments:
        assert fragment in body["error_msg"], body["error_msg"]


def assert_answer(response: Any, status: int, body: Any) -> None:
    """The documented status, and the body: JSON, or nothing at all (no Content-Type) when None."""
    assert response.status_code == status, response.text
    if body is None:
        assert response.content == b""
        assert "content-type" not in response.headers
    else:
        assert response.headers["content-type"] == "application/json"
        assert response.json() == body


def created_by(op_id: str) -> Any:
    """The kind of resource the operation creates (kinds.py), or None: its answer carries a new id, not the example's."""
    from modelarts_mock.app import cached_spec
    from modelarts_mock.spec import DEFAULT_SPEC

    role = cached_spec(DEFAULT_SPEC).kinds.of(op_id)
    return role[0] if role is not None and role[1] == "create" else None


def assert_write_answer(response: Any, op_id: str, status: int, example: Any) -> None:
    """A write's documented status and answer: a create's is its example's shape around the new resource (a new id
    where the create answers one), every other write's is its example."""
    kind = created_by(op_id)
    if kind is None or not isinstance(example, dict):
        assert_answer(response, status, example)
        return
    from modelarts_mock.shaping import get_at

    assert response.status_code == status, response.text
    assert set(example) <= set(response.json())  # more of the schema's fields, where the new resource has them
    source = kind.id_source
    if source.pointer and not source.from_request:
        assert get_at(response.json(), source.pointer) != get_at(example, source.pointer)
