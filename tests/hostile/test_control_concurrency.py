"""The control plane under concurrent API load (issue 21): `POST`/`DELETE /_mock/resources` while other clients read
what they change. Control requests used to change the state in worker threads while the event loop iterated the same
dicts (ShowPoolStatistics answered 500, `dictionary changed size during iteration`). In-process, each MockTransport
serves on an event loop of its own, so "changes on the loop" alone is not enough there: every read and change of the
state holds its lock. The thread switch interval is cut to a microsecond so the races show within a second."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from modelarts_mock import Settings, create_app
from modelarts_mock.in_process import InProcessMock
from modelarts_mock.resources import Pool
from modelarts_mock.testing import running_mock

READS = ("ShowPoolStatistics", "ShowPoolRuntimeMetrics")


def pool(index: int) -> dict[str, Any]:
    name = f"race-pool-{index:032d}"
    body = {"apiVersion": "v2", "kind": "Pool", "metadata": {"name": name}, "status": {"phase": ("Running", "Creating")[index % 2]}}
    return {"operation": "ShowPool", "path": {"pool_name": name}, "body": body}


@pytest.fixture
def fast_switching(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Races made likely: threads switch every microsecond, and reading a pool's workspace (ShowPoolStatistics asks
    it of every pool, in a loop over the project's pools) gives the other threads a turn."""
    workspace = Pool.workspace

    def yielding(pool: Pool) -> str:
        time.sleep(0)
        return str(workspace.fget(pool))  # type: ignore[attr-defined]

    monkeypatch.setattr(Pool, "workspace", property(yielding))
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(interval)


def under_load(handle: InProcessMock, change: Callable[[], None], read: Callable[[str], int], reads: int = 200) -> list[str]:
    """`change` run over and over in this thread while another thread reads READS `reads` times: each answer that
    was not a 200. (Counted in reads, not changes: a race needs a read in flight.)"""
    done, bad = threading.Event(), []

    def reader() -> None:
        paths = [handle.path(op) for op in READS]
        for index in range(reads):
            status = read(paths[index % len(paths)])
            if status != 200:
                bad.append(f"{paths[index % len(paths)]}: {status}")
        done.set()

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        while not done.is_set():
            change()
    finally:
        done.wait()
        thread.join()
    return bad


def churn(post: Callable[[str, Any], int], delete: Callable[[Any], int], pools: int = 10) -> Callable[[], None]:
    """Add pools at once, then remove them one by one: the project's pools change size all the time."""

    def change() -> None:
        entries = [pool(i) for i in range(pools)]
        assert post("/_mock/resources", entries) == 201
        for entry in entries:
            assert delete({"operation": "ShowPool", "path": entry["path"]}) == 200

    return change


@pytest.mark.usefixtures("fast_switching")
def test_control_requests_on_one_client_and_reads_on_another_in_process() -> None:
    handle = InProcessMock(create_app(Settings(auth=False)))
    try:
        with handle.client() as control, handle.client() as api:  # two transports: two event loops, two threads
            change = churn(
                lambda path, body: control.post(path, json=body).status_code,
                lambda body: control.request("DELETE", "/_mock/resources", json=body).status_code,
            )
            assert under_load(handle, change, lambda path: api.get(path).status_code) == []
    finally:
        handle.close()


@pytest.mark.slow
@pytest.mark.usefixtures("fast_switching")
def test_the_python_api_from_another_thread_while_the_mock_answers() -> None:
    handle = InProcessMock(create_app(Settings(auth=False)))
    handle.file_all([handle.check_entry(pool(i)) for i in range(100, 200)])  # long iterations: a wide window for a race
    entry, added = handle.check_entry(pool(0)), iter(range(10**9))

    def change() -> None:  # one pool more, then one less: the dict's size differs half of the time
        if next(added) % 2 == 0:
            handle.file_all([entry])
        else:
            assert handle.remove("ShowPool", path=pool(0)["path"])

    try:
        with handle.client() as api:
            assert under_load(handle, change, lambda path: api.get(path).status_code) == []
    finally:
        handle.close()


@pytest.mark.slow  # a server on a socket
@pytest.mark.usefixtures("fast_switching")
def test_control_requests_and_reads_over_a_socket() -> None:
    import httpx

    app = create_app(Settings(auth=False))
    handle = InProcessMock(app)
    with running_mock(app=app) as url, httpx.Client(base_url=url) as control, httpx.Client(base_url=url) as api:
        change = churn(
            lambda path, body: control.post(path, json=body).status_code,
            lambda body: control.request("DELETE", "/_mock/resources", json=body).status_code,
        )
        assert under_load(handle, change, lambda path: api.get(path).status_code, reads=100) == []


# ---- property: any sequence of control requests, while every read operation is asked ---------------------------
STEP = st.sampled_from(["add", "remove", "reset", "list", "journal", "clear-journal", "fault-elsewhere", "clear-faults"])


@pytest.mark.slow  # 60 examples of 10 requests each, under load
@pytest.mark.usefixtures("fast_switching")
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(STEP, st.integers(0, 9)), min_size=1, max_size=10))
def test_any_control_sequence_under_api_load_gets_no_5xx(shared: InProcessMock, steps: list[tuple[str, int]]) -> None:
    with shared.client() as control, shared.client() as api:
        requests: dict[str, Callable[[int], Any]] = {
            "add": lambda i: control.post("/_mock/resources", json=[pool(i), pool(i + 10)]),
            "remove": lambda i: control.request("DELETE", "/_mock/resources", json={"operation": "ShowPool", "path": pool(i)["path"]}),
            "reset": lambda i: control.post("/_mock/reset", headers={"Content-Type": "application/json"}),
            "list": lambda i: control.get("/_mock/resources"),
            "journal": lambda i: control.get("/_mock/journal"),
            "clear-journal": lambda i: control.delete("/_mock/journal"),
            "fault-elsewhere": lambda i: control.post("/_mock/faults", json={"operation": "ShowOsQuota", "status": 503}),
            "clear-faults": lambda i: control.delete("/_mock/faults"),
        }
        answers: list[Any] = []
        bad = under_load(shared, lambda: answers.extend(requests[name](i) for name, i in steps), lambda p: api.get(p).status_code, reads=20)
    assert bad == []
    assert all(a.status_code < 500 and a.headers["content-type"].startswith("application/json") for a in answers), [
        (a.request.url.path, a.status_code, a.text[:200]) for a in answers if a.status_code >= 500
    ]


@pytest.fixture(scope="module")
def shared() -> Iterator[InProcessMock]:
    handle = InProcessMock(create_app(Settings(auth=False)))
    yield handle
    handle.close()
