"""Write operations through the facade: bodies as models or dicts (checked before sending, the error naming
operation and JSON pointer), 201/202/204 answers, binary and multipart bodies, and writes never retried blindly.

The client is generated from tests/support/write_spec.py (the committed spec has no write yet) and imported
under another name (its imports are relative), then called over httpx.MockTransport."""

from __future__ import annotations

import asyncio
import importlib
import json
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest
from modelarts_core.errors import ModelArtsArgumentError, ModelArtsConnectionError, ModelArtsUnsupported, ServerError, Throttled
from modelarts_spec.diagnostics import has_errors
from modelarts_spec.loader import load_openapi

from generator.client import generate
from tests.support.built_client import imported_as
from tests.support.write_spec import CREATE_EXAMPLE, WIDGET_EXAMPLE, WIDGET_ID, write_spec

pytestmark = pytest.mark.slow  # each module generates a client (openapi-python-client): left out of the fast tier

PROJECT = "0123456789abcdef0123456789abcdef"
PACKAGE = "widgets_client"


@pytest.fixture(scope="module")
def client_package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    folder = tmp_path_factory.mktemp("writes")
    out = folder / "modelarts-client"
    diagnostics = generate.build(load_openapi(write_spec(folder)), out)
    assert not has_errors(diagnostics), diagnostics
    with imported_as(out, PACKAGE) as imported:
        yield imported


Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    def __init__(self, *answers: Handler | httpx.Response) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        return answer(request) if callable(answer) else answer

    def sent_json(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content)


def facade(package: ModuleType, recorder: Recorder, **options: Any) -> Any:
    return package.ModelArts(
        endpoint="https://modelarts.example.com",
        project_id=PROJECT,
        auth=package.TokenAuth("token-0123456789"),
        transport=httpx.MockTransport(recorder),
        sleep=lambda seconds: None,
        **options,
    )


def created(request: httpx.Request) -> httpx.Response:
    return httpx.Response(201, json={**json.loads(request.content), "id": WIDGET_ID})


def test_a_body_as_a_model_or_as_a_dict_sends_the_same_json_and_reads_the_201(client_package: ModuleType) -> None:
    models = importlib.import_module(PACKAGE + ".models")
    recorder = Recorder(created)
    with facade(client_package, recorder) as ma:
        from_dict = ma.widgets.create_widget(body=CREATE_EXAMPLE)
        model = models.WidgetCreate.from_dict(CREATE_EXAMPLE)
        from_model = ma.widgets.create_widget(body=model)
    assert recorder.sent_json(0) == recorder.sent_json(1) == CREATE_EXAMPLE
    request = recorder.requests[0]
    assert (request.method, request.url.path) == ("POST", f"/v1/{PROJECT}/widgets")
    assert request.headers["Content-Type"] == "application/json"
    for widget in (from_dict, from_model):
        assert widget.id == WIDGET_ID and widget.spec.ports[0].port == 8080
        assert widget.modelartscolor.value == "blue" and widget.os_modelartsname == "widget" and widget.note is None


@pytest.mark.parametrize(
    ("change", "pointer", "expected"),
    [
        (lambda b: b.pop("name"), "/name", "required"),
        (lambda b: b.update(name="Upper"), "/name", "matching '^[a-z][a-z0-9-]*$'"),
        (lambda b: b.update(name="a" * 17), "/name", "at most 16 characters"),
        (lambda b: b["spec"]["ports"][0].update(port="80"), "/spec/ports/0/port", "expected an integer, got a string"),
        (lambda b: b["spec"]["ports"][0].update(port=70000), "/spec/ports/0/port", "at most 65535"),
        (lambda b: b["spec"]["ports"].append({"protocol": "SCTP", "port": 1}), "/spec/ports/1/protocol", "one of 'TCP', 'UDP'"),
        (lambda b: b["spec"].update(size=True), "/spec/size", "expected a string or a number, got a boolean"),
        (lambda b: b["labels"].update(team=7), "/labels/team", "expected a string, got an integer"),
        (lambda b: b.update({"@modelarts:color": "pink"}), "/@modelarts:color", "one of 'red', 'green', 'blue'"),
        (lambda b: b.update({"os.modelarts/name": ["x"]}), "/os.modelarts~1name", "expected a string, got an array"),
        (lambda b: b.update(spec=None), "/spec", "got null (the spec does not mark it nullable)"),
        (lambda b: b.update(spec=[]), "/spec", "expected an object, got an array"),
    ],
)
def test_a_dict_that_does_not_fit_is_refused_before_sending_naming_operation_and_pointer(
    client_package: ModuleType, change: Callable[[dict[str, Any]], Any], pointer: str, expected: str
) -> None:
    body = json.loads(json.dumps(CREATE_EXAMPLE))
    change(body)
    recorder = Recorder(created)
    with facade(client_package, recorder) as ma, pytest.raises(ModelArtsArgumentError) as info:
        ma.widgets.create_widget(body=body)
    assert recorder.requests == []  # nothing was sent
    assert (info.value.operation, info.value.pointer) == ("CreateWidget", pointer)
    assert str(info.value).startswith(f"CreateWidget: request body at {pointer}: ") and expected in str(info.value)
    assert isinstance(info.value, ValueError)


def test_what_the_spec_allows_passes_the_check(client_package: ModuleType) -> None:
    body = {"name": "w", "spec": {"size": 3.5}, "note": None, "extra": {"kept": True}}  # nullable, anyOf number, extra key
    recorder = Recorder(created)
    with facade(client_package, recorder) as ma:
        ma.widgets.create_widget(body=body)
    assert recorder.sent_json() == body


