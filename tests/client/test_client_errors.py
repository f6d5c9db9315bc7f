"""ModelArtsAPIError for every failure shape; tolerant reading (204, unknown fields and enum values); no secrets leak."""

from __future__ import annotations

import asyncio
import copy
import json
import logging
import pickle
from collections.abc import Callable

import httpx
import pytest
from modelarts_client import NO_RETRIES, AkSkAuth, AsyncModelArts, Forbidden, ModelArts, ModelArtsAPIError, TokenAuth
from modelarts_client.models import PoolStatusPhase
from modelarts_spec.loader import YamlDocument
from modelarts_spec.openapi import Operation

from tests.support.client_mock import PROJECT, ExampleServer, success_example

AK, SK, STS, TOKEN = "AK-SECRET-ID-0001", "SK-VERY-SECRET-0002", "STS-TOKEN-0003", "IAM-TOKEN-0004"
SECRETS = (AK, SK, STS, TOKEN)

Answer = Callable[[httpx.Request, Operation], httpx.Response | None]

POOL_ID = "auto-pool-os-86c13962597848eeb29c5861153a391f"  # the spec's example pool name


def client(spec_doc: YamlDocument, answer: Answer, auth: httpx.Auth | None = None) -> ModelArts:
    server = ExampleServer(spec_doc.data, override=answer)
    return ModelArts(region="cn-north-4", project_id=PROJECT, auth=auth or TokenAuth(TOKEN), transport=server.transport(), retry=NO_RETRIES)


def raised(spec_doc: YamlDocument, response: httpx.Response, auth: httpx.Auth | None = None) -> ModelArtsAPIError:
    with client(spec_doc, lambda request, op: response, auth) as ma, pytest.raises(ModelArtsAPIError) as info:
        ma.pools.show_pool(POOL_ID)
    return info.value


def test_documented_error_status_raises_with_code_message_and_request_id(spec_doc: YamlDocument) -> None:
    body = {"error_code": "ModelArts.50015001", "error_msg": "pool not found"}
    error = raised(spec_doc, httpx.Response(404, json=body, headers={"X-Request-Id": "rid-42"}))
    assert (error.status_code, error.error_code, error.error_msg, error.request_id) == (
        404,
        "ModelArts.50015001",
        "pool not found",
        "rid-42",
    )
    assert str(error) == (
        "ShowPool: HTTP 404 ModelArts.50015001: pool not found (request id rid-42); hint: the request used project id "
        f"{PROJECT!r}; a wrong project id is answered this way too (check it in the console)"
    )


def test_gateway_error_keys_are_read_too(spec_doc: YamlDocument) -> None:
    error = raised(spec_doc, httpx.Response(401, json={"errorCode": "APIGW.0301", "errorMsg": "Incorrect IAM authentication information"}))
    assert (error.error_code, error.error_msg) == ("APIGW.0301", "Incorrect IAM authentication information")


def test_non_json_error_body_raises_instead_of_json_decode_error(spec_doc: YamlDocument) -> None:
    error = raised(spec_doc, httpx.Response(404, text="<html><body>Not   Found</body></html>", headers={"Content-Type": "text/html"}))
    assert error.status_code == 404 and error.error_code is None
    assert error.error_msg == "<html><body>Not Found</body></html>"


def test_non_iana_status_raises_instead_of_value_error(spec_doc: YamlDocument) -> None:
    error = raised(spec_doc, httpx.Response(520, content=b""))
    assert error.status_code == 520 and error.error_code is None
    assert "HTTP 520" in str(error)


def test_undocumented_status_raises(spec_doc: YamlDocument) -> None:
    error = raised(spec_doc, httpx.Response(418, json={"error_code": "X.1", "error_msg": "teapot"}))
    assert (error.status_code, error.error_code) == (418, "X.1")


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (b"not json", "not JSON"),
        (b"", "empty response body"),
        (b"[1, 2]", "does not match the spec"),
        (b'"a string"', "does not match the spec"),
    ],
)
def test_a_2xx_body_that_does_not_fit_raises_the_same_error(spec_doc: YamlDocument, body: bytes, problem: str) -> None:
    error = raised(spec_doc, httpx.Response(200, content=body))
    assert error.status_code == 200 and problem in (error.error_msg or "")


