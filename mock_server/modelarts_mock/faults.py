"""Injected behaviour: faults, stubs and delays per operation, and the request journal. Plain objects, no HTTP parsing.

A fault or a stub matches an operationId (or `*`), optionally only some of its requests: path parameters
(`{"pool_name": "p"}`, project_id included) and query parameters they must have. The request path pays
one truthiness test when nothing is injected, and a dict lookup otherwise; the journal is a bounded deque
(append O(1), oldest dropped), bounded in bytes too.
"""

from __future__ import annotations

import random
import threading
import time
from collections import deque
from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from functools import cached_property
from typing import Any, NamedTuple

from modelarts_core.signing import query_pairs

from modelarts_mock.scrub import Redactor, scrub_text
from modelarts_mock.wire import RawRequest, json_bytes

ANY_OPERATION = "*"
STUB = "stub"
JOURNAL_SIZE = 1000
JOURNAL_BYTES = 64 << 20  # what the journal's entries may hold in all: headers, bodies, paths
JOURNAL_BODY = 4096  # bytes of a request body the journal keeps
# Credentials never leave the mock: the journal shows these headers as ***.
SECRET_HEADERS = frozenset(
    {"authorization", "x-auth-token", "x-security-token", "x-subject-token", "x-mock-admin-token", "cookie", "proxy-authorization"}
)


@dataclass
class Fault:
    """What replaces an operation's answer: an error status, a reset connection, a truncated body, an empty 204,
    or (kind "stub") a status, headers and body given as they are."""

    operation: str
    kind: str = "status"
    status: int = 500
    error_code: str | None = None  # default: the spec's example code for that status, else Mock.Fault
    error_msg: str | None = None
    retry_after: int | None = None  # seconds, sent as Retry-After
    times: int | None = None  # fire this many times, then disappear; None: until cleared
    probability: float = 1.0  # chance of firing per matching request
    path: dict[str, str] | None = None  # path parameters the request must have
    query: dict[str, str] | None = None  # query parameters the request must have (exactly these with `recorded`)
    body: Any = None  # stub: a JSON value sent as given
    text: str | None = None  # stub: raw text sent as given
    headers: dict[str, str] | None = None  # stub: extra response headers
    recorded: bool = False  # a recording's answer (fixtures `answers`): its query matches exactly, user injections go first

    def matches(self, path: Mapping[str, str], query: list[tuple[str, str]] | None) -> bool:
        if self.path is not None and any(path.get(name) != value for name, value in self.path.items()):
            return False
        if self.query is None:
            return not (self.recorded and query)
        given = dict(query or ())
        if self.recorded and len(given) != len(self.query):
            return False
        return all(given.get(name) == value for name, value in self.query.items())

    @cached_property
    def payload(self) -> bytes:
        """A stub's body as sent: the text, else the JSON value (encoded once, when first asked)."""
        if self.text is not None:
            return self.text.encode("utf-8")
        return b"" if self.body is None else json_bytes(self.body)

    def to_json(self) -> dict[str, Any]:
        data = {k: v for k, v in asdict(self).items() if v is not None and (k != "recorded" or v)}
        if self.kind in ("reset", "truncate"):
            data.pop("status", None)  # no status of their own reaches the client
        return data


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
    """Faults, stubs and delays by operationId (or `*` for every operation); safe to change from other threads.

    `recorded` stubs (a recording's answers, loaded with the fixtures) come back with every `clear()`."""

    def __init__(self, seed: int | None = None, recorded: list[Fault] | None = None) -> None:
        self.faults: dict[str, list[Fault]] = {}
        self.delays: dict[str, Delay] = {}
        self.rng = random.Random(seed)
        self._recorded = list(recorded or ())
        self._lock = threading.Lock()
        self.clear()

    def add_fault(self, fault: Fault) -> None:
        """Added after the user's own injections of that operation, before the recording's answers."""
        with self._lock:
            held = list(self.faults.get(fault.operation, ()))
            index = next((i for i, f in enumerate(held) if f.recorded), len(held)) if not fault.recorded else len(held)
            held.insert(index, fault)
            self.faults = {**self.faults, fault.operation: held}  # a new dict: readers on other threads see old or new

    def take_fault(self, operation_id: str, path: Mapping[str, str], raw_query: str = "") -> Fault | None:
        """The first fault or stub that fires for this request now (counting down `times`), or None."""
        with self._lock:
            query: list[tuple[str, str]] | None = None
            for name in (operation_id, ANY_OPERATION):
                for fault in self.faults.get(name, ()):
                    if fault.path is not None or fault.query is not None or fault.recorded:
                        if query is None:
                            query = query_pairs(raw_query) if raw_query else []
                        if not fault.matches(path, query):
                            continue
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
        self.faults = {k: v for k, v in self.faults.items() if k != name} | ({name: remaining} if remaining else {})

    def count(self) -> int:
        return sum(len(faults) for faults in self.faults.values())

    def stub_bytes(self) -> int:
        """Bytes of the stubs' bodies held (a recording's answers included)."""
        return sum(len(f.payload) for faults in self.faults.values() for f in faults if f.kind == STUB)

    def remove(self, stubs: bool) -> None:
        """Every stub (stubs=True) or every fault (False); a recording's answers go with the stubs."""
        with self._lock:
            kept = {name: [f for f in held if (f.kind == STUB) != stubs] for name, held in self.faults.items()}
            self.faults = {name: held for name, held in kept.items() if held}

    def delay_for(self, operation_id: str) -> float:
        delay = self.delays.get(operation_id) or self.delays.get(ANY_OPERATION)
        return delay.pick(self.rng) if delay is not None else 0.0

    def clear(self) -> None:
        """No fault, stub or delay, but the recording's answers (each firing as often as recorded)."""
        with self._lock:
            faults: dict[str, list[Fault]] = {}
            for fault in self._recorded:
                faults.setdefault(fault.operation, []).append(replace(fault))  # a fresh count; the body is shared, never changed
            self.faults = faults
            self.delays = {}

    def listing(self) -> dict[str, Any]:
        with self._lock:
            every = [f for faults in self.faults.values() for f in faults]
            return {
                "faults": [f.to_json() for f in every if f.kind != STUB],
                "stubs": [f.to_json() for f in every if f.kind == STUB],
                "latency": [d.to_json() for d in self.delays.values()],
            }


