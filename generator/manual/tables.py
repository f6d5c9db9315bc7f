"""The transcription of the manual (`spec/doc-tables.yaml`): built from a parsed manual, tied to the
spec's operations, and flattened into fields (one per table row, with its path from the response root)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from modelarts_spec.diagnostics import Diagnostic, Level, pointer_join
from modelarts_spec.openapi import operations, path_matches, property_names, response_schema, success_response

from generator.manual import text as manual_text

SEE_TABLE_RE = re.compile(r"\bsee Table (\d{1,6})\b")
MAP_VALUE = "*"  # a path segment: the values of a `Map<String, X>` (compare.py follows `additionalProperties`)
HEADER = "# Transcribed from the ModelArts API manual by `python -m generator transcribe`. Do not edit by hand.\n"


# ---------------------------------------------------------------- manual → doc-tables data


def build(parsed: manual_text.Manual, spec: dict[str, Any] | None) -> tuple[dict[str, Any], list[Diagnostic]]:
    """Turn a parsed manual into the doc-tables structure, assigning each section to an operation."""
    diagnostics = list(parsed.diagnostics)
    sections = [_section_data(s) for s in parsed.sections]
    if spec is not None:
        for section, source in zip(sections, parsed.sections, strict=True):
            op_id, problem = _match_operation(section, spec)
            section["operation"] = op_id
            if problem:
                where = source.page or parsed.source
                diagnostics.append(
                    Diagnostic("section-unassigned", Level.WARNING, f"{source.label}: {problem}", file=where, line=source.line)
                )
    data: dict[str, Any] = {
        "source": Path(parsed.source).name,
        "counts": {
            "sections": len(sections),
            "tables": sum(len(s.get("tables", [])) for s in sections),
            "rows": sum(len(t["rows"]) for s in sections for t in s.get("tables", [])),
            "examples": sum(len(s.get("examples", [])) for s in sections),
        },
        "ignored_text": parsed.ignored,
        "sections": sections,
    }
    fields(data, diagnostics, parsed.source)  # reports tables no row refers to
    return data, diagnostics


def _section_data(section: manual_text.Section) -> dict[str, Any]:
    data: dict[str, Any] = {"index": section.index, "line": section.line, "kind": section.kind, "operation": None}
    if section.page:  # English edition: diagnostics name the page and its own "Table N" captions
        data["page"] = section.page
    if section.method:
        data["method"] = section.method
        data["path"] = section.path
    if section.query:
        data["query"] = section.query
    data.update(section.facts)
    if section.tables:
        data["tables"] = [_table_data(t) for t in section.tables]
    if section.examples:
        data["examples"] = [{"status": e.status, "label": e.label, "body": e.body} for e in section.examples]
    return data


def _table_data(table: manual_text.Table) -> dict[str, Any]:
    data: dict[str, Any] = {"number": table.number, "title": table.title}
    if table.line is not None:
        data["line"] = table.line
    if table.status is not None:
        data["status"] = table.status
    data["location"] = table.location
    rows = []
    for row in table.rows:
        item: dict[str, Any] = {"name": row.name, "type": row.type.text}
        if row.required is not None:
            item["required"] = row.required
        item.update(row.facts)
        if row.line is not None:
            item["line"] = row.line
        if row.table is not None:
            item["table"] = row.table
        item["description"] = row.description
        rows.append(item)
    data["rows"] = rows
    return data


def _signature(section: dict[str, Any]) -> set[str]:
    """Top-level field names the section shows for its success status."""
    if section["kind"] == "response-parameters":
        roots = [t for t in section.get("tables", []) if t["location"] == "body" and 200 <= t.get("status", 0) < 300]
        return {r["name"] for t in roots[:1] for r in t["rows"]}
    if section["kind"] == "response-examples":
        bodies = [e["body"] for e in section.get("examples", []) if 200 <= e["status"] < 300]
        return set(bodies[0]) if bodies and isinstance(bodies[0], dict) else set()
    return set()


def _by_fields_candidates(ops: list[Any]) -> list[Any]:
    """The operations a section without a URI may belong to: those the Chinese excerpt documents, where the spec says
    so (`x-documented-by`). Matched by their fields alone, its sections would fit ListPools and CreatePool as well as
    ShowPool, which share one response shape; a new operation of a new excerpt gets its URI section matched first."""
    documented = [op for op in ops if any(e.get("source") == "manual" for e in op.data.get("x-documented-by") or [] if isinstance(e, dict))]
    return documented or ops


def _match_operation(section: dict[str, Any], spec: dict[str, Any]) -> tuple[str | None, str | None]:
    ops = operations(spec)
    if section["kind"] in ("uri", "request-example") or section.get("path"):  # an RST page tags every section with its URI
        path = section.get("path")
        if not path:
            return None, "no path to match"
        same_method = [op for op in ops if op.method == section["method"].lower()]
        exact = [op for op in same_method if op.path == path]
        # A concrete path may fit several templates (…/services/specifications fits …/services/{service_id}):
        # the template with the fewest parameters is the most specific.
        fitting = sorted((op.path.count("{"), op.operation_id) for op in same_method if path_matches(op.path, path))
        if exact:
            return exact[0].operation_id, None
        if fitting:
            return fitting[0][1], None
        return None, f"{section['method']} {path} is not an operation of the spec (a new operation?)"
    keys = _signature(section)
    if not keys:
        return None, "no success-status fields to match against the spec"
    scored = []
    for op in _by_fields_candidates(ops):
        success = success_response(op)
        found = response_schema(spec, op, success[0]) if success else None
        names = property_names(spec, found[0], found[1]) if found else set()
        if names:
            common = len(keys & names)
            scored.append((common / len(keys), common / len(keys | names), op.operation_id))
    scored.sort(reverse=True)
    if not scored or scored[0][0] < 0.5:
        return None, f"fields {sorted(keys)} match no operation of the spec (a new operation?)"
    if len(scored) > 1 and scored[1][:2] == scored[0][:2]:
        return None, f"fields {sorted(keys)} match {scored[0][2]} and {scored[1][2]} equally"
    return scored[0][2], None


def dump(data: dict[str, Any], as_json: bool = False) -> str:
    """The transcription as YAML, or as JSON (the English edition's, read by every `validate`: JSON parses ten times
    faster), whose first key says what the YAML header says."""
    if as_json:
        return json.dumps({"generated": HEADER.strip("# \n"), **data}, ensure_ascii=False, indent=1) + "\n"
    # libyaml's emitter (the reader already needs libyaml): the English edition's transcription takes it 1 s
    # instead of 3.5 s; the pinned PyYAML wheel bundles it, so the bytes are the same on every machine.
    return HEADER + yaml.dump(data, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False, width=120, default_flow_style=False)


# ---------------------------------------------------------------- doc-tables data → fields


@dataclass(frozen=True)
class DocField:
    """One row of the manual, placed: a parameter, or a body field with its path from the root."""

    operation: str
    kind: str  # "parameter" | "body"
    where: str  # parameter location (path/query/header) or body status ("200")
    path: tuple[str, ...]
    type_text: str
    json_type: str
    items: str | None
    required: bool | None
    facts: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    pointer: str = field(default="", compare=False)  # where the row is in doc-tables.yaml

    @property
    def key(self) -> tuple[str, str, str, tuple[str, ...]]:
        return (self.operation, self.kind, self.where, self.path)

    @property
    def display(self) -> str:
        dotted = ""
        for name in self.path:
            dotted += f'["{name}"]' if "." in name or "/" in name else ("." if dotted else "") + name
        label = f"{self.where} parameter" if self.kind == "parameter" else f"{self.where} body"
        return f"{self.operation} {label} {dotted}"


def fields(data: dict[str, Any], diagnostics: list[Diagnostic], source: str) -> list[DocField]:
    """Every row of every table of every assigned section, with its path from the response root."""
    result: list[DocField] = []
    for s_index, section in enumerate(data.get("sections") or []):
        op_id = section.get("operation") or ""  # unassigned sections are still checked for orphan tables
        tables = section.get("tables") or []
        section_pointer = pointer_join("", "sections", s_index)
        reached: set[int] = set()
        for t_index, table in enumerate(tables):
            if table["location"] in ("path", "query", "header"):
                reached.add(t_index)
                for r_index, row in enumerate(table["rows"]):
                    pointer = pointer_join(section_pointer, "tables", t_index, "rows", r_index)
                    result.append(_field(op_id, "parameter", table["location"], (row["name"],), row, pointer))
            elif table["location"] == "body":
                where = "request" if section["kind"] == "request-parameters" else str(table.get("status"))
                _walk(op_id, tables, t_index, (), Walk(where, section_pointer, reached, result), set())
        page = section.get("page")
        caption = "Table " if page else "table 表"
        where = str(Path(source) / page) if page and Path(source).is_dir() else source
        for t_index, table in enumerate(tables):
            if t_index not in reached:
                message = f"section {section['index']}: {caption}{table['number']} {table['title']} is referenced by no row"
                diagnostics.append(Diagnostic("table-unreferenced", Level.WARNING, message, file=where, line=section.get("line")))
    return [f for f in result if f.operation]


@dataclass
class Walk:
    """What a walk of one body's tables shares: where the body is, and what it has found."""

    where: str  # "request", or the response status
    section_pointer: str
    reached: set[int]
    out: list[DocField]


