"""The control plane as a Python API: seed and remove resources, inject faults and delays, read the journal.

`MockControl` is what `app.state.mock`, the pytest fixtures and the HTTP plane under `/_mock/` all use;
every input is checked here, and a bad one raises ControlError naming the JSON pointer of the problem.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from modelarts_mock.backend import DERIVED, Derived
from modelarts_mock.control_doc import check
from modelarts_mock.errors import BadRequest, LimitReached
from modelarts_mock.errors import ControlError as ControlError  # re-exported: the public name lives here
from modelarts_mock.faults import ANY_OPERATION, STUB, Delay, Fault, Injections, Journal
from modelarts_mock.fixtures import check_entry
from modelarts_mock.limits import check_events, check_room
from modelarts_mock.spec import MockSpec, OperationSpec
from modelarts_mock.state import Entry, MockState

MAX_FAULTS = 1000  # faults and stubs held at once: a client cannot grow the registry without bound
MAX_STUB_BYTES = 64 << 20  # the bodies of the stubs held, in all
NO_BODY = (204, 205, 304)  # statuses that carry no body: an error body or a stub's would desync the connection
# Hop-by-hop and framing headers are the server's: a stub setting them would break the connection, not the client.
FRAMING = frozenset({"content-length", "transfer-encoding", "connection", "keep-alive", "upgrade", "te", "trailer"})
_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}")
_VISIBLE = re.compile(r"[\x20-\x7e]*")


class MockControl:
    def __init__(self, spec: MockSpec, state: MockState, injections: Injections, journal: Journal, project_id: str) -> None:
        self.spec = spec
        self.state = state
        self.injections = injections
        self.journal_store = journal
        self.project_id = project_id  # the default project of seed() and answer()
        self.ledger = state.ledger  # bytes of the bodies held (the state counts its creates there too)

    # ---- resources ------------------------------------------------------------------------------
    def reset(self) -> None:
        """Resources back to the seed and fixtures; no fault, no delay, an empty journal."""
        with self.state.lock:
            self.state.reset()
            self.ledger.clear()
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
        self.file_all([entry])
        return entry

    def file_all(self, entries: list[Entry]) -> None:
        """File checked entries, or none of them: LimitReached (413) if the mock would hold too much."""
        with self.state.lock:  # counted, checked and filed as one step: no other thread files in between
            self.check_room(entries)
            sizes = self.ledger.check(entries)
            for entry in entries:
                self.file(entry)
            self.ledger.hold(sizes)

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
        check("ResourceEntry", raw)
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
        key = self._key(op, path)
        with self.state.lock:
            removed = self.state.remove(self._project(project), op.operation_id, key)
            if removed:
                self.ledger.release(self._project(project), key)
        return removed

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
        """Inject a fault: `fail("ShowPool", status=429, times=1, retry_after=1)`, or kind="reset"/"truncate"/"empty";
        `path={"pool_name": P}` and `query={...}` narrow it to those requests. ControlError naming the pointer."""
        return self.add_fault({"operation": operation, "status": status, **options})

    def stub(self, operation: str, body: Any = None, **options: Any) -> Fault:
        """Answer `operation` with `body` (any JSON value) or `text=` (raw), `status=` (default: its success status),
        `headers=`, as given: nothing is checked against the spec. `path=`, `query=`, `times=`, `probability=` as faults."""
        return self.add_stub({"operation": operation, **({"body": body} if body is not None else {}), **options})

    def add_fault(self, raw: Any) -> Fault:
        """A fault as JSON (FaultRequest of the control plane's OpenAPI document), checked and put in force."""
        fault = self.check_fault(raw)
        self.hold(fault)
        return fault

    def check_fault(self, raw: Any) -> Fault:
        """The fault `raw` describes, checked (ControlError naming the pointer), not in force yet."""
        check("FaultRequest", raw)
        self._check_match(raw)
        kind = raw.get("kind", "status")
        status = raw.get("status", 500)
        if kind == "status" and status in NO_BODY:
            raise ControlError("/status", f"a {status} carries no body: use kind 'empty' for an empty 204")
        return Fault(**{**raw, "status": 204 if kind == "empty" else status})

    def add_stub(self, raw: Any) -> Fault:
        """A stub as JSON (StubRequest of the control plane's OpenAPI document), checked and put in force."""
        stub = self.check_stub(raw)
        self.hold(stub)
        return stub

    def check_stub(self, raw: Any) -> Fault:
        """The stub `raw` describes, checked (ControlError naming the pointer), its body encoded; not in force yet."""
        check("StubRequest", raw)
        op = self._check_match(raw)
        if "body" in raw and "text" in raw:
            raise ControlError("/text", "give `body` (JSON) or `text` (raw), not both")
        status = raw.get("status", op.success_status if op is not None else 200)
        if status in NO_BODY:
            raise ControlError("/status", f"a {status} carries no body: use a fault of kind 'empty' for an empty 204")
        for name, value in (raw.get("headers") or {}).items():
            pointer = "/headers/" + name.replace("~", "~0").replace("/", "~1")
            if not _TOKEN.fullmatch(name) or name.lower() in FRAMING:
                raise ControlError(pointer, f"not a header a stub may set (a token, not one of {', '.join(sorted(FRAMING))})")
            if not _VISIBLE.fullmatch(value):
                raise ControlError(pointer, "a header value must be visible ASCII text")
        stub = Fault(**{**raw, "kind": STUB, "status": status})
        _ = stub.payload  # encoded here, where the check runs (a worker thread for the HTTP plane), not on the event loop
        return stub

    def hold(self, fault: Fault) -> None:
        """Put a checked fault or stub in force: LimitReached (413) if the mock holds too many, or too many stub bytes."""
        if self.injections.count() >= MAX_FAULTS:
            raise LimitReached(
                "", f"at most {MAX_FAULTS} faults and stubs at a time: clear some first (DELETE /_mock/faults, /_mock/stubs)"
            )
        if fault.kind == STUB and self.injections.stub_bytes() + len(fault.payload) > MAX_STUB_BYTES:
            raise LimitReached("", f"the stubs' bodies may hold {MAX_STUB_BYTES >> 20} MiB in all: clear some first (DELETE /_mock/stubs)")
        self.injections.add_fault(fault)

    def _check_match(self, raw: dict[str, Any]) -> OperationSpec | None:
        """The operation (None for `*`), after checking that the path parameters to match are some it has."""
        op = self._operation(raw["operation"], wildcard=True) if raw["operation"] != ANY_OPERATION else None
        names = {p.name for o in ([op] if op else self.spec.operations) for p in o.parameters if p.location == "path"}
        for name in raw.get("path") or {}:
            if name not in names:
                whose = op.operation_id if op else "no operation"
                known = ", ".join(sorted(names)) if op else "see the spec"
                raise ControlError(
                    "/path/" + name.replace("~", "~0").replace("/", "~1"), f"{whose} has no path parameter {name[:60]!r} ({known})"
                )
        return op

    def delay(self, operation: str, ms: int | None = None, *, min_ms: int | None = None, max_ms: int | None = None) -> Delay:
        """Delay answers of `operation` by `ms`, or uniformly in [min_ms, max_ms]; other requests are not held up."""
        given: dict[str, Any] = {"operation": operation, "ms": ms, "min_ms": min_ms, "max_ms": max_ms}
        return self.add_delay({k: v for k, v in given.items() if v is not None})

    def add_delay(self, raw: Any) -> Delay:
        """A delay as JSON (LatencyRequest of the control plane's OpenAPI document), checked and put in force."""
        delay = self.check_delay(raw)
        self.hold_delay(delay)
        return delay

    def check_delay(self, raw: Any) -> Delay:
        check("LatencyRequest", raw)
        self._operation(raw["operation"], wildcard=True)
        low, high = (raw["ms"], raw["ms"]) if "ms" in raw else (raw["min_ms"], raw["max_ms"])
        if low > high:
            raise ControlError("/min_ms", f"min_ms {low} is above max_ms {high}")
        return Delay(raw["operation"], low, high)

    def hold_delay(self, delay: Delay) -> None:
        self.injections.delays = {**self.injections.delays, delay.operation: delay}

    def clear_faults(self) -> None:
        self.injections.remove(stubs=False)

    def clear_stubs(self) -> None:
        """Every stub, a recording's answers too (a reset brings those back)."""
        self.injections.remove(stubs=True)

    def clear_latency(self) -> None:
        self.injections.delays = {}

    @property
    def journal(self) -> list[dict[str, Any]]:
        """Requests answered, oldest first (method, path, query, operation, status, ms, request_id, fault, headers with
        credentials as ***, the body's first 4 KiB)."""
        return self.journal_store.listing()

    def clear_journal(self) -> None:
        self.journal_store.clear()

    # ---- time and lifecycles ------------------------------------------------------------------------
    def advance(self, seconds: float) -> datetime:
        """Move the mock's clock on by `seconds` (lifecycles advance; signatures keep the wall clock); the new time."""
        try:
            return self.state.clock.advance(seconds)
        except ValueError as exc:
            raise ControlError("/advance", str(exc)) from None

    @property
    def clock(self) -> dict[str, Any]:
        """The mock's time, the seconds advanced so far, and the clock's scale (GET /_mock/clock)."""
        clock = self.state.clock
        return {"now": clock.now().isoformat().replace("+00:00", "Z"), "advanced": clock.advanced, "scale": clock.scale}

    def set_state(self, operation: str, *, path: Mapping[str, str] | None = None, state: Any = None, project: str | None = None) -> Any:
        """Hold the resource `operation` addresses in `state` (default: its lifecycle's failure state); the state set."""
        op = self._operation(operation)
        key = self._key(op, path)
        with self.state.lock:
            return self.state.writes.hold_state(op, self._project(project), key, state)

    def fail_resource(self, operation: str, *, path: Mapping[str, str] | None = None, project: str | None = None) -> Any:
        """Send the resource to its lifecycle's failure state (Failed, CreationFailed, …); the state set."""
        return self.set_state(operation, path=path, project=project)

    # ---- helpers ---------------------------------------------------------------------------------
    def _key(self, op: OperationSpec, path: Mapping[str, str] | None) -> tuple[str, ...]:
        """The ids `path` gives, in the operation's order; ControlError unless it gives exactly the operation's."""
        given = dict(path or {})
        if set(given) != set(op.key_names):
            raise ControlError("/path", f"{op.operation_id} is addressed by: {', '.join(op.key_names) or 'nothing'}")
        return tuple(str(given[name]) for name in op.key_names)

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
