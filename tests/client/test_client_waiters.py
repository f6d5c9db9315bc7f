"""The waiter engine (`modelarts_core.waiters`) on fake show calls, a fake clock and a fake sleep: nothing sleeps.

Each check is a plain function of the `wait` under test, so `test_the_checks_catch_broken_waiters` can run the
same checks against deliberately broken waiters and see them fail.
"""

from __future__ import annotations

import asyncio
import copy
import enum
import pickle
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from modelarts_core import waiters
from modelarts_core.errors import (
    ModelArtsArgumentError,
    ModelArtsClientError,
    ModelArtsTimeout,
    ModelArtsWaitError,
    NotFound,
    ResourceFailed,
    ResourceGone,
    ServerError,
    WaitTimeout,
)
from modelarts_core.waiters import Lifecycle, WaitPolicy, async_wait, status_of, wait

JOB = Lifecycle("training_job", "/status/phase", ("Completed",), ("Failed", "Abnormal", "Terminated"), "ShowTrainingJobDetails")
STEADY = WaitPolicy(delay=1.0, factor=2.0, max_delay=8.0, jitter=0.0)
SECRET = "sk-0123456789abcdef-secret"


class Model:
    """A stand-in for a generated attrs model: the waiter reads it through `to_dict()`."""

    def __init__(self, phase: object) -> None:
        self.phase = phase

    def to_dict(self) -> dict[str, Any]:
        return {"kind": "job", "status": {} if self.phase is None else {"phase": self.phase}}


