"""`drift`: what a manual text says that the spec does not (or no longer) say.

Added fields and changed types, required-ness, enums and bounds are found by checking the new
manual's rows against the spec with `compare.compare_fields` (the check `validate` runs too), so
contradictions recorded with `x-doc-deviation` stay silent. Removed fields and operations are found against the transcription
the spec was curated from (`spec/doc-tables.yaml`), since the spec also holds fields from other sources.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from generator.manual import tables as doc_tables
from generator.manual.compare import compare_fields

KIND_BY_PROBLEM = {
    "doc-field-missing": "field-added",
    "doc-status-missing": "field-added",
    "doc-type-mismatch": "type-changed",
    "doc-required-changed": "required-changed",
    "doc-operation-missing": "operation-added",
    "doc-enum-mismatch": "enum-changed",
    "doc-bound-mismatch": "bound-changed",
}


@dataclass(frozen=True)
class Drift:
    kind: str  # operation-added | operation-removed | section-unrecognised | field-added | field-removed | type-changed | required-changed
    subject: str
    detail: str


def compare(spec: dict[str, Any], baseline: dict[str, Any], new: dict[str, Any]) -> list[Drift]:
    found: list[Drift] = []
    new_ops = {s["operation"] for s in new.get("sections") or [] if s.get("operation")}
    old_ops = {s["operation"] for s in baseline.get("sections") or [] if s.get("operation")}
    for section in new.get("sections") or []:
        if section.get("operation"):
            continue
        if section.get("method") and section["kind"] == "uri":
            found.append(
                Drift(
                    "operation-added",
                    f"{section['method']} {section['path']}",
                    f"section {section['index']} (line {section['line']}) documents an operation the spec lacks",
                )
            )
        else:
            found.append(
                Drift(
                    "section-unrecognised",
                    f"section {section['index']} (line {section['line']})",
                    f"a {section['kind']} section that matches no operation of the spec (part of a new operation?)",
                )
            )
    for op_id in sorted(old_ops - new_ops):
        found.append(Drift("operation-removed", op_id, "the manual no longer has any section for it"))

    new_fields = doc_tables.fields(new, [], "")
    old_by_key = {f.key: f for f in doc_tables.fields(baseline, [], "")}
    for problem in compare_fields(spec, new_fields):
        field = problem.field
        old = old_by_key.get(field.key)
        detail = problem.message
        if problem.code == "doc-type-mismatch" and old is not None and old.type_text != field.type_text:
            detail += f" (the manual used to say {old.type_text!r})"
        found.append(Drift(KIND_BY_PROBLEM[problem.code], field.display, detail))
    new_keys = {f.key for f in new_fields}
    for key, old in old_by_key.items():
        if key not in new_keys and old.operation in new_ops:
            found.append(Drift("field-removed", old.display, f"was {old.type_text!r}; the manual no longer lists it"))
    return found


def render(report: list[Drift], fmt: str, doc: str, other: str = "the spec") -> str:
    if fmt == "json":
        return json.dumps([asdict(d) for d in report], ensure_ascii=False, indent=2)
    if not report:
        return f"{doc}: no drift"
    width = max(len(d.kind) for d in report)
    lines = [f"{doc}: {len(report)} difference(s) from {other}"]
    lines += [f"  {d.kind.ljust(width)}  {d.subject}\n  {' ' * width}  {d.detail}" for d in report]
    return "\n".join(lines)
