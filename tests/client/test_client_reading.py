"""Tolerant reading, typed errors from the real mock, calls that feel like Python, and a library's manners.

The SDK-shaped ShowPool body (the official SDK's models give `status.resources.*` as single objects, the
manual and our spec as lists) is read with the objects kept raw and the deviation reported, and raises
under `strict=True`.
"""

from __future__ import annotations

import copy
import json
import logging
import os
import re
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

import httpx
import modelarts_client
import pytest
from modelarts_client import (
    NO_RETRIES,
    BadRequest,
    Deviation,
    Forbidden,
    ModelArts,
    ModelArtsAPIError,
    ModelArtsResponseError,
    NotFound,
    ServerError,
    SpecDeviationWarning,
    Throttled,
    TokenAuth,
    Unauthorized,
)
from modelarts_client.models import PoolStatusResources, ShowPoolMonitorPeriod
from modelarts_mock import DEFAULT_PROJECT_ID, Settings, create_app
from modelarts_spec.loader import YamlDocument
from modelarts_spec.openapi import Operation, operations

from tests.support import ROOT
from tests.support.client_mock import PROJECT, ExampleServer, success_example

TOKEN = "IAM-TOKEN-reading-0123456789"
POOL = "pool-0123456789abcdef0123456789abcdef"


def show_pool_example(spec_doc: YamlDocument) -> dict[str, Any]:
    op = next(o for o in operations(spec_doc.data) if o.operation_id == "ShowPool")
    return copy.deepcopy(success_example(op)[1])


def sdk_shaped(spec_doc: YamlDocument) -> dict[str, Any]:
    body = show_pool_example(spec_doc)
    body["status"]["resources"] = {"available": {"flavor": "modelarts.vm.cpu.4ud", "count": 2}, "creating": {"flavor": "x", "count": 0}}
    return body


def serving(spec_doc: YamlDocument, body: Any, **options: Any) -> tuple[ModelArts, ExampleServer]:
    def answer(request: httpx.Request, op: Operation) -> httpx.Response:
        return httpx.Response(200, json=body)

    server = ExampleServer(spec_doc.data, override=answer)
    ma = ModelArts(region="cn-north-4", project_id=PROJECT, auth=TokenAuth(TOKEN), transport=server.transport(), **options)
    return ma, server


def test_the_sdk_shaped_body_returns_the_model_with_the_objects_kept_raw_and_reported(spec_doc: YamlDocument) -> None:
    body = sdk_shaped(spec_doc)
    seen: list[Deviation] = []
    ma, _ = serving(spec_doc, body, on_deviation=seen.append)
    with pytest.warns(SpecDeviationWarning) as caught:
        pool = ma.pools.show_pool(POOL)
    assert sorted(str(w.message).split(":")[1].split()[0] for w in caught) == ["/status/resources/available", "/status/resources/creating"]
    assert {w.filename for w in caught} == {__file__}  # the warning points at the caller's line
    assert {d.pointer for d in seen} == {"/status/resources/available", "/status/resources/creating"}
    assert {d.operation for d in seen} == {"ShowPool"} and len(caught) == 2
    assert pool.status and pool.status.phase == "Running"  # what fits is typed
    resources = pool.status.resources
    assert isinstance(resources, PoolStatusResources)
    assert resources.additional_properties["available"] == {"flavor": "modelarts.vm.cpu.4ud", "count": 2}  # kept raw
    assert pool.to_dict() == body  # no data lost


def test_the_same_body_raises_under_strict_with_the_pointer_and_the_raw_body(spec_doc: YamlDocument) -> None:
    ma, _ = serving(spec_doc, sdk_shaped(spec_doc), strict=True)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # strict raises; it does not warn
        with pytest.raises(ModelArtsResponseError) as info:
            ma.pools.show_pool(POOL)
    assert info.value.pointer in ("/status/resources/available", "/status/resources/creating")
    assert info.value.status_code == 200 and json.loads(info.value.body) == sdk_shaped(spec_doc)


def test_a_body_that_fits_reports_nothing(spec_doc: YamlDocument) -> None:
    seen: list[Deviation] = []
    ma, _ = serving(spec_doc, show_pool_example(spec_doc), on_deviation=seen.append, strict=False)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ma.pools.show_pool(POOL)
    assert seen == []


def test_enum_parameters_take_plain_values_and_refuse_unknown_ones_listing_the_allowed(spec_doc: YamlDocument) -> None:
    ma, server = serving(spec_doc, None)
    server.override = None
    ma.pools.show_pool_monitor(POOL, period="300", statistics="average")
    assert server.requests[-1].url.params["period"] == "300" and server.requests[-1].url.params["statistics"] == "average"
    ma.pools.show_pool_monitor(POOL, period=ShowPoolMonitorPeriod.PERIOD_3600)
    assert server.requests[-1].url.params["period"] == "3600"
    ma.pools.show_pool_monitor(POOL)
    assert "period" not in server.requests[-1].url.params  # None: not sent, the server's default applies
    with pytest.raises(ValueError, match=r"period='301' is not allowed; expected one of: ") as info:
        ma.pools.show_pool_monitor(POOL, period="301")
    assert all(f"'{value}'" in str(info.value) for value in ("60", "300", "900", "3600"))


