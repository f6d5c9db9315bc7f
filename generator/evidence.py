"""Evidence beyond the manual: what real clients read and other editions document (`spec/evidence/*.yaml`).

Each evidence file names one source (a repository) and lists items: an operation, a place (a JSON
pointer into the success body, where `*` stands for every item of an array, or a parameter's
location and name), the type the source observes, optionally the enum values it compares with, and
where it was seen (path, commit, line, expression). `check` proves the spec covers every item: the
place exists, its type is compatible, it allows every value, and it carries an `x-evidence` entry
naming the source, so the provenance travels with the spec (the HTML reference shows it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from modelarts_spec.diagnostics import Diagnostic, Level, pointer_join, pointer_split
from modelarts_spec.loader import STRICT, YamlDocument, load_yaml
from modelarts_spec.openapi import Operation, alternatives, deref, operations, parameters, response_schema, schema_types, success_response
from modelarts_spec.validate import Rule

from generator.manual.compare import COMPATIBLE

DEFAULT_FOLDER = "spec/evidence"
TYPES = frozenset(COMPATIBLE)
ITEM_KEYS = {"operation", "pointer", "in", "name", "type", "items", "enum", "note", "path", "commit", "line", "expression"}
LOCATIONS = frozenset({"path", "query", "header", "cookie"})


@dataclass(frozen=True)
class Item:
    source: str  # the repository, e.g. huaweicloud/terraform-provider-huaweicloud
    operation: str
    where: str  # "body" or a parameter location
    place: str  # JSON pointer (body) or parameter name
    type: str
    items: str | None
    enum: tuple[str, ...]
    file: str  # the evidence file and the item's pointer in it, for messages
    pointer: str
    line: int | None

    @property
    def display(self) -> str:
        return f"{self.operation} {self.place}" if self.where == "body" else f"{self.operation} {self.where} parameter {self.place}"


def load(folder: str | Path) -> tuple[list[Item], list[Diagnostic]]:
    """Every item of every `*.yaml` file of the folder; malformed items become `evidence-shape` errors."""
    items: list[Item] = []
    found: list[Diagnostic] = []
    for path in sorted(Path(folder).glob("*.yaml")):
        doc = load_yaml(path, STRICT)  # data files: a repeated key is an error, not the last one silently winning
        data = doc.data if isinstance(doc.data, dict) else {}
        source, listed = data.get("repo"), data.get("items")
        if not isinstance(source, str) or not source or not isinstance(listed, list):
            where = "/repo" if "repo" in data and isinstance(listed, list) else "/items" if "items" in data else ""
            found.append(doc.diagnostic("evidence-shape", where, "an evidence file needs `repo` (owner/name) and a list of `items`"))
            continue
        for index, raw in enumerate(listed):
            item = _item(doc, source, raw, pointer_join("", "items", index), found)
            if item is not None:
                items.append(item)
    return items, found


def _item(doc: YamlDocument, source: str, raw: Any, pointer: str, found: list[Diagnostic]) -> Item | None:
    problem = _shape_problem(raw)
    if problem:
        key, message = problem
        found.append(doc.diagnostic("evidence-shape", pointer_join(pointer, key) if key else pointer, message))
        return None
    where = "body" if "pointer" in raw else raw["in"]
    place = raw["pointer"] if where == "body" else raw["name"]
    enum = tuple(str(v) for v in raw.get("enum") or ())
    return Item(source, raw["operation"], where, place, raw["type"], raw.get("items"), enum, doc.path, pointer, doc.line_of(pointer))


def _shape_problem(raw: Any) -> tuple[str, str] | None:
    """The first misfit of an item: the key it is at ('' for the item) and what was expected."""
    if not isinstance(raw, dict):
        return "", "an item must be a mapping"
    unknown = sorted((str(k) for k in set(raw) - ITEM_KEYS), key=str)
    if unknown:
        return unknown[0], f"unknown keys {unknown}; allowed: {sorted(ITEM_KEYS)}"
    missing = [k for k in ("operation", "type", "path", "line") if k not in raw]
    if missing:
        return "", f"missing {missing}"
    if ("pointer" in raw) == ("in" in raw and "name" in raw):
        return "", "give either `pointer` (a place in the success body) or `in` and `name` (a parameter)"
    for key, value in raw.items():
        expected = FIELD_CHECKS[key](value)
        if expected:
            return key, f"`{key}` must be {expected}, found {_shown(value)}"
    return None


def _one_of(allowed: frozenset[str]) -> Callable[[Any], str | None]:
    return lambda value: None if isinstance(value, str) and value in allowed else f"one of {sorted(allowed)}"


def _text(value: Any) -> str | None:
    return None if isinstance(value, str) and value else "a non-empty string"


def _enum(value: Any) -> str | None:
    scalars = isinstance(value, list) and all(isinstance(v, (str, int, float)) and not isinstance(v, bool) for v in value)
    return None if scalars else "a list of the values the source compares with (strings or numbers)"


FIELD_CHECKS: dict[str, Callable[[Any], str | None]] = {
    "operation": _text,
    "pointer": lambda v: None if isinstance(v, str) and v.startswith("/") else "a JSON pointer starting with '/'",
    "in": _one_of(LOCATIONS),
    "name": _text,
    "type": _one_of(TYPES),
    "items": _one_of(TYPES),
    "enum": _enum,
    "note": _text,
    "path": _text,
    "commit": _text,
    "line": lambda v: None if isinstance(v, int) and not isinstance(v, bool) and v >= 1 else "a line number (1 or more)",
    "expression": _text,
}


def _shown(value: Any) -> str:
    """The misfit value, briefly: its kind for containers, its text cut short for scalars."""
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def evidence_rules(folder: str | Path | None) -> list[Rule]:
    """`validate`'s rule for the collected evidence (none without a folder)."""
    if not folder or not Path(folder).is_dir():
        return []
    return [lambda doc: check_folder(doc, folder)]


