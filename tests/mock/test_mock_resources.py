"""Resources, not records: one pool (or service, or task) seen consistently by every operation that shows it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from modelarts_mock import ControlError, Settings, create_app
from modelarts_mock.fixtures import FixturesError
from modelarts_mock.handle import MockHandle

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


def five(mock: MockHandle, name: str) -> dict[str, Any]:
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


def test_one_pool_is_seen_by_its_five_operations(modelarts_mock: MockHandle) -> None:
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


def test_a_pool_known_only_from_runtime_metrics_is_a_pool(modelarts_mock: MockHandle) -> None:
    # The manual's runtime-metrics example names another pool than ShowPool's: the seed makes it a pool too.
    # (Its name is shorter than the 36 characters ShowPool's pool_name allows: over HTTP that is a 400.)
    seeded = five(modelarts_mock, "hougang-rse-pool")
    assert seeded["show"] == 400
    assert modelarts_mock.answer("ShowPool", path={"pool_name": "hougang-rse-pool"})["status"]["phase"] == "Running"
    assert seeded["runtime"][0]["table"]["capacity"]["value"]["cpu"] == 16
    assert seeded["counts"] == {"created": 2, "creating": 0, "failed": 0, "pending": 0}
    assert five(modelarts_mock, POOL)["tags"] == {"tags": [{"key": "dev", "values": ["dev1"]}]}


@pytest.mark.parametrize(
    ("phase", "counted"), [("Creating", "creating"), ("Running", "created"), ("Abnormal", "created"), ("Error", "failed")]
)
def test_statistics_count_pools_by_phase(modelarts_mock: MockHandle, phase: str, counted: str) -> None:
    before = modelarts_mock.answer("ShowPoolStatistics")["statistics"]["status"]
    modelarts_mock.seed("ShowPool", pool(NEW, phase), path={"pool_name": NEW})
    after = modelarts_mock.answer("ShowPoolStatistics")["statistics"]["status"]
    assert after == dict(before, **{counted: before[counted] + 1})


def test_statistics_are_derived_not_stored(modelarts_mock: MockHandle) -> None:
    with pytest.raises(ControlError, match="counted from the project's pools") as caught:
        modelarts_mock.seed("ShowPoolStatistics", {"statistics": {"status": {"created": 7}}})
    assert caught.value.pointer == "/operation"


def test_one_service_across_detail_events_and_monitor(modelarts_mock: MockHandle) -> None:
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


def test_a_task_has_a_log_url_before_any_save_image_job(modelarts_mock: MockHandle) -> None:
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
    handle = MockHandle(create_app(Settings(tokens=("t",), fixtures=path, validate_responses=True)))
    try:
        found = five(handle, NEW)
        assert found["show"]["status"]["phase"] == "Error"
        assert found["runtime"] == [{"metadata": {"name": NEW}, "table": {}}]
        assert found["counts"]["failed"] == 1
    finally:
        handle.close()


def test_a_bad_seed_names_the_pointer(modelarts_mock: MockHandle) -> None:
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
