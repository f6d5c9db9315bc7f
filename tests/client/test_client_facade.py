"""Every operation through the generated facade, sync (over a socket, AK/SK) and async (in-process), against the mock server: models equal to the spec's success examples."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import modelarts_client
import pytest
from modelarts_client import AkSkAuth, AsyncModelArts, ModelArts, TokenAuth
from modelarts_client import models as generated_models
from modelarts_mock import DEFAULT_PROJECT_ID, Settings, create_app
from modelarts_mock.testing import running_mock
from modelarts_spec.loader import YamlDocument
from modelarts_spec.openapi import Operation, operations, parameters
from openapi_python_client.strings import PythonIdentifier

from tests.support import operation_ids
from tests.support.client_calls import calls as every_call
from tests.support.client_calls import check as check_call
from tests.support.client_mock import PROJECT, ExampleServer, success_example

TOKEN = "IAM-TOKEN-0123456789"
AK, SK = "FACADETESTAK00000001", "facade-test-secret-key"

POOL_ID = "auto-pool-os-86c13962597848eeb29c5861153a391f"  # the spec's example pool name


def calls(spec: dict[str, Any]) -> list[tuple[Operation, str, str, list[str]]]:
    """(operation, ma.<group>, method, path arguments) for every operation of the spec."""
    found = []
    for op in operations(spec):
        args = [
            str(param.get("example", f"{param['name']}-1"))
            for param, _ in parameters(spec, op)
            if param["in"] == "path" and param["name"] != "project_id"
        ]
        group = str(PythonIdentifier(op.data["tags"][0], "field_"))
        found.append((op, group, str(PythonIdentifier(op.operation_id, "field_")), args))
    return found


def model_name(spec: dict[str, Any], op: Operation) -> str:
    for status, response in op.data["responses"].items():
        if str(status).startswith("2"):
            return str(response["content"]["application/json"]["schema"]["$ref"]).rsplit("/", 1)[1]
    raise AssertionError(op.operation_id)


def check(
    spec: dict[str, Any], op: Operation, result: Any, sent: httpx.Request, args: list[str], project: str = PROJECT, app: Any = None
) -> None:
    _, example = success_example(op)
    if app is not None:  # the mock derives some answers from its resources (statistics, event order): compare with its own
        names = [p["name"] for p, _ in parameters(spec, op) if p["in"] == "path" and p["name"] != "project_id"]
        example = app.state.mock.answer(op.operation_id, path=dict(zip(names, args, strict=True)))
    assert type(result) is getattr(generated_models, model_name(spec, op))
    assert result.to_dict() == example
    assert result == type(result).from_dict(example)
    assert project in sent.url.path and all(arg in sent.url.path for arg in args)


@pytest.mark.slow
def test_every_operation_sync_over_a_socket_with_aksk(spec_doc: YamlDocument) -> None:
    """The real mock server on loopback, verifying every AK/SK signature the facade sends; writes carry their
    pages' example bodies, each answer is the client's result."""
    sent: list[httpx.Request] = []
    received: list[httpx.Response] = []
    app = create_app(Settings(keys={AK: SK}, validate_responses=True))
    with (
        running_mock(app=app) as url,
        ModelArts(
            endpoint=url, project_id=DEFAULT_PROJECT_ID, auth=AkSkAuth(AK, SK), on_request=[sent.append], on_response=[received.append]
        ) as ma,
    ):
        done = 0
        for call in every_call(spec_doc.data):
            app.state.mock.reset()  # writes change state: each call meets the seed (a delete sent before removed its target)
            result = call.on(ma)
            assert sent[-1].headers["Authorization"].startswith("SDK-HMAC-SHA256 Access=" + AK)
            check_call(call, result, sent[-1], received[-1])
            done += 1
    assert done == len(operation_ids())


@pytest.mark.slow
def test_every_operation_async_in_process(spec_doc: YamlDocument) -> None:
    """The real mock server's ASGI app, in-process: a 204's body, where one is documented, is delivered and parsed too."""
    sent: list[httpx.Request] = []
    received: list[httpx.Response] = []
    app = create_app(Settings(tokens=(TOKEN,), validate_responses=True))

    async def run() -> int:
        done = 0
        async with AsyncModelArts(
            endpoint="http://modelarts.mock",
            project_id=DEFAULT_PROJECT_ID,
            auth=TokenAuth(TOKEN),
            transport=httpx.ASGITransport(app=app),
            on_request=[sent.append],
            on_response=[received.append],
        ) as ma:
            for call in every_call(spec_doc.data):
                app.state.mock.reset()  # writes change state: each call meets the seed
                pending = call.on(ma)
                assert asyncio.iscoroutine(pending), call.method  # real coroutines, not sync calls in disguise
                check_call(call, await pending, sent[-1], received[-1])
                assert sent[-1].headers["X-Auth-Token"] == TOKEN
                done += 1
        return done

    assert asyncio.run(run()) == len(operation_ids())


def test_every_operation_against_the_pages_examples(spec_doc: YamlDocument) -> None:
    """Without the mock: each call with its page's request example reaches the wire, and the page's success example
    comes back as the result (what the mock serves is checked above)."""
    server = ExampleServer(spec_doc.data)
    received: list[httpx.Response] = []
    with ModelArts(
        endpoint="http://127.0.0.1:1",
        project_id=PROJECT,
        auth=TokenAuth(TOKEN),
        transport=server.transport(),
        on_response=[received.append],
    ) as ma:
        for call in every_call(spec_doc.data):
            check_call(call, call.on(ma), server.requests[-1], received[-1])
    assert len(server.requests) == len(operation_ids())


def test_a_tampered_answer_or_request_fails_the_check(spec_doc: YamlDocument) -> None:
    """The every-operation check can fail: a result that is not what the server sent, or a body the client did not send."""
    server = ExampleServer(spec_doc.data)
    create = next(c for c in every_call(spec_doc.data) if c.op.operation_id == "CreateAlgorithm")
    received: list[httpx.Response] = []
    with ModelArts(
        endpoint="http://127.0.0.1:1",
        project_id=PROJECT,
        auth=TokenAuth(TOKEN),
        transport=server.transport(),
        on_response=[received.append],
    ) as ma:
        result = create.on(ma)
    check_call(create, result, server.requests[-1], received[-1])
    with pytest.raises(AssertionError):
        check_call(create, type(result).from_dict({**result.to_dict(), "other": 1}), server.requests[-1], received[-1])
    with pytest.raises(AssertionError):
        check_call(replace(create, kwargs={"body": {"metadata": {}}}), result, server.requests[-1], received[-1])


def test_a_wrong_example_fails_the_comparison(spec_doc: YamlDocument) -> None:
    """The facade test can fail: a server answering another value is noticed."""

    def tamper(request: httpx.Request, op: Operation) -> httpx.Response | None:
        status, example = success_example(op)
        return httpx.Response(status, json={**example, "metadata": {**example["metadata"], "name": "other"}})

    server = ExampleServer(spec_doc.data, override=tamper)
    op, group, method, args = next(c for c in calls(spec_doc.data) if c[0].operation_id == "ShowPool")
    with ModelArts(endpoint="http://127.0.0.1:1", project_id=PROJECT, auth=TokenAuth(TOKEN), transport=server.transport()) as ma:
        result = getattr(getattr(ma, group), method)(*args)
    with pytest.raises(AssertionError):
        check(spec_doc.data, op, result, server.requests[-1], args)


def test_query_parameters_reach_the_wire(spec_doc: YamlDocument) -> None:
    server = ExampleServer(spec_doc.data)
    with ModelArts(region="cn-north-4", project_id=PROJECT, auth=TokenAuth(TOKEN), transport=server.transport()) as ma:
        ma.services.show_service_specifications(
            is_personal_cluster=True, infer_type=modelarts_client.models.ShowServiceSpecificationsInferType.BATCH
        )
        query = dict(server.requests[-1].url.params)
        assert query["is_personal_cluster"] == "true" and query["infer_type"] == "batch"
        ma.training_jobs.show_obs_url_of_training_job_logs(
            "job-1", "worker-0", content_type=modelarts_client.models.ShowObsUrlOfTrainingJobLogsContentType.TEXTPLAIN
        )
        assert server.requests[-1].url.params["Content-Type"] == "text/plain"


def test_regions_and_endpoints_come_from_the_spec(spec_doc: YamlDocument) -> None:
    servers = spec_doc.data["servers"]
    for region in servers[0]["variables"]["region"]["enum"]:
        assert modelarts_client.REGIONS[region] == f"https://modelarts.{region}.myhuaweicloud.com"
    assert modelarts_client.REGIONS["ap-southeast-1"] == "https://modelarts.ap-southeast-1.myhuaweicloud.cn"
    assert len(modelarts_client.REGIONS) == len(servers[0]["variables"]["region"]["enum"]) + 1
    ma = ModelArts(region="ap-southeast-1", project_id=PROJECT, auth=TokenAuth(TOKEN))
    assert ma.base_url == "https://modelarts.ap-southeast-1.myhuaweicloud.cn"
    ma.close()
    custom = ModelArts(endpoint="http://127.0.0.1:8080/", project_id=PROJECT, auth=TokenAuth(TOKEN))
    assert custom.base_url == "http://127.0.0.1:8080"
    custom.close()


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"project_id": PROJECT, "auth": TokenAuth(TOKEN)}, "MODELARTS_REGION"),
        ({"region": "cn-north-5", "project_id": PROJECT, "auth": TokenAuth(TOKEN)}, "unknown region 'cn-north-5'"),
        ({"region": "cn-north-4", "endpoint": "https://x", "project_id": PROJECT, "auth": TokenAuth(TOKEN)}, "not both"),
        ({"endpoint": "ftp://x", "project_id": PROJECT, "auth": TokenAuth(TOKEN)}, "http"),
        ({"endpoint": "http://[::1", "project_id": PROJECT, "auth": TokenAuth(TOKEN)}, "not a valid URL .*expected an http"),
        ({"endpoint": "https://x?debug=1", "project_id": PROJECT, "auth": TokenAuth(TOKEN)}, "without a query or fragment"),
        ({"endpoint": "https://x/#top", "project_id": PROJECT, "auth": TokenAuth(TOKEN)}, "without a query or fragment"),
        ({"endpoint": "https://x?", "project_id": PROJECT, "auth": TokenAuth(TOKEN)}, "without a query or fragment"),
        ({"region": "cn-north-4", "auth": TokenAuth(TOKEN)}, "HUAWEICLOUD_SDK_PROJECT_ID"),
        ({"region": "cn-north-4", "project_id": PROJECT}, "HUAWEICLOUD_SDK_AK"),
        ({"endpoint": "https://admin:hunter2@x", "project_id": PROJECT, "auth": TokenAuth(TOKEN)}, r"must not carry credentials \(user"),
    ],
)
def test_a_bad_set_up_fails_at_construction_saying_what_to_set(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(modelarts_client.ConfigurationError, match=message) as caught:
        ModelArts(**kwargs)
    assert "hunter2" not in str(caught.value)
    with pytest.raises(modelarts_client.ConfigurationError, match=message):
        AsyncModelArts(**kwargs)


def test_project_id_is_bound_into_ak_sk_signing(spec_doc: YamlDocument) -> None:
    server = ExampleServer(spec_doc.data)
    auth = modelarts_client.AkSkAuth("AK-EXAMPLE", "SK-EXAMPLE")
    with ModelArts(region="cn-north-4", project_id=PROJECT, auth=auth, transport=server.transport()) as ma:
        ma.quotas.show_os_quota()
    sent = server.requests[-1]
    assert sent.headers["X-Project-Id"] == PROJECT
    assert "x-project-id" in sent.headers["Authorization"]
    with pytest.raises(modelarts_client.ConfigurationError, match="bound to project"):
        ModelArts(region="cn-north-4", project_id=PROJECT, auth=modelarts_client.AkSkAuth("A", "S", project_id="other"))


def test_timeouts_default_and_configurable() -> None:
    ma = ModelArts(region="cn-north-4", project_id=PROJECT, auth=TokenAuth(TOKEN))
    assert ma._engine.http.timeout == httpx.Timeout(60.0, connect=10.0)
    ma.close()
    ma = ModelArts(region="cn-north-4", project_id=PROJECT, auth=TokenAuth(TOKEN), timeout=3)
    assert ma._engine.http.timeout == httpx.Timeout(3)
    ma.close()


def test_context_managers_close_the_connection_pool() -> None:
    with ModelArts(region="cn-north-4", project_id=PROJECT, auth=TokenAuth(TOKEN)) as ma:
        assert not ma._engine.http.is_closed
    assert ma._engine.http.is_closed

    async def run() -> AsyncModelArts:
        async with AsyncModelArts(region="cn-north-4", project_id=PROJECT, auth=TokenAuth(TOKEN)) as ama:
            assert not ama._engine.http.is_closed
        return ama

    assert asyncio.run(run())._engine.http.is_closed


def test_the_facade_is_the_only_front_door() -> None:
    """No stock low-level client beside the facade: no `ma.client`, no client.py or errors.py, and each operation
    module holds only the request builder the facade calls (no sync_detailed / asyncio family)."""
    import importlib
    import pkgutil

    from modelarts_client import api
    from modelarts_client.facade import OPERATIONS

    package = Path(modelarts_client.__file__).parent
    assert not (package / "client.py").exists() and not (package / "errors.py").exists()
    for cls in (ModelArts, AsyncModelArts):
        assert not hasattr(cls, "client")
    modules = [m.name for m in pkgutil.walk_packages(api.__path__, "modelarts_client.api.") if not m.ispkg]
    assert len(modules) == len(OPERATIONS)
    for name in modules:
        public = {n for n, v in vars(importlib.import_module(name)).items() if callable(v) and getattr(v, "__module__", "") == name}
        assert public == {"_get_kwargs"}, name


def test_project_id_and_base_url_are_read_from_the_settings() -> None:
    """One source of truth: assigning a copy would have changed the repr but not the requests."""
    for cls in (ModelArts, AsyncModelArts):
        ma = cls(region="cn-north-4", project_id=PROJECT, auth=TokenAuth(TOKEN))
        settings = ma._engine.settings
        assert (ma.project_id, ma.base_url, ma._engine.project_id) == (PROJECT, settings.base_url, PROJECT)
        for owner, name in ((ma, "project_id"), (ma, "base_url"), (ma._engine, "project_id")):
            with pytest.raises(AttributeError):
                setattr(owner, name, "other")
        if isinstance(ma, ModelArts):
            ma.close()
        else:
            asyncio.run(ma.aclose())


@pytest.mark.parametrize("prefix", ["", "Async"])
@pytest.mark.parametrize("method", ["iter_service_events", "iter_service_specifications"])
def test_the_paging_iterators_document_every_argument_from_the_spec(prefix: str, method: str) -> None:
    import inspect

    function = getattr(getattr(modelarts_client.facade, prefix + "ServicesOperations"), method)
    doc = inspect.getdoc(function) or ""
    assert "runtime/pagination.py" not in doc, doc  # an internal module is no documentation
    assert "Args:" in doc and "Yields:" in doc and "Raises:" in doc, doc
    arguments = [name for name in inspect.signature(function).parameters if name != "self"]
    section = doc.split("Args:")[1].split("Yields:")[0].splitlines()
    documented = [line.split(":")[0].strip() for line in section if line.startswith("    ") and not line.startswith("     ")]
    assert documented == arguments, documented
    assert "(not described by the spec)" not in doc
