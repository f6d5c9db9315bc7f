"""The validating proxy and recorder, against the mock itself as upstream and against an upstream that deviates."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from modelarts_core.errors import ConfigurationError
from modelarts_mock import Settings, create_app
from modelarts_mock.app import served
from modelarts_mock.in_process import InProcessMock
from modelarts_mock.proxy import Proxy, create_proxy
from modelarts_mock.scrub import scrub
from modelarts_mock.testing import running_mock
from modelarts_mock.transport import MockTransport

from tests.support.contract_variants import wrong_type
from tests.support.mock import AK, POOL, PROJECT, SK

UPSTREAM = "https://modelarts.cn-north-4.myhuaweicloud.com"
NEW = "rec-pool-0000000000000000000000000000000001"
USER_ENV = {"HUAWEICLOUD_SDK_AK": AK, "HUAWEICLOUD_SDK_SK": SK, "HUAWEICLOUD_SDK_PROJECT_ID": PROJECT}
PROXY_TOKEN = "proxy-client-token"


def upstream_mock() -> Any:
    """The real service, played by a mock that accepts only the user's AK/SK: the proxy must re-sign to get through."""
    return create_app(Settings(keys={AK: SK}, validate_responses=True))


def proxy_of(upstream: Any, record: Path | None = None) -> tuple[Proxy, httpx.Client]:
    proxy = create_proxy(Settings(tokens=(PROXY_TOKEN,)), UPSTREAM, record, USER_ENV, httpx.ASGITransport(app=upstream))
    client = httpx.Client(transport=MockTransport(proxy), base_url="http://proxy", headers={"X-Auth-Token": PROXY_TOKEN})
    return proxy, client


def test_proxy_re_signs_and_passes_valid_answers_through() -> None:
    proxy, client = proxy_of(upstream_mock())
    with client:
        response = client.get(f"/v2/{PROJECT}/pools/{POOL}")
        assert response.status_code == 200 and response.json()["metadata"]["name"] == POOL
        assert len(response.headers["x-request-id"]) == 32  # upstream's request id, passed on
        missing = client.get(f"/v2/{PROJECT}/pools/{NEW}")
        assert missing.status_code == 404 and missing.json()["error_code"] == "ModelArts.50015001"
        refused = client.get(f"/v2/{PROJECT}/pools/{POOL}", headers={"X-Auth-Token": "wrong"})
        assert refused.status_code == 401  # the proxy checks its own clients before forwarding
        assert client.get("/_mock/deviations").json() == {"deviations": []}
    assert [e["operation"] for e in proxy.pipeline.journal.listing()] == ["ShowPool", "ShowPool", None]


def test_proxy_reports_an_upstream_that_deviates() -> None:
    _, client = proxy_of(wrong_type(Settings(keys={AK: SK})))
    with client:
        response = client.get(f"/v2/{PROJECT}/pools/{POOL}")
        assert response.status_code == 200 and response.json()["metadata"]["name"] == 12345  # passed on as received
        deviations = client.get("/_mock/deviations").json()["deviations"]
    assert [(d["operation"], d["status"], d["pointer"]) for d in deviations] == [("ShowPool", 200, "/metadata/name")]
    assert "expected string" in deviations[0]["problem"]


def test_proxy_without_credentials_is_refused_naming_the_variable() -> None:
    with pytest.raises(ConfigurationError, match="HUAWEICLOUD_SDK_AK"):
        create_proxy(Settings(auth=False), UPSTREAM, None, {"HUAWEICLOUD_SDK_PROJECT_ID": PROJECT})
    with pytest.raises(ValueError, match="expected http"):
        create_proxy(Settings(auth=False), "ftp://x", None, USER_ENV)


def test_record_then_replay(tmp_path: Path) -> None:
    upstream = upstream_mock()
    InProcessMock(upstream).seed(
        "ShowPool", {"apiVersion": "v2", "kind": "Pool", "metadata": {"name": NEW}, "status": {"phase": "Error"}}, path={"pool_name": NEW}
    )
    recording = tmp_path / "recorded.json"
    _, client = proxy_of(upstream, recording)
    with client:
        seen = {
            url: client.get(url).json()
            for url in (
                f"/v2/{PROJECT}/pools/{NEW}",
                f"/v1/{PROJECT}/quotas",
                f"/v2/{PROJECT}/training-jobs/2cd88daa-31a4-40a8-a58f-d186b0e93e4f/tasks/worker-0/logs/url",
            )
        }
        client.get(f"/v2/{PROJECT}/statistics/pools")  # derived on replay: not recorded
    recorded = json.loads(recording.read_text(encoding="utf-8"))
    assert sorted(recorded["projects"][PROJECT]) == ["ShowObsUrlOfTrainingJobLogs", "ShowOsQuota", "ShowPool"]
    assert "AWSAccessKeyId=***" in recorded["projects"][PROJECT]["ShowObsUrlOfTrainingJobLogs"][0]["body"]["obs_url"]
    replay = InProcessMock(create_app(Settings(tokens=("t",), fixtures=recording, validate_responses=True)))
    try:
        with replay.client() as http:
            assert http.get(f"/v2/{PROJECT}/pools/{NEW}").json() == seen[f"/v2/{PROJECT}/pools/{NEW}"]
            assert http.get(f"/v1/{PROJECT}/quotas").json() == seen[f"/v1/{PROJECT}/quotas"]
            assert http.get(f"/v2/{PROJECT}/statistics/pools").json()["statistics"]["status"]["failed"] == 1
    finally:
        replay.close()