def test_a_model_built_with_a_wrong_type_is_checked_too(client_package: ModuleType) -> None:
    models = importlib.import_module(PACKAGE + ".models")
    wrong = models.WidgetCreate(name="ok", spec=models.WidgetSpec(size="s", replicas="two"))
    recorder = Recorder(created)
    with facade(client_package, recorder) as ma, pytest.raises(ModelArtsArgumentError, match="/spec/replicas: expected an integer"):
        ma.widgets.create_widget(body=wrong)
    assert recorder.requests == []


def test_put_patch_delete_and_202_with_and_without_a_body(client_package: ModuleType) -> None:
    recorder = Recorder(
        httpx.Response(200, json=WIDGET_EXAMPLE),
        httpx.Response(200, json=WIDGET_EXAMPLE),
        httpx.Response(204),
        httpx.Response(202, json={"job_id": "j-1"}),
        httpx.Response(202),
    )
    with facade(client_package, recorder) as ma:
        assert ma.widgets.update_widget(WIDGET_ID, body=CREATE_EXAMPLE).name == "blue-one"
        assert ma.widgets.patch_widget(WIDGET_ID, body={"labels": {"a": "b"}, "note": None}).id == WIDGET_ID
        assert ma.widgets.delete_widget(WIDGET_ID) is None
        assert ma.widgets.restart_widget(WIDGET_ID).job_id == "j-1"
        assert ma.widgets.stop_widget(WIDGET_ID) is None
    sent = [(r.method, r.url.path.rsplit("/", 1)[-1]) for r in recorder.requests]
    assert sent == [("PUT", WIDGET_ID), ("PATCH", WIDGET_ID), ("DELETE", WIDGET_ID), ("POST", "restart"), ("POST", "stop")]
    assert recorder.sent_json(1) == {"labels": {"a": "b"}, "note": None}
    assert recorder.requests[2].content == b""


def test_binary_bodies_are_sent_as_they_are_and_multipart_ones_raise_naming_the_operation(client_package: ModuleType) -> None:
    recorder = Recorder(httpx.Response(204))
    with facade(client_package, recorder) as ma:
        assert ma.widgets.upload_widget_blob(WIDGET_ID, body=b"\x00\x01binary") is None
        with pytest.raises(ModelArtsArgumentError, match="UploadWidgetBlob: body must be bytes, got str"):
            ma.widgets.upload_widget_blob(WIDGET_ID, body="text")
        with pytest.raises(ModelArtsUnsupported, match="UploadWidgetFile: multipart/form-data request bodies are not supported"):
            ma.widgets.upload_widget_file(WIDGET_ID, body=b"x")
    assert len(recorder.requests) == 1
    assert recorder.requests[0].content == b"\x00\x01binary"
    assert recorder.requests[0].headers["Content-Type"] == "application/octet-stream"


def refused(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


def reset_after_sending(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadError("connection reset by peer", request=request)


def test_post_and_patch_are_retried_only_when_the_request_surely_did_not_reach_the_service(client_package: ModuleType) -> None:
    cases: list[tuple[Any, type[Exception], int]] = [
        (httpx.Response(503, json={"error_code": "X", "error_msg": "busy"}), ServerError, 1),  # may have acted: no retry
        (reset_after_sending, ModelArtsConnectionError, 1),  # sent, then lost: no retry
        (httpx.Response(429, json={"error_code": "X", "error_msg": "slow down"}), Throttled, 4),  # refused before acting
        (refused, ModelArtsConnectionError, 4),  # never connected
    ]
    for answer, error, attempts in cases:
        for call in ("create", "patch"):
            recorder = Recorder(answer)
            with facade(client_package, recorder) as ma, pytest.raises(error) as info:
                if call == "create":
                    ma.widgets.create_widget(body=CREATE_EXAMPLE)
                else:
                    ma.widgets.patch_widget(WIDGET_ID, body={})
            assert len(recorder.requests) == attempts, (answer, call)
            assert info.value.attempts == attempts
            assert (f"[after {attempts} attempts]" in str(info.value)) == (attempts > 1)


def test_put_and_delete_are_retried_as_idempotent(client_package: ModuleType) -> None:
    for call in ("update", "delete"):
        recorder = Recorder(httpx.Response(503), reset_after_sending, httpx.Response(204 if call == "delete" else 200, json=WIDGET_EXAMPLE))
        with facade(client_package, recorder) as ma:
            if call == "update":
                assert ma.widgets.update_widget(WIDGET_ID, body=CREATE_EXAMPLE).id == WIDGET_ID
            else:
                assert ma.widgets.delete_widget(WIDGET_ID) is None
        assert len(recorder.requests) == 3


def test_async_writes_check_and_send_the_same_way(client_package: ModuleType) -> None:
    async def run() -> tuple[Any, list[httpx.Request]]:
        seen: list[httpx.Request] = []

        async def handler(request: httpx.Request) -> httpx.Response:
            seen.append(request)
            return created(request)

        async def no_sleep(seconds: float) -> None:
            return None

        async with client_package.AsyncModelArts(
            endpoint="https://modelarts.example.com",
            project_id=PROJECT,
            auth=client_package.TokenAuth("token-0123456789"),
            transport=httpx.MockTransport(handler),
            sleep=no_sleep,
        ) as ma:
            with pytest.raises(ModelArtsArgumentError, match="/spec: expected an object"):
                await ma.widgets.create_widget(body={**CREATE_EXAMPLE, "spec": "x"})
            return await ma.widgets.create_widget(body=CREATE_EXAMPLE), seen

    widget, seen = asyncio.run(run())
    assert widget.id == WIDGET_ID and len(seen) == 1 and json.loads(seen[0].content) == CREATE_EXAMPLE