def test_header_parameters_reach_the_wire_and_paging_takes_integers(spec_doc: YamlDocument) -> None:
    ma, server = serving(spec_doc, None)
    server.override = None
    ma.pools.show_pool(POOL, x_model_arts_user_id="0a1b2c3d4e5f")
    assert server.requests[-1].headers["X-ModelArts-User-ID"] == "0a1b2c3d4e5f"
    ma.services.show_service_specifications(limit=5, offset=10)
    assert (server.requests[-1].url.params["limit"], server.requests[-1].url.params["offset"]) == ("5", "10")


def test_signatures_have_none_defaults_and_no_unset() -> None:
    import inspect

    facade = (ROOT / "generated" / "modelarts-client" / "modelarts_client" / "facade.py").read_text(encoding="utf-8")
    arguments = [line for line in facade.splitlines() if re.match(r"\s+\w+: [^=]*(= None,|\| Unset)", line)]
    assert len(arguments) > 60 and not [line for line in arguments if "Unset" in line]
    params = inspect.signature(modelarts_client.facade.PoolsOperations.show_pool_monitor).parameters
    assert params["period"].default is None and "Unset" not in str(params["period"].annotation)
    doc = " ".join((modelarts_client.facade.PoolsOperations.show_pool_monitor.__doc__ or "").split())
    assert "period: " in doc and "One of: '60', '300', '900', '3600'." in doc


def test_every_error_class_from_the_mock() -> None:
    app = create_app(Settings(tokens=(TOKEN,)))
    control = app.state.mock
    transport = httpx.ASGITransport(app=app)

    async def call(token: str = TOKEN, **kwargs: Any) -> Any:
        from modelarts_client import AsyncModelArts

        async with AsyncModelArts(
            endpoint="http://mock", project_id=DEFAULT_PROJECT_ID, auth=TokenAuth(token), transport=transport, retry=NO_RETRIES
        ) as ma:
            return await ma.pools.show_pool(**kwargs)

    import asyncio

    cases: list[tuple[type[ModelArtsAPIError], dict[str, Any], int | None]] = [
        (NotFound, {"pool_name": POOL}, None),
        (Unauthorized, {"pool_name": POOL, "token": "IAM-TOKEN-wrong-000000"}, None),
        (BadRequest, {"pool_name": POOL}, 400),  # pattern and length are checked client-side: the mock's 400 is injected
        (Forbidden, {"pool_name": POOL}, 403),
        (Throttled, {"pool_name": POOL}, 429),
        (ServerError, {"pool_name": POOL}, 503),
    ]
    for kind, kwargs, injected in cases:
        control.clear_faults()
        if injected:
            control.fail("ShowPool", status=injected)
        with pytest.raises(kind) as info:
            asyncio.run(call(**kwargs))
        assert type(info.value) is kind and info.value.operation == "ShowPool" and info.value.request_id
        assert info.value.error_code and info.value.status_code == (injected or info.value.status_code)


def test_redaction_runs_after_json_decoding_and_covers_an_echoed_signature(spec_doc: YamlDocument) -> None:
    token = "tok/EN-secret-0123456789"
    escaped = token.replace("/", "\\/")
    unicode_escaped = token.replace("/", "\\u002f")
    signature = "Signature=" + "ab12" * 16
    raw = f'{{"error_code": "APIGW.0301", "error_msg": "token {escaped} or {unicode_escaped}; Authorization: SDK-HMAC-SHA256 {signature}"}}'

    def echo(request: httpx.Request, op: Operation) -> httpx.Response:
        return httpx.Response(401, content=raw.encode(), headers={"X-Request-Id": token})

    server = ExampleServer(spec_doc.data, override=echo)
    with (
        ModelArts(region="cn-north-4", project_id=PROJECT, auth=TokenAuth(token), transport=server.transport()) as ma,
        pytest.raises(Unauthorized) as info,
    ):
        ma.pools.show_pool(POOL)
    error = info.value
    for text in (str(error), repr(error), error.body, error.error_msg or "", error.request_id or "", pickle_text(error)):
        assert token not in text and escaped not in text and unicode_escaped not in text and "ab12ab12" not in text
    assert error.error_msg and error.error_msg.count("<redacted>") == 3


def pickle_text(error: BaseException) -> str:
    import pickle

    return pickle.dumps(error).decode("latin-1")


