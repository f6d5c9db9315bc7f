"""`x-lifecycle` (spec/EXTENSIONS.md): where a resource's state is read, and which states end a wait.

It sits on the show operation (a GET) of a resource whose page documents a status field. The stateful mock
moves what it created through these states on a clock, a client's waiter `wait_<resource>` polls the show
operation until a `ready` state (or raises on a `failed` one). So the shape is checked here, against the
operation's own 200 schema: `lifecycle-invalid` (documented in spec/README.md) when

- it is not on an operation, or the operation is not a GET;
- it is not a mapping of exactly `resource`, `status`, `ready`, `failed`; `resource` is not a snake_case name,
  or the same name is another operation's resource (it names the waiter);
- `status` is not a JSON pointer to a property of the 200 answer typed string or integer (one type);
- `ready` or `failed` is not a non-empty list of distinct states of that type (and of the field's enum, when
  it has one), or a state is in both.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from modelarts_spec.diagnostics import Diagnostic, pointer_join, pointer_split
from modelarts_spec.loader import YamlDocument
from modelarts_spec.openapi import Operation, alternatives, operations, response_schema, schema_at, schema_types, walk_openapi

LIFECYCLE = "x-lifecycle"
KEYS = ("resource", "status", "ready", "failed")
RESOURCE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
STATE_TYPES = {"string": str, "integer": int}
HINT = "x-lifecycle: {resource, status, ready, failed} on the show operation (spec/EXTENSIONS.md)"


def check_lifecycles(doc: YamlDocument, entries: Iterable[tuple[Any, Any, str, bool]] | None = None) -> list[Diagnostic]:
    """`entries`: validate's one walk of the spec (`walk_openapi`), to find the extension wherever it is written."""
    by_pointer = {op.pointer: op for op in operations(doc.data)}
    found: list[Diagnostic] = []
    resources: dict[str, str] = {}
    for key, value, pointer, is_name in walk_openapi(doc.data, "") if entries is None else entries:
        if is_name or key != LIFECYCLE:
            continue
        owner = by_pointer.get(pointer.rsplit("/", 1)[0])
        if owner is None or owner.method != "get":
            where = f"{owner.method.upper()} {owner.path}" if owner else "here"
            found.append(doc.diagnostic("lifecycle-invalid", pointer, f"x-lifecycle is not allowed {where}: only on a GET", hint=HINT))
            continue
        found += _check(doc, owner, value, pointer, resources)
    return found


def _check(doc: YamlDocument, op: Operation, value: Any, pointer: str, resources: dict[str, str]) -> list[Diagnostic]:
    def problem(where: str, message: str) -> Diagnostic:
        return doc.diagnostic("lifecycle-invalid", where, f"{op.operation_id}: {message}", hint=HINT)

    if not isinstance(value, dict):
        return [problem(pointer, "x-lifecycle must be a mapping")]
    found = [problem(pointer_join(pointer, key), f"unknown key {key!r}; expected {', '.join(KEYS)}") for key in value if key not in KEYS]
    found += [problem(pointer, f"x-lifecycle needs {key!r}") for key in KEYS if key not in value]
    resource = value.get("resource")
    if "resource" in value:
        if not (isinstance(resource, str) and len(resource) <= 64 and RESOURCE.fullmatch(resource)):
            found.append(problem(pointer_join(pointer, "resource"), f"resource {resource!r} is not a snake_case name"))
        elif resource in resources:
            found.append(problem(pointer_join(pointer, "resource"), f"resource {resource!r} is also the resource of {resources[resource]}"))
        else:
            resources[resource] = op.operation_id
    field_type, enum = None, None
    if "status" in value:
        field = _status_field(doc, op, value["status"], pointer_join(pointer, "status"), found, problem)
        field_type, enum = field if field else (None, None)
    states: dict[str, list[Any]] = {}
    for key in ("ready", "failed"):
        if key not in value:
            continue
        listed = value[key]
        where = pointer_join(pointer, key)
        if not isinstance(listed, list) or not listed:
            found.append(problem(where, f"{key} must be a non-empty list of states"))
            continue
        states[key] = listed
        for index, state in enumerate(listed):
            found += [problem(pointer_join(where, index), message) for message in _state_problems(state, listed[:index], field_type, enum)]
    if len(states) == 2:
        both = [s for s in states["ready"] if any(_same(s, f) for f in states["failed"])]
        if both:
            found.append(problem(pointer_join(pointer, "failed"), f"state(s) {both} both ready and failed"))
    return found


def _status_field(
    doc: YamlDocument, op: Operation, status: Any, where: str, found: list[Diagnostic], problem: Callable[[str, str], Diagnostic]
) -> tuple[type, list[Any] | None] | None:
    """The Python type and enum (None if the field has none) of the status field, or None (a problem reported)."""
    if not (isinstance(status, str) and status.startswith("/")):
        found.append(problem(where, f"status {status!r} is not a JSON pointer (/field/...) into the 200 answer"))
        return None
    body = response_schema(doc.data, op, "200")
    if body is None:
        found.append(problem(where, "the operation has no 200 answer with a JSON schema to read the status from"))
        return None
    field = schema_at(doc.data, body[0], body[1], pointer_split(status))
    if field is None:
        found.append(problem(where, f"the 200 answer has no field at {status}"))
        return None
    types = schema_types(doc.data, field[0], field[1])
    if len(types) != 1 or not types <= set(STATE_TYPES):
        found.append(
            problem(where, f"the field at {status} is {' or '.join(sorted(types)) or 'untyped'}: a status is a string or an integer")
        )
        return None
    enums = [alt["enum"] for alt, _ in alternatives(doc.data, field[0], field[1]) if isinstance(alt.get("enum"), list)]
    return STATE_TYPES[types.pop()], [v for enum in enums for v in enum] if enums else None


def _state_problems(state: Any, before: list[Any], field_type: type | None, enum: list[Any] | None) -> list[str]:
    if isinstance(state, bool) or not isinstance(state, str | int):
        return [f"state {state!r} is not a string or an integer"]
    if field_type is not None and not isinstance(state, field_type):
        return [f"state {state!r} is not a {field_type.__name__}, as the status field is"]
    if enum is not None and not any(_same(state, v) for v in enum):
        return [f"state {state!r} is not a value of the status field's enum {enum}"]
    if any(_same(state, b) for b in before):
        return [f"state {state!r} is listed twice"]
    return []


def _same(a: Any, b: Any) -> bool:
    return type(a) is type(b) and a == b