def check_folder(doc: YamlDocument, folder: str | Path) -> list[Diagnostic]:
    items, found = load(folder)
    return found + check(doc, items)


def check(doc: YamlDocument, items: list[Item]) -> list[Diagnostic]:
    ops = {op.operation_id: op for op in operations(doc.data)}
    found: list[Diagnostic] = []
    for item in items:
        op = ops.get(item.operation)
        if op is None:
            found.append(_problem(doc, item, "evidence-operation-missing", "/paths", f"{item.operation} is not an operation of the spec"))
            continue
        located = _locate_parameter(doc.data, op, item) if item.where != "body" else _locate_body(doc.data, op, item)
        if isinstance(located, str):
            found.append(_problem(doc, item, "evidence-field-missing", op.pointer, f"{item.display}: {located}"))
            continue
        found += _compare(doc, item, *located)
    return found


def _locate_parameter(spec: dict[str, Any], op: Operation, item: Item) -> tuple[Any, str, list[Any]] | str:
    for param, pointer in parameters(spec, op):
        if param.get("in") == item.where and param.get("name") == item.place:
            return param.get("schema", {}), pointer_join(pointer, "schema"), [param]
    return f"the spec declares no {item.where} parameter {item.place!r}"


def _locate_body(spec: dict[str, Any], op: Operation, item: Item) -> tuple[Any, str, list[Any]] | str:
    success = success_response(op)
    found = response_schema(spec, op, success[0]) if success else None
    if found is None:
        return "the operation has no JSON success body"
    node, pointer = found
    for step in pointer_split(item.place):
        child = _step(spec, node, pointer, step)
        if child is None:
            return f"no {step!r} at {pointer} (the spec does not describe this place)"
        node, pointer = child
    return node, pointer, [node, deref(spec, node, pointer)[0]]  # x-evidence beside the property or on the schema it refers to


def _step(spec: dict[str, Any], node: Any, pointer: str, step: str) -> tuple[Any, str] | None:
    for alt, alt_pointer in alternatives(spec, node, pointer):
        if step == "*" and alt.get("type") == "array" and "items" in alt:
            return alt["items"], pointer_join(alt_pointer, "items")
        props = alt.get("properties") or {}
        if step in props:
            return props[step], pointer_join(alt_pointer, "properties", step)
    return None


def _compare(doc: YamlDocument, item: Item, schema: Any, pointer: str, holders: list[Any]) -> list[Diagnostic]:
    spec = doc.data
    found = _check_types(doc, item, pointer, schema_types(spec, schema, pointer), item.type, "")
    enum_holders = [alt for alt, _ in alternatives(spec, schema, pointer)]
    if item.items or item.type == "array":
        enum_holders = [
            a
            for alt, p in alternatives(spec, schema, pointer)
            if "items" in alt
            for a, _ in alternatives(spec, alt["items"], pointer_join(p, "items"))
        ]
        if item.items:
            item_types = {t for a in enum_holders for t in ([a["type"]] if "type" in a else ["object"] if "properties" in a else [])}
            found += _check_types(doc, item, pointer, item_types, item.items, "items: ")
    allowed = {str(v) for a in enum_holders for v in a.get("enum") or []}
    missing = [v for v in item.enum if allowed and v not in allowed]
    if missing:
        message = f"{item.display}: the source compares with {missing}, the spec's enum lacks them"
        found.append(_problem(doc, item, "evidence-enum-missing", pointer, message))
    if not any(_names(holder, item.source) for holder in holders):
        found.append(_problem(doc, item, "evidence-unmarked", pointer, f"{item.display}: no x-evidence entry names {item.source}"))
    return found


def _check_types(doc: YamlDocument, item: Item, pointer: str, types: set[str], observed: str, what: str) -> list[Diagnostic]:
    """The spec's types (through allOf/anyOf/oneOf) against what the source observes; none at all is said, not skipped."""
    if not types:
        message = f"{item.display}: {what}the spec gives no type here (nor in allOf/anyOf/oneOf): the source's {observed} is unchecked"
        return [_problem(doc, item, "evidence-type-unknown", pointer, message, Level.WARNING)]
    if types & COMPATIBLE[observed]:
        return []
    message = f"{item.display}: {what}the source reads {observed}, the spec says {'/'.join(sorted(types))}"
    return [_problem(doc, item, "evidence-type-mismatch", pointer, message)]


def _names(holder: Any, source: str) -> bool:
    entries = holder.get("x-evidence") if isinstance(holder, dict) else None
    return isinstance(entries, list) and any(isinstance(e, dict) and e.get("source") == source for e in entries)


def _problem(doc: YamlDocument, item: Item, code: str, pointer: str, message: str, level: Level = Level.ERROR) -> Diagnostic:
    hint = f"evidence at {item.file}#{item.pointer} (line {item.line})"
    return doc.diagnostic(code, pointer, message, level, hint=hint)
