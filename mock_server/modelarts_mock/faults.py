"""Injected behaviour: faults and delays per operation, and the request journal. Plain objects, no HTTP parsing.

The request path pays one truthiness test when nothing is injected, and a dict lookup otherwise;
the journal is a bounded deque (append O(1), oldest dropped).
"""

from __future__ import annotations

import random
import threading
from collections import deque
from dataclasses import asdict, dataclass
from typing import Any, NamedTuple

ANY_OPERATION = "*"
KINDS = ("status", "reset", "truncate", "empty")
MAX_DELAY_MS = 60_000
JOURNAL_SIZE = 1000


@dataclass
class Fault:
    """What replaces an operation's answer: an error status, a reset connection, a truncated body or an empty 204."""

    operation: str
    kind: str = "status"
    status: int = 500
    error_code: str | None = None  # default: the spec's example code for that status, else Mock.Fault
    error_msg: str | None = None
    retry_after: int | None = None  # seconds, sent as Retry-After
    times: int | None = None  # fire this many times, then disappear; None: until cleared
    probability: float = 1.0  # chance of firing per matching request

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass(frozen=True)
class Delay:
    operation: str
    min_ms: int
    max_ms: int

    def pick(self, rng: random.Random) -> float:
        """Seconds to wait: fixed, or uniform in [min, max]."""
        return (self.min_ms if self.min_ms == self.max_ms else rng.uniform(self.min_ms, self.max_ms)) / 1000

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


class Injections:
    """Faults and delays by operationId (or `*` for every operation); safe to change from other threads."""

    def __init__(self, seed: int | None = None) -> None:
        self.faults: dict[str, list[Fault]] = {}
        self.delays: dict[str, Delay] = {}
        self.rng = random.Random(seed)
        self._lock = threading.Lock()

    def add_fault(self, fault: Fault) -> None:
        with self._lock:
            self.faults.setdefault(fault.operation, []).append(fault)

    def take_fault(self, operation_id: str) -> Fault | None:
        """The first fault that fires for this operation now (counting down `times`), or None."""
        with self._lock:
            for name in (operation_id, ANY_OPERATION):
                for fault in self.faults.get(name, ()):
                    if fault.probability < 1.0 and self.rng.random() >= fault.probability:
                        continue
                    if fault.times is not None:
                        fault.times -= 1
                        if fault.times <= 0:
                            self._drop(name, fault)
                    return fault
        return None

    def _drop(self, name: str, fault: Fault) -> None:
        remaining = [f for f in self.faults[name] if f is not fault]
        if remaining:
            self.faults[name] = remaining
        else:
            del self.faults[name]

    def delay_for(self, operation_id: str) -> float:
        delay = self.delays.get(operation_id) or self.delays.get(ANY_OPERATION)
        return delay.pick(self.rng) if delay is not None else 0.0

    def clear(self) -> None:
        with self._lock:
            self.faults = {}
            self.delays = {}

    def listing(self) -> dict[str, Any]:
        with self._lock:
            return {
                "faults": [f.to_json() for faults in self.faults.values() for f in faults],
                "latency": [d.to_json() for d in self.delays.values()],
            }


class JournalEntry(NamedTuple):
    """One request the mock answered. No header is kept: credentials never reach the journal. (A tuple: cheap to make.)"""

    time: float  # epoch seconds
    method: str
    path: str
    query: str
    operation: str | None
    status: int
    ms: float
    request_id: str
    fault: str | None = None

    def to_json(self) -> dict[str, Any]:
        data = self._asdict()
        data["ms"] = round(self.ms, 3)
        return data


class Journal:
    def __init__(self, size: int = JOURNAL_SIZE) -> None:
        self.entries: deque[JournalEntry] = deque(maxlen=size)
        self.dropped = 0

    def append(self, entry: JournalEntry) -> None:
        if len(self.entries) == self.entries.maxlen:
            self.dropped += 1
        self.entries.append(entry)

    def clear(self) -> None:
        self.entries.clear()
        self.dropped = 0

    def listing(self, operation: str | None = None) -> list[dict[str, Any]]:
        return [e.to_json() for e in list(self.entries) if operation is None or e.operation == operation]


class ConnectionFault(Exception):
    """In-process answer of a reset or truncate fault (no socket to break): the httpx transports turn it into a transport error."""

    def __init__(self, kind: str) -> None:
        super().__init__(f"modelarts-mock fault: {'connection reset' if kind == 'reset' else 'truncated body'}")
        self.kind = kind
