"""Resources, not records: one pool (or service, or task) seen consistently by every operation that shows it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from modelarts_mock import ControlError, Settings, create_app
from modelarts_mock.fixtures import FixturesError
from modelarts_mock.in_process import InProcessMock

from tests.support.mock import POOL, PROJECT, client

NEW = "team-pool-00000000000000000000000000000001"
SERVICES = {  # each seeded service id comes from one operation's example
    "ShowService": "f76f20ba-78f5-44e8-893a-37c8c600c02f",
    "ShowServiceEvents": "35de3ca9-1bca-4ae7-9cb0-914f30fa7d3e",
    "ShowServiceMonitorInfo": "195c1f2d-136d-40af-a0f3-db5717d2634a",
}


def pool(name: str, phase: str = "Running", workspace: str = "0") -> dict[str, Any]:
    metadata = {"name": name, "labels": {"os.modelarts/workspace.id": workspace}}
    return {"apiVersion": "v2", "kind": "Pool", "metadata": metadata, "spec": {"type": "Dedicate"}, "status": {"phase": phase}}


def five(mock: InProcessMock, name: str) -> dict[str, Any]:
    """What the five pool operations answer about `name` (None where the pool is absent)."""
    with mock.client() as http:
        show = http.get(mock.path("ShowPool", pool_name=name))
        tags = http.get(mock.path("ShowPoolTags", pool_name=name))
        monitor = http.get(mock.path("ShowPoolMonitor", pool_name=name))
        runtime = http.get(mock.path("ShowPoolRuntimeMetrics")).json()
        stats = http.get(mock.path("ShowPoolStatistics")).json()
    return {
        "show": show.json() if show.status_code == 200 else show.status_code,
        "tags": tags.json() if tags.status_code == 204 else tags.status_code,
        "monitor": monitor.json() if monitor.status_code == 200 else monitor.status_code,
        "runtime": [i for i in runtime["items"] if i["metadata"]["name"] == name],
        "counts": stats["statistics"]["status"],
    }


def test_one_pool_is_seen_by_its_five_operations(modelarts_mock: InProcessMock) -> None:
    before = five(modelarts_mock, NEW)
    assert (before["show"], before["tags"], before["monitor"], before["runtime"]) == (404, 404, 404, [])
    modelarts_mock.seed("ShowPool", pool(NEW, "Creating"), path={"pool_name": NEW})
    modelarts_mock.seed("ShowPoolTags", {"tags": [{"key": "team", "values": ["qa"]}]}, path={"pool_name": NEW})
    after = five(modelarts_mock, NEW)
    assert after["show"]["status"]["phase"] == "Creating"
    assert after["tags"] == {"tags": [{"key": "team", "values": ["qa"]}]}
    assert after["monitor"] == {"metrics": []}
    assert after["runtime"] == [{"metadata": {"name": NEW}}]
    assert after["counts"]["creating"] == before["counts"]["creating"] + 1
    assert after["counts"]["created"] == before["counts"]["created"]
    # the pool changes phase: ShowPool and the statistics agree
    modelarts_mock.seed("ShowPool", pool(NEW, "Running"), path={"pool_name": NEW})
    running = five(modelarts_mock, NEW)
    assert running["counts"]["created"] == before["counts"]["created"] + 1 and running["counts"]["creating"] == before["counts"]["creating"]
    # removing it by any of its operations removes it from all five
    assert modelarts_mock.remove("ShowPoolMonitor", path={"pool_name": NEW})
    assert five(modelarts_mock, NEW) == before


def test_runtime_metrics_of_a_pool_no_operation_can_address_make_no_pool(modelarts_mock: InProcessMock) -> None:
    # The manual's runtime-metrics example names `hougang-rse-pool`, shorter than the 36 characters ShowPool's
    # pool_name allows: a pool by that name could never be shown, tagged or deleted, so its metrics stay metrics.
    seeded = five(modelarts_mock, "hougang-rse-pool")
    assert (seeded["show"], seeded["tags"], seeded["monitor"]) == (400, 400, 400)
    assert seeded["runtime"][0]["table"]["capacity"]["value"]["cpu"] == 16
    assert seeded["counts"] == {"created": 1, "creating": 0, "failed": 0, "pending": 0, "deleting": 0}
    listed = modelarts_mock.resources[PROJECT]
    assert listed["pools"] == [POOL] and listed["runtime_metrics_of_no_pool"] == ["hougang-rse-pool"]
    assert five(modelarts_mock, POOL)["tags"] == {"tags": [{"key": "dev", "values": ["dev1"]}]}


def test_runtime_metrics_naming_an_addressable_pool_make_it_a_pool(modelarts_mock: InProcessMock) -> None:
    envelope = {"apiVersion": "v2", "kind": "PoolMetricsList"}
    items = [{"metadata": {"name": NEW}}, {"metadata": {"name": "short"}}]
    modelarts_mock.seed("ShowPoolRuntimeMetrics", {**envelope, "items": items})
    assert five(modelarts_mock, NEW)["show"]["metadata"]["name"] == NEW
    assert [i["metadata"]["name"] for i in modelarts_mock.answer("ShowPoolRuntimeMetrics")["items"]] == [POOL, NEW, "short"]
    assert modelarts_mock.remove("ShowPoolRuntimeMetrics")
    assert [i["metadata"]["name"] for i in modelarts_mock.answer("ShowPoolRuntimeMetrics")["items"]] == [POOL, NEW]


def test_every_seeded_pool_is_answered_by_every_pool_operation(modelarts_mock: InProcessMock) -> None:
    pools = modelarts_mock.resources[PROJECT]["pools"]
    assert pools
    with modelarts_mock.client() as http:
        for name in pools:
            for op_id in ("ShowPool", "ShowPoolTags", "ShowPoolMonitor"):
                answer = http.get(modelarts_mock.path(op_id, pool_name=name))
                assert answer.status_code == modelarts_mock.spec.operation(op_id).success_status, (name, op_id, answer.text)


PHASES = [  # PoolStatus.phase → the PoolStatusCounts field its description puts it in
    ("Creating", "creating"),
    ("Running", "created"),
    ("Abnormal", "created"),
    ("ScalingFailed", "created"),
    ("Error", "failed"),
    ("CreationFailed", "failed"),
    ("Waiting", "pending"),
    ("Deleting", "deleting"),
]


def test_every_phase_the_spec_lists_is_counted() -> None:
    from tests.support.mock import SPEC_DATA

    assert sorted(p for p, _ in PHASES) == sorted(SPEC_DATA["components"]["schemas"]["PoolStatus"]["properties"]["phase"]["enum"])
    assert {c for _, c in PHASES} == set(SPEC_DATA["components"]["schemas"]["PoolStatusCounts"]["properties"])


@pytest.mark.parametrize(("phase", "counted"), PHASES)
def test_statistics_count_pools_by_phase(modelarts_mock: InProcessMock, phase: str, counted: str) -> None:
    before = modelarts_mock.answer("ShowPoolStatistics")["statistics"]["status"]
    modelarts_mock.seed("ShowPool", pool(NEW, phase), path={"pool_name": NEW})
    after = modelarts_mock.answer("ShowPoolStatistics")["statistics"]["status"]
    assert after == dict(before, **{counted: before[counted] + 1})


def test_statistics_over_http_count_one_pool_in_each_phase(modelarts_mock: InProcessMock) -> None:
    for index, (phase, _) in enumerate(PHASES):
        name = f"phase-pool-{index:032d}"
        modelarts_mock.seed("ShowPool", pool(name, phase), path={"pool_name": name})
    with modelarts_mock.client() as http:
        counts = http.get(modelarts_mock.path("ShowPoolStatistics")).json()["statistics"]["status"]
    seeded = 1  # the seed's Running pool
    assert counts == {"creating": 1, "created": 3 + seeded, "failed": 2, "pending": 1, "deleting": 1}


def test_statistics_are_derived_not_stored(modelarts_mock: InProcessMock) -> None:
    with pytest.raises(ControlError, match="counted from the project's pools") as caught:
        modelarts_mock.seed("ShowPoolStatistics", {"statistics": {"status": {"created": 7}}})
    assert caught.value.pointer == "/operation"


def test_one_service_across_detail_events_and_monitor(modelarts_mock: InProcessMock) -> None:
    for op_id, service_id in SERVICES.items():  # every seeded service answers all three operations
        for other in SERVICES:
            answer = modelarts_mock.answer(other, path={"service_id": service_id})
            assert answer["service_id"] == service_id, (op_id, other)
    events = modelarts_mock.answer("ShowServiceEvents", path={"service_id": SERVICES["ShowServiceEvents"]})
    detail = modelarts_mock.answer("ShowService", path={"service_id": SERVICES["ShowServiceEvents"]})
    assert detail["service_name"] == events["service_name"] == "service-07085"
    assert modelarts_mock.remove("ShowService", path={"service_id": SERVICES["ShowServiceEvents"]})
    with modelarts_mock.client() as http:
        gone = http.get(modelarts_mock.path("ShowServiceEvents", service_id=SERVICES["ShowServiceEvents"]))
    assert gone.status_code == 404 and gone.json()["error_code"] == "ModelArts.3502"


def test_a_task_has_a_log_url_before_any_save_image_job(modelarts_mock: InProcessMock) -> None:
    ids = {"training_job_id": "3cd88daa-31a4-40a8-a58f-d186b0e93e4f", "task_id": "worker-1"}
    modelarts_mock.seed("ShowObsUrlOfTrainingJobLogs", {"obs_url": "https://bucket.obs.example/log.txt"}, path=ids)
    assert modelarts_mock.answer("ShowObsUrlOfTrainingJobLogs", path=ids) == {"obs_url": "https://bucket.obs.example/log.txt"}
    with modelarts_mock.client() as http:
        none_saved = http.get(modelarts_mock.path("ShowSaveImageJob", **ids))
    assert none_saved.status_code == 404 and none_saved.json()["error_code"] == "ModelArts.2762"


def test_fixtures_file_pool_reaches_every_operation(tmp_path: Path) -> None:
    fixtures = {
        "projects": {
            PROJECT: {
                "ShowPool": [{"path": {"pool_name": NEW}, "body": pool(NEW, "Error")}],
                "ShowPoolRuntimeMetrics": [
                    {"body": {"apiVersion": "v2", "kind": "PoolMetricsList", "items": [{"metadata": {"name": NEW}, "table": {}}]}}
                ],
            }
        }
    }
    path = tmp_path / "fixtures.json"
    path.write_text(json.dumps(fixtures), encoding="utf-8")
    handle = InProcessMock(create_app(Settings(tokens=("t",), fixtures=path, validate_responses=True)))
    try:
        found = five(handle, NEW)
        assert found["show"]["status"]["phase"] == "Error"
        assert found["runtime"] == [{"metadata": {"name": NEW}, "table": {}}]
        assert found["counts"]["failed"] == 1
    finally:
        handle.close()


def test_a_bad_seed_names_the_pointer(modelarts_mock: InProcessMock) -> None:
    with pytest.raises(ControlError) as caught:
        modelarts_mock.seed("ShowPool", dict(pool(NEW), status={"phase": "Sleeping"}), path={"pool_name": NEW})
    assert caught.value.pointer == "/body/status/phase" and "expected one of" in caught.value.message
    with pytest.raises(ControlError) as short:
        modelarts_mock.seed("ShowPool", pool("short"), path={"pool_name": "short"})
    assert short.value.pointer == "/path/pool_name"
    assert client().get(f"/v2/{PROJECT}/pools/{NEW}").status_code == 404  # nothing was filed


def test_fixtures_refuse_a_derived_answer(tmp_path: Path) -> None:
    path = tmp_path / "fixtures.json"
    path.write_text(json.dumps({"projects": {PROJECT: {"ShowPoolStatistics": [{"body": {"statistics": {}}}]}}}), encoding="utf-8")
    with pytest.raises(FixturesError, match=r"fixtures-derived.*#/projects/[0-9a-f]+/ShowPoolStatistics"):
        create_app(Settings(auth=False, fixtures=path))
