"""The control plane as a Python API: seed and remove resources, inject faults and delays, read the journal.

`MockControl` is what `app.state.mock`, the pytest fixtures and the HTTP plane under `/_mock/` all use;
every input is checked here, and a bad one raises ControlError naming the JSON pointer of the problem.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from jsonschema import Draft202012Validator

from modelarts_mock import schemas
from modelarts_mock.bindings import DERIVED, Derived
from modelarts_mock.errors import BadRequest
from modelarts_mock.errors import ControlError as ControlError  # re-exported: the public name lives here
from modelarts_mock.faults import ANY_OPERATION, KINDS, MAX_DELAY_MS, Delay, Fault, Injections, Journal
from modelarts_mock.fixtures import check_entry
from modelarts_mock.limits import check_events, check_room
from modelarts_mock.spec import MockSpec, OperationSpec
from modelarts_mock.state import Entry, MockState

MAX_FAULTS = 1000  # faults held at once: a client cannot grow the registry without bound
_NAME = {"type": "string", "minLength": 1, "maxLength": 200}
FAULT_SCHEMA = {
    "type": "object",
    "required": ["operation"],
    "additionalProperties": False,
    "properties": {
        "operation": _NAME,
        "kind": {"enum": list(KINDS)},
        "status": {"type": "integer", "minimum": 100, "maximum": 599},
        "error_code": {"type": "string", "maxLength": 200},
        "error_msg": {"type": "string", "maxLength": 2000},
        "retry_after": {"type": "integer", "minimum": 0, "maximum": 86400},
        "times": {"type": "integer", "minimum": 1, "maximum": 1_000_000},
        "probability": {"type": "number", "exclusiveMinimum": 0, "maximum": 1},
    },
}
_MS = {"type": "integer", "minimum": 0, "maximum": MAX_DELAY_MS}
LATENCY_SCHEMA = {
    "type": "object",
    "required": ["operation"],
    "additionalProperties": False,
    "properties": {"operation": _NAME, "ms": _MS, "min_ms": _MS, "max_ms": _MS},
    "oneOf": [
        {"required": ["ms"], "not": {"anyOf": [{"required": ["min_ms"]}, {"required": ["max_ms"]}]}},
        {"required": ["min_ms", "max_ms"]},
    ],
}
ENTRY_SCHEMA = {
    "type": "object",
    "required": ["operation", "body"],
    "additionalProperties": False,
    "properties": {
        "operation": _NAME,
        "project": {"type": "string"},
        "path": {"type": "object", "additionalProperties": {"type": "string"}},
        "query": {"type": "object"},
        "body": {},
    },
}
_VALIDATORS = {id(s): Draft202012Validator(s) for s in (FAULT_SCHEMA, LATENCY_SCHEMA, ENTRY_SCHEMA)}


def check(schema: dict[str, Any], value: Any) -> None:
    error = schemas.first_error(_VALIDATORS[id(schema)], value)
    if error is not None:
        raise ControlError(schemas.instance_pointer(error), schemas.describe(error))


class MockControl:
    def __init__(self, spec: MockSpec, state: MockState, injections: Injections, journal: Journal, project_id: str) -> None:
        self.spec = spec
        self.state = state
        self.injections = injections
        self.journal_store = journal
        self.project_id = project_id  # the default project of seed() and answer()

    # ---- resources ------------------------------------------------------------------------------
    def reset(self) -> None:
        """Resources back to the seed and fixtures; no fault, no delay, an empty journal."""
        self.state.reset()
        self.injections.clear()
        self.journal_store.clear()

    def seed(
        self,
        operation: str,
        body: Any,
        *,
        path: Mapping[str, str] | None = None,
        query: Mapping[str, Any] | None = None,
        project: str | None = None,
    ) -> None:
        """Add or replace the resource facet `operation` answers (validated against the spec; ControlError naming the pointer)."""
        raw: dict[str, Any] = {"operation": operation, "body": body}
        if path:
            raw["path"] = dict(path)
        if query:
            raw["query"] = dict(query)
        if project is not None:
            raw["project"] = project
        self.put(raw)

    def put(self, raw: Any) -> Entry:
        """One entry as JSON ({operation, project?, path?, query?, body}) checked and filed into the resources."""
        entry = self.check_entry(raw)
        self.check_room([entry])
        self.file(entry)
        return entry

    def check_room(self, entries: list[Entry]) -> None:
        """LimitReached (413) if filing the entries would hold more resources of a kind than the mock allows."""
        check_room(self.state, entries)

    def file(self, entry: Entry) -> None:
        """File a checked entry (ControlError for an answer that is derived, not stored)."""
        try:
            self.state.put(entry)
        except Derived as exc:
            raise ControlError("/operation", exc.message) from None

    def check_entry(self, raw: Any) -> Entry:
        """The entry checked against the spec, not filed yet; ControlError naming the pointer."""
        check(ENTRY_SCHEMA, raw)
        op = self._operation(raw["operation"])
        project = self._project(raw.get("project"))
        problems: list[tuple[str, str]] = []
        entry = check_entry(
            op, project, {k: raw[k] for k in ("path", "query", "body") if k in raw}, "", lambda c, p, m: problems.append((p, m))
        )
        if entry is None:
            pointer, message = problems[0]
            raise ControlError(pointer, message)
        check_events(entry)
        if entry.operation_id in DERIVED:
            raise ControlError(
                "/operation", f"{entry.operation_id} is counted from the project's pools by phase: add or change pools (ShowPool) instead"
            )
        return entry

    def remove(self, operation: str, *, path: Mapping[str, str] | None = None, project: str | None = None) -> bool:
        """Delete the resource `operation` addresses (a whole pool, service, task…); False if there was none."""
        op = self._operation(operation)
        given = dict(path or {})
        if set(given) != set(op.key_names):
            raise ControlError("/path", f"{op.operation_id} is addressed by: {', '.join(op.key_names) or 'nothing'}")
        key = tuple(str(given[name]) for name in op.key_names)
        return self.state.remove(self._project(project), op.operation_id, key)

    @property
    def resources(self) -> dict[str, Any]:
        return self.state.summary()

    def answer(
        self, operation: str, *, path: Mapping[str, str] | None = None, query: Mapping[str, Any] | None = None, project: str | None = None
    ) -> Any:
        """A copy of what `operation` answers now (NotFound if the resource is absent)."""
        op = self._operation(operation)
        key = tuple(str((path or {})[name]) for name in op.key_names)
        return copy.deepcopy(self.state.answer(self._project(project), op.operation_id, key, dict(query or {})))

    # ---- faults, latency, journal -----------------------------------------------------------------
    def fail(self, operation: str, status: int = 500, **options: Any) -> Fault:
        """Inject a fault: `fail("ShowPool", status=429, times=1, retry_after=1)`, or kind="reset"/"truncate"/"empty"."""
        raw = {"operation": operation, "status": status, **options}
        check(FAULT_SCHEMA, raw)
        self._operation(operation, wildcard=True)
        if sum(len(faults) for faults in self.injections.faults.values()) >= MAX_FAULTS:
            raise ControlError("", f"at most {MAX_FAULTS} faults at a time: clear some first (DELETE /_mock/faults)")
        fault = Fault(**raw)
        if fault.kind == "empty":
            fault.status = 204
        self.injections.add_fault(fault)
        return fault

    def delay(self, operation: str, ms: int | None = None, *, min_ms: int | None = None, max_ms: int | None = None) -> Delay:
        """Delay answers of `operation` by `ms`, or uniformly in [min_ms, max_ms]; other requests are not held up."""
        given: dict[str, Any] = {"operation": operation, "ms": ms, "min_ms": min_ms, "max_ms": max_ms}
        raw = {k: v for k, v in given.items() if v is not None}
        check(LATENCY_SCHEMA, raw)
        self._operation(operation, wildcard=True)
        low, high = (int(raw["ms"]), int(raw["ms"])) if "ms" in raw else (int(raw["min_ms"]), int(raw["max_ms"]))
        if low > high:
            raise ControlError("/min_ms", f"min_ms {low} is above max_ms {high}")
        delay = Delay(operation, low, high)
        self.injections.delays[operation] = delay
        return delay

    def clear_faults(self) -> None:
        self.injections.faults = {}

    def clear_latency(self) -> None:
        self.injections.delays = {}

    @property
    def journal(self) -> list[dict[str, Any]]:
        """Requests answered, oldest first (method, path, query, operation, status, ms, request_id; no header)."""
        return self.journal_store.listing()

    def clear_journal(self) -> None:
        self.journal_store.clear()

    # ---- helpers ---------------------------------------------------------------------------------
    def _operation(self, name: Any, wildcard: bool = False) -> OperationSpec:
        op = self.spec.operation(str(name))
        if op is None and not (wildcard and name == ANY_OPERATION):
            known = ", ".join(o.operation_id for o in self.spec.operations[:40])
            raise ControlError("/operation", f"unknown operation {str(name)[:80]!r}; known: {known}")
        return op or self.spec.operations[0]

    def _project(self, project: str | None) -> str:
        if project is None:
            return self.project_id
        try:
            self.spec.check_project(project)
        except BadRequest as exc:
            raise ControlError("/project", exc.message) from None
        return project