def test_scrub_hides_secrets_and_keeps_shapes() -> None:
    body = {"token": "abc", "name": "x", "nested": [{"secret_key": "s", "count": 1}], "url": "https://o/b?AccessKeyId=AK1&Signature=zz&x=1"}
    assert scrub(body) == {
        "token": "***",
        "name": "x",
        "nested": [{"secret_key": "***", "count": 1}],
        "url": "https://o/b?AccessKeyId=***&Signature=***&x=1",
    }


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--no-auth", "--record", "out.json"], "--record needs --proxy URL"),
        (["--no-auth", "--journal-size", "0"], "--journal-size: expected 1 to 1000000"),
    ],
)
def test_cli_refuses_bad_proxy_and_journal_options(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    from modelarts_mock.__main__ import main

    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2 and message in capsys.readouterr().err


def test_cli_proxy_without_credentials_is_one_line_exit_2(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from modelarts_mock.__main__ import main

    for name in ("HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", "MODELARTS_AUTH_TOKEN", "HUAWEICLOUD_SDK_CREDENTIALS_FILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HUAWEICLOUD_SDK_PROJECT_ID", PROJECT)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert main(["--no-auth", "--port", "0", "--proxy", UPSTREAM]) == 2
    err = capsys.readouterr().err
    assert "--proxy needs your credentials" in err and "HUAWEICLOUD_SDK_AK" in err and "Traceback" not in err


def test_faults_latency_and_prefer_apply_to_forwarded_operations_as_in_mock_mode() -> None:
    upstream = upstream_mock()
    proxy, client = proxy_of(upstream)
    control = proxy.pipeline.control
    with client:
        control.fail("ShowPool", status=429, retry_after=2, times=1)
        throttled = client.get(f"/v2/{PROJECT}/pools/{POOL}")
        assert (throttled.status_code, throttled.headers["retry-after"]) == (429, "2")
        assert throttled.json()["error_code"] == "APIGW.0308" and len(throttled.headers["x-request-id"]) == 32
        preferred = client.get(f"/v2/{PROJECT}/pools/{POOL}", headers={"Prefer": "status=404"})
        assert (preferred.status_code, preferred.json()["error_code"]) == (404, "ModelArts.50015001")
        control.fail("ShowPool", kind="empty", times=1)
        assert (client.get(f"/v2/{PROJECT}/pools/{POOL}").status_code, upstream.state.mock.journal) == (204, [])  # nothing forwarded
        control.delay("ShowPool", 150)
        started = time.perf_counter()
        assert client.get(f"/v2/{PROJECT}/pools/{POOL}").status_code == 200
        assert time.perf_counter() - started >= 0.15
    assert [e["operation"] for e in upstream.state.mock.journal] == ["ShowPool"]  # only the last one reached upstream
    assert [(e["status"], e["fault"]) for e in control.journal] == [(429, "status"), (404, None), (204, "empty"), (200, None)]


def test_the_upstream_client_is_closed_at_shutdown() -> None:
    proxy, _ = proxy_of(upstream_mock())
    messages = iter([{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}])
    sent: list[str] = []

    async def receive() -> dict[str, Any]:
        return next(messages)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message["type"])

    assert not proxy.client.is_closed
    asyncio.run(proxy({"type": "lifespan"}, receive, send))
    assert sent == ["lifespan.startup.complete", "lifespan.shutdown.complete"] and proxy.client.is_closed


@pytest.mark.slow
def test_a_served_proxy_closes_its_upstream_client_when_the_server_stops() -> None:
    proxy, _ = proxy_of(upstream_mock())
    with running_mock(app=proxy) as url:
        answer = httpx.get(f"{url}/v2/{PROJECT}/pools/{POOL}", headers={"X-Auth-Token": PROXY_TOKEN})
        assert answer.status_code == 200 and not proxy.client.is_closed
    assert proxy.client.is_closed


def test_the_command_serves_a_mock_apps_pipeline_and_any_other_app_as_given() -> None:
    app = create_app(Settings(auth=False))
    assert served(app) is app.state.pipeline
    proxy, _ = proxy_of(upstream_mock())
    assert served(proxy) is proxy
