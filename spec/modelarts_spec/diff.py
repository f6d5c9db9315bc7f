"""`diff OLD NEW`: what changed between two versions of the spec, and whether it breaks a client.

Operations are matched by method and path (parameter names in the path do not matter), parameters by
location and name, response fields by their path from the response root (`status.phase`,
`specifications[].cpu`), walking both documents' `$ref`s with `modelarts_spec.openapi`. Breaking, for a client
written against OLD:

- an operation, a parameter, a success response or a response field removed;
- a type changed (`type`, `format`, or the set of `anyOf`/`oneOf` branch types), anywhere;
- a parameter that became required, or a new required parameter;
- an enum value removed (a parameter could send it, a response could carry it);
- a response field that was required and is now optional (typed clients relied on it);
- a security scheme an operation accepted that it no longer accepts;
- a component schema removed or renamed (generated clients name their types after them).

Everything else found is reported as non-breaking: additions, an optional parameter, an enum value
added, a field becoming required, deviations recorded or dropped, the version. Descriptions and
examples are not compared.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, replace
from typing import Any

from modelarts_spec.diagnostics import InputError, pointer_join
from modelarts_spec.loader import YamlDocument
from modelarts_spec.openapi import DanglingRef, Operation, alternatives, body_schema, deref, operations, parameters, walk_openapi

MAX_DEPTH = 12  # guards against pathological nesting; the cycle guard below handles recursion


@dataclass(frozen=True)
class Change:
    kind: str  # e.g. operation-removed, field-added, type-changed, enum-value-removed
    breaking: bool
    subject: str  # "ShowPool 200 body status.phase", "ShowServiceMonitorInfo query parameter node_id"
    detail: str
    file: str  # the document that shows it: NEW, or OLD for a removal
    pointer: str
    line: int | None
    also: tuple[str, ...] = ()  # other subjects the same change shows up in (a shared component)


class _Differ:
    def __init__(self, old: YamlDocument, new: YamlDocument) -> None:
        self.old, self.new = old, new
        self.changes: list[Change] = []

    def add(self, kind: str, breaking: bool, subject: str, detail: str, pointer: str, in_old: bool = False) -> None:
        doc = self.old if in_old else self.new
        self.changes.append(Change(kind, breaking, subject, detail, doc.file_of(pointer), pointer, doc.line_of(pointer)))

    def run(self) -> list[Change]:
        old_info, new_info = self.old.data.get("info") or {}, self.new.data.get("info") or {}
        if old_info.get("version") != new_info.get("version"):
            self.add("version-changed", False, "info.version", f"{old_info.get('version')} → {new_info.get('version')}", "/info/version")
        old_ops = {_op_key(op): op for op in operations(self.old.data)}
        new_ops = {_op_key(op): op for op in operations(self.new.data)}
        for key, op in old_ops.items():
            if key not in new_ops:
                self.add("operation-removed", True, _op_name(op), f"{op.method.upper()} {op.path} is gone", op.pointer, in_old=True)
        for key, op in new_ops.items():
            if key not in old_ops:
                self.add("operation-added", False, _op_name(op), f"{op.method.upper()} {op.path}", op.pointer)
            else:
                self.operation(old_ops[key], op)
        self.schema_names()
        self.deviations()
        return self.changes

    def schema_names(self) -> None:
        """Component schemas are the type names of generated clients: one that disappears breaks code that names it."""
        old = set(((self.old.data.get("components") or {}).get("schemas") or {}).keys())
        new = set(((self.new.data.get("components") or {}).get("schemas") or {}).keys())
        for name in sorted(old - new):
            pointer = pointer_join("", "components", "schemas", name)
            self.add("schema-removed", True, f"schema {name}", "generated clients lose the type of this name", pointer, in_old=True)
        for name in sorted(new - old):
            self.add("schema-added", False, f"schema {name}", "a new named type", pointer_join("", "components", "schemas", name))

    def operation(self, old: Operation, new: Operation) -> None:
        name = _op_name(new)
        if old.operation_id != new.operation_id:
            self.add("operation-renamed", True, name, f"operationId {old.operation_id} → {new.operation_id}", new.pointer)
        old_schemes = {s for req in old.data.get("security") or [] for s in req or {}}
        new_schemes = {s for req in new.data.get("security") or [] for s in req or {}}
        for scheme in sorted(old_schemes - new_schemes):
            self.add("security-removed", True, name, f"no longer accepts {scheme}", pointer_join(new.pointer, "security"))
        for scheme in sorted(new_schemes - old_schemes):
            self.add("security-added", False, name, f"also accepts {scheme}", pointer_join(new.pointer, "security"))
        self.parameters(old, new, name)
        old_responses = {str(k): v for k, v in (old.data.get("responses") or {}).items()}
        new_responses = {str(k): v for k, v in (new.data.get("responses") or {}).items()}
        for status in old_responses:
            if status not in new_responses:
                breaking = status.startswith("2")  # a client that handled an error status just sees another error
                pointer = pointer_join(old.pointer, "responses", status)
                self.add("response-removed", breaking, f"{name} {status}", "response no longer documented", pointer, in_old=True)
        for status in new_responses:
            pointer = pointer_join(new.pointer, "responses", status)
            if status not in old_responses:
                self.add("response-added", False, f"{name} {status}", "new documented response", pointer)
                continue
            old_schema = body_schema(self.old.data, old_responses[status], pointer_join(old.pointer, "responses", status))
            new_schema = body_schema(self.new.data, new_responses[status], pointer)
            if old_schema and new_schema:
                self.schema(old_schema[0], new_schema[0], (old_schema[1], new_schema[1]), f"{name} {status} body", "", True, frozenset(), 0)
            elif old_schema and not new_schema:
                self.add("field-removed", True, f"{name} {status} body", "the response no longer has a JSON body", pointer)

    def parameters(self, old: Operation, new: Operation, name: str) -> None:
        old_params = {(p.get("in"), p.get("name")): (p, ptr) for p, ptr in parameters(self.old.data, old)}
        new_params = {(p.get("in"), p.get("name")): (p, ptr) for p, ptr in parameters(self.new.data, new)}
        for (where, pname), (_, pointer) in old_params.items():
            if (where, pname) not in new_params:
                self.add("parameter-removed", True, f"{name} {where} parameter {pname}", "no longer accepted", pointer, in_old=True)
        for (where, pname), (param, pointer) in new_params.items():
            subject = f"{name} {where} parameter {pname}"
            if (where, pname) not in old_params:
                required = bool(param.get("required"))
                self.add("parameter-added", required, subject, "new required parameter" if required else "new optional parameter", pointer)
                continue
            old_param, old_pointer = old_params[(where, pname)]
            if not old_param.get("required") and param.get("required"):
                self.add("parameter-required", True, subject, "was optional, now required", pointer)
            elif old_param.get("required") and not param.get("required"):
                self.add("parameter-optional", False, subject, "was required, now optional", pointer)
            pointers = (pointer_join(old_pointer, "schema"), pointer_join(pointer, "schema"))
            self.schema(old_param.get("schema", {}), param.get("schema", {}), pointers, subject, "", False, frozenset(), 0)

    def schema(
        self,
        old: Any,
        new: Any,
        pointers: tuple[str, str],
        subject: str,
        path: str,
        response: bool,
        seen: frozenset[tuple[str, str]],
        depth: int,
    ) -> None:
        """Compare two schemas at the same place; recurse into properties and array items."""
        old_pointer, new_pointer = pointers
        old_node, old_pointer = deref(self.old.data, old, old_pointer)
        new_node, new_pointer = deref(self.new.data, new, new_pointer)
        if not isinstance(old_node, dict) or not isinstance(new_node, dict) or (old_pointer, new_pointer) in seen or depth > MAX_DEPTH:
            return
        seen = seen | {(old_pointer, new_pointer)}
        where = f"{subject} {path}".strip() if path else subject
        old_type, new_type = _type_signature(self.old.data, old_node, old_pointer), _type_signature(self.new.data, new_node, new_pointer)
        if old_type != new_type:
            self.add("type-changed", True, where, f"{old_type} → {new_type}", new_pointer)
            return
        old_enum, new_enum = old_node.get("enum"), new_node.get("enum")
        if old_enum is not None or new_enum is not None:
            removed = [v for v in old_enum or [] if new_enum is not None and v not in new_enum]
            added = [v for v in new_enum or [] if old_enum is not None and v not in old_enum]
            if removed:
                self.add("enum-value-removed", True, where, f"no longer allows {removed}", new_pointer)
            if added:
                self.add("enum-value-added", False, where, f"now also allows {added}", new_pointer)
            if new_enum is not None and old_enum is None:
                self.add("enum-added", True, where, f"now restricted to {new_enum}", new_pointer)
            if old_enum is not None and new_enum is None:
                self.add("enum-dropped", False, where, f"no longer restricted to {old_enum}", new_pointer)
        if old_node.get("type") == "array" or new_node.get("type") == "array":
            pointers = (pointer_join(old_pointer, "items"), pointer_join(new_pointer, "items"))
            self.schema(old_node.get("items", {}), new_node.get("items", {}), pointers, subject, path + "[]", response, seen, depth + 1)
            return
        old_props, new_props = _properties(self.old.data, old_node, old_pointer), _properties(self.new.data, new_node, new_pointer)
        for name, (schema, pointer, required) in old_props.items():
            field = f"{path}.{name}" if path else name
            if name not in new_props:
                self.add("field-removed", True, f"{subject} {field}", "no longer in the schema", pointer, in_old=True)
                continue
            new_schema, new_prop_pointer, new_required = new_props[name]
            if response and required and not new_required:
                self.add(
                    "field-optional", True, f"{subject} {field}", "was required, now optional: clients may not get it", new_prop_pointer
                )
            elif required != new_required:
                self.add(
                    "field-required" if new_required else "field-optional",
                    False,
                    f"{subject} {field}",
                    "required-ness changed",
                    new_prop_pointer,
                )
            self.schema(schema, new_schema, (pointer, new_prop_pointer), subject, field, response, seen, depth + 1)
        for name, (_, pointer, required) in new_props.items():
            if name not in old_props:
                field = f"{path}.{name}" if path else name
                breaking = required and not response  # a new required field in a request body breaks callers
                self.add("field-added", breaking, f"{subject} {field}", "new required field" if required else "new field", pointer)

    def deviations(self) -> None:
        old = _deviation_pointers(self.old.data)
        new = _deviation_pointers(self.new.data)
        for pointer in sorted(new - old):
            self.add("deviation-added", False, pointer, "a new x-doc-deviation records a contradiction in the manual", pointer)
        for pointer in sorted(old - new):
            self.add("deviation-removed", False, pointer, "an x-doc-deviation was dropped", pointer, in_old=True)


def diff(old: YamlDocument, new: YamlDocument) -> list[Change]:
    """Every change once: a change inside a shared component is one entry, naming every place it shows up.

    Raises InputError (ref-dangling, with file and line) if either document has a $ref that points at nothing.
    """
    try:
        changes = _Differ(old, new).run()
    except DanglingRef as exc:
        raise InputError((old if exc.spec is old.data else new).located(exc.diagnostic)) from None
    merged: dict[tuple[str, str, str, str], Change] = {}
    for change in changes:
        key = (change.kind, change.file, change.pointer, change.detail)
        first = merged.get(key)
        if first is None:
            merged[key] = change
        elif change.subject != first.subject and change.subject not in first.also:
            merged[key] = replace(first, also=(*first.also, change.subject))
    return list(merged.values())


def _op_key(op: Operation) -> tuple[str, str]:
    return op.method, re.sub(r"\{[^/}]+\}", "{}", op.path)


def _op_name(op: Operation) -> str:
    return op.operation_id or f"{op.method.upper()} {op.path}"


def _branches(spec: dict[str, Any], node: dict[str, Any], pointer: str) -> list[tuple[dict[str, Any], str]]:
    found = []
    for key in ("anyOf", "oneOf"):
        for index, branch in enumerate(node.get(key) or []):
            resolved, resolved_pointer = deref(spec, branch, pointer_join(pointer, key, index))
            if isinstance(resolved, dict):
                found.append((resolved, resolved_pointer))
    return found


def _type_signature(spec: dict[str, Any], node: dict[str, Any], pointer: str) -> str:
    """`integer/int64`, `string|number`, `object`, `array`: what a typed client's field type is made of."""
    branches = _branches(spec, node, pointer)
    if branches:
        return "|".join(sorted({_type_signature(spec, b, p) for b, p in branches}))
    kind = node.get("type") or ("object" if "properties" in node or "allOf" in node else "any")
    return f"{kind}/{node['format']}" if node.get("format") else str(kind)


