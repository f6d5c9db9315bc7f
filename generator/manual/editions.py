"""`drift DOC --against OTHER`: what one edition of the manual says that another does not.

Both editions are transcribed against the same spec (so their sections land on the same
operations, by method and URI for the English pages) and flattened into fields; fields are paired
by operation, place and path. Types are compared by their JSON shape, not their wording: the two
editions name the same object table differently (`resources object` / `PoolResourceStatus object`).
"""

from __future__ import annotations

from typing import Any

from generator.manual import tables as doc_tables
from generator.manual.drift import Drift


def compare(old: dict[str, Any], new: dict[str, Any]) -> list[Drift]:
    """Differences going from `old` to `new` (two doc-tables structures)."""
    found: list[Drift] = []
    old_ops, new_ops = _operations(old), _operations(new)
    for op_id in sorted(new_ops - old_ops):
        found.append(Drift("operation-added", op_id, "documented by the new edition only"))
    for op_id in sorted(old_ops - new_ops):
        found.append(Drift("operation-removed", op_id, "documented by the old edition only"))
    old_fields = {f.key: f for f in doc_tables.fields(old, [], "")}
    new_fields = {f.key: f for f in doc_tables.fields(new, [], "")}
    for key, field in new_fields.items():
        before = old_fields.get(key)
        if before is None:
            if field.operation in old_ops:
                found.append(Drift("field-added", field.display, f"{field.type_text!r}"))
            continue
        found += _changes(before, field)
    for key, field in old_fields.items():
        if key not in new_fields and field.operation in new_ops:
            found.append(Drift("field-removed", field.display, f"was {field.type_text!r}"))
    return found


def _operations(data: dict[str, Any]) -> set[str]:
    return {s["operation"] for s in data.get("sections") or [] if s.get("operation")}


def _changes(old: doc_tables.DocField, new: doc_tables.DocField) -> list[Drift]:
    found = []
    if (old.json_type, old.items) != (new.json_type, new.items):
        found.append(Drift("type-changed", new.display, f"{old.type_text!r} → {new.type_text!r}"))
    if old.required is not None and new.required is not None and old.required != new.required:
        found.append(Drift("required-changed", new.display, f"{_required(old.required)} → {_required(new.required)}"))
    old_enum, new_enum = old.facts.get("enum"), new.facts.get("enum")
    if old_enum and new_enum and set(old_enum) != set(new_enum):
        added = [v for v in new_enum if v not in old_enum]
        removed = [v for v in old_enum if v not in new_enum]
        found.append(Drift("enum-changed", new.display, f"added {added}, removed {removed}"))
    for fact in ("maximum", "max_items", "default"):
        if fact in old.facts and fact in new.facts and old.facts[fact] != new.facts[fact]:
            found.append(Drift("bound-changed", new.display, f"{fact} {old.facts[fact]!r} → {new.facts[fact]!r}"))
    return found


def _required(value: bool) -> str:
    return "required" if value else "optional"
