"""The proxy and recorder against an upstream that does not play fair (issue 21): bombs, endless bodies, drip feeding,
headers and JSON no answer should hold, echoed credentials. Whatever upstream sends, the client gets an answer
(upstream's as received, or a JSON Mock.UpstreamError), in bounded time and memory, and what was recorded loads back."""

from __future__ import annotations

import copy
import json
import logging
import time
import tracemalloc
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from modelarts_mock import Settings, create_app
from modelarts_mock.fixtures import read_fixtures
from modelarts_mock.in_process import InProcessMock
from modelarts_mock.proxy import create_proxy
from modelarts_spec.loader import STRICT, load_yaml

from tests.hostile.upstream import (
    PROXY_TOKEN,
    USER_ENV,
    HostileUpstream,
    Script,
    answer_of,
    gzip_bomb,
    gzipped,
    proxy_with,
    repeat,
)
from tests.support.mock import AK, POOL, PROJECT, SK

SEED = InProcessMock(create_app(Settings(auth=False)))
POOL_BODY: dict[str, Any] = SEED.answer("ShowPool", path={"pool_name": POOL})
MONITOR: dict[str, Any] = SEED.answer("ShowPoolMonitor", path={"pool_name": POOL})
SHOW_POOL = f"/v2/{PROJECT}/pools/{POOL}"
MONITOR_URL = f"/v2/{PROJECT}/pools/{POOL}/monitor"
JSON_GZIP = [(b"content-type", b"application/json"), (b"content-encoding", b"gzip")]
MiB = 1 << 20


def _peak(call: Any) -> tuple[Any, int]:
    tracemalloc.start()
    try:
        return call(), tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_gzip_bomb_is_refused_in_bounded_memory() -> None:
    bomb = gzip_bomb(64)  # 64 MiB once decompressed, ~64 KB on the wire
    _, client = proxy_with(HostileUpstream(lambda r: Script(200, JSON_GZIP, None, bomb)))
    with client:
        answer, peak = _peak(lambda: client.get(SHOW_POOL))
    assert answer.status_code == 502 and answer.json()["error_code"] == "Mock.UpstreamError", answer.text
    assert "limit" in answer.json()["error_msg"]
    assert peak < 40 * MiB, f"peak {peak / MiB:.0f} MiB"  # the 16 MiB limit and one 1 MiB piece, not 64 MiB


def test_an_endless_body_is_cut_at_the_limit_in_bounded_memory() -> None:
    upstream = HostileUpstream(lambda r: Script(200, chunks=lambda: repeat(b" " * MiB, 100)))  # 100 MiB
    _, client = proxy_with(upstream)
    with client:
        answer, peak = _peak(lambda: client.get(SHOW_POOL))
    assert answer.status_code == 502 and answer.json()["error_code"] == "Mock.UpstreamError"
    assert peak < 40 * MiB, f"peak {peak / MiB:.0f} MiB"


@pytest.mark.slow
def test_a_drip_feeding_upstream_meets_the_overall_deadline() -> None:
    upstream = HostileUpstream(lambda r: Script(200, chunks=lambda: repeat(b" ", 100_000, pause=0.02)))
    proxy, client = proxy_with(upstream)
    proxy.exchanges.deadline = 1.0  # 60 s as shipped; each byte arrives well within any read timeout
    with client:
        started = time.perf_counter()
        answer = client.get(SHOW_POOL)
    assert answer.status_code == 504 and answer.json()["error_code"] == "Mock.UpstreamError"
    assert time.perf_counter() - started < 5


