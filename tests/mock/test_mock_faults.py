"""Injected faults (each kind, in-process and on a socket) and latency that holds up only its own operation."""

from __future__ import annotations

import threading
import time

import httpx
import pytest
from modelarts_mock import ControlError
from modelarts_mock.in_process import InProcessMock

from tests.support.mock import POOL


def test_status_fault_fires_times_then_stops(modelarts_mock: InProcessMock) -> None:
    modelarts_mock.fail("ShowPool", status=429, times=1, retry_after=1)
    with modelarts_mock.client() as http:
        url = modelarts_mock.path("ShowPool", pool_name=POOL)
        throttled = http.get(url)
        assert throttled.status_code == 429 and throttled.headers["retry-after"] == "1"
        assert throttled.json() == {"error_code": "APIGW.0308", "error_msg": "The throttling threshold has been reached"}
        assert http.get(url).status_code == 200
        assert http.get(modelarts_mock.path("ShowOsQuota")).status_code == 200  # other operations untouched
    assert [(e["status"], e["fault"]) for e in modelarts_mock.journal] == [(429, "status"), (200, None), (200, None)]


def test_status_fault_uses_the_spec_example_or_the_given_code(modelarts_mock: InProcessMock) -> None:
    modelarts_mock.fail("ShowPool", status=404, times=1)
    modelarts_mock.fail("ShowOsQuota", status=503, error_code="ModelArts.0001", error_msg="busy")
    with modelarts_mock.client() as http:
        assert http.get(modelarts_mock.path("ShowPool", pool_name=POOL)).json()["error_code"] == "ModelArts.50015001"
        assert http.get(modelarts_mock.path("ShowOsQuota")).json() == {"error_code": "ModelArts.0001", "error_msg": "busy"}


def test_probability_fires_about_that_often(modelarts_mock: InProcessMock) -> None:
    modelarts_mock.injections.rng.seed(7)
    modelarts_mock.fail("*", status=500, probability=0.5)
    with modelarts_mock.client() as http:
        statuses = [http.get(modelarts_mock.path("ShowOsConfig")).status_code for _ in range(200)]
    assert 60 < statuses.count(500) < 140 and statuses.count(200) == 200 - statuses.count(500)


def test_empty_204(modelarts_mock: InProcessMock) -> None:
    modelarts_mock.fail("ShowOsQuota", kind="empty")
    with modelarts_mock.client() as http:
        response = http.get(modelarts_mock.path("ShowOsQuota"))
    assert (response.status_code, response.content) == (204, b"")


@pytest.mark.parametrize(("kind", "error"), [("reset", httpx.ReadError), ("truncate", httpx.RemoteProtocolError)])
def test_connection_faults_in_process(modelarts_mock: InProcessMock, kind: str, error: type[Exception]) -> None:
    modelarts_mock.fail("ShowPool", kind=kind, times=1)
    with modelarts_mock.client() as http:
        with pytest.raises(error, match="modelarts-mock fault"):
            http.get(modelarts_mock.path("ShowPool", pool_name=POOL))
        assert http.get(modelarts_mock.path("ShowPool", pool_name=POOL)).status_code == 200


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["reset", "truncate", "empty"])
def test_connection_faults_on_a_socket(modelarts_mock: InProcessMock, modelarts_mock_url: str, kind: str) -> None:
    modelarts_mock.fail("ShowPool", kind=kind, times=1)
    url = modelarts_mock_url + modelarts_mock.path("ShowPool", pool_name=POOL)
    with httpx.Client(headers=modelarts_mock.headers) as http:
        if kind == "empty":
            assert http.get(url).status_code == 204
        else:
            with pytest.raises(httpx.ReadError if kind == "reset" else httpx.RemoteProtocolError):
                http.get(url)
        assert http.get(url).status_code == 200  # the server is fine: only that connection was broken


@pytest.mark.slow
def test_latency_holds_up_only_its_operation(modelarts_mock: InProcessMock, modelarts_mock_url: str) -> None:
    modelarts_mock.delay("ShowPool", 1000)
    slow: dict[str, float] = {}

    def call_slow() -> None:
        started = time.perf_counter()
        httpx.get(modelarts_mock_url + modelarts_mock.path("ShowPool", pool_name=POOL), headers=modelarts_mock.headers, timeout=10)
        slow["seconds"] = time.perf_counter() - started

    thread = threading.Thread(target=call_slow)
    thread.start()
    time.sleep(0.1)  # the slow request is in flight
    started = time.perf_counter()
    quick = httpx.get(modelarts_mock_url + modelarts_mock.path("ShowOsQuota"), headers=modelarts_mock.headers, timeout=10)
    quick_seconds = time.perf_counter() - started
    thread.join()
    assert quick.status_code == 200 and quick_seconds < 0.5
    assert slow["seconds"] >= 1.0


def test_ranged_latency_and_its_bounds(modelarts_mock: InProcessMock) -> None:
    delay = modelarts_mock.delay("ShowOsConfig", min_ms=1, max_ms=20)
    picks = [delay.pick(modelarts_mock.injections.rng) for _ in range(50)]
    assert all(0.001 <= p <= 0.02 for p in picks) and len(set(picks)) > 1
    with pytest.raises(ControlError, match="maximum"):
        modelarts_mock.delay("ShowOsConfig", 60_001)
    with pytest.raises(ControlError, match="unknown operation"):
        modelarts_mock.fail("ShowNothing", status=500)


def test_the_fault_registry_is_bounded(modelarts_mock: InProcessMock) -> None:
    for _ in range(1000):
        modelarts_mock.fail("ShowOsConfig", status=500, times=1)
    with modelarts_mock.client() as http:
        refused = http.post("/_mock/faults", json={"operation": "ShowOsConfig", "status": 500})
        assert refused.status_code == 413 and "at most 1000 faults" in refused.json()["error_msg"]
        assert http.get(modelarts_mock.path("ShowOsConfig")).status_code == 500  # one fired: room for one more
    modelarts_mock.fail("ShowOsConfig", status=500)


@pytest.mark.slow
def test_a_large_control_request_does_not_stall_other_clients(modelarts_mock: InProcessMock, modelarts_mock_url: str) -> None:
    events = [{"event_type": "normal", "event_info": "", "occur_time": i} for i in range(15_000)]  # ~0.9 MB, ~0.5 s to check
    body = {"service_id": "s", "service_name": "big", "events": events}
    entry = {"operation": "ShowServiceEvents", "path": {"service_id": "35de3ca9-1bca-4ae7-9cb0-914f30fa7d3e"}, "body": body}
    posted: dict[str, float] = {}

    def post() -> None:
        started = time.perf_counter()
        answer = httpx.post(modelarts_mock_url + "/_mock/resources", json=entry, headers=modelarts_mock.headers, timeout=30)
        posted["seconds"], posted["status"] = time.perf_counter() - started, answer.status_code

    thread = threading.Thread(target=post)
    thread.start()
    time.sleep(0.05)
    started = time.perf_counter()
    quick = httpx.get(modelarts_mock_url + modelarts_mock.path("ShowOsQuota"), headers=modelarts_mock.headers, timeout=10)
    quick_seconds = time.perf_counter() - started
    thread.join()
    assert posted["status"] == 201 and quick.status_code == 200
    assert quick_seconds < posted["seconds"] / 2, (quick_seconds, posted["seconds"])
