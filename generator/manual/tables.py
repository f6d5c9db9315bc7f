"""The transcription of the manual (`spec/doc-tables.yaml`): built from a parsed manual, tied to the
spec's operations, and flattened into fields (one per table row, with its path from the response root)."""

from __future__ import annotations

import bisect
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from modelarts_spec.diagnostics import Diagnostic, Level, pointer_join
from modelarts_spec.openapi import operations, path_matches, property_names, response_schema, success_response

from generator import yaml_stream
from generator.manual import text as manual_text

SEE_TABLE_RE = re.compile(r"\bsee Table (\d{1,6})\b")
REPEATS = 50_000  # rows placed again through a further path to their table, per transcription (the English edition: 672)
MAP_VALUE = "*"  # a path segment: the values of a `Map<String, X>` (compare.py follows `additionalProperties`)
MARK = "Transcribed from the ModelArts API manual by `python -m generator transcribe`"  # transcribe -o replaces only a file carrying it
HEADER = f"# {MARK}. Do not edit by hand.\n"


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
        out = io.StringIO()  # chunk by chunk: json.dumps joins a list of every chunk (1.6 GB for a million rows)
        for chunk in json.JSONEncoder(ensure_ascii=False, indent=1).iterencode({"generated": HEADER.strip("# \n"), **data}):
            out.write(chunk)
        return out.getvalue() + "\n"
    # libyaml's emitter fed event by event (yaml_stream): yaml.dump's node graph took 2 KB a row (a hostile manual
    # of a million rows: 2.4 GB); the pinned PyYAML wheel bundles libyaml, so the bytes are the same everywhere.
    return yaml_stream.dump(data, width=120, head=HEADER)


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
    budget = Budget(REPEATS)
    for s_index, section in enumerate(data.get("sections") or []):
        op_id = section.get("operation") or ""  # unassigned sections are still checked for orphan tables
        tables = section.get("tables") or []
        section_pointer = pointer_join("", "sections", s_index)
        reached: set[int] = set()
        index = TableIndex(tables)
        for t_index, table in enumerate(tables):
            if table["location"] in ("path", "query", "header"):
                reached.add(t_index)
                for r_index, row in enumerate(table["rows"]):
                    pointer = pointer_join(section_pointer, "tables", t_index, "rows", r_index)
                    result.append(_field(op_id, "parameter", table["location"], (row["name"],), row, pointer))
            elif table["location"] == "body":
                where = "request" if section["kind"] == "request-parameters" else str(table.get("status"))
                _walk(op_id, tables, t_index, Walk(where, section_pointer, reached, result, index, budget))
        page = section.get("page")
        caption = "Table " if page else "table 表"
        where = str(Path(source) / page) if page and Path(source).is_dir() else source
        for t_index, table in enumerate(tables):
            if t_index not in reached:
                message = f"section {section['index']}: {caption}{table['number']} {table['title']} is referenced by no row"
                diagnostics.append(Diagnostic("table-unreferenced", Level.WARNING, message, file=where, line=section.get("line")))
        if budget.cut_in is None and budget.left < 0:
            budget.cut_in = s_index
            message = f"section {section['index']}: its tables are reached by more than {REPEATS:,} repeated paths; the rest are left out"
            diagnostics.append(Diagnostic("table-expansion-limit", Level.WARNING, message, file=where, line=section.get("line")))
    return [f for f in result if f.operation]


@dataclass
class Budget:
    """Rows placed again through a table reached by a further path (a table shared at every level would be placed
    once per path: exponentially often). Each table's first placement in a section is free."""

    left: int
    cut_in: int | None = None  # the section where it ran out (reported once)


@dataclass
class Walk:
    """What a walk of one body's tables shares: where the body is, what it has found, how to find child tables."""

    where: str  # "request", or the response status
    section_pointer: str
    reached: set[int]
    out: list[DocField]
    index: TableIndex
    budget: Budget


