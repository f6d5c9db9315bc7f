"""Query semantics as the spec documents them: paging with totals, every filter, sort order, series shaping."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from modelarts_mock import Settings, create_app
from modelarts_mock.in_process import InProcessMock

from tests.support.mock import POOL

SERVICE = "35de3ca9-1bca-4ae7-9cb0-914f30fa7d3e"  # ShowServiceEvents' example service: 9 events


def events(mock: InProcessMock, **query: Any) -> dict[str, Any]:
    with mock.client() as http:
        response = http.get(mock.path("ShowServiceEvents", service_id=SERVICE), params=query)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def seed_events(mock: InProcessMock, count: int) -> list[dict[str, Any]]:
    listed = [
        {"event_type": "abnormal" if i % 3 == 0 else "normal", "event_info": f"step {i} done", "occur_time": 1_700_000_000_000 + i * 1000}
        for i in range(count)
    ]
    body = {"service_id": SERVICE, "service_name": "svc", "events": listed}
    mock.seed("ShowServiceEvents", body, path={"service_id": SERVICE})
    return listed


def test_three_pages_with_totals(modelarts_mock: InProcessMock) -> None:
    seed_events(modelarts_mock, 5)
    pages = [events(modelarts_mock, limit=2, offset=offset, order="asc") for offset in (0, 2, 4)]
    assert [p["total_count"] for p in pages] == [5, 5, 5]
    assert [p["count"] for p in pages] == [2, 2, 1]
    assert [e["event_info"] for p in pages for e in p["events"]] == [f"step {i} done" for i in range(5)]
    assert events(modelarts_mock, limit=2, offset=6)["events"] == []


def test_seeded_example_pages_too(modelarts_mock: InProcessMock) -> None:
    first = events(modelarts_mock, limit=2)
    assert (first["total_count"], first["count"]) == (9, 2)
    times = [e["occur_time"] for e in first["events"]]
    assert times == sorted(times, reverse=True)  # documented default order: occur_time desc


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"event_type": "abnormal"}, [0, 3, 6, 9]),
        ({"event_type": "normal", "end_time": 1_700_000_002_000}, [1, 2]),
        ({"event_info": "step 1"}, [1]),
        ({"start_time": 1_700_000_008_000}, [8, 9]),
        ({"start_time": 1_700_000_003_000, "end_time": 1_700_000_004_000}, [3, 4]),
        ({"start_time": 1_700_000_005_000, "end_time": 1_700_000_001_000}, []),
    ],
    ids=["event_type", "type and end_time", "event_info", "start_time", "window", "empty window"],
)
def test_each_event_filter(modelarts_mock: InProcessMock, query: dict[str, Any], expected: list[int]) -> None:
    seed_events(modelarts_mock, 10)
    found = events(modelarts_mock, order="asc", **query)
    assert [int(e["event_info"].split()[1]) for e in found["events"]] == expected
    assert found["total_count"] == len(expected)


def test_sort_by_and_order(modelarts_mock: InProcessMock) -> None:
    seed_events(modelarts_mock, 4)
    by_type = [e["event_type"] for e in events(modelarts_mock, sort_by="event_type", order="asc")["events"]]
    assert by_type == ["abnormal", "abnormal", "normal", "normal"]  # events 0 and 3 are abnormal
    desc = [e["occur_time"] for e in events(modelarts_mock)["events"]]
    assert desc == sorted(desc, reverse=True) and len(desc) == 4


def specifications(mock: InProcessMock, **query: Any) -> dict[str, Any]:
    with mock.client() as http:
        response = http.get(mock.path("ShowServiceSpecifications"), params=query)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_specification_listings_by_cluster_and_infer_type(modelarts_mock: InProcessMock) -> None:
    public = specifications(modelarts_mock)
    assert public["total_count"] == 2
    batch = {"specifications": [{"specification": "modelarts.vm.cpu.8u", "is_open": True}]}
    modelarts_mock.seed("ShowServiceSpecifications", batch, query={"infer_type": "batch", "is_personal_cluster": True})
    assert specifications(modelarts_mock, infer_type="batch", is_personal_cluster="true")["specifications"] == batch["specifications"]
    assert specifications(modelarts_mock, infer_type="batch")["total_count"] == 0
    assert specifications(modelarts_mock, infer_type="edge")["specifications"] == []
    assert specifications(modelarts_mock) == public


def test_specification_paging(modelarts_mock: InProcessMock) -> None:
    second = specifications(modelarts_mock, limit="1", offset="1")
    assert (second["total_count"], second["count"]) == (2, 1)
    assert second["specifications"][0]["specification"] == "modelarts.vm.gpu.p4"


def test_statistics_by_workspace(modelarts_mock: InProcessMock) -> None:
    name = "ws-pool-000000000000000000000000000000000001"
    body = {
        "apiVersion": "v2",
        "kind": "Pool",
        "metadata": {"name": name, "labels": {"os.modelarts/workspace.id": "ws-9"}},
        "status": {"phase": "Creating"},
    }
    modelarts_mock.seed("ShowPool", body, path={"pool_name": name})
    with modelarts_mock.client() as http:
        default = http.get(modelarts_mock.path("ShowPoolStatistics")).json()["statistics"]["status"]
        other = http.get(modelarts_mock.path("ShowPoolStatistics"), params={"workspaceId": "ws-9"}).json()["statistics"]["status"]
    assert default["creating"] == 0 and default["created"] == 1
    assert other == {"created": 0, "creating": 1, "failed": 0, "pending": 0, "deleting": 0}


NOW = datetime(2026, 1, 1, tzinfo=UTC)
NOW_MS = int(NOW.timestamp() * 1000)


def monitor_mock() -> InProcessMock:
    handle = InProcessMock(create_app(Settings(tokens=("t",), validate_responses=True, clock=lambda: NOW)))
    points = [
        {"timestamp": NOW_MS - (9 - i) * 60_000, "unit": "Percent", "statistics": [{"statistic": "average", "value": float(i)}]}
        for i in range(10)
    ]
    metric = {"metric": {"metricName": "cpuUsage", "namespace": "PAAS.AGGR", "dimensions": []}, "dataPoints": points}
    handle.seed("ShowPoolMonitor", {"metrics": [metric]}, path={"pool_name": POOL})
    return handle


def shaped(handle: InProcessMock, **query: str) -> list[tuple[int, float]]:
    body = handle.answer("ShowPoolMonitor", path={"pool_name": POOL}, query=query)
    return [(p["timestamp"], p["statistics"][0]["value"]) for p in body["metrics"][0]["dataPoints"]]


def test_monitor_period_and_statistics_shape_the_series() -> None:
    handle = monitor_mock()
    try:
        # the last 60 minutes by minute; the sample at exactly "now" joins the last minute (max of samples 8 and 9)
        assert [v for _, v in shaped(handle, period="60", statistics="maximum")] == [*map(float, range(8)), 9.0]
        five = shaped(handle, period="300", statistics="sum", time_range=f"{NOW_MS - 600_000}.{NOW_MS}.10")
        # periods start at the window's start: [-10 min, -5 min) holds samples 0-3, [-5 min, now] samples 4-9
        assert five == [(NOW_MS - 600_000, 6.0), (NOW_MS - 300_000, 39.0)]
        counts = shaped(handle, period="300", statistics="sampleCount", time_range=f"{NOW_MS - 600_000}.{NOW_MS}.10")
        assert [v for _, v in counts] == [4, 6]
        average = shaped(handle, period="3600", statistics="average")
        assert average == [(NOW_MS - 3_600_000, 4.5)]
        start = NOW_MS - 180_000  # end -1: start plus 3 minutes (capped at now); samples 6-9, the last two in one minute
        assert shaped(handle, time_range=f"{start}.-1.3") == [(start, 6.0), (start + 60_000, 7.0), (start + 120_000, 9.0)]
        assert shaped(handle, time_range="-1.-1.2") == [(NOW_MS - 120_000, 7.0), (NOW_MS - 60_000, 9.0)]
    finally:
        handle.close()


def test_monitor_without_shaping_parameters_is_the_stored_series(modelarts_mock: InProcessMock) -> None:
    stored = modelarts_mock.answer("ShowPoolMonitor", path={"pool_name": POOL})
    assert stored["metrics"][0]["dataPoints"][0]["timestamp"] == 1655193600000  # the manual's example, as seeded
    assert modelarts_mock.answer("ShowPoolMonitor", path={"pool_name": POOL}, query={"period": "60"})["metrics"][0]["dataPoints"] == []


def test_every_answer_carries_a_request_id(modelarts_mock: InProcessMock) -> None:
    with modelarts_mock.client() as http:
        ids = [http.get(url).headers["x-request-id"] for url in (modelarts_mock.path("ShowOsQuota"), "/nowhere", "/_mock/journal")]
    assert len(set(ids)) == 3 and all(len(i) == 32 for i in ids)
    assert [e["request_id"] for e in modelarts_mock.journal] == ids[:2]


def test_request_ids_are_unique_across_threads() -> None:
    from concurrent.futures import ThreadPoolExecutor

    from modelarts_mock.wire import new_request_id

    with ThreadPoolExecutor(4) as pool:
        ids = [i for batch in pool.map(lambda _: [new_request_id() for _ in range(5000)], range(4)) for i in batch]
    assert len(set(ids)) == len(ids) and all(len(i) == 32 and int(i, 16) >= 0 for i in ids)


def test_the_clients_error_carries_the_request_id(modelarts_mock: InProcessMock) -> None:
    from modelarts_client import ModelArts, ModelArtsAPIError, TokenAuth

    transport = modelarts_mock.transport()
    auth = TokenAuth(modelarts_mock.settings.tokens[0])
    client = ModelArts(endpoint="http://modelarts.mock", project_id=modelarts_mock.project_id, auth=auth, transport=transport)
    with client as ma, pytest.raises(ModelArtsAPIError) as caught:
        ma.pools.show_pool("no-such-pool-0000000000000000000000000000")
    assert caught.value.request_id == modelarts_mock.journal[-1]["request_id"]
    assert caught.value.status_code == 404


def test_async_transport_maps_connection_faults(modelarts_mock: InProcessMock) -> None:
    import asyncio

    import httpx

    modelarts_mock.fail("ShowOsQuota", kind="reset", times=1)

    async def run() -> int:
        async with modelarts_mock.async_client() as http:
            with pytest.raises(httpx.ReadError):
                await http.get(modelarts_mock.path("ShowOsQuota"))
            return (await http.get(modelarts_mock.path("ShowOsQuota"))).status_code

    assert asyncio.run(run()) == 200