def _properties(spec: dict[str, Any], node: dict[str, Any], pointer: str) -> dict[str, tuple[Any, str, bool]]:
    """Properties of an object schema and of its allOf/anyOf/oneOf branches: name → (schema, pointer, required)."""
    found: dict[str, tuple[Any, str, bool]] = {}
    for part, part_pointer in alternatives(spec, node, pointer):
        required = set(part.get("required") or [])
        for name, schema in (part.get("properties") or {}).items():
            found.setdefault(name, (schema, pointer_join(part_pointer, "properties", name), name in required))
    return found


def _deviation_pointers(spec: dict[str, Any]) -> set[str]:
    return {pointer for key, _, pointer, is_name in walk_openapi(spec, "") if key == "x-doc-deviation" and not is_name}


def render(changes: list[Change], fmt: str, old: str, new: str) -> str:
    if fmt == "json":
        return json.dumps([asdict(c) for c in changes], ensure_ascii=False, indent=2)
    if not changes:
        return f"{old} → {new}: no changes"
    breaking = sum(c.breaking for c in changes)
    width = max(len(c.kind) for c in changes)
    lines = [f"{old} → {new}: {len(changes)} change(s), {breaking} breaking"]
    for c in sorted(changes, key=lambda c: (not c.breaking, c.kind, c.subject)):
        mark = "BREAKING" if c.breaking else "        "
        where = f"{c.file}#{c.pointer}" + (f" (line {c.line})" if c.line else "")
        more = f" (and {len(c.also)} more place(s))" if c.also else ""
        lines.append(f"  {mark}  {c.kind.ljust(width)}  {c.subject}{more}: {c.detail}\n  {' ' * (12 + width)}{where}")
    return "\n".join(lines)
