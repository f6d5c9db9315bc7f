"""Writes and request bodies in-process, over every operation of the spec that documents a body: each body is read and
checked against its schema, a bad one is the service's JSON 400 naming the JSON pointer of the first misfit; media
types as documented; required bodies; answers without a documented body are sent without body or Content-Type.

The operations, their bodies and answers come from the spec (tests/support/mock.py reads it independently of the mock).
"""

from __future__ import annotations

import asyncio
import json
from typing import TYPE_CHECKING, Any

import httpx
import pytest
from modelarts_mock import Settings, create_app
from modelarts_mock.in_process import InProcessMock
from modelarts_mock.proxy import create_proxy
from modelarts_mock.transport import MockTransport
from modelarts_mock.wire import Reply, send_reply
from modelarts_spec.openapi import deref, operations, property_schema, request_schema, schema_types

from tests.support.mock import (
    AK,
    PROJECT,
    SK,
    SPEC_DATA,
    assert_answer,
    assert_error,
    assert_write_answer,
    client,
    request_of,
    spec_operations,
    success,
)

if TYPE_CHECKING:
    from starlette.testclient import TestClient

CODE = "ModelArts.50004000"
OPS = {op.operation_id: op for op in operations(SPEC_DATA)}
WITH_BODY = [op_id for op_id, op in OPS.items() if "requestBody" in op.data]
REQUIRED_BODY = [op_id for op_id in WITH_BODY if deref(SPEC_DATA, OPS[op_id].data["requestBody"], "")[0].get("required")]
OPTIONAL_BODY = [op_id for op_id in WITH_BODY if op_id not in REQUIRED_BODY]
WRITES = [op_id for op_id, op in OPS.items() if op.method != "get"]
BODYLESS = [op_id for op_id, _, data in spec_operations() if success(data)[1] is None]


@pytest.fixture(scope="module")
def mock() -> TestClient:
    return client()


@pytest.fixture(autouse=True)
def _fresh(mock: TestClient) -> None:
    """Writes change state: each test starts from the seed (a reset takes ~2 ms)."""
    mock.app.state.mock.reset()  # type: ignore[attr-defined]


def _schema(op_id: str) -> tuple[Any, str]:
    found = request_schema(SPEC_DATA, OPS[op_id])
    assert found is not None
    return deref(SPEC_DATA, *found)


def test_the_spec_has_writes_and_bodies_of_every_kind() -> None:
    """The cases below are not vacuous: every write method, required and optional bodies, answers without a body."""
    assert {OPS[op_id].method for op_id in WRITES} == {"post", "put", "patch", "delete"}
    assert REQUIRED_BODY and OPTIONAL_BODY
    assert {success(OPS[op_id].data)[0] for op_id in BODYLESS} >= {200, 202}
    assert {success(OPS[op_id].data)[0] for op_id in WRITES} >= {200, 201, 202, 204}


@pytest.mark.parametrize("op_id", WRITES)
def test_every_write_answers_its_example_with_the_documented_status(mock: TestClient, op_id: str) -> None:
    """Sent with its request body example: the documented status and success example (or no body at all)."""
    method, url, sent = request_of(op_id)
    assert_write_answer(mock.request(method, url, **sent), op_id, *success(OPS[op_id].data))


def _without_a_required_field(op_id: str, body: Any) -> tuple[Any, str, str] | None:
    """The body with one field its schema requires taken out: (body, the pointer of the object, the field)."""
    schema, pointer = _schema(op_id)
    for name in schema.get("required") or []:
        if isinstance(body, dict) and name in body:
            return {k: v for k, v in body.items() if k != name}, "/", name
    for name, value in body.items() if isinstance(body, dict) else []:  # one level down, for bodies that nest
        found = property_schema(SPEC_DATA, schema, pointer, name)
        inner = deref(SPEC_DATA, *found)[0] if found else {}
        for required in inner.get("required") or [] if isinstance(value, dict) else []:
            if required in value:
                return dict(body, **{name: {k: v for k, v in value.items() if k != required}}), f"/{name}", required
    return None


MISSING_FIELD = [op_id for op_id in WITH_BODY if _without_a_required_field(op_id, request_of(op_id)[2].get("json"))]


def test_bodies_with_required_fields_are_many() -> None:
    assert len(MISSING_FIELD) >= len(WITH_BODY) // 4, MISSING_FIELD


