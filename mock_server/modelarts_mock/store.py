"""State: the resources the mock serves, per project. Plain Python, no HTTP.

A record is the success body of one operation for one resource: (project, operationId, key) →
body, where the key is the operation's path parameters besides project_id (a pool name, a
service id, a training job id and task id…; empty for project-wide operations such as quotas).
Lookups that find nothing raise NotFound carrying the spec's 404 code for that operation.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from modelarts_mock.errors import NotFound
from modelarts_mock.spec import ErrorTemplate

Key = tuple[str, ...]


@dataclass(frozen=True)
class Record:
    project: str
    operation_id: str
    key: Key
    body: Any


@dataclass(frozen=True)
class Kind:
    """How one operation's records are addressed, and what an absent one looks like."""

    operation_id: str
    key_names: tuple[str, ...]
    not_found: ErrorTemplate | None  # the spec's 404 for this operation, if it documents one
    empty: Any  # the answer of a project-wide operation without a 404, for a project that has no record


class Store:
    def __init__(self, kinds: Iterable[Kind], records: Iterable[Record] = ()) -> None:
        self._kinds = {kind.operation_id: kind for kind in kinds}
        self._initial = list(records)
        self._projects: dict[str, dict[tuple[str, Key], Any]] = {}
        self.reset()

    def reset(self) -> None:
        """Back to the records the store was created with (the seed and the fixtures)."""
        self._projects = {}
        for record in self._initial:
            self.put(record)

    def put(self, record: Record) -> None:
        kind = self._kinds.get(record.operation_id)
        if kind is None:
            raise KeyError(f"unknown operation {record.operation_id!r}")
        if len(record.key) != len(kind.key_names):
            raise ValueError(f"{record.operation_id} records are addressed by {kind.key_names}, got {record.key}")
        self._projects.setdefault(record.project, {})[(record.operation_id, record.key)] = copy.deepcopy(record.body)

    def get(self, project: str, operation_id: str, key: Key) -> Any:
        """A copy of the body stored for this resource; NotFound (with the operation's own 404 code) if there is none."""
        return copy.deepcopy(self.view(project, operation_id, key))

    def view(self, project: str, operation_id: str, key: Key) -> Any:
        """Like get(), but the stored object itself, shared and read-only (the server serialises it; put() replaces it)."""
        kind = self._kinds[operation_id]
        found = self._projects.get(project, {}).get((operation_id, key))
        if found is not None:
            return found
        if kind.not_found is not None:  # always set for operations that address a resource (checked at start-up)
            raise NotFound(kind.not_found.code, kind.not_found.render(dict(zip(kind.key_names, key, strict=True))))
        return kind.empty

    def projects(self) -> list[str]:
        return sorted(self._projects)

    def records(self, project: str) -> list[tuple[str, Key]]:
        return sorted(self._projects.get(project, {}))
