"""`summary`: the one-screen state of the spec, printed at the end of `make`."""

from __future__ import annotations

from collections import Counter

from modelarts_spec.loader import YamlDocument
from modelarts_spec.openapi import operations, success_response, walk_openapi

from generator.manual import tables as doc_tables
from generator.manual.compare import compare_fields


def render(spec_doc: YamlDocument, tables_doc: YamlDocument) -> str:
    spec, tables = spec_doc.data, tables_doc.data
    ops = operations(spec)
    fields = doc_tables.fields(tables, [], tables_doc.path)
    uncovered = compare_fields(spec, fields)
    deviations = sum(1 for key, _, _, is_name in walk_openapi(spec, "") if key == "x-doc-deviation" and not is_name)
    examples: Counter[str] = Counter()
    for op in ops:
        success = success_response(op)
        media = ((success[1].get("content") or {}).get("application/json") or {}) if success else {}
        examples.update(name for name in (media.get("examples") or {}) if name in ("manual", "constructed"))
    by_tag = Counter(tag for op in ops for tag in op.data.get("tags", []))
    counts = tables["counts"]
    lines = [
        f"spec        {spec_doc.path}: OpenAPI {spec.get('openapi')}, {len(ops)} operations ({', '.join(f'{t} {n}' for t, n in sorted(by_tag.items()))})",
        f"schemas     {len(spec.get('components', {}).get('schemas', {}))} component schemas, {deviations} x-doc-deviation records",
        f"manual      {tables['source']}: {counts['sections']} sections, {counts['tables']} tables, {counts['rows']} rows, {counts['examples']} examples",
        f"coverage    {len(fields) - len(uncovered)}/{len(fields)} manual rows found in the spec (a table used in several places counts once per place)",
        f"examples    success examples: {examples['manual']} from the manual, {examples['constructed']} constructed",
    ]
    return "\n".join(lines)
