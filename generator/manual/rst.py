"""Read the English edition of the ModelArts API manual (reStructuredText, one page per operation).

The English edition is kept as RST pages (`:original_name: ShowPool.html`, a `URI` heading with
`GET /v2/...`, `.. table:: **Table N** Title` grid or simple tables, `**Status code: 200**`
markers, `.. code-block::` examples). This module turns such pages into the same `text.Manual`
the Chinese text becomes, so `tables.build`, `compare` and `drift` need no second code path.
Every section of a page carries the page's method and URI, so sections are matched to operations
by method and URI, not by guessing from their fields.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from modelarts_spec.diagnostics import Diagnostic, InputError, Level
from modelarts_spec.loader import read_text

from generator.manual import examples
from generator.manual import text as manual_text

HEADINGS = {
    "URI": "uri",
    "Request Parameters": "request-parameters",
    "Response Parameters": "response-parameters",
    "Example Requests": "request-example",
    "Example Responses": "response-examples",
}
TABLE_RE = re.compile(r"^\.\. table:: \*\*Table (\d+)\*\*\s*(.*)$")
STATUS_RE = re.compile(r"^Status code:\s*(\d{3})$")  # matched with the bold marks removed (older pages bold apart)
REF_RE = re.compile(r":ref:`([^`<]+?)\s*<[^`>]*>`")
BOLD_RE = re.compile(r"\*\*([^*]+)\*\*")
ENUM_KEYWORD_RE = re.compile(r"(?:Options|options are|value can be|values are|Possible values|Enumerated values)", re.I)
ENUM_VALUE_RE = re.compile(r"^[A-Za-z0-9_.\-/]+$")
DEFAULT_RE = re.compile(r"default value is \*\*([^*]+)\*\*", re.I)
MAXIMUM_RE = re.compile(r"maximum value is \*\*(\d+)\*\*", re.I)


def is_rst(path: str) -> bool:
    return path.endswith(".rst") or Path(path).is_dir()


def read_edition(path: str) -> manual_text.Manual:
    """One `.rst` page, or every `.rst` page of a folder (sorted by name), as one manual."""
    root = Path(path)
    pages = sorted(root.glob("*.rst")) if root.is_dir() else [root]
    if not pages:
        raise InputError(Diagnostic("doc-format-unknown", Level.ERROR, "no .rst pages in this folder", file=path))
    sections: list[manual_text.Section] = []
    diagnostics: list[Diagnostic] = []
    for page in pages:
        parse_page(read_text(str(page)), str(page), sections, diagnostics)
    return manual_text.Manual(path, sections, [], diagnostics)


def parse_page(text: str, source: str, sections: list[manual_text.Section], diagnostics: list[Diagnostic]) -> None:
    """Append the page's sections (numbered on from `sections`), each tagged with the page's method and URI."""
    lines = text.splitlines()
    page: list[manual_text.Section] = []
    for start, end, kind in _headed_blocks(lines):
        section = manual_text.Section(len(sections) + len(page) + 1, start + 1, kind, f"{Path(source).stem}: {lines[start]}", page=source)
        _fill(section, lines[start + 2 : end], start + 2, source, diagnostics)
        page.append(section)
    uri = next((s for s in page if s.kind == "uri" and s.method), None)
    if uri is None:
        diagnostics.append(Diagnostic("uri-unreadable", Level.WARNING, "no 'URI' heading with 'METHOD /path'", file=source))
    for section in page:
        if uri is not None and (section.kind != "request-example" or section.method is None):
            section.method, section.path = uri.method, uri.path
    sections.extend(page)


def _headed_blocks(lines: list[str]) -> list[tuple[int, int, str]]:
    """(heading line, end line, kind) of every known `Heading` / `-------` block."""
    heads = [
        i
        for i in range(len(lines) - 1)
        if lines[i].strip() and set(lines[i + 1].strip()) == {"-"} and len(lines[i + 1].strip()) >= len(lines[i].strip())
    ]
    blocks = []
    for n, i in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(lines)
        kind = HEADINGS.get(lines[i].strip())
        if kind:
            blocks.append((i, end, kind))
    return blocks


def _fill(section: manual_text.Section, body: list[str], offset: int, source: str, diagnostics: list[Diagnostic]) -> None:
    status: int | None = None
    label: list[str] = []
    i = 0
    while i < len(body):
        line = body[i].strip()
        if section.kind == "uri" and section.method is None and manual_text.METHOD_URL_RE.match(line):
            match = manual_text.METHOD_URL_RE.match(line)
            assert match is not None
            section.method, section.path = match.group(1), match.group(2)
        if match_status := STATUS_RE.match(line.replace("**", "")):
            status, label = int(match_status.group(1)), []
        elif match_table := TABLE_RE.match(line):
            block, i = _indented(body, i + 1)
            table = manual_text.Table(int(match_table.group(1)), match_table.group(2).strip(), status, [])
            table.rows = _rows(block, table, section, source, offset + i, diagnostics)
            section.tables.append(table)
            continue
        elif line.startswith(".. code-block::"):
            first = next((j for j in range(i + 1, len(body)) if body[j].strip()), i + 1)
            block, i = _indented(body, i + 1)
            _code(section, "\n".join(block), status, " ".join(label), (source, offset + 1 + first), diagnostics)
            continue
        elif line and status is not None:
            label.append(line)
        i += 1


def _indented(body: list[str], i: int) -> tuple[list[str], int]:
    """The indented block starting at body[i] (blank lines inside it kept), and the index after it."""
    block: list[str] = []
    while i < len(body) and (not body[i].strip() or body[i][:1].isspace()):
        block.append(body[i])
        i += 1
    while block and not block[-1].strip():
        block.pop()
    while block and not block[0].strip():
        block.pop(0)
    return block, i


def _code(
    section: manual_text.Section, code: str, status: int | None, label: str, at: tuple[str, int], diagnostics: list[Diagnostic]
) -> None:
    """A request example gives the method and URI; a response example is read as JSON (`at`: page and first line)."""
    if section.kind == "request-example":
        match = manual_text.METHOD_URL_RE.search(code)
        if match and section.method is None:
            url = urlsplit(match.group(2))
            section.method, section.path = match.group(1), url.path
            section.query = dict(parse_qsl(url.query, keep_blank_values=True))
        return
    if section.kind != "response-examples" or status is None:
        return
    try:
        body = examples.read_json(code, at[0])
    except examples.Unreadable as exc:
        message = f"{section.label}: the status {status} example is not valid JSON: {exc.reason}"
        diagnostics.append(Diagnostic("example-unreadable", Level.WARNING, message, file=at[0], line=at[1] + exc.line - 1))
        return
    section.examples.append(manual_text.Example(status, label, body))


def _rows(
    block: list[str], table: manual_text.Table, section: manual_text.Section, source: str, line: int, diagnostics: list[Diagnostic]
) -> list[manual_text.Row]:
    cells = _grid(block) if block and block[0].strip().startswith("+") else _simple(block)
    if not cells:
        diagnostics.append(
            Diagnostic("table-unreadable", Level.WARNING, f"{section.label}: table {table.number} {table.title} has no rows", file=source)
        )
        return []
    header = [" ".join(c).strip() for c in cells[0]]
    has_required = "Mandatory" in header
    rows = []
    for cell in cells[1:]:
        row = _row(cell, has_required)
        if row is None:
            first = " ".join(cell[0]).strip() if cell else ""
            diagnostics.append(
                Diagnostic(
                    "row-unreadable",
                    Level.WARNING,
                    f"{section.label}: table {table.number} {table.title}: row {first!r} has no readable type",
                    file=source,
                    line=line,
                )
            )
            continue
        rows.append(row)
    return rows


def _row(cell: list[list[str]], has_required: bool) -> manual_text.Row | None:
    texts = [_clean(" ".join(part for part in c if part)) for c in cell]
    if len(texts) < (4 if has_required else 3) or not manual_text.NAME_RE.match(texts[0]):
        return None
    required = texts[1] == "Yes" if has_required else None
    type_text, raw_description = texts[2 if has_required else 1], "\n".join(cell[-1])
    parsed = manual_text.FieldType.parse(type_text.split(), 0)
    if parsed is None:
        return None
    description = _clean(" ".join(line for line in cell[-1] if line))
    return manual_text.Row(texts[0], parsed[0], description, required, description_facts(raw_description))


def _clean(text: str) -> str:
    text = REF_RE.sub(r"\1", text).replace("\\ ", "")
    return re.sub(r"\s+", " ", text).strip()


def description_facts(raw: str) -> dict[str, Any]:
    """Enum values (bold words after 'Options' and the like), the default and the maximum the page states."""
    facts: dict[str, Any] = {}
    keyword = ENUM_KEYWORD_RE.search(raw)
    if keyword:
        values = [v.strip() for v in BOLD_RE.findall(raw[keyword.end() :]) if ENUM_VALUE_RE.match(v.strip())]
        if values:
            facts["enum"] = list(dict.fromkeys(values))
    if match := DEFAULT_RE.search(raw):
        facts["default"] = match.group(1)
    if match := MAXIMUM_RE.search(raw):
        facts["maximum"] = int(match.group(1))
    return facts


def _grid(block: list[str]) -> list[list[list[str]]]:
    """A grid table: column edges from the first border line; a row ends at each border line."""
    border = block[0].strip()
    indent = len(block[0]) - len(block[0].lstrip())
    edges = [indent + i for i, ch in enumerate(border) if ch == "+"]
    rows: list[list[list[str]]] = []
    current: list[list[str]] = [[] for _ in edges[:-1]]
    for raw in block[1:]:
        if raw.strip().startswith("+"):
            if any(current):
                rows.append(current)
            current = [[] for _ in edges[:-1]]
            continue
        for col, (left, right) in enumerate(itertools.pairwise(edges)):
            current[col].append(raw[left + 1 : right].strip())
    return rows


def _simple(block: list[str]) -> list[list[list[str]]]:
    """A simple table: `===` rules give the columns; a row continues while its first column is blank."""
    rules = [i for i, raw in enumerate(block) if raw.strip() and set(raw.strip()) <= {"=", " "}]
    if len(rules) < 3:
        return []
    rule = block[rules[0]]
    spans = [(m.start(), m.end()) for m in re.finditer(r"=+", rule)]
    rows: list[list[list[str]]] = []
    for n, i in enumerate(range(rules[0] + 1, rules[-1])):
        raw = block[i]
        if i in rules or not raw.strip():
            continue
        parts = [raw[a : (spans[k + 1][0] if k + 1 < len(spans) else len(raw))].strip() for k, (a, _) in enumerate(spans)]
        if parts[0] or not rows or n == 0:
            rows.append([[p] for p in parts])
        else:
            for col, part in enumerate(parts):
                rows[-1][col].append(part)
    return rows
