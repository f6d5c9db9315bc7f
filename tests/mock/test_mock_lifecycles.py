"""Lifecycles on the mock's clock (lifecycle.py, lifecycles.yaml): every documented lifecycle walked step by step
with the clock a test advances, deletes that pass through a deleting state, actions, failures sent through the
control plane, the clock's scale; the table checked against the spec's `x-lifecycle`; and the client's waiters
driven by the mock's clock, never sleeping.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import pytest
from modelarts_mock import Settings, create_app
from modelarts_mock.app import cached_spec
from modelarts_mock.in_process import InProcessMock
from modelarts_mock.kinds import Kind
from modelarts_mock.lifecycle import Lifecycle, bind, read_table
from modelarts_mock.shaping import get_at
from modelarts_mock.spec import DEFAULT_SPEC

from tests.mock.test_mock_stateful import _created, _show
from tests.support.mock import AK, SK, TOKEN, client, request_of

if TYPE_CHECKING:
    from starlette.testclient import TestClient

SPEC = cached_spec(DEFAULT_SPEC)
TABLE = read_table()
LIVES = SPEC.lifecycles
WITH_LIFE = sorted(LIVES)


@pytest.fixture(scope="module")
def mock() -> TestClient:
    return client()


@pytest.fixture(autouse=True)
def _fresh(mock: TestClient) -> None:
    mock.app.state.mock.reset()  # type: ignore[attr-defined]


def _kind(name: str) -> Kind:
    return SPEC.kinds.by_name[name]


def _state(mock: TestClient, kind: Kind, ids: dict[str, str]) -> Any:
    shown = _show(mock, kind, ids)
    assert shown.status_code == 200, shown.text
    return get_at(shown.json(), LIVES[kind.name].status)


def test_every_entry_of_the_table_applies_to_the_published_spec() -> None:
    lives, problems = bind(TABLE, SPEC.kinds, SPEC)
    assert problems == []
    assert len(lives) == len(TABLE) >= 14


def test_the_table_agrees_with_the_specs_lifecycles() -> None:
    """The mock ends a create in a state the spec calls ready, and fails a resource into one it calls failed."""
    for name, life in LIVES.items():
        documented = _kind(name).show.operation.data.get("x-lifecycle")
        if documented is None:
            continue
        assert life.status == documented["status"], name
        assert life.create[-1][0] in documented["ready"], name
        assert life.failed in documented["failed"], name


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ({"status": "/status/phase", "create": [["Creating", 1], ["Sleeping"]], "failed": "CreationFailed"}, "'Sleeping' does not fit"),
        ({"status": "/nowhere", "create": [["Running"]], "failed": "Abnormal"}, "no field at /nowhere"),
        ({"status": "/status/phase", "create": [["Creating"], ["Running"]], "failed": "Abnormal"}, "step 0"),
        (
            {"status": "/status/phase", "create": [["Running"]], "failed": "Abnormal", "actions": {"StopNotebook": [["Running"]]}},
            "not actions",
        ),
        ({"status": "/status/phase", "create": [["Running"]]}, "expected the keys"),
    ],
)
def test_a_broken_table_entry_is_reported_not_served(raw: dict[str, Any], problem: str) -> None:
    """Test the tests: each way an entry can be wrong makes `bind` refuse it (and the first test of this file fail)."""
    lives, problems = bind({"ShowPool": raw}, SPEC.kinds, SPEC)  # the pool's phase has an enum
    assert lives == {} and len(problems) == 1 and problem in problems[0], problems


@pytest.mark.parametrize("name", WITH_LIFE)
def test_a_created_resource_walks_its_lifecycle_on_the_clock(mock: TestClient, name: str) -> None:
    kind, life = _kind(name), LIVES[name]
    ids, _ = _created(mock, kind)
    for state, seconds in life.create:
        assert _state(mock, kind, ids) == state
        if seconds is None:
            break
        mock.app.state.mock.advance(seconds)  # type: ignore[attr-defined]
    mock.app.state.mock.advance(86_400)  # type: ignore[attr-defined]
    assert _state(mock, kind, ids) == life.create[-1][0]  # the last state stays


@pytest.mark.parametrize("name", [n for n in WITH_LIFE if LIVES[n].delete])
def test_a_delete_passes_through_its_deleting_state(mock: TestClient, name: str) -> None:
    kind, life = _kind(name), LIVES[name]
    assert kind.delete is not None
    ids, _ = _created(mock, kind)
    method, url, sent = request_of(kind.delete.operation_id, **ids)
    assert mock.request(method, url, **sent).status_code == kind.delete.success_status
    assert _state(mock, kind, ids) == life.delete[0][0]
    mock.app.state.mock.advance(sum(seconds or 0 for _, seconds in life.delete))  # type: ignore[attr-defined]
    assert _show(mock, kind, ids).status_code == 404


@pytest.mark.parametrize(("name", "action"), [(n, a) for n in WITH_LIFE for a in LIVES[n].actions])
def test_an_action_starts_its_steps(mock: TestClient, name: str, action: str) -> None:
    kind, steps = _kind(name), LIVES[name].actions[action]
    ids, _ = _created(mock, kind)
    mock.app.state.mock.advance(3600)  # type: ignore[attr-defined]
    method, url, sent = request_of(action, **ids)
    assert mock.request(method, url, **sent).status_code < 300
    assert _state(mock, kind, ids) == steps[0][0]
    mock.app.state.mock.advance(3600)  # type: ignore[attr-defined]
    assert _state(mock, kind, ids) == steps[-1][0]


def test_a_resource_is_failed_through_the_control_plane_and_stays_failed(mock: TestClient) -> None:
    kind = _kind("ShowTrainingJobDetails")
    ids, _ = _created(mock, kind)
    answer = mock.post("/_mock/lifecycle", json={"operation": "ShowTrainingJobDetails", "path": ids})
    assert answer.status_code == 200 and answer.json()["state"] == "Failed"
    mock.app.state.mock.advance(3600)  # type: ignore[attr-defined]
    assert _state(mock, kind, ids) == "Failed"
    assert (
        mock.post("/_mock/lifecycle", json={"operation": "ShowTrainingJobDetails", "path": ids, "state": "Running"}).json()["state"]
        == "Running"
    )


def test_a_seeded_resource_can_be_failed_too(mock: TestClient) -> None:
    kind = _kind("ShowPool")
    ids = dict(zip(kind.show.key_names, kind.show.key_example, strict=True))
    assert mock.app.state.mock.fail_resource("ShowPool", path=ids) == "CreationFailed"  # type: ignore[attr-defined]
    assert _state(mock, kind, ids) == "CreationFailed"
    mock.app.state.mock.reset()  # type: ignore[attr-defined]
    assert _state(mock, kind, ids) == "Running"


@pytest.mark.parametrize(
    ("body", "status", "pointer"),
    [
        (
            {"operation": "ShowPool", "path": {"pool_name": "auto-pool-os-86c13962597848eeb29c5861153a391f"}, "state": "Sleeping"},
            400,
            "/state",
        ),
        ({"operation": "ShowTrainingJobDetails", "path": {"training_job_id": "00000000-0000-0000-0000-000000000000"}}, 404, "/path"),
        ({"operation": "ShowOsQuota"}, 400, "/operation"),
        ({"operation": "ShowTrainingJobDetails", "path": {}}, 400, "/path"),
        ({"operation": "ShowTrainingJobDetails", "state": ["x"]}, 400, "/state"),
    ],
)
def test_a_state_change_the_mock_cannot_make_is_refused_naming_the_field(mock: TestClient, body: Any, status: int, pointer: str) -> None:
    answer = mock.post("/_mock/lifecycle", json=body)
    assert answer.status_code == status, answer.text
    assert answer.json()["pointer"] == pointer


def test_the_clock_is_advanced_and_read_over_http(mock: TestClient) -> None:
    before = mock.get("/_mock/clock").json()
    after = mock.post("/_mock/clock", json={"advance": 90}).json()
    assert after["advanced"] == before["advanced"] + 90 and after["scale"] == 1.0
    moved = datetime.fromisoformat(after["now"]) - datetime.fromisoformat(before["now"])
    assert timedelta(seconds=90) <= moved < timedelta(seconds=120)
    for bad in (-1, True, "60", 1e12):
        refused = mock.post("/_mock/clock", json={"advance": bad})
        assert refused.status_code == 400 and refused.json()["pointer"] == "/advance", refused.text


def test_signatures_keep_the_wall_clock_when_the_mock_runs_ahead() -> None:
    handle = InProcessMock(create_app(Settings(tokens=(TOKEN,), keys={AK: SK})))
    handle.advance(7 * 86_400)  # a week ahead: a request signed now must still be accepted
    with handle.modelarts(aksk=True) as ma:
        assert ma.pools.show_pool("auto-pool-os-86c13962597848eeb29c5861153a391f") is not None
    handle.close()


def test_a_scaled_clock_runs_lifecycles_faster_than_the_wall() -> None:
    wall = [datetime(2026, 12, 5, tzinfo=UTC)]
    handle = InProcessMock(create_app(Settings(auth=False, clock=lambda: wall[0], time_scale=60.0)))
    with handle.client() as http:
        kind = _kind("ShowPool")
        method, url, sent = request_of("CreatePool")
        name = http.request(method, url, **sent).json()["metadata"]["name"]
        shown = request_of("ShowPool", pool_name=name)[1]
        assert http.get(shown).json()["status"]["phase"] == "Creating"
        wall[0] += timedelta(seconds=1.5)  # 90 seconds of the mock's time: past the pool's 60 of creating
        assert http.get(shown).json()["status"]["phase"] == "Running"
    assert kind.name == "ShowPool"
    handle.close()


def test_lifecycles_are_data_every_kind_with_one_has_a_documented_status() -> None:
    lives: dict[str, Lifecycle] = LIVES
    assert {"ShowTrainingJobDetails", "ShowService", "ShowNotebook", "ShowPool", "DescDataset", "DescImportTask"} <= set(lives)


# ---- the client's waiters on the mock's clock ------------------------------------------------------------


def _typed(handle: InProcessMock) -> Any:
    return handle.modelarts()


def test_a_waiter_follows_a_notebook_to_running_without_sleeping() -> None:
    from modelarts_client import WaitPolicy

    handle = InProcessMock(create_app(Settings(tokens=(TOKEN,))))
    slept: list[float] = []

    def advance(seconds: float) -> None:
        slept.append(seconds)
        handle.advance(seconds)

    with _typed(handle) as ma:
        created = ma.notebooks.create_notebook(body=request_of("CreateNotebook")[2]["json"])
        shown = ma.notebooks.wait_notebook(created.id, sleep=advance, poll=WaitPolicy(jitter=0))
        assert shown.status == "RUNNING" and shown.id == created.id
    assert 20 <= sum(slept) < 60  # creating 10 s + starting 10 s, polled with backoff
    handle.close()


def test_a_waiter_raises_naming_the_failure_state_the_mock_was_sent_to() -> None:
    from modelarts_client import ResourceFailed, WaitPolicy

    handle = InProcessMock(create_app(Settings(tokens=(TOKEN,))))
    with _typed(handle) as ma:
        created = ma.training_jobs.create_training_job(body=request_of("CreateTrainingJob")[2]["json"])
        job_id = created.metadata.id

        def advance(seconds: float) -> None:
            handle.advance(seconds)
            if handle.state.clock.advanced >= 12:  # fails while pending
                handle.fail_resource("ShowTrainingJobDetails", path={"training_job_id": job_id})

        with pytest.raises(ResourceFailed) as failed:
            ma.training_jobs.wait_training_job(job_id, sleep=advance, poll=WaitPolicy(jitter=0))
    assert failed.value.state == "Failed" and "Failed" in str(failed.value)
    handle.close()


def test_a_waiter_raises_when_the_resource_disappears() -> None:
    from modelarts_client import ResourceGone, WaitPolicy

    handle = InProcessMock(create_app(Settings(tokens=(TOKEN,))))
    with _typed(handle) as ma:
        pool = ma.pools.create_pool(body=request_of("CreatePool")[2]["json"])
        name = pool.metadata.name
        ma.pools.delete_pool(name)
        handle.advance(30)  # through Deleting (a state the spec counts as failed: a waiter would raise on it)
        with pytest.raises(ResourceGone):
            ma.pools.wait_pool(name, sleep=handle.advance, poll=WaitPolicy(jitter=0))
    handle.close()


@pytest.mark.parametrize("value", ["0", "-1", "nan", "inf", "fast", "1e9"])
def test_the_command_refuses_a_time_scale_it_cannot_run(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    from modelarts_mock.__main__ import main

    with pytest.raises(SystemExit) as exited:
        main(["--no-auth", "--time-scale", value])
    assert exited.value.code == 2 and "--time-scale" in capsys.readouterr().err


def test_the_command_passes_its_time_scale_to_the_clock() -> None:
    from modelarts_mock.__main__ import parse_args

    _, settings = parse_args(["--no-auth", "--time-scale", "60"])
    assert settings.time_scale == 60.0
    assert InProcessMock(create_app(settings)).state.clock.scale == 60.0


def test_the_clock_refuses_to_run_past_what_a_date_holds() -> None:
    """Hostile: advancing ten years at a time until datetime would overflow is refused (400), never a 500; a fast clock
    left running stays a date."""
    handle = InProcessMock(create_app(Settings(auth=False)))
    with handle.client() as http:
        answers = [http.post("/_mock/clock", json={"advance": 315_360_000}).status_code for _ in range(12)]
        assert answers == [200] * 10 + [400, 400]
        assert http.get(request_of("ShowNotebook")[1]).status_code == 200
    far = [datetime(2026, 1, 1, tzinfo=UTC)]
    from modelarts_mock.clock import MockClock

    clock = MockClock(lambda: far[0], scale=100_000.0)
    far[0] += timedelta(days=365 * 50)  # fifty wall years at the largest scale: five million years
    assert clock.now().year < 9999


def test_a_secret_a_create_gives_is_never_handed_back(mock: TestClient) -> None:
    url = f"/v2/{request_of('GetAuthorizations')[1].split('/')[2]}/authorizations"
    body = {"user_id": "u-secret", "type": "credential", "content": "AK-VISIBLE", "secret_key": "SK-NEVER-ECHOED"}
    assert mock.post(url, json=body).status_code == 200
    listed = mock.get(url).json()["auth"]
    assert [a["secret_key"] for a in listed if a["user_id"] == "u-secret"] == ["***"]
    assert "SK-NEVER-ECHOED" not in mock.get("/_mock/resources").text


def test_a_missing_resource_named_at_length_is_refused_briefly(mock: TestClient) -> None:
    answer = mock.post("/_mock/lifecycle", json={"operation": "ShowPool", "path": {"pool_name": "p" * 100_000}})
    assert answer.status_code == 404 and len(answer.text) < 500