class FakeTime:
    """A clock that only moves when slept on; every wait recorded."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.waits: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds


class Server:
    """The show call: answers the phases in turn (the last one for ever), or raises what it is given."""

    def __init__(self, *phases: object) -> None:
        self.phases = list(phases)
        self.calls = 0
        self.credential = SECRET  # what a real show method's client holds: must never reach an error

    def __call__(self) -> Model:
        self.calls += 1
        phase = self.phases.pop(0) if len(self.phases) > 1 else self.phases[0]
        if isinstance(phase, BaseException):
            raise phase
        return Model(phase)


Wait = Callable[..., Any]


def run(wait_fn: Wait, server: Server, fake: FakeTime | None = None, **options: Any) -> Any:
    fake = fake or FakeTime()
    options.setdefault("poll", STEADY)
    return wait_fn(server, options.pop("lifecycle", JOB), "job-1", sleep=fake.sleep, clock=fake.clock, **options)


# The checks: each passes for a correct waiter.


def check_ready_after_polls(wait_fn: Wait) -> None:
    server, fake = Server("Creating", "Pending", "Running", "Completed"), FakeTime()
    answer = run(wait_fn, server, fake)
    assert isinstance(answer, Model) and answer.phase == "Completed"
    assert server.calls == 4
    assert fake.waits == [1.0, 2.0, 4.0]


def check_failure_state_raises(wait_fn: Wait) -> None:
    server = Server("Pending", "Running", "Failed")
    with pytest.raises(ResourceFailed) as caught:
        run(wait_fn, server)
    error = caught.value
    assert (error.resource, error.resource_id, error.state, error.operation) == (
        "training_job",
        "job-1",
        "Failed",
        "ShowTrainingJobDetails",
    )
    assert "'Failed'" in str(error) and "training_job 'job-1'" in str(error)
    assert server.calls == 3


def check_not_found_is_gone(wait_fn: Wait) -> None:
    missing = NotFound(404, "ModelArts.2763", "job not found", operation="ShowTrainingJobDetails")
    with pytest.raises(ResourceGone) as caught:
        run(wait_fn, Server("Running", missing))
    error = caught.value
    assert (error.resource, error.resource_id, error.state) == ("training_job", "job-1", "Running")
    assert error.__cause__ is missing
    assert "gone" in str(error) and "ShowTrainingJobDetails answered 404" in str(error)


def check_timeout_names_last_state(wait_fn: Wait) -> None:
    server, fake = Server("Pending", "Running"), FakeTime()
    with pytest.raises(WaitTimeout) as caught:
        run(wait_fn, server, fake, timeout=20)
    error = caught.value
    assert isinstance(error, ModelArtsTimeout) and isinstance(error, TimeoutError) and isinstance(error, ModelArtsWaitError)
    assert error.state == "Running" and error.timeout == 20 and error.until == ("Completed",)
    assert "last state 'Running'" in str(error) and "within 20 s" in str(error) and "'Completed'" in str(error)
    # 1 + 2 + 4 + 8 = 15, then the last wait cut to the 5 s left, then one last poll at the deadline
    assert fake.waits == [1.0, 2.0, 4.0, 8.0, 5.0]
    assert sum(fake.waits) == 20 and server.calls == 6 == error.attempts


def check_until_a_failure_state_returns_it(wait_fn: Wait) -> None:
    answer = run(wait_fn, Server("Running", "Terminated"), until="Terminated")
    assert answer.phase == "Terminated"


def check_until_an_unlisted_state(wait_fn: Wait) -> None:
    server = Server("Creating", "Pending", "Running", "Completed")
    assert run(wait_fn, server, until="Running").phase == "Running"
    assert server.calls == 3


CHECKS = [
    check_ready_after_polls,
    check_failure_state_raises,
    check_not_found_is_gone,
    check_timeout_names_last_state,
    check_until_a_failure_state_returns_it,
    check_until_an_unlisted_state,
]


@pytest.mark.parametrize("check", CHECKS, ids=lambda check: check.__name__)
def test_the_waiter(check: Callable[[Wait], None]) -> None:
    check(wait)


def sync_of_async(*args: Any, **kwargs: Any) -> Any:
    """The async waiter driven like the sync one (its fetch and sleep are plain functions here)."""
    fetch = args[0]

    async def afetch() -> Any:
        return fetch()

    return asyncio.run(async_wait(afetch, *args[1:], **kwargs))


@pytest.mark.parametrize("check", CHECKS, ids=lambda check: check.__name__)
def test_the_async_waiter(check: Callable[[Wait], None]) -> None:
    check(sync_of_async)


# Test the tests: each broken waiter fails at least one check (and the checks it fails are named).


class IgnoresFailures(waiters._Waiting):
    def reached(self, answer: object) -> bool:
        self.failed = ()
        return super().reached(answer)


class IgnoresUntil(waiters._Waiting):
    def reached(self, answer: object) -> bool:
        self.until = self.lifecycle.ready
        return super().reached(answer)


class OverSleeps(waiters._Waiting):
    def next_delay(self) -> float:
        if self.clock() - self.started >= self.timeout:
            super().next_delay()
        delay = next(self.delays)  # never cut to the time left
        self.slept += delay
        return delay


class NoBackoff(waiters._Waiting):
    def next_delay(self) -> float:
        super().next_delay()
        return 1.0


def lets_not_found_through(fetch: Callable[[], Any], *args: Any, **kwargs: Any) -> Any:
    def fetch_without_404() -> Any:
        try:
            return fetch()
        except NotFound:
            return Model("Pending")

    return wait(fetch_without_404, *args, **kwargs)


@pytest.mark.parametrize(
    ("broken", "caught_by"),
    [
        (IgnoresFailures, "check_failure_state_raises"),
        (IgnoresUntil, "check_until_an_unlisted_state"),
        (OverSleeps, "check_timeout_names_last_state"),
        (NoBackoff, "check_ready_after_polls"),
        (lets_not_found_through, "check_not_found_is_gone"),
    ],
    ids=["ignores-failed-states", "ignores-until", "sleeps-past-the-timeout", "no-backoff", "ignores-404"],
)
def test_the_checks_catch_broken_waiters(monkeypatch: pytest.MonkeyPatch, broken: Any, caught_by: str) -> None:
    wait_fn: Wait = wait
    if isinstance(broken, type):
        monkeypatch.setattr(waiters, "_Waiting", broken)
    else:
        wait_fn = broken
    failed = []
    for check in CHECKS:
        try:
            check(wait_fn)
        except (Exception, pytest.fail.Exception):
            failed.append(check.__name__)
    assert caught_by in failed


# The engine's details.


def test_backoff_delays() -> None:
    assert list(_first(WaitPolicy(delay=1, factor=2, max_delay=5, jitter=0).delays(), 6)) == [1, 2, 4, 5, 5, 5]
    assert list(_first(WaitPolicy(delay=3, factor=1, jitter=0).delays(), 3)) == [3, 3, 3]
    seeded = WaitPolicy(delay=10, factor=1.5, max_delay=100, jitter=0.2, seed=7)
    first, again = list(_first(seeded.delays(), 8)), list(_first(seeded.delays(), 8))
    assert first == again  # a seed repeats the waits exactly
    bases = [min(100, 10 * 1.5**n) for n in range(8)]
    assert all(0.8 * base <= got <= min(100, 1.2 * base) for got, base in zip(first, bases, strict=True))
    assert first != bases  # and spreads them
    assert max(_first(WaitPolicy(delay=1, factor=10, max_delay=5, jitter=0.5, seed=1).delays(), 20)) <= 5


def _first(delays: Iterator[float], count: int) -> Iterator[float]:
    for _ in range(count):
        yield next(delays)


@pytest.mark.parametrize(
    "options",
    [{"delay": -1}, {"factor": 0.5}, {"max_delay": 0.5}, {"jitter": 1.0}, {"jitter": -0.1}, {"delay": float("nan")}, {"factor": True}],
)
def test_a_policy_that_cannot_work_is_refused(options: dict[str, Any]) -> None:
    with pytest.raises(ModelArtsArgumentError):
        WaitPolicy(**options)


@pytest.mark.parametrize("until", [(), [], set()])
def test_until_must_name_a_state(until: Any) -> None:
    with pytest.raises(ModelArtsArgumentError, match="until names no state"):
        run(wait, Server("Running"), until=until)


@pytest.mark.parametrize("until", [1.5, [["Running"]], True, [None], b"Running"])
def test_until_states_are_text_or_integers(until: Any) -> None:
    with pytest.raises(ModelArtsArgumentError, match="a state is text or an integer"):
        run(wait, Server("Running"), until=until)


@pytest.mark.parametrize("timeout", [0, -1, float("inf"), float("nan"), "60", True])
def test_the_timeout_is_a_positive_number(timeout: Any) -> None:
    with pytest.raises(ModelArtsArgumentError, match="timeout must be a positive number"):
        run(wait, Server("Running"), timeout=timeout)


def test_until_takes_several_states_and_enum_members() -> None:
    class Phase(enum.Enum):
        RUNNING = "Running"

    assert run(wait, Server("Pending", "Running"), until=["Completed", "Running"]).phase == "Running"
    assert run(wait, Server("Pending", "Running"), until=Phase.RUNNING).phase == "Running"
    assert run(wait, Server("Pending", "Running"), until={Phase.RUNNING, "Completed"}).phase == "Running"


def test_integer_states() -> None:
    numbered = Lifecycle("task", "/status/phase", (2,), (3,), "ShowTask")
    assert run(wait, Server(1, 2), lifecycle=numbered).phase == 2
    with pytest.raises(ResourceFailed) as caught:
        run(wait, Server(1, 3), lifecycle=numbered)
    assert caught.value.state == 3 and "failure state 3" in str(caught.value)
    # JSON's true and the number 2.0 are not the states 1 and 2
    with pytest.raises(WaitTimeout) as timed_out:
        run(wait, Server(True, 2.0), lifecycle=Lifecycle("task", "/status/phase", (1, 2), (), "ShowTask"), timeout=5)
    assert timed_out.value.state == "2.0"  # a value that is neither text nor an integer, as text


def test_status_of_reads_models_mappings_and_pointers() -> None:
    assert status_of(Model("Running"), "/status/phase") == "Running"
    assert status_of({"status": "RUNNING"}, "/status") == "RUNNING"
    assert status_of({"a/b": {"c~d": [0, {"s": 4}]}}, "/a~1b/c~0d/1/s") == 4
    for missing in ("/status/phase/deeper", "/status/none", "/items/5", "/items/x", "/items/١"):
        assert status_of({"status": {"phase": "x"}, "items": [1]}, missing) is None
    assert status_of(None, "/status") is None
    assert status_of(Model(None), "/status/phase") is None


def test_no_status_yet_is_waited_through() -> None:
    assert run(wait, Server(None, None, "Completed")).phase == "Completed"
    with pytest.raises(WaitTimeout, match="no state read yet"):
        run(wait, Server(None), timeout=3)


def test_other_errors_of_the_show_call_propagate() -> None:
    failure = ServerError(503, None, "busy", operation="ShowTrainingJobDetails", attempts=4)
    with pytest.raises(ServerError) as caught:
        run(wait, Server("Running", failure))
    assert caught.value is failure


def test_a_fake_sleep_with_the_real_clock_ends_at_the_timeout_in_virtual_time() -> None:
    waits: list[float] = []
    server = Server("Running")
    with pytest.raises(WaitTimeout):  # the real clock hardly moves: the waits asked for count as time spent
        wait(server, JOB, "job-1", timeout=3600, poll=WaitPolicy(), sleep=waits.append)
    assert sum(waits) == pytest.approx(3600) and max(waits) <= 30 * 1.1


def test_the_real_clock_counts_when_it_runs_ahead_of_the_waits() -> None:
    fake = FakeTime()

    def slow_sleep(seconds: float) -> None:  # each wait takes three times what was asked
        fake.now += 3 * seconds

    with pytest.raises(WaitTimeout):
        wait(Server("Running"), JOB, "job-1", timeout=30, poll=STEADY, sleep=slow_sleep, clock=fake.clock)
    assert fake.now - 1000.0 < 30 + 3 * 8


def test_async_sleep_may_be_a_coroutine_or_a_plain_function() -> None:
    fake = FakeTime()

    async def fetch_running() -> Model:
        return Model("Running")

    async def asleep(seconds: float) -> None:
        fake.sleep(seconds)

    async def both() -> None:
        with pytest.raises(WaitTimeout):
            await async_wait(fetch_running, JOB, "job-1", timeout=10, poll=STEADY, sleep=asleep, clock=fake.clock)
        with pytest.raises(WaitTimeout):
            await async_wait(fetch_running, JOB, "job-1", timeout=10, poll=STEADY, sleep=fake.sleep, clock=fake.clock)

    asyncio.run(both())
    assert fake.waits == [1.0, 2.0, 4.0, 3.0] * 2


def test_a_lifecycle_status_is_a_pointer() -> None:
    with pytest.raises(ValueError, match="JSON pointer"):
        Lifecycle("pool", "status/phase", ("Running",), (), "ShowPool")


# The errors.


def _errors() -> list[ModelArtsWaitError]:
    found: list[ModelArtsWaitError] = []
    for error_class, phases in ((ResourceFailed, ("Failed",)), (ResourceGone, (NotFound(404, None, None),)), (WaitTimeout, ("Running",))):
        with pytest.raises(error_class) as caught:
            run(wait, Server(*phases), timeout=5)
        found.append(caught.value)
    return found


def test_errors_pickle_and_copy_with_every_attribute() -> None:
    for error in _errors():
        for again in (pickle.loads(pickle.dumps(error)), copy.copy(error), copy.deepcopy(error)):
            assert type(again) is type(error)
            assert str(again) == str(error) and again.args == error.args
            assert {k: v for k, v in vars(again).items()} == {k: v for k, v in vars(error).items()}
            assert isinstance(again, ModelArtsClientError)


def test_errors_carry_no_secret() -> None:
    for error in _errors():
        for text in (str(error), repr(error), pickle.dumps(error).decode("latin-1"), repr(vars(error))):
            assert SECRET not in text
        assert not any(isinstance(value, Server) or callable(value) for value in vars(error).values())


def test_a_long_state_is_cut() -> None:
    with pytest.raises(WaitTimeout) as caught:
        run(wait, Server("x" * 10_000), timeout=2)
    assert caught.value.state == "x" * 200 and len(str(caught.value)) < 400
