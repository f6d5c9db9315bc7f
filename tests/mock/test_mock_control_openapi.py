"""The control plane and its OpenAPI document agree (issue 23): every endpoint and method of the live plane is in the
document and nothing else is; each request body the document gives as an example is accepted with a documented status
and every answer fits the documented response schema; a body the document's schema refuses, the plane refuses. A
deliberately broken copy of the document makes the comparison report it."""

from __future__ import annotations

import copy
import json
from types import SimpleNamespace
from typing import Any

import pytest
from modelarts_mock import Settings, control_doc, create_app
from modelarts_mock.in_process import InProcessMock
from modelarts_mock.schemas import compile_validator, first_error
from openapi_spec_validator import validate as validate_openapi

from tests.mock.test_mock_proxy import proxy_of, upstream_mock

METHODS = ("get", "post", "put", "delete", "patch")
JSON = {"Content-Type": "application/json"}


def documented(doc: dict[str, Any]) -> dict[str, list[str]]:
    return {path: sorted(m.upper() for m in item if m in METHODS) for path, item in doc["paths"].items()}


def disagreements(doc: dict[str, Any], served: dict[str, list[str]], call: Any) -> list[str]:
    """What differs between the document and a live control plane (`served` routes, `call(method, path, body)`)."""
    found = [f"{p}: served {served.get(p)}, documented {m}" for p, m in documented(doc).items() if served.get(p) != m]
    found += [f"{p}: served, not documented" for p in served if p not in doc["paths"]]
    for path, item in doc["paths"].items():
        for method in (m for m in item if m in METHODS):
            operation = item[method]
            media = ((operation.get("requestBody") or {}).get("content") or {}).get("application/json")
            body = media.get("example") if media else None
            status, answer = call(method.upper(), path, body)
            response = operation["responses"].get(str(status))
            if response is None or not 200 <= status < 300:
                found.append(f"{method.upper()} {path}: answered {status} {str(answer)[:200]}, documented {sorted(operation['responses'])}")
                continue
            response = _deref(doc, response)
            schema = response["content"]["application/json"]["schema"]
            error = first_error(compile_validator(doc, schema), answer)
            if error is not None:
                found.append(f"{method.upper()} {path}: the {status} answer does not fit its schema: {error.message[:200]}")
            if media is not None:
                found += _refused_alike(doc, method.upper(), path, media["schema"], call)
    return found


def _deref(doc: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = doc
        for token in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[token]
        node = target
    return node


def _refused_alike(doc: dict[str, Any], method: str, path: str, schema: dict[str, Any], call: Any) -> list[str]:
    """A body the document's schema refuses (an unknown field; nothing at all) is refused by the plane too."""
    found = []
    for body in ({"operation": "ShowOsQuota", "no_such_field": 1}, {}):
        if first_error(compile_validator(doc, schema), body) is None:
            continue
        status, answer = call(method, path, body)
        if status != 400:
            found.append(f"{method} {path}: the document refuses {body}, the plane answered {status} {str(answer)[:120]}")
    return found


@pytest.fixture(scope="module")
def proxy_plane() -> Any:
    proxy, client = proxy_of(upstream_mock())  # the proxy's plane: the mock's, and /_mock/deviations
    with client:
        yield proxy, client


def _caller(client: Any, handle: InProcessMock) -> Any:
    def call(method: str, path: str, body: Any) -> tuple[int, Any]:
        handle.reset()  # each call on the seed: a DELETE of the example finds its resource
        answer = client.request(method, path, content=json.dumps(body) if body is not None else None, headers=JSON)
        return answer.status_code, answer.json()

    return call


def _handle(proxy: Any) -> InProcessMock:
    """The Python control API of the proxy's mock (InProcessMock reads `app.state`)."""
    return InProcessMock(SimpleNamespace(state=SimpleNamespace(mock=proxy.pipeline.control, pipeline=proxy.pipeline)))


def test_the_document_is_valid_openapi() -> None:
    validate_openapi(copy.deepcopy(control_doc.document()))


def test_the_live_control_plane_and_its_document_agree(proxy_plane: Any) -> None:
    proxy, client = proxy_plane
    served = proxy.pipeline.control_plane.routes
    assert disagreements(control_doc.document(), served, _caller(client, _handle(proxy))) == []


def test_the_mock_serves_its_document_and_the_comparison_finds_a_broken_copy(proxy_plane: Any) -> None:
    proxy, client = proxy_plane
    assert client.get("/_mock/openapi.json").json() == control_doc.document()
    call, served = _caller(client, _handle(proxy)), proxy.pipeline.control_plane.routes
    broken = copy.deepcopy(control_doc.document())
    del broken["paths"]["/_mock/stubs"]["delete"]  # a method the plane serves, undocumented
    broken["paths"]["/_mock/nowhere"] = {"get": {"responses": {"200": {"description": "x"}}}}  # documented, not served
    broken["components"]["schemas"]["Cleared"]["properties"]["cleared"] = {"type": "string"}  # a response schema that lies
    broken["components"]["schemas"]["LatencyRequest"]["additionalProperties"] = True  # would take an unknown field
    broken["components"]["schemas"]["LatencyRequest"].pop("oneOf")
    found = "\n".join(disagreements(broken, served, call))
    assert "/_mock/stubs: served ['DELETE', 'GET', 'POST'], documented ['GET', 'POST']" in found
    assert "/_mock/nowhere: served None" in found and "does not fit its schema" in found
    assert "POST /_mock/latency: the document refuses" not in found  # the broken schema accepts the unknown field...
    assert "the plane answered" not in found or "latency" not in found  # ...so no claim about it is made


def test_every_request_schema_the_document_names_is_a_validator_the_plane_uses() -> None:
    doc = control_doc.document()
    named = {
        media["schema"]["$ref"].rsplit("/", 1)[1]
        for item in doc["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict)
        for media in ((operation.get("requestBody") or {}).get("content") or {}).values()
    }
    assert named == {"ResourceEntries", "ResourceRemoval", "FaultRequest", "StubRequest", "LatencyRequest", "ClockAdvance", "StateChange"}
    plane_names = {
        "ResourceEntry",
        "ResourceRemoval",
        "FaultRequest",
        "StubRequest",
        "LatencyRequest",
        "ClockAdvance",
        "StateChange",
    }  # control.py's check() calls
    for name in plane_names:
        assert control_doc.validator(name) is control_doc.validator(name)  # compiled once, from the document
    handle = InProcessMock(create_app(Settings(auth=False)))
    with handle.client() as http:
        for name, path in (("FaultRequest", "faults"), ("StubRequest", "stubs"), ("LatencyRequest", "latency")):
            for field, schema in doc["components"]["schemas"][name]["properties"].items():
                kind = _deref(doc, schema).get("type")
                if kind is None:
                    continue  # a stub's body: any JSON value
                wrong = "text" if kind == "object" else {"not": "valid"}
                answer = http.post(f"/_mock/{path}", json={"operation": "ShowOsQuota", field: wrong})
                assert answer.status_code == 400 and answer.json()["pointer"].startswith(f"/{field}"), (name, field, answer.text)
    handle.close()


def test_the_published_copy_is_the_document_the_mock_serves() -> None:
    """`make publish` puts it beside the API's bundle, for teams that generate a control client in another language."""
    from tests.support import ROOT

    published = json.loads((ROOT / "generated" / "spec" / "mock-control.json").read_text(encoding="utf-8"))
    assert published == control_doc.document()
