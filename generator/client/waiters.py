"""The facade's waiters: one `wait_<resource>` beside each show operation whose spec carries `x-lifecycle`.

    x-lifecycle:
      resource: training_job          # snake_case: the method is wait_training_job
      status: /status/phase           # JSON pointer into the operation's 2xx answer
      ready: [Completed]              # states waited for by default
      failed: [Failed, Abnormal]      # states from which ready is never reached

States are text, or integers where the status is an integer. The runtime is `modelarts_core.waiters`; the facade
renders each lifecycle as data (`LIFECYCLES`, through the literal filters) and a method that calls it with the
show method. What cannot become a waiter is a `facade-lifecycle` error at the extension's pointer (and line): a
spec that promises a waiter the client would lack does not generate.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass
from typing import Any

from modelarts_spec.diagnostics import Diagnostic
from modelarts_spec.loader import YamlDocument
from modelarts_spec.openapi import Operation, alternatives, body_schema, deref, property_schema, schema_types, success_response

KEYS = ("resource", "status", "ready", "failed")
# the waiter's own arguments: a path parameter of the same Python name would shadow one
RESERVED = frozenset({"self", "until", "timeout", "poll", "call_timeout", "sleep", "clock", "fetch"})
_RESOURCE = re.compile(r"[a-z][a-z0-9_]*")

State = str | int


@dataclass(frozen=True)
class Waiter:
    resource: str
    status: str  # JSON pointer into the show answer
    ready: tuple[State, ...]
    failed: tuple[State, ...]
    docstring: str = ""  # plain text: the template renders it with the `pydoc` literal filter

    @property
    def name(self) -> str:
        return f"wait_{self.resource}"


Problem = tuple[str, str]  # (pointer below x-lifecycle, message)


def read_lifecycle(
    spec: dict[str, Any], op: Operation, path_names: list[str], required_others: list[tuple[str, str]], answers: bool
) -> Waiter | list[Problem]:
    """The operation's waiter, or what keeps it from being one (`answers`: the show method returns one model)."""
    raw = op.data["x-lifecycle"]
    if not isinstance(raw, dict):
        return [("", "x-lifecycle must be a mapping with resource, status, ready and failed")]
    problems = _shape(raw)
    if problems:
        return problems
    if op.method != "get" or not answers:
        return [("", "x-lifecycle belongs on a GET whose 2xx answer is one JSON object (the show operation it polls)")]
    problems = [
        ("", f"{name}: a required {what} the waiter cannot pass (it takes the path arguments only)") for name, what in required_others
    ]
    problems += [("", f"path parameter {name!r} is one of the waiter's own argument names") for name in path_names if name in RESERVED]
    problems += _fit(spec, op, raw)
    if problems:
        return problems
    return Waiter(raw["resource"], raw["status"], tuple(raw["ready"]), tuple(raw["failed"]))


def _shape(raw: dict[str, Any]) -> list[Problem]:
    problems: list[Problem] = [(f"/{key}", f"{key} is missing") for key in KEYS if key not in raw]
    problems += [(f"/{key}", f"unknown key {key!r}; expected {', '.join(KEYS)}") for key in raw if key not in KEYS]
    resource = raw.get("resource")
    if "resource" in raw and not (isinstance(resource, str) and _RESOURCE.fullmatch(resource) and not keyword.iskeyword(resource)):
        problems.append(("/resource", f"resource must be a snake_case name (the method is wait_<resource>), got {resource!r}"))
    status = raw.get("status")
    if "status" in raw and not (isinstance(status, str) and (status == "" or status.startswith("/"))):
        problems.append(("/status", f"status must be a JSON pointer into the answer, such as /status/phase, got {status!r}"))
    for key in ("ready", "failed"):
        states = raw.get(key)
        if key not in raw:
            continue
        if not isinstance(states, list) or (key == "ready" and not states):
            problems.append((f"/{key}", f"{key} must be a list of states" + (" (at least one)" if key == "ready" else "")))
            continue
        problems += [(f"/{key}/{i}", f"a state is text or an integer, got {s!r}") for i, s in enumerate(states) if not _is_state(s)]
    if not problems:
        both = [s for s in raw["ready"] if s in raw["failed"]]
        problems += [("/failed", f"state {s!r} is both ready and failed") for s in both]
    return problems


def _is_state(value: object) -> bool:
    return isinstance(value, str | int) and not isinstance(value, bool)


def _fit(spec: dict[str, Any], op: Operation, raw: dict[str, Any]) -> list[Problem]:
    """The status pointer names a field of the answer, and the states have its type (text or integer)."""
    success = success_response(op)
    found = body_schema(spec, success[1], "") if success else None  # the response may be a $ref
    schema: Any = found[0] if found else None
    tokens = [t.replace("~1", "/").replace("~0", "~") for t in raw["status"].split("/")[1:]]
    for token in tokens:
        schema = _child(spec, schema, token)
        if schema is None:
            return [("/status", f"{raw['status']!r} names no field of {op.operation_id}'s answer")]
    types = schema_types(spec, schema, "") - {"null"}
    wanted = {"integer": int, "string": str}.get(next(iter(types))) if len(types) == 1 else None
    if wanted is None:
        return []
    return [
        (f"/{key}/{i}", f"state {s!r} is not {'an integer' if wanted is int else 'text'}, as the status field is")
        for key in ("ready", "failed")
        for i, s in enumerate(raw[key])
        if not isinstance(s, wanted)
    ]


def _child(spec: dict[str, Any], schema: Any, token: str) -> Any:
    """The schema one pointer token down: a property, an array's items (a number token), a map's values."""
    if schema is None:
        return None
    if token.isascii() and token.isdigit():
        for alt, _ in alternatives(spec, schema, ""):
            if alt.get("type") == "array" and "items" in alt:
                return alt["items"]
    found = property_schema(spec, schema, "", token)
    if found:
        return found[0]
    for alt, _ in alternatives(spec, schema, ""):
        values = alt.get("additionalProperties")
        if isinstance(values, dict):
            return deref(spec, values, "")[0]
    return None


def lifecycle_diagnostics(doc: YamlDocument, op: Operation, problems: list[Problem]) -> list[Diagnostic]:
    return [
        doc.diagnostic("facade-lifecycle", op.pointer + "/x-lifecycle" + sub, f"{op.operation_id}: {message}") for sub, message in problems
    ]


def name_diagnostics(doc: YamlDocument, groups: list[Any], by_id: dict[str, Operation]) -> list[Diagnostic]:
    """A waiter named like another method of its group (an operation, a page iterator, another waiter)."""
    found = []
    for group in groups:
        taken = {op.name for op in group.operations} | {
            f"iter_{op.name.replace('show_', '', 1)}" for op in group.operations if op.pagination
        }
        for op in group.operations:
            if op.waiter is None:
                continue
            if op.waiter.name in taken:
                message = f"{op.operation_id}: {op.waiter.name} is already a method of ma.{group.attribute}"
                found.append(doc.diagnostic("facade-lifecycle", by_id[op.operation_id].pointer + "/x-lifecycle/resource", message))
            taken.add(op.waiter.name)
    return found
