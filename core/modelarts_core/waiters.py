"""Wait for a resource to reach a state: poll its show operation with exponential backoff within one timeout.

The generated facade has one `wait_<resource>` per show operation whose spec carries `x-lifecycle` (the
resource's name, the JSON pointer of its status in the show answer, the states waited for by default and the
failure states); it renders that as a `Lifecycle` and calls `wait` / `async_wait` with the show method.

A poll reads the status from the answer (the typed model through its `to_dict()`, which gives back what was
received, or a plain mapping) and then:

- a state of `until` (default: the lifecycle's `ready`) returns the answer, the show method's own object;
- a failure state not in `until` raises `ResourceFailed` naming it (waiting for a failure state is allowed);
- a 404 (`NotFound`) raises `ResourceGone`; any other error of the show call propagates as it is;
- anything else (another state, no status yet) waits and polls again, until `timeout` has passed:
  `WaitTimeout`, naming the last state seen.

Time is the larger of the clock's elapsed time and the sum of the waits asked of `sleep`: a fake `sleep` (one
that returns at once, or the mock's `advance`) with the real clock still ends at the timeout, in virtual time,
and a test never really sleeps. No wait ends past the timeout: the last one is cut short, then a last poll.
"""

from __future__ import annotations

import asyncio
import enum
import inspect
import math
import random
import time
from collections.abc import Awaitable, Callable, Collection, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from .errors import ModelArtsArgumentError, NotFound, ResourceFailed, ResourceGone, WaitState, WaitTimeout

__all__ = ["DEFAULT_WAIT_TIMEOUT", "Lifecycle", "State", "Until", "WaitPolicy", "async_wait", "status_of", "wait"]

State = str | int
Until = State | Collection[State] | None
R = TypeVar("R")

DEFAULT_WAIT_TIMEOUT = 1800.0  # seconds: creating a pool or a service takes minutes; a training job, pass yours


@dataclass(frozen=True)
class Lifecycle:
    """A resource's `x-lifecycle`, as the generator renders it: `resource` (snake_case name), `status` (a JSON
    pointer into the show answer), `ready` (the states waited for by default), `failed` (states from which ready
    is never reached), `operation` (the show operation's operationId)."""

    resource: str
    status: str
    ready: tuple[State, ...]
    failed: tuple[State, ...]
    operation: str

    def __post_init__(self) -> None:
        if self.status and not self.status.startswith("/"):
            raise ValueError(f"{self.operation}: x-lifecycle status must be a JSON pointer, got {self.status!r}")


@dataclass(frozen=True)
class WaitPolicy:
    """How often to poll: first after `delay` seconds, then each wait `factor` times the previous one, at most
    `max_delay`; each spread by ±`jitter` (a fraction; 0 disables it), drawn from `random.Random(seed)` (a
    `seed` gives the same waits every time; None, different ones)."""

    delay: float = 2.0
    factor: float = 2.0
    max_delay: float = 30.0
    jitter: float = 0.1
    seed: int | None = None

    def __post_init__(self) -> None:
        for name, value, low in (("delay", self.delay, 0.0), ("factor", self.factor, 1.0), ("max_delay", self.max_delay, self.delay)):
            if not _number(value) or value < low:
                raise ModelArtsArgumentError(f"WaitPolicy.{name} must be a finite number of at least {low:g}, got {value!r}")
        if not _number(self.jitter) or not 0 <= self.jitter < 1:
            raise ModelArtsArgumentError(f"WaitPolicy.jitter must be a fraction in [0, 1), got {self.jitter!r}")

    def delays(self) -> Iterator[float]:
        """The waits between polls, one after the other, without end."""
        rng = random.Random(self.seed)
        base = self.delay
        while True:
            spread = 1 + self.jitter * (2 * rng.random() - 1) if self.jitter else 1.0
            yield min(self.max_delay, base * spread)
            base = min(self.max_delay, base * self.factor)


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def status_of(answer: object, pointer: str) -> object:
    """The value at `pointer` (RFC 6901) in a show answer (a model, through `to_dict()`, or a mapping); None when
    the answer has nothing there."""
    to_dict = getattr(answer, "to_dict", None)
    node: object = to_dict() if callable(to_dict) else answer
    for token in pointer.split("/")[1:] if pointer else ():
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(node, Mapping) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isascii() and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return None
    return node


def _plain(state: object) -> State:
    """An argument's state: an enum member as its value; anything but text or an integer refused."""
    value = state.value if isinstance(state, enum.Enum) else state
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ModelArtsArgumentError(f"a state is text or an integer, got {type(state).__name__}: {state!r}")
    return value