def _walk(op_id: str, tables: list[dict[str, Any]], t_index: int, prefix: tuple[str, ...], walk: Walk, stack: set[int]) -> None:
    walk.reached.add(t_index)
    table = tables[t_index]
    for r_index, row in enumerate(table["rows"]):
        path = (*prefix, row["name"])
        pointer = pointer_join(walk.section_pointer, "tables", t_index, "rows", r_index)
        walk.out.append(_field(op_id, "body", walk.where, path, row, pointer))
        child = child_table(tables, t_index, row)
        if child is not None and child not in stack:
            parsed = manual_text.FieldType.parse(row["type"].split(), 0)
            below = (*path, MAP_VALUE) if parsed and parsed[0].values is not None else path
            _walk(op_id, tables, child, below, walk, stack | {t_index})


def child_table(tables: list[dict[str, Any]], t_index: int, row: dict[str, Any]) -> int | None:
    """The table that describes a row's object (its items, its map's values, or the JSON text of a String): the
    table the row links to by the table's RST label, else the table titled as its type names it, else one titled
    like the row itself (`location` described by `**location** parameters`), else the table its prose names by
    number ("For details, see Table 4", the historical pages, whose numbers are sometimes another page's)."""
    parsed = manual_text.FieldType.parse(row["type"].split(), 0)
    named = SEE_TABLE_RE.search(row.get("description") or "")
    if parsed is None or (parsed[0].json_type not in ("object", "array") and not named and "table" not in row):
        return None
    if "table" in row:  # the page's own link to the table's label (the English edition)
        linked = next((i for i, t in enumerate(tables) if t["number"] == row["table"] and i != t_index), None)
        if linked is not None:
            return linked
    status = tables[t_index].get("status")
    # The manual reuses titles (two tables called "resources" in ShowPool): the nearest following one wins.
    order = [i for i in [*range(t_index + 1, len(tables)), *range(0, t_index)] if tables[i].get("status") == status]
    structured = parsed[0].json_type == "object" or parsed[0].items in ("object", None)  # not a list of plain values
    titles = [parsed[0].table] if parsed[0].table else []
    for title in [*titles, *([row["name"], f"**{row['name']}** parameters"] if structured else [])]:
        found: int | None = next((i for i in order if tables[i]["title"] == title), None)
        if found is not None:
            return found
    if named:  # the historical pages link by number ("For details, see Table 4."), sometimes to the wrong one: last
        number = int(named.group(1))
        return next((i for i, t in enumerate(tables) if t["number"] == number and i != t_index), None)
    return None


def _field(op_id: str, kind: str, where: str, path: tuple[str, ...], row: dict[str, Any], pointer: str) -> DocField:
    parsed = manual_text.FieldType.parse(row["type"].split(), 0)
    json_type = parsed[0].json_type if parsed else "unknown"
    items = parsed[0].items if parsed else None
    facts = {k: v for k, v in row.items() if k not in ("name", "type", "required", "description", "line", "table")}
    return DocField(op_id, kind, where, path, row["type"], json_type, items, row.get("required"), facts, pointer)