@pytest.mark.parametrize(
    ("headers", "dropped"),
    [
        ([(b"x-request-id", "请求-1".encode())], "x-request-id"),
        ([(b"x-request-id", b"\xff\xfe")], "x-request-id"),
        ([(b"retry-after", b"2\x01")], "retry-after"),
    ],
    ids=["non-Latin-1", "not UTF-8", "control character"],
)
def test_an_upstream_header_no_answer_can_carry_is_dropped_and_reported(headers: list[tuple[bytes, bytes]], dropped: str) -> None:
    upstream = HostileUpstream(lambda r: answer_of(200, POOL_BODY, headers=[(b"content-type", b"application/json"), *headers]))
    _proxy, client = proxy_with(upstream)
    with client:
        answer = client.get(SHOW_POOL)
        deviations = client.get("/_mock/deviations").json()["deviations"]
    assert answer.status_code == 200 and answer.json() == POOL_BODY and dropped not in answer.headers
    assert any(dropped in d["problem"] for d in deviations), deviations


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "nested deeper"),
        (b'{"metrics": [{"dataPoints": [{"timestamp": 1, "statistics": [{"statistic": "maximum", "value": NaN}]}]}]}', "NaN"),
        (b'{"metrics": [{"dataPoints": [{"timestamp": 1, "statistics": [{"statistic": "maximum", "value": 1e400}]}]}]}', "NaN"),
        (b'{"metrics": "\\ud800"}', "surrogate"),
        (b"\xff\xfe not json", "not JSON"),
    ],
    ids=["deep", "NaN", "1e400", "lone surrogate", "not UTF-8"],
)
def test_upstream_json_the_mock_could_not_hold_is_a_deviation_not_a_500(tmp_path: Path, content: bytes, problem: str) -> None:
    recording = tmp_path / "recorded.json"
    upstream = HostileUpstream(lambda r: answer_of(200, MONITOR, text=content) if "monitor" in r.url.path else answer_of(200, POOL_BODY))
    _proxy, client = proxy_with(upstream, recording)
    with client:
        answer = client.get(MONITOR_URL)
        assert (answer.status_code, answer.content) == (200, content)  # passed on as received
        assert client.get(SHOW_POOL).status_code == 200  # and the next answer is still recorded
        deviations = client.get("/_mock/deviations").json()["deviations"]
    assert [d["operation"] for d in deviations] == ["ShowPoolMonitor"] and problem in deviations[0]["problem"], deviations
    fixtures = read_fixtures(recording, SEED.spec)  # what --record wrote, --fixtures loads
    assert [e.operation_id for e in fixtures.entries] == ["ShowPool"]


def test_the_proxy_forwards_no_credential_cookie_or_hop_by_hop_header() -> None:
    upstream = HostileUpstream(lambda r: answer_of(200, POOL_BODY))
    _, client = proxy_with(upstream, settings=Settings(tokens=(PROXY_TOKEN,), admin_token="admin-never-forwarded"))
    sent = {
        "X-Mock-Admin-Token": "admin-never-forwarded",
        "Cookie": "session=abc",
        "Proxy-Authorization": "Basic Zm9vOmJhcg==",
        "Connection": "keep-alive, X-Hop",
        "X-Hop": "1",
        "TE": "trailers",
        "Upgrade": "websocket",
        "Accept-Language": "en",
    }
    with client:
        assert client.get(SHOW_POOL, headers=sent).status_code == 200
    received = {k.lower(): v for k, v in upstream.received[-1].headers.items()}
    for name in ("x-mock-admin-token", "cookie", "proxy-authorization", "x-hop", "te", "upgrade", "x-auth-token"):
        assert name not in received, name
    assert PROXY_TOKEN not in json.dumps(received) and received["accept-language"] == "en"
    assert received["authorization"].startswith("SDK-HMAC-SHA256") and received["accept-encoding"] == "gzip, deflate"


def test_a_proxy_url_with_a_password_is_refused_without_quoting_it() -> None:
    with pytest.raises(ValueError, match="user:password@") as refused:
        create_proxy(Settings(auth=False), "https://alice:hunter2@modelarts.example.com", None, USER_ENV)
    assert "hunter2" not in str(refused.value)


def test_the_command_silences_httpx_request_lines(caplog: pytest.LogCaptureFixture) -> None:
    from modelarts_mock.__main__ import configure_logging

    configure_logging()
    upstream = HostileUpstream(lambda r: answer_of(200, POOL_BODY))
    _, client = proxy_with(upstream)
    with caplog.at_level(logging.INFO), client:
        client.get(SHOW_POOL, params={"sig": "query-text-for-no-log"})
    assert "query-text-for-no-log" not in caplog.text and "HTTP Request" not in caplog.text


