"""Memory stays bounded whatever clients add: a count per resource kind, projects, events per service (limits.py).
The limits are lowered here so the tests stay fast; the production values are the module's constants."""

from __future__ import annotations

from typing import Any

import pytest
from modelarts_mock import ControlError, control, ledger, limits
from modelarts_mock.in_process import InProcessMock

from tests.support.mock import OTHER_PROJECT, PROJECT


def pool_entry(index: int, project: str | None = None) -> dict[str, Any]:
    name = f"cap-pool-{index:033d}"
    body = {"apiVersion": "v2", "kind": "Pool", "metadata": {"name": name}, "status": {"phase": "Running"}}
    entry: dict[str, Any] = {"operation": "ShowPool", "path": {"pool_name": name}, "body": body}
    return entry | ({"project": project} if project else {})


def test_production_limits() -> None:
    assert (limits.MAX_RESOURCES, limits.MAX_PROJECTS, limits.MAX_EVENTS) == (10_000, 1_000, 100_000)


def test_pools_past_the_limit_are_413_naming_it_and_nothing_is_filed(
    modelarts_mock: InProcessMock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_RESOURCES", 3)  # the seed holds one pool
    with modelarts_mock.client() as http:
        assert http.post("/_mock/resources", json=[pool_entry(1)]).status_code == 201
        refused = http.post("/_mock/resources", json=[pool_entry(1), pool_entry(2), pool_entry(3)])
        assert refused.status_code == 413, refused.text
        assert refused.json()["error_code"] == "Mock.LimitReached" and "at most 3 pools" in refused.json()["error_msg"]
        assert len(modelarts_mock.resources[PROJECT]["pools"]) == 2  # the batch was refused whole
        assert http.post("/_mock/resources", json=[pool_entry(1), pool_entry(2)]).status_code == 201  # replacing 1 is no growth
        assert http.post("/_mock/resources", json=pool_entry(3, OTHER_PROJECT)).status_code == 413  # counted over projects
        assert http.request("DELETE", "/_mock/resources", json={"operation": "ShowPool", "path": pool_entry(2)["path"]}).status_code == 200
        assert http.post("/_mock/resources", json=pool_entry(3)).status_code == 201


def test_the_python_api_has_the_same_limit(modelarts_mock: InProcessMock, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_RESOURCES", 1)
    with pytest.raises(ControlError, match="at most 1 pools") as caught:
        modelarts_mock.put(pool_entry(1))
    assert caught.value.status == 413


def test_runtime_metrics_creating_pools_count(modelarts_mock: InProcessMock, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_RESOURCES", 2)
    items = [{"metadata": {"name": f"cap-pool-{i:033d}"}} for i in range(2)]
    with pytest.raises(ControlError, match="at most 2 pools"):
        modelarts_mock.seed("ShowPoolRuntimeMetrics", {"apiVersion": "v2", "kind": "PoolMetricsList", "items": items})


def test_projects_past_the_limit_are_413(modelarts_mock: InProcessMock, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_PROJECTS", 1)  # the seed's project
    with modelarts_mock.client() as http:
        refused = http.post("/_mock/resources", json={"operation": "ShowOsConfig", "project": OTHER_PROJECT, "body": {}})
        assert (refused.status_code, refused.json()["pointer"]) == (413, "/project")
        assert http.post("/_mock/resources", json={"operation": "ShowOsConfig", "body": {}}).status_code == 201


def test_events_per_service_are_bounded(modelarts_mock: InProcessMock, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_EVENTS", 2)
    service = "35de3ca9-1bca-4ae7-9cb0-914f30fa7d3e"
    events = [{"event_type": "normal", "event_info": str(i), "occur_time": i} for i in range(3)]
    body = {"service_id": service, "service_name": "s", "events": events}
    with modelarts_mock.client() as http:
        refused = http.post("/_mock/resources", json={"operation": "ShowServiceEvents", "path": {"service_id": service}, "body": body})
        assert (refused.status_code, refused.json()["pointer"]) == (413, "/body/events"), refused.text
        body["events"] = events[:2]
        accepted = http.post("/_mock/resources", json={"operation": "ShowServiceEvents", "path": {"service_id": service}, "body": body})
        assert accepted.status_code == 201, accepted.text


def test_bodies_are_bounded_in_bytes_not_only_in_count(modelarts_mock: InProcessMock, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 21: 150 pools of 1 MiB took +170 MiB (10,000 would be ~11 GiB) under a count limit alone."""
    monkeypatch.setattr(ledger, "MAX_BYTES", 3 << 20)
    big = [pool_entry(i) for i in range(4)]
    for entry in big:
        entry["body"]["metadata"]["annotations"] = {"os.modelarts/description": "x" * (900 << 10)}
    with modelarts_mock.client() as http:
        for entry in big[:3]:  # one per request: a control body is at most 1 MiB
            assert http.post("/_mock/resources", json=entry).status_code == 201
        refused = http.post("/_mock/resources", json=big[3])
        assert refused.status_code == 413 and "at most 3 MiB of bodies" in refused.json()["error_msg"], refused.text
        assert http.post("/_mock/resources", json=big[0]).status_code == 201  # replacing a body frees the old one
        removal = {"operation": "ShowPool", "path": big[1]["path"]}
        assert http.request("DELETE", "/_mock/resources", json=removal).status_code == 200
        assert http.post("/_mock/resources", json=big[3]).status_code == 201  # removing a pool freed its bytes
        assert http.post("/_mock/reset", headers={"Content-Type": "application/json"}).status_code == 200
        assert modelarts_mock.ledger.total == 0


def test_stub_bodies_are_bounded_in_bytes(modelarts_mock: InProcessMock, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(control, "MAX_STUB_BYTES", 2 << 20)
    modelarts_mock.stub("ShowPool", text="x" * (1 << 20))
    with pytest.raises(ControlError, match="stubs' bodies may hold 2 MiB") as refused:
        modelarts_mock.stub("ShowOsQuota", {"quota": ["y" * (1 << 20)]})
    assert refused.value.status == 413
    modelarts_mock.clear_stubs()
    modelarts_mock.stub("ShowOsQuota", {"quota": ["y" * (1 << 20)]})