class JournalEntry(NamedTuple):
    """One request the mock answered; its headers are kept as sent and shown with credentials as *** (listing).
    (A tuple: cheap to make on every request.)"""

    time: float  # epoch seconds
    method: str
    path: str
    query: str
    operation: str | None
    status: int
    ms: float
    request_id: str
    fault: str | None = None
    headers: Mapping[str, str] | None = None
    body: bytes = b""  # at most JOURNAL_BODY bytes
    size: int = 0  # bytes held: headers, body, path, query (the journal's byte budget)

    def to_json(self, redactor: Redactor) -> dict[str, Any]:
        """As listed: credential headers as ***, and every known secret and secret-looking value masked wherever
        the client put it (another header, the query, the body)."""
        data = self._asdict()
        data["ms"] = round(self.ms, 3)
        data["path"], data["query"] = redactor.text(self.path), redactor.text(scrub_text(self.query))
        data["headers"] = {k: ("***" if k in SECRET_HEADERS else redactor.text(v)) for k, v in (self.headers or {}).items()}
        data["body"] = redactor.text(scrub_text(self.body.decode("utf-8", errors="replace"))) if self.body else ""
        del data["size"]
        return data


def journal_entry(request: RawRequest, operation: str | None, status: int, ms: float, request_id: str, fault: str | None) -> JournalEntry:
    """The journal's record of a request: path and query cut at 200 characters, the body at JOURNAL_BODY bytes."""
    path, query, body = request.raw_path[:200], request.raw_query[:200], request.body[:JOURNAL_BODY]
    size = len(path) + len(query) + len(body) + request.head_bytes
    return JournalEntry(time.time(), request.method, path, query, operation, status, ms, request_id, fault, request.headers, body, size)


class Journal:
    def __init__(self, size: int = JOURNAL_SIZE, max_bytes: int = JOURNAL_BYTES, redactor: Redactor | None = None) -> None:
        self.entries: deque[JournalEntry] = deque(maxlen=size)
        self.redactor = redactor or Redactor()  # the credentials the mock knows, masked in every listing
        self.dropped = 0
        self.max_bytes = max_bytes
        self.bytes = 0

    def append(self, entry: JournalEntry) -> None:
        entries = self.entries
        if len(entries) == entries.maxlen:
            self.dropped += 1
            self.bytes -= entries[0].size
        entries.append(entry)
        self.bytes += entry.size
        while self.bytes > self.max_bytes and len(entries) > 1:  # rare: requests with large headers or bodies
            self.bytes -= entries.popleft().size
            self.dropped += 1

    def clear(self) -> None:
        self.entries.clear()
        self.dropped = 0
        self.bytes = 0

    def listing(self, operation: str | None = None) -> list[dict[str, Any]]:
        return [e.to_json(self.redactor) for e in list(self.entries) if operation is None or e.operation == operation]


class ConnectionFault(Exception):
    """In-process answer of a reset or truncate fault (no socket to break): the httpx transports turn it into a transport error."""

    def __init__(self, kind: str) -> None:
        super().__init__(f"modelarts-mock fault: {'connection reset' if kind == 'reset' else 'truncated body'}")
        self.kind = kind