def _walk(op_id: str, tables: list[dict[str, Any]], root: int, walk: Walk) -> None:
    """Rows depth-first, each child table right after its row; a table is not entered again below itself."""
    if not _enter(tables, root, walk):
        return
    frames: list[tuple[int, Iterator[tuple[int, Any]], tuple[str, ...]]] = [(root, iter(enumerate(tables[root]["rows"])), ())]
    on_path = {root: 1}  # how often each table is on the path of open frames
    while frames:
        t_index, rows, prefix = frames[-1]
        r_index, row = next(rows, (-1, None))
        if row is None:
            frames.pop()
            on_path[t_index] -= 1
            continue
        path = (*prefix, row["name"])
        walk.out.append(
            _field(op_id, "body", walk.where, path, row, pointer_join(walk.section_pointer, "tables", t_index, "rows", r_index))
        )
        child = child_table(tables, t_index, row, walk.index)
        if child is not None and on_path.get(child, 0) - (child == t_index) == 0 and _enter(tables, child, walk):
            parsed = manual_text.FieldType.parse(row["type"].split(), 0)
            frames.append(
                (child, iter(enumerate(tables[child]["rows"])), (*path, MAP_VALUE) if parsed and parsed[0].values is not None else path)
            )
            on_path[child] = on_path.get(child, 0) + 1


def _enter(tables: list[dict[str, Any]], t_index: int, walk: Walk) -> bool:
    """Whether the walk may place the table's rows: always the first time in a section, then within the budget."""
    if t_index in walk.reached:
        walk.budget.left -= len(tables[t_index]["rows"])
        if walk.budget.left < 0:
            return False
    walk.reached.add(t_index)
    return True


class TableIndex:
    """A section's tables by number and by (status, title), so finding a row's child table scans nothing."""

    def __init__(self, tables: list[dict[str, Any]]) -> None:
        self.numbered: dict[Any, list[int]] = {}
        self.titled: dict[tuple[Any, Any], list[int]] = {}
        for i, table in enumerate(tables):
            self.numbered.setdefault(table["number"], []).append(i)
            self.titled.setdefault((table.get("status"), table["title"]), []).append(i)

    def number(self, number: Any, other_than: int) -> int | None:
        return next((i for i in self.numbered.get(number, [])[:2] if i != other_than), None)

    def title(self, status: Any, title: Any, after: int) -> int | None:
        """The nearest table of that status and title after `after`, else the first before it."""
        found = self.titled.get((status, title), [])
        at = bisect.bisect_right(found, after)
        return found[at] if at < len(found) else (found[0] if found and found[0] < after else None)


def child_table(tables: list[dict[str, Any]], t_index: int, row: dict[str, Any], index: TableIndex | None = None) -> int | None:
    """The table that describes a row's object (its items, its map's values, or the JSON text of a String): the
    table the row links to by the table's RST label, else the table titled as its type names it, else one titled
    like the row itself (`location` described by `**location** parameters`), else the table its prose names by
    number ("For details, see Table 4", the historical pages, whose numbers are sometimes another page's).
    `index`: the section's TableIndex, when the caller asks for many rows."""
    parsed = manual_text.FieldType.parse(row["type"].split(), 0)
    named = SEE_TABLE_RE.search(row.get("description") or "")
    if parsed is None or (parsed[0].json_type not in ("object", "array") and not named and "table" not in row):
        return None
    index = index or TableIndex(tables)
    if "table" in row:  # the page's own link to the table's label (the English edition)
        linked = index.number(row["table"], t_index)
        if linked is not None:
            return linked
    status = tables[t_index].get("status")
    # The manual reuses titles (two tables called "resources" in ShowPool): the nearest following one wins.
    structured = parsed[0].json_type == "object" or parsed[0].items in ("object", None)  # not a list of plain values
    titles = [parsed[0].table] if parsed[0].table else []
    for title in [*titles, *([row["name"], f"**{row['name']}** parameters"] if structured else [])]:
        found = index.title(status, title, t_index)
        if found is not None:
            return found
    if named:  # the historical pages link by number ("For details, see Table 4."), sometimes to the wrong one: last
        return index.number(int(named.group(1)), t_index)  # at most 6 digits (SEE_TABLE_RE)
    return None


def _field(op_id: str, kind: str, where: str, path: tuple[str, ...], row: dict[str, Any], pointer: str) -> DocField:
    parsed = manual_text.FieldType.parse(row["type"].split(), 0)
    json_type = parsed[0].json_type if parsed else "unknown"
    items = parsed[0].items if parsed else None
    facts = {k: v for k, v in row.items() if k not in ("name", "type", "required", "description", "line", "table")}
    return DocField(op_id, kind, where, path, row["type"], json_type, items, row.get("required"), facts, pointer)
