"""Lifecycles: the states a created resource goes through on the mock's clock, from the table in lifecycles.yaml.

A resource's state is never stored as a timer: each resource keeps its current run of steps and when it began
(`Life`), and the state is computed when the resource is read (`Life.at`). Nothing runs in the background, a test
that advances the clock by an hour sees the end state at once, and 10,000 live resources cost nothing until read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from importlib import resources
from typing import Any

import yaml

from modelarts_mock import schemas
from modelarts_mock.kinds import Kind, Kinds, schema_at
from modelarts_mock.spec import MockSpec

State = str | int
Step = tuple[State, float | None]  # a state and how long it lasts (None: it stays)
TABLE = "lifecycles.yaml"
_KEYS = {"status", "create", "failed", "delete", "actions", "list"}


@dataclass(frozen=True)
class Lifecycle:
    kind: str  # the show operation
    status: str  # JSON pointer of the state in the show answer
    create: tuple[Step, ...]
    failed: State
    delete: tuple[Step, ...] = ()
    actions: dict[str, tuple[Step, ...]] = field(default_factory=dict)
    listing: str | None = None


@dataclass
class Life:
    """One resource's current run of steps, begun at `started`; `then_gone`: it disappears after the last step."""

    steps: tuple[Step, ...]
    started: datetime
    then_gone: bool = False

    def at(self, now: datetime) -> tuple[State, bool]:
        """The state at `now`, and whether the resource is gone by then."""
        elapsed = (now - self.started).total_seconds()
        for state, seconds in self.steps:
            if seconds is None or elapsed < seconds:
                return state, False
            elapsed -= seconds
        return self.steps[-1][0], self.then_gone


def read_table() -> dict[str, Any]:
    text = resources.files("modelarts_mock").joinpath(TABLE).read_text(encoding="utf-8")
    table = yaml.safe_load(text)
    if not isinstance(table, dict):
        raise ValueError(f"{TABLE}: expected a mapping of show operationId → lifecycle")
    return table


def bind(table: dict[str, Any], kinds: Kinds, spec: MockSpec) -> tuple[dict[str, Lifecycle], list[str]]:
    """The lifecycles that apply to this spec's kinds, and why each other entry does not (a user's spec may lack
    some operations: its kinds simply have no lifecycle)."""
    found: dict[str, Lifecycle] = {}
    problems: list[str] = []
    for name, raw in table.items():
        try:
            found[name] = _lifecycle(str(name), raw, kinds, spec)
        except ValueError as exc:
            problems.append(f"{TABLE}: {name}: {exc}")
    return found, problems


def _lifecycle(name: str, raw: Any, kinds: Kinds, spec: MockSpec) -> Lifecycle:
    if not isinstance(raw, dict) or not set(raw) <= _KEYS or not {"status", "create", "failed"} <= set(raw):
        raise ValueError(
            f"expected the keys status, create, failed (and optionally delete, actions, list); got {sorted(raw) if isinstance(raw, dict) else raw!r}"
        )
    kind = kinds.by_name.get(name)
    if kind is None:
        raise ValueError("no kind of resource has this show operation in the spec")
    status = str(raw["status"])
    found = schema_at(spec.data, kind.show.success_schema, status) if kind.show.success_schema else None
    if found is None:
        raise ValueError(f"the show answer has no field at {status}")
    check = kind.show.validators.get(found[0])  # the spec's shared validators: compiled once
    actions = {str(op): _steps(steps, check, last_stays=True) for op, steps in (raw.get("actions") or {}).items()}
    unknown = sorted(op for op in actions if op not in {a.operation_id for a in kind.actions})
    if unknown:
        raise ValueError(f"not actions of this kind: {', '.join(unknown)}")
    listing = raw.get("list")
    if listing is not None and spec.operation(str(listing)) is None:
        raise ValueError(f"list operation {listing!r} is not in the spec")
    failed = _state(raw["failed"], check)
    return Lifecycle(
        name,
        status,
        _steps(raw["create"], check, last_stays=True),
        failed,
        _steps(raw.get("delete") or [], check, last_stays=False),
        actions,
        listing,
    )


def check_state(spec: MockSpec, kind: Kind, table: Lifecycle, value: Any) -> None:
    """ValueError unless `value` is a state the kind's status field accepts."""
    found = schema_at(spec.data, kind.show.success_schema, table.status)
    if found is not None:
        _state(value, kind.show.validators.get(found[0]))


def _steps(raw: Any, check: Any, *, last_stays: bool) -> tuple[Step, ...]:
    if not isinstance(raw, list) or (last_stays and not raw):
        raise ValueError(f"expected a list of [state, seconds] steps; got {raw!r}")
    steps: list[Step] = []
    for index, step in enumerate(raw):
        last = index == len(raw) - 1
        if not isinstance(step, list) or len(step) != (1 if last and last_stays else 2):
            expected = "[state]" if last and last_stays else "[state, seconds]"
            raise ValueError(f"step {index}: expected {expected}; got {step!r}")
        seconds = None if len(step) == 1 else step[1]
        if seconds is not None and (isinstance(seconds, bool) or not isinstance(seconds, int | float) or seconds < 0):
            raise ValueError(f"step {index}: seconds must be a number ≥ 0; got {seconds!r}")
        steps.append((_state(step[0], check), None if seconds is None else float(seconds)))
    return tuple(steps)


def _state(value: Any, check: Any) -> State:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ValueError(f"a state is a string or an integer; got {value!r}")
    error = schemas.first_error(check, value)
    if error is not None:
        raise ValueError(f"state {value!r} does not fit the status field: {schemas.describe(error)}")
    return value