def _targets(until: Until, ready: tuple[State, ...]) -> tuple[State, ...]:
    """The states waited for: `ready` by default, one state, or a collection of them (text is one state)."""
    if until is None:
        return ready
    if isinstance(until, Collection) and not isinstance(until, str | bytes):
        return tuple(_plain(state) for state in until)
    return (_plain(until),)


def _among(state: object, states: Collection[State]) -> bool:
    # JSON's true is not the state 1, nor 1.0 the state 1: compare values of the same kind only
    return isinstance(state, str | int) and not isinstance(state, bool) and any(type(state) is type(s) and state == s for s in states)


def _reported(state: object) -> WaitState:
    """The state as an error carries it: text or an integer as it is; another JSON value as a short text."""
    if isinstance(state, bool) or not (state is None or isinstance(state, str | int)):
        return repr(state)
    return state


class _Waiting:
    """One wait: what to wait for, the time spent, the last state; the decisions both loops share."""

    def __init__(
        self, lifecycle: Lifecycle, resource_id: str, until: Until, timeout: float, poll: WaitPolicy | None, clock: Callable[[], float]
    ) -> None:
        if not _number(timeout) or timeout <= 0:
            raise ModelArtsArgumentError(f"timeout must be a positive number of seconds (the whole wait), got {timeout!r}")
        self.until = _targets(until, lifecycle.ready)
        if not self.until:
            raise ModelArtsArgumentError(f"wait_{lifecycle.resource}: until names no state")
        self.failed = tuple(state for state in lifecycle.failed if not _among(state, self.until))
        self.lifecycle, self.resource_id, self.timeout, self.clock = lifecycle, resource_id, float(timeout), clock
        self.delays = (poll or WaitPolicy()).delays()
        self.started, self.slept, self.calls = clock(), 0.0, 0
        self.state: object = None

    def reached(self, answer: object) -> bool:
        """Whether `answer` is in a state waited for; raises `ResourceFailed` in a failure state."""
        self.calls += 1
        self.state = status_of(answer, self.lifecycle.status)
        if _among(self.state, self.until):
            return True
        if _among(self.state, self.failed):
            raise ResourceFailed(**self._fields())
        return False

    def next_delay(self) -> float:
        """Seconds to wait before the next poll; raises `WaitTimeout` once the timeout has passed."""
        remaining = self.timeout - max(self.clock() - self.started, self.slept)
        if remaining <= 0:
            raise WaitTimeout(**self._fields(), timeout=self.timeout, until=self.until, attempts=self.calls)
        delay = min(next(self.delays), remaining)
        self.slept += delay
        return delay

    def gone(self) -> ResourceGone:
        return ResourceGone(**self._fields())

    def _fields(self) -> dict[str, Any]:
        lifecycle = self.lifecycle
        return {
            "resource": lifecycle.resource,
            "resource_id": self.resource_id,
            "state": _reported(self.state),
            "operation": lifecycle.operation,
        }


def wait(
    fetch: Callable[[], R],
    lifecycle: Lifecycle,
    resource_id: str,
    *,
    until: Until = None,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    poll: WaitPolicy | None = None,
    sleep: Callable[[float], None] | None = None,
    clock: Callable[[], float] | None = None,
) -> R:
    """Call `fetch` (the show method) until its answer is in a state of `until`; return that answer.

    `until`: a state or a collection of states (default: `lifecycle.ready`); `timeout`: seconds for the whole
    wait; `poll`: the `WaitPolicy` (default `WaitPolicy()`); `sleep` (default `time.sleep`) and `clock`
    (default `time.monotonic`) can be replaced, e.g. by a test's fakes.
    """
    waiting = _Waiting(lifecycle, resource_id, until, timeout, poll, clock or time.monotonic)
    pause = sleep or time.sleep
    while True:
        try:
            answer = fetch()
        except NotFound as exc:
            raise waiting.gone() from exc
        if waiting.reached(answer):
            return answer
        pause(waiting.next_delay())


async def async_wait(
    fetch: Callable[[], Awaitable[R]],
    lifecycle: Lifecycle,
    resource_id: str,
    *,
    until: Until = None,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    poll: WaitPolicy | None = None,
    sleep: Callable[[float], Awaitable[None] | None] | None = None,
    clock: Callable[[], float] | None = None,
) -> R:
    """The async twin of `wait`: `fetch` is a coroutine function; `sleep` (default `asyncio.sleep`) may be a
    coroutine function or a plain one (the mock's `advance`)."""
    waiting = _Waiting(lifecycle, resource_id, until, timeout, poll, clock or time.monotonic)
    pause = sleep or asyncio.sleep
    while True:
        try:
            answer = await fetch()
        except NotFound as exc:
            raise waiting.gone() from exc
        if waiting.reached(answer):
            return answer
        paused = pause(waiting.next_delay())
        if inspect.isawaitable(paused):
            await paused
