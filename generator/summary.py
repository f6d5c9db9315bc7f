"""`summary`: the one-screen state of the spec, printed at the end of `make`."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from modelarts_spec.loader import YamlDocument
from modelarts_spec.openapi import Operation, json_media, operations, success_response, walk_openapi
from modelarts_spec.sources import HUAWEI_CLOUD

from generator.manual import tables as doc_tables
from generator.manual.compare import compare_fields


@dataclass(frozen=True)
class Counts:
    """What `summary` and the README's figures count in a spec."""

    operations: list[Operation]
    methods: Counter[str]  # by upper-case method
    deviations: int  # x-doc-deviation records
    examples: Counter[str]  # success examples by kind: manual, constructed


def counts(spec: dict[str, Any]) -> Counts:
    ops = operations(spec)
    deviations = sum(1 for key, _, _, is_name in walk_openapi(spec, "") if key == "x-doc-deviation" and not is_name)
    examples: Counter[str] = Counter()
    for op in ops:
        success = success_response(op)
        media = (json_media(spec, success[1], op.pointer) or ({}, ""))[0] if success else {}
        examples.update(name for name in media.get("examples") or {} if name in ("manual", "constructed"))
    return Counts(ops, Counter(op.method.upper() for op in ops), deviations, examples)


def render(spec_doc: YamlDocument, transcriptions: list[YamlDocument]) -> str:
    spec = spec_doc.data
    found = counts(spec)
    by_tag = Counter(tag for op in found.operations for tag in op.data.get("tags", []))
    lines = [
        f"spec        {spec_doc.path} ({len(spec_doc.files)} files): OpenAPI {spec.get('openapi')}, {len(found.operations)} operations "
        f"({', '.join(f'{m} {n}' for m, n in sorted(found.methods.items()))})",
        f"tags        {', '.join(f'{t} {n}' for t, n in sorted(by_tag.items()))}",
        f"schemas     {len(spec.get('components', {}).get('schemas', {}))} component schemas, {found.deviations} x-doc-deviation records",
    ]
    lines += [line for tables in transcriptions for line in _coverage(spec, tables)]
    lines += [
        _sources(found.operations),
        f"examples    success examples: {found.examples['manual']} from the manual, {found.examples['constructed']} constructed",
    ]
    return "\n".join(lines)


def coverage(spec: dict[str, Any], tables: YamlDocument) -> dict[str, int]:
    """How much of one transcription the spec holds: its operations (URI sections) and rows (once per placement)."""
    data = tables.data
    fields = doc_tables.fields(data, [], tables.path)
    sections = data.get("sections") or []
    matched = len({s["operation"] for s in sections if s.get("operation")})
    unmatched = sum(1 for s in sections if s.get("kind") == "uri" and not s.get("operation"))
    return {
        "operations": matched,
        "operations-documented": matched + unmatched,
        "rows": len(fields) - len(compare_fields(spec, fields)),
        "rows-documented": len(fields),
    }


def _coverage(spec: dict[str, Any], tables: YamlDocument) -> list[str]:
    data = tables.data
    counts = data["counts"]
    found = coverage(spec, tables)
    return [
        f"manual      {data['source']}: {counts['sections']} sections, {counts['tables']} tables, {counts['rows']} rows, "
        f"{counts['examples']} examples; {found['operations']}/{found['operations-documented']} of the operations it documents in the spec",
        f"coverage    {found['rows']}/{found['rows-documented']} of its rows found in the spec (a table used in several places counts once per place)",
    ]


def _sources(ops: list[Operation]) -> str:
    documented: Counter[str] = Counter()
    huawei = 0
    for op in ops:
        names = {str(e.get("source")) for e in op.data.get("x-documented-by") or [] if isinstance(e, dict)}
        documented.update(names)
        huawei += bool(names & HUAWEI_CLOUD)
    listed = ", ".join(f"{name} {n}" for name, n in sorted(documented.items()))
    return f"sources     operations documented by: {listed or 'nothing recorded'}; {huawei} known on Huawei Cloud"