def test_credentials_echoed_by_upstream_reach_no_recording_deviation_or_log(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    echoed = copy.deepcopy(POOL_BODY)
    echoed["metadata"]["annotations"]["os.modelarts/description"] = f"signed by {AK} with {SK}, client {PROXY_TOKEN}"
    wrong = copy.deepcopy(POOL_BODY)
    wrong["metadata"]["name"] = f"{AK}"
    wrong["kind"] = [PROXY_TOKEN]  # a deviation whose message quotes the value
    recording = tmp_path / "recorded.yaml"
    upstream = HostileUpstream(lambda r: answer_of(200, wrong if "wrong" in r.url.query.decode() else echoed))
    _, client = proxy_with(upstream, recording)
    with caplog.at_level(logging.INFO), client:
        assert client.get(SHOW_POOL).status_code == 200
        client.get(SHOW_POOL, params={"wrong": "1"})
        deviations = client.get("/_mock/deviations").text
    written = recording.read_text(encoding="utf-8")
    assert "signed by *** with ***, client ***" in written
    for secret in (AK, SK, PROXY_TOKEN):
        assert secret not in written and secret not in deviations and secret not in caplog.text, secret


# ---- property: any upstream answer ------------------------------------------------------------------------------
BODIES = st.sampled_from(
    [
        json.dumps(POOL_BODY).encode(),
        b"",
        b"{",
        b"null",
        b"[" * 3000 + b"]" * 3000,
        b'{"kind": NaN}',
        b'{"kind": 1e999}',
        b'{"kind": "\\udfff"}',
        '{"kind": "\u00e9\u8bf7"}'.encode(),
        b"\x00\xff",
        json.dumps({**POOL_BODY, "extra": "x" * 5000}).encode(),
    ]
)
HEADER_VALUES = st.sampled_from([b"abc", b"", "é".encode(), "请".encode(), b"\xff", b"a" * 300, b"1\x7f"])
ENCODINGS = st.sampled_from([None, b"gzip", b"deflate", b"br", b"gzip, gzip", b"identity"])


@st.composite
def scripts(draw: st.DrawFn) -> Script:
    body = draw(BODIES)
    encoding = draw(ENCODINGS)
    headers = [(b"content-type", draw(st.sampled_from([b"application/json", b"text/html", "ü".encode()])))]
    headers += [(b"x-request-id", draw(HEADER_VALUES)), (b"retry-after", draw(HEADER_VALUES))]
    if encoding is not None:
        headers.append((b"content-encoding", encoding))
        if encoding == b"gzip" and draw(st.booleans()):
            body = gzipped(body)  # else: a body that claims gzip and is not
    return Script(draw(st.sampled_from([200, 200, 201, 204, 304, 404, 429, 500, 503, 599])), headers, None, body)


@pytest.mark.slow  # 60 exchanges through the proxy, a recording read back after each
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(script=scripts())
def test_whatever_upstream_answers_the_client_gets_an_answer_and_the_recording_loads(tmp_path: Path, script: Script) -> None:
    recording = tmp_path / f"rec-{time.monotonic_ns()}.json"
    proxy, client = proxy_with(HostileUpstream(lambda r: script), recording)
    with client:
        try:
            answer = client.get(SHOW_POOL)
        except httpx.RemoteProtocolError:
            assert script.status in (204, 304)  # a body with a status that may carry none: the client's own refusal
            return
        if answer.status_code != script.status:  # the proxy's own answer: JSON with its code
            assert answer.status_code in (502, 504) and answer.json()["error_code"] == "Mock.UpstreamError", answer.text
        assert client.get("/_mock/deviations").status_code == 200
    assert not any(e["status"] == 500 and e["fault"] is None and script.status != 500 for e in proxy.pipeline.journal.listing())
    if recording.exists():
        load_yaml(recording, STRICT)
        read_fixtures(recording, SEED.spec)