def test_secrets_never_appear_in_errors_reprs_or_logs(spec_doc: YamlDocument, caplog: pytest.LogCaptureFixture) -> None:
    """A server that echoes the credentials back (as some gateways do in error pages) must not leak them."""

    def echo(request: httpx.Request, op: Operation) -> httpx.Response:
        headers = "; ".join(f"{k}={v}" for k, v in request.headers.items())
        return httpx.Response(401, json={"error_code": "APIGW.0301", "error_msg": f"bad signature for {headers}"})

    caplog.set_level(logging.DEBUG, logger="modelarts_core")
    for auth in (AkSkAuth(AK, SK, security_token=STS), TokenAuth(TOKEN)):
        with client(spec_doc, echo, auth) as ma:
            with pytest.raises(ModelArtsAPIError) as info:
                ma.pools.show_pool(POOL_ID)
            texts = [str(info.value), repr(info.value), info.value.body, repr(ma), str(ma.__dict__), caplog.text]
        for text in texts:
            for secret in SECRETS:
                assert secret not in text, (secret, text[:200])
    assert "<redacted>" in info.value.body  # the echo was there, and was redacted
    assert "ShowPool GET" in caplog.text  # the DEBUG log line was written


def test_pool_tags_204_with_a_body_returns_the_tags(spec_doc: YamlDocument) -> None:
    with client(spec_doc, lambda request, op: None) as ma:
        tags = ma.pools.show_pool_tags(POOL_ID)
    assert tags is not None and [(t.key, t.values) for t in tags.tags] == [("dev", ["dev1"])]


def test_pool_tags_empty_204_gives_none(spec_doc: YamlDocument) -> None:
    with client(spec_doc, lambda request, op: httpx.Response(204)) as ma:
        assert ma.pools.show_pool_tags(POOL_ID) is None

    async def run() -> object:
        server = ExampleServer(spec_doc.data, override=lambda request, op: httpx.Response(204))
        async with AsyncModelArts(
            region="cn-north-4", project_id=PROJECT, auth=TokenAuth(TOKEN), transport=server.async_transport()
        ) as ama:
            return await ama.pools.show_pool_tags(POOL_ID)

    assert asyncio.run(run()) is None


def _show_pool_example(spec_doc: YamlDocument) -> dict[str, object]:
    op = next(o for o in ExampleServer(spec_doc.data).spec["paths"]["/v2/{project_id}/pools/{pool_name}"].items() if o[0] == "get")
    _, example = success_example(Operation("ShowPool", "get", "/v2/{project_id}/pools/{pool_name}", "", op[1]))
    assert isinstance(example, dict)
    return example


def test_unknown_fields_are_kept(spec_doc: YamlDocument) -> None:
    example = _show_pool_example(spec_doc)
    body = {**example, "newTopLevel": {"a": 1}, "metadata": {**example["metadata"], "newMeta": "x"}}  # type: ignore[dict-item]
    with client(spec_doc, lambda request, op: httpx.Response(200, json=body)) as ma:
        pool = ma.pools.show_pool(POOL_ID)
    assert pool.additional_properties["newTopLevel"] == {"a": 1}
    assert pool.metadata.additional_properties["newMeta"] == "x"
    assert pool.to_dict() == json.loads(json.dumps(body))


def test_unknown_enum_value_does_not_crash_and_round_trips(spec_doc: YamlDocument) -> None:
    example = _show_pool_example(spec_doc)
    status = {**example["status"], "phase": "Hibernating"}  # type: ignore[dict-item]
    body = {**example, "status": status}
    with client(spec_doc, lambda request, op: httpx.Response(200, json=body)) as ma:
        pool = ma.pools.show_pool(POOL_ID)
    phase = pool.status.phase  # type: ignore[union-attr]
    assert isinstance(phase, PoolStatusPhase) and phase.value == "Hibernating" and phase == "Hibernating"
    assert phase not in list(PoolStatusPhase)  # a pseudo-member, not added to the enum
    assert PoolStatusPhase("Running") is PoolStatusPhase.RUNNING
    assert pool.to_dict()["status"]["phase"] == "Hibernating"
    with pytest.raises(ValueError):
        PoolStatusPhase(3)  # type: ignore[arg-type]


def test_the_error_survives_pickle_and_copy_with_every_attribute(spec_doc: YamlDocument) -> None:
    """ProcessPoolExecutor, multiprocessing and celery pickle exceptions; copy.copy goes the same way."""
    echoed = httpx.Response(403, json={"error_code": "APIGW.0303", "error_msg": f"bad key {AK}"}, headers={"X-Request-Id": "rid-7"})
    original = raised(spec_doc, echoed, AkSkAuth(AK, SK, security_token=STS))
    original.add_note("while listing pools")
    pickled = pickle.dumps(original)
    for twin in (pickle.loads(pickled), copy.copy(original), copy.deepcopy(original)):
        assert type(twin) is Forbidden and twin is not original
        assert vars(twin) == vars(original) and twin.args == original.args  # status, code, message, request id, operation, body, notes
        assert (str(twin), repr(twin)) == (str(original), repr(original))
        assert (twin.status_code, twin.error_code, twin.request_id, twin.operation) == (403, "APIGW.0303", "rid-7", "ShowPool")
        for text in (str(twin), repr(twin), twin.body, twin.error_msg or ""):
            assert AK not in text
    assert AK.encode() not in pickled and b"<redacted>" in pickled
