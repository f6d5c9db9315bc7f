"""A transcription read back (`spec/doc-tables.yaml`, `spec/doc-tables-en.json`, or a file given by `--doc-tables`).

`transcribe` writes these files; `validate`, `summary`, `publish` and `drift` read them. Before any of them
trusts one, its whole shape is checked against what `transcribe` writes: a list where a section belongs, a
row without `type`, a number as a table's `location` is `doc-tables-shape` at its JSON pointer and line
(exit 2), not a KeyError in the comparison. The English edition's 1,309 sections are checked in ~0.1 s.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from modelarts_spec.diagnostics import Diagnostic, InputError, pointer_join
from modelarts_spec.loader import STRICT, YamlDocument, load_yaml

from generator import shapes
from generator.manual import rst
from generator.manual import text as manual_text

CODE = "doc-tables-shape"
KINDS = set(manual_text.SECTION_KINDS.values()) | set(rst.HEADINGS.values())
LOCATIONS = {"path", "query", "header", "body", "object"}
TOP = {
    "generated": shapes.string,
    "source": shapes.text,
    "counts": shapes.mapping,
    "ignored_text": shapes.list_of(shapes.string),
    "sections": shapes.listed,
}
COUNTS = {name: shapes.whole() for name in ("sections", "tables", "rows", "examples")}
SECTION = {
    "index": shapes.whole(1),
    "line": shapes.whole(1),
    "kind": shapes.one_of(KINDS),
    "operation": shapes.nullable(shapes.text),
    "page": shapes.text,
    "page_id": shapes.text,
    "method": shapes.text,
    "path": shapes.string,
    "query": shapes.mapping_to(shapes.string),
    "name": shapes.string,
    "title": shapes.string,
    "function": shapes.string,
    "statuses": shapes.mapping_to(shapes.string),
    "tables": shapes.listed,
    "examples": shapes.listed,
}
TABLE = {
    "number": shapes.whole(),
    "title": shapes.string,
    "line": shapes.whole(1),
    "status": shapes.whole(),
    "location": shapes.one_of(LOCATIONS),
    "rows": shapes.listed,
}
ROW = {
    "name": shapes.text,
    "type": shapes.string,
    "required": shapes.boolean,
    "line": shapes.whole(1),
    "table": shapes.whole(),
    "description": shapes.string,
    "enum": shapes.list_of(shapes.scalar),
    "default": shapes.string,
    "unit": shapes.string,
    "maximum": shapes.whole(),
    "max_items": shapes.whole(),
}
EXAMPLE = {"status": shapes.nullable(shapes.whole()), "label": shapes.string, "body": shapes.plain_data}


def load(path: str | Path) -> YamlDocument:
    """The transcription at `path`, its shape checked; a misfit is an InputError naming the first (and how many)."""
    doc = load_yaml(path, STRICT)
    problems = check(doc)
    if problems:
        first = problems[0]
        more = f"; {len(problems) - 1} more misfits" if len(problems) > 1 else ""
        raise InputError(replace(first, hint=f"re-transcribe it: python -m generator transcribe DOC -o {path}{more}"))
    return doc


def check(doc: YamlDocument) -> list[Diagnostic]:
    """Every place where `doc` is not what `transcribe` writes, as errors (none: its readers may trust it)."""
    found: list[Diagnostic] = []

    def bad(pointer: str, message: str) -> None:
        found.append(doc.diagnostic(CODE, pointer, message))

    data = doc.data
    if not shapes.mapping_of(data, "", TOP, {"source", "counts", "sections"}, bad):
        return found
    shapes.mapping_of(data["counts"], "/counts", COUNTS, set(COUNTS), bad)
    for s_index, section in enumerate(data["sections"]):
        pointer = pointer_join("/sections", s_index)
        if not shapes.mapping_of(section, pointer, SECTION, {"index", "line", "kind"}, bad):
            continue
        for e_index, example in enumerate(section.get("examples") or []):
            shapes.mapping_of(example, pointer_join(pointer, "examples", e_index), EXAMPLE, {"status", "body"}, bad)
        for t_index, table in enumerate(section.get("tables") or []):
            table_pointer = pointer_join(pointer, "tables", t_index)
            if shapes.mapping_of(table, table_pointer, TABLE, {"number", "title", "location", "rows"}, bad):
                for r_index, row in enumerate(table["rows"]):
                    shapes.mapping_of(row, pointer_join(table_pointer, "rows", r_index), ROW, {"name", "type"}, bad)
    return found