@pytest.mark.parametrize("op_id", MISSING_FIELD)
def test_a_body_missing_a_required_field_is_400_naming_the_pointer(mock: TestClient, op_id: str) -> None:
    method, url, sent = request_of(op_id)
    found = _without_a_required_field(op_id, sent["json"])
    assert found is not None
    body, pointer, field = found
    assert_error(mock.request(method, url, json=body), 400, CODE, f"request body at {pointer}: ", f"'{field}' is a required property")


def _typed_field(op_id: str, body: Any) -> tuple[str, Any] | None:
    """A top-level field of the body whose schema (read from the spec) has one type, and a value of another type."""
    schema, pointer = _schema(op_id)
    for name in sorted(body) if isinstance(body, dict) else []:
        found = property_schema(SPEC_DATA, schema, pointer, name)
        types = schema_types(SPEC_DATA, *found) if found else set()
        if types and "string" not in types:
            return name, "text"
        if types == {"string"}:
            return name, 12345
    return None


@pytest.mark.parametrize("op_id", WITH_BODY)
def test_a_body_of_the_wrong_shape_is_400_naming_the_pointer(mock: TestClient, op_id: str) -> None:
    method, url, sent = request_of(op_id)
    typed = _typed_field(op_id, sent["json"])
    broken, pointer = (dict(sent["json"], **{typed[0]: typed[1]}), f"/{typed[0]}") if typed else ([], "/")
    assert_error(mock.request(method, url, json=broken), 400, CODE, f"request body at {pointer}: expected ")


@pytest.mark.parametrize("op_id", REQUIRED_BODY)
def test_a_missing_required_body_is_400(mock: TestClient, op_id: str) -> None:
    method, url, _ = request_of(op_id)
    assert_error(mock.request(method, url), 400, CODE, "request body: missing (it is required; send application/json)")


@pytest.mark.parametrize("op_id", OPTIONAL_BODY)
def test_an_optional_body_may_be_left_out(mock: TestClient, op_id: str) -> None:
    method, url, _ = request_of(op_id)
    assert mock.request(method, url).status_code == success(OPS[op_id].data)[0]


@pytest.mark.parametrize(
    ("content", "content_type", "problem"),
    [
        (b'{"a": 1}', "text/plain", "request body: Content-Type 'text/plain' is not accepted; expected application/json"),
        (b'{"a": 1}', "application/merge-patch+json", "Content-Type 'application/merge-patch+json' is not accepted"),
        (b'{"a": 1}', None, "request body: no Content-Type header; expected application/json"),
        (b'{"metadata": {"name": "x",}}', "application/json", "request body at /: not JSON"),
        (b'{"metadata": {"name": NaN}}', "application/json", "NaN"),
        (b'{"a": 1, "a": 2}', "application/json", "request body at /a: "),
        (b"\xff\xfe", "application/json", "request body at /: the body is not UTF-8"),
        (b'{"a": "\\ud800"}', "application/json", "request body at /a: a lone UTF-16 surrogate"),
        (b"[" * 200 + b"]" * 200, "application/json", "request body at /"),
        (b"12", "application/json", "request body at /: expected a JSON object or list"),
    ],
    ids=[
        "text/plain",
        "undocumented +json",
        "no content type",
        "malformed",
        "NaN",
        "duplicate key",
        "not UTF-8",
        "surrogate",
        "too deep",
        "a number",
    ],
)
def test_a_body_that_is_not_json_is_400_never_a_5xx(mock: TestClient, content: bytes, content_type: str | None, problem: str) -> None:
    method, url, _ = request_of(REQUIRED_BODY[0])
    headers = {"Content-Type": content_type} if content_type else {}
    assert_error(mock.request(method, url, content=content, headers=headers), 400, CODE, problem)


def test_json_with_a_charset_and_any_case_is_json(mock: TestClient) -> None:
    method, url, sent = request_of(REQUIRED_BODY[0])
    content = json.dumps(sent["json"]).encode()
    response = mock.request(method, url, content=content, headers={"Content-Type": "Application/JSON; charset=UTF-8"})
    assert response.status_code == success(OPS[REQUIRED_BODY[0]].data)[0]


def test_a_body_over_the_limit_is_a_json_413(mock: TestClient) -> None:
    method, url, _ = request_of(REQUIRED_BODY[0])
    content = b'{"name": "' + b"x" * (1 << 20) + b'"}'
    response = mock.request(method, url, content=content, headers={"Content-Type": "application/json"})
    assert_error(response, 413, "Mock.LimitReached", "larger than 1 MiB")


