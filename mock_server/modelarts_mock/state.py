"""The mock's state: the resources (`Projects`), how operations read and write them (`Backend`), and the seed.

An `Entry` is one success body as an operation would answer it (project, operationId, path ids,
the query it answers, body): the seed (the spec's examples), fixtures files, `POST /_mock/resources`
and recordings all speak it, and `store` files each into the resource it describes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from modelarts_mock.answers import Request
from modelarts_mock.backend import MODELLED, Backend, Derived
from modelarts_mock.clock import MockClock
from modelarts_mock.errors import LimitReached, TooLarge
from modelarts_mock.ledger import Ledger
from modelarts_mock.resources import Key, Projects
from modelarts_mock.spec import MockSpec, OperationSpec
from modelarts_mock.writes import Writes


@dataclass(frozen=True)
class Entry:
    project: str
    operation_id: str
    key: Key
    body: Any
    query: Mapping[str, Any] = field(default_factory=dict)  # the listing it answers (ShowServiceSpecifications)


def seed_entries(spec: MockSpec, project_id: str) -> list[Entry]:
    """The spec's success examples, each under the ids its path parameters' examples give (None: an answer without a
    body), so that each operation answers for the resource its own example describes."""
    return [Entry(project_id, op.operation_id, op.key_example, op.success_example) for op in spec.operations if _seeded(op)]


def _seeded(op: OperationSpec) -> bool:
    """A modelled operation with an example (its model knows what to answer without one), and every other operation
    that reads or addresses a resource (a write addressed by the project alone answers its example anywhere)."""
    if op.operation_id in MODELLED:
        return op.success_example is not None
    return op.method == "GET" or bool(op.key_names)


class MockState:
    def __init__(self, spec: MockSpec, clock: MockClock | Callable[[], datetime], initial: Iterable[Entry] = ()) -> None:
        self.clock = clock if isinstance(clock, MockClock) else MockClock(clock)
        self.projects = Projects()
        self.backend = Backend(spec, self.projects, self.clock.now)
        self.writes = Writes(self.backend, self.clock, self)
        self.ledger = Ledger()  # bytes of the bodies filed through the control plane and by creates
        self._initial = list(initial)
        # Held by every read and change: in-process, several event loops (one per MockTransport) and the Python
        # API's threads may serve one state at once; a dict iterated by one must not change size under it.
        self.lock = threading.RLock()
        self.reset()

    def reset(self) -> None:
        """Back to the entries the state was created with (the seed, then the fixtures). Built aside and swapped in
        at once: a request answered meanwhile sees the old or the new state."""
        fresh = Projects()
        for entry in self._initial:
            try:
                self.backend.store(entry.operation_id, entry.project, entry.key, entry.body, entry.query, into=fresh)
            except Derived:
                continue  # the seed's ShowPoolStatistics example: counts are derived from the pools instead
        with self.lock:
            self.projects.by_id = fresh.by_id
            self.writes.reset()

    def put(self, entry: Entry) -> None:
        """File an entry (already valid against the spec) into its resource; Derived if the answer is computed."""
        with self.lock:
            self.backend.store(entry.operation_id, entry.project, entry.key, entry.body, entry.query)

    def remove(self, project: str, operation_id: str, key: Key) -> bool:
        with self.lock:
            return self.backend.remove(operation_id, project, key)

    def act(self, project: str, op: OperationSpec, key: Key, params: Mapping[str, Any], body: Any) -> Any:
        """What a request to `op` answers, after the change it makes (a create, update, delete, action)."""
        with self.lock:
            return self.writes.act(op, project, key, params, body)

    def file(self, project_id: str, operation_id: str, key: Key, body: Any) -> None:
        """File a created resource's show answer, or TooLarge (413) if the mock would then hold too much."""
        from modelarts_mock.limits import check_room  # limits reads this module's MockState

        entry = Entry(project_id, operation_id, key, body)
        try:
            check_room(self, [entry])
            sizes = self.ledger.check([entry])
        except LimitReached as exc:
            raise TooLarge(exc.error_code, exc.message) from None
        self.backend.store(operation_id, project_id, key, body)
        self.ledger.hold(sizes)

    def release(self, project_id: str, key: Key) -> None:
        self.ledger.release(project_id, key)

    def answer(self, project: str, operation_id: str, key: Key, params: Mapping[str, Any]) -> Any:
        """The body the operation answers (shared, read-only; None: no body); NotFound with the operation's own 404 code."""
        with self.lock:
            return self.backend.answer(operation_id, Request(project, key, params))

    def summary(self) -> dict[str, Any]:
        with self.lock:
            return {project: content.summary() for project, content in sorted(self.projects.by_id.items())}