def test_a_request_id_echoing_a_credential_is_redacted_in_the_debug_line(spec_doc: YamlDocument, caplog: pytest.LogCaptureFixture) -> None:
    def echo(request: httpx.Request, op: Operation) -> httpx.Response:
        return httpx.Response(200, json=show_pool_example(spec_doc), headers={"X-Request-Id": f"rid {TOKEN}"})

    server = ExampleServer(spec_doc.data, override=echo)
    caplog.set_level(logging.DEBUG, logger="modelarts_core")
    with ModelArts(region="cn-north-4", project_id=PROJECT, auth=TokenAuth(TOKEN), transport=server.transport()) as ma:
        ma.pools.show_pool(POOL)
    assert "ShowPool GET" in caplog.text and "rid <redacted>" in caplog.text and TOKEN not in caplog.text


@pytest.mark.slow
def test_nothing_is_printed_unless_the_application_configures_logging(tmp_path: Path) -> None:
    """Retries log warnings: without a handler, Python's last resort would print them to stderr."""
    script = f"""
import httpx
from modelarts_client import ModelArts, TokenAuth
answers = iter([503, 503, 200])
def handle(request):
    status = next(answers)
    return httpx.Response(status, json={{"apiVersion": "v2", "kind": "Pool", "metadata": {{"name": "{POOL}"}}}})
with ModelArts(endpoint="http://x", project_id="p", auth=TokenAuth("tok-0001"), transport=httpx.MockTransport(handle), sleep=lambda s: None) as ma:
    ma.pools.show_pool("{POOL}")
import logging
logging.basicConfig()
answers = iter([503, 200])
with ModelArts(endpoint="http://x", project_id="p", auth=TokenAuth("tok-0001"), transport=httpx.MockTransport(handle), sleep=lambda s: None) as ma:
    ma.pools.show_pool("{POOL}")
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert done.stderr.count("retrying") == 1 and "WARNING:modelarts_core" in done.stderr  # only once configured


def test_top_level_exports_the_facade_errors_and_auth_and_a_version() -> None:
    assert "Client" not in modelarts_client.__all__ and "AuthenticatedClient" not in modelarts_client.__all__
    assert not hasattr(modelarts_client, "AuthenticatedClient")
    assert modelarts_client.__version__ and isinstance(modelarts_client.__version__, str)
    major, minor = sys.version_info[:2]
    assert (
        f"modelarts-client/{modelarts_client.__version__} python/{major}.{minor} httpx/{'.'.join(httpx.__version__.split('.')[:2])}"
        == ModelArts(endpoint="http://127.0.0.1:9", project_id="p", auth=TokenAuth("t"))._engine.settings.user_agent
    )


def test_the_official_sdks_region_variable_overrides_the_endpoint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HUAWEICLOUD_SDK_REGION_MODELARTS_CN_NORTH_4", "https://modelarts.internal.example, https://backup.example")
    monkeypatch.setenv("HUAWEICLOUD_SDK_REGION_MODELARTS_XX_NEW_1", "https://modelarts.xx-new-1.example")
    with ModelArts(region="cn-north-4", project_id="p", auth=TokenAuth("tok-0001")) as ma:
        assert ma.base_url == "https://modelarts.internal.example"
    with ModelArts(region="xx-new-1", project_id="p", auth=TokenAuth("tok-0001")) as ma:  # not in REGIONS: the variable suffices
        assert ma.base_url == "https://modelarts.xx-new-1.example"
    monkeypatch.delenv("HUAWEICLOUD_SDK_REGION_MODELARTS_CN_NORTH_4")
    with ModelArts(region="cn-north-4", project_id="p", auth=TokenAuth("tok-0001")) as ma:
        assert ma.base_url == "https://modelarts.cn-north-4.myhuaweicloud.com"


USER_SCRIPT = """
from modelarts_client import ModelArts, NotFound, TokenAuth

def phase_of(ma: ModelArts, pool_id: str) -> str | None:
    try:
        pool = ma.pools.show_pool(pool_id)
    except NotFound:
        return None
    if pool.status and pool.status.phase:  # the one presence check, as the README shows
        return pool.status.phase.value
    return None
"""


@pytest.mark.slow
def test_mypy_strict_accepts_a_user_script_with_one_presence_check(tmp_path: Path) -> None:
    script = tmp_path / "user.py"
    script.write_text(USER_SCRIPT, encoding="utf-8")
    command = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(tmp_path / "cache"), str(script)]
    env_path = os.pathsep.join(str(ROOT / folder) for folder in ("generated/modelarts-client", "core"))
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, env={"MYPYPATH": env_path, "PATH": ""}, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    broken = tmp_path / "broken.py"
    broken.write_text(USER_SCRIPT.replace("if pool.status and pool.status.phase:", "if True:"), encoding="utf-8")  # no check
    done = subprocess.run(
        [*command[:-1], str(broken)], capture_output=True, text=True, timeout=300, env={"MYPYPATH": env_path, "PATH": ""}, cwd=tmp_path
    )
    assert done.returncode == 1 and "union-attr" in done.stdout