def test_a_body_the_operation_does_not_document_is_not_read(mock: TestClient) -> None:
    op_id = next(op_id for op_id in WRITES if op_id not in WITH_BODY)
    method, url, sent = request_of(op_id)
    assert not sent
    response = mock.request(method, url, content=b"{not json", headers={"Content-Type": "text/plain"})
    assert response.status_code == success(OPS[op_id].data)[0]


# --------------------------------------------------------------- answers without a body


@pytest.mark.parametrize("op_id", BODYLESS)
def test_a_success_documented_without_content_is_sent_without_a_body(mock: TestClient, op_id: str) -> None:
    method, url, sent = request_of(op_id)
    response = mock.request(method, url, **sent)
    assert_answer(response, success(OPS[op_id].data)[0], None)
    assert response.headers["content-length"] == "0"


def test_a_204_documented_with_a_body_sends_it_and_closes(mock: TestClient) -> None:
    """The manual's 204s with a JSON body (decision 0006): the body in-process, and `Connection: close`."""
    with_body = [op_id for op_id, op in OPS.items() if success(op.data)[0] == 204 and success(op.data)[1] is not None]
    assert with_body
    for op_id in with_body:
        mock.app.state.mock.reset()  # type: ignore[attr-defined]  # a delete sent before removed what this one addresses
        method, url, sent = request_of(op_id)
        response = mock.request(method, url, **sent)
        assert_write_answer(response, op_id, 204, success(OPS[op_id].data)[1])
        assert response.headers["connection"] == "close"


async def _sent(reply: Reply, body: bytes) -> list[dict[str, Any]]:
    messages: list[dict[str, Any]] = []

    async def send(message: Any) -> None:
        messages.append(message)

    await send_reply(reply, send, body)
    return messages


@pytest.mark.parametrize(("status", "length"), [(204, None), (202, b"0"), (200, b"0")])
def test_an_answer_without_a_body_has_no_content_type_and_a_204_no_length(status: int, length: bytes | None) -> None:
    start, body = asyncio.run(_sent(Reply(status, None), b""))
    headers = dict(start["headers"])
    assert b"content-type" not in headers and headers.get(b"content-length") == length
    assert body["body"] == b""


def test_the_self_check_refuses_a_body_where_none_is_documented() -> None:
    """A stored answer with a body for an operation documented without one is the mock's fault: a named 500."""
    mock = client()
    op_id = next(op_id for op_id in BODYLESS if request_of(op_id)[0] != "GET")
    method, url, sent = request_of(op_id)
    project = mock.app.state.pipeline.state.projects.by_id[PROJECT]  # type: ignore[attr-defined]
    key = next(key for (stored, key) in project.documents if stored == op_id)
    project.documents[(op_id, key)] = {"unexpected": True}  # edited in place, without validation (as a buggy mock would)
    assert_error(mock.request(method, url, **sent), 500, "Mock.ResponseInvalid", op_id, "expected no body")


def test_the_proxy_forwards_a_valid_write_and_refuses_a_bad_body_without_forwarding() -> None:
    """`--proxy`: a request the mock would refuse is not sent upstream, a body included."""
    upstream = create_app(Settings(keys={AK: SK}, validate_responses=True))
    env = {"HUAWEICLOUD_SDK_AK": AK, "HUAWEICLOUD_SDK_SK": SK, "HUAWEICLOUD_SDK_PROJECT_ID": PROJECT}
    proxy = create_proxy(Settings(tokens=("t",)), "https://modelarts.example", None, env, httpx.ASGITransport(app=upstream))
    op_id = MISSING_FIELD[0]
    method, url, sent = request_of(op_id)
    found = _without_a_required_field(op_id, sent["json"])
    assert found is not None
    with httpx.Client(transport=MockTransport(proxy), base_url="http://proxy", headers={"X-Auth-Token": "t"}) as http:
        assert_write_answer(http.request(method, url, **sent), op_id, *success(OPS[op_id].data))
        assert_error(http.request(method, url, json=found[0]), 400, CODE, f"'{found[2]}' is a required property")
    assert [entry["operation"] for entry in InProcessMock(upstream).journal] == [op_id]  # the bad one never left
