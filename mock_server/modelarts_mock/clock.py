"""The mock's clock: the wall clock, scaled and moved on by tests, that lifecycles and derived times read.

Lifecycles (a training job creating, running, completed) take minutes on the service. A test does not wait for
them: it advances this clock (`POST /_mock/clock`, `InProcessMock.advance(seconds)`), or lets it run faster than real
time (`--time-scale 60`: a minute passes each second). Signatures are checked against the real wall clock, not this
one: advancing the mock's time never makes a correctly signed request expire.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime, timedelta

MAX_ADVANCE = 10 * 365 * 86_400.0  # seconds one step may move the clock: ten years is past every lifecycle
MAX_ADVANCED = 100 * 365 * 86_400.0  # in all: the clock must stay far from datetime's year 9999
MAX_SCALE = 100_000.0
_FARTHEST = 1000 * 365 * 86_400.0


class MockClock:
    """now() = start + (wall - start) × scale + advanced (at most a thousand years ahead of the wall clock). Thread-safe: the HTTP plane and the Python API share one."""

    def __init__(self, wall: Callable[[], datetime], scale: float = 1.0) -> None:
        if not 0 < scale <= MAX_SCALE:
            raise ValueError(f"time scale {scale!r}: expected a number above 0 and at most {MAX_SCALE:,.0f}")
        self._wall = wall
        self._start = wall()
        self._scale = scale
        self._advanced = 0.0
        self._lock = threading.Lock()

    def now(self) -> datetime:
        wall = self._wall()
        with self._lock:
            advanced = self._advanced
        ahead = advanced + (wall - self._start).total_seconds() * (self._scale - 1.0)  # seconds ahead of the wall clock
        return wall + timedelta(seconds=min(ahead, _FARTHEST))  # a fast clock left running for months stays a date

    def advance(self, seconds: float) -> datetime:
        """Move the clock on by `seconds` (≥ 0: time never runs back); the new time."""
        if isinstance(seconds, bool) or not isinstance(seconds, int | float) or not 0 <= seconds <= MAX_ADVANCE:
            raise ValueError(f"advance by {seconds!r} seconds: expected a number from 0 to {MAX_ADVANCE:,.0f}")
        with self._lock:
            if self._advanced + seconds > MAX_ADVANCED:
                raise ValueError(
                    f"the mock's clock is already {self._advanced:,.0f} s ahead; at most {MAX_ADVANCED:,.0f} in all (POST /_mock/reset does not move it back: restart the mock)"
                )
            self._advanced += float(seconds)
        return self.now()

    @property
    def advanced(self) -> float:
        """Seconds added by advance() so far."""
        with self._lock:
            return self._advanced

    @property
    def scale(self) -> float:
        return self._scale
