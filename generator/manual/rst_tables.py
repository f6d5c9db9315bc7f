"""The English edition's tables: `.. table:: **Table N** Title` holding a grid (`+---+`) or simple (`===`) table.

A row is a parameter or field: its name, `Mandatory` where the table has that column, its type and its
description, whose prose gives enum values (bold words after "Options" and the like), a default and a
maximum. The historical pages title their tables generically (`Parameters`, `Parameter description`): where
the title does not say what the table is, the heading it sits under does (the section's kind).
"""

from __future__ import annotations

import bisect
import itertools
import re

from modelarts_spec.diagnostics import Diagnostic, Level

from generator.manual import facts
from generator.manual import text as manual_text

TABLE_RE = re.compile(r"^\.\. table:: \*\*Table (\d+)\*\*\s*(.*)$")
REF_RE = re.compile(r":ref:`([^`<]+)<[^`>]*>`")  # the text is stripped after (a lazy `(.+?)\s*<` backtracks on spaces)
REF_LABEL_RE = re.compile(r":ref:`[^`<]*<([^`>]+)>`")
ANCHOR_RE = re.compile(r"^\.\. _([^:]+):\s*$")
MAX_TABLES = 1000  # tables of one section (the edition's fullest has 60): what links tables is then bounded too
MAX_COLUMNS = 64  # columns of a grid or simple table (the edition's widest has 4): a wider one is refused, not sliced
# Titles that only say "parameters": the table's place is the heading's (uri → path parameters, a body heading → body).
GENERIC_TITLES = {"Parameters", "Parameter", "Parameter description", "Parameter Description", "Request parameters", "Response parameters"}
PLACE_OF_SECTION = {"uri": "path", "request-parameters": "body", "response-parameters": "body"}


def read_table(
    section: manual_text.Section,
    body: list[str],
    i: int,
    match: re.Match[str],
    status: int | None,
    at: tuple[str, int],
    diagnostics: list[Diagnostic],
) -> int:
    """Read the table whose caption is body[i] into the section; returns the index after it."""
    start = i + 1
    while start < len(body) and not body[start].strip():
        start += 1
    end = start
    while end < len(body) and (not body[end].strip() or body[end][:1].isspace()):
        end += 1
    block = body[start:end]
    while block and not block[-1].strip():
        block.pop()
    title = match.group(2).strip()
    number = facts.number(match.group(1), facts.TABLE_DIGITS)
    if number is None or len(section.tables) >= MAX_TABLES:
        why = (
            f"a table number has at most {facts.TABLE_DIGITS} digits" if number is None else f"a section holds at most {MAX_TABLES} tables"
        )
        message = f"{section.label}: table {facts.shown(match.group(1))} {title[:60]}: {why}; not read"
        diagnostics.append(Diagnostic("table-unreadable", Level.WARNING, message, file=at[0], line=at[1] + i + 1))
        return end
    table = manual_text.Table(number, title, status, [], line=at[1] + i + 1, anchor=_anchor_above(body, i))
    if title in GENERIC_TITLES:
        place = PLACE_OF_SECTION.get(section.kind)
        if place == "body" and any(t.location == "body" for t in section.tables):
            place = None  # a second generic table under a body heading describes a nested object
        table.place = place
    table.rows = _rows(block, table, section, at[0], at[1] + start, diagnostics)
    section.tables.append(table)
    if table.place == "path" and section.path:  # a generic table under URI lists the query parameters too
        named = set(re.findall(r"\{([^}]+)\}", section.path))
        query = [r for r in table.rows if r.name not in named]
        if query:
            table.rows = [r for r in table.rows if r.name in named]
            section.tables.append(manual_text.Table(table.number, table.title, status, query, place="query", line=table.line))
    return end


def _rows(
    block: list[str], table: manual_text.Table, section: manual_text.Section, source: str, first_line: int, diagnostics: list[Diagnostic]
) -> list[manual_text.Row]:
    cells = _grid(block) if block and block[0].strip().startswith("+") else _simple(block)
    if cells is None or not cells:
        why = "has no rows" if cells is not None else f"has more than {MAX_COLUMNS} columns; not read"
        diagnostics.append(
            Diagnostic("table-unreadable", Level.WARNING, f"{section.label}: table {table.number} {table.title} {why}", file=source)
        )
        return []
    header = [" ".join(c).strip() for c in cells[0][0]]
    has_required = "Mandatory" in header
    rows = []
    for cell, offset in cells[1:]:
        problems: list[str] = []
        row = _row(cell, has_required, problems)
        line = first_line + offset
        for problem in problems:
            message = f"{section.label}: table {table.number} {table.title}: row {' '.join(cell[0])[:60]!r}: {problem}"
            diagnostics.append(Diagnostic("fact-unreadable", Level.WARNING, message, file=source, line=line))
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
        row.line = line
        rows.append(row)
    return rows


def _row(cell: list[list[str]], has_required: bool, problems: list[str]) -> manual_text.Row | None:
    texts = [clean(" ".join(part for part in c if part)) for c in cell]
    if len(texts) < (4 if has_required else 3) or not manual_text.NAME_RE.match(texts[0]):
        return None
    required = texts[1] == "Yes" if has_required else None
    type_text, raw_description = texts[2 if has_required else 1], "\n".join(cell[-1])
    parsed = manual_text.FieldType.parse(type_text.split(), 0)
    if parsed is None:
        return None
    description = clean(" ".join(line for line in cell[-1] if line))
    row = manual_text.Row(texts[0], parsed[0], description, required, facts.rst_facts(raw_description, problems))
    row.links = REF_LABEL_RE.findall(" ".join(" ".join(c) for c in cell[1:]))  # the cells are unwrapped per line
    return row


def _anchor_above(body: list[str], i: int) -> str | None:
    """The `.. _label:` line just above a table's caption (blank lines between), if any."""
    j = i - 1
    while j >= 0 and not body[j].strip():
        j -= 1
    match = ANCHOR_RE.match(body[j].strip()) if j >= 0 else None
    return match.group(1) if match else None


def resolve_links(tables: list[manual_text.Table], elsewhere: dict[str, str]) -> None:
    """Each row whose type or prose links to a table of the page (by its label) gets that table's number.

    A page that describes one object twice (`inputs.remote` and `outputs.remote`) prints two tables of one title
    but labels only the first, and both rows link to it: the n-th row linking to a label gets the n-th table of
    that title from the labelled one on (the unlabelled copies follow it). The historical pages were copied from
    each other with their links: a label of another page (`elsewhere`: label → title, the whole edition) leads to
    this page's table of the same title. Tables are looked up by label and title (no scan per row)."""
    by_anchor = {t.anchor: i for i, t in enumerate(tables) if t.anchor}
    titled: dict[str, list[int]] = {}  # lower-cased title → the tables' positions, in page order
    for i, t in enumerate(tables):
        titled.setdefault(t.title.lower(), []).append(i)
    unlabelled = {title: [i for i in found if tables[i].anchor is None] for title, found in titled.items()}
    uses: dict[str, int] = {}
    for table in tables:
        for row in table.rows:
            label = next((link for link in row.links if link in by_anchor and tables[by_anchor[link]] is not table), None)
            if label is None:
                titles = [elsewhere[link].lower() for link in row.links if link in elsewhere]
                row.table = next((tables[i].number for title in titles for i in titled.get(title, [])[:2] if tables[i] is not table), None)
                continue
            first = by_anchor[label]
            copies = unlabelled[tables[first].title.lower()]
            after = bisect.bisect_right(copies, first)
            nth = uses.get(label, 0)
            if nth == 0 or after == len(copies):
                row.table = tables[first].number
            else:
                row.table = tables[copies[min(after + nth - 1, len(copies) - 1)]].number
            uses[label] = nth + 1


def clean(text: str) -> str:
    """RST markup out of a cell or a paragraph: `:ref:` links become their text, escapes and runs of space go."""
    text = REF_RE.sub(lambda link: link.group(1).rstrip(), text).replace("\\ ", "")
    return re.sub(r"\s+", " ", text).strip()


def status_rows(block: list[str]) -> dict[int, str]:
    """A status-code table (`Status Code | Description`): each status and what it means."""
    cells = _grid(block) if block and block[0].strip().startswith("+") else _simple(block)
    statuses: dict[int, str] = {}
    for cell, _ in (cells or [])[1:]:
        texts = [clean(" ".join(part for part in c if part)) for c in cell]
        if texts and re.fullmatch(r"\d{3}", texts[0]):
            statuses[int(texts[0])] = texts[-1] if len(texts) > 1 else ""
    return statuses


def _grid(block: list[str]) -> list[tuple[list[list[str]], int]] | None:
    """A grid table: column edges from the first border line; a row ends at each border line. (cells, line offset)
    None for a table wider than MAX_COLUMNS (each of its lines would be cut into that many cells)."""
    border = block[0].strip()
    indent = len(block[0]) - len(block[0].lstrip())
    edges = [indent + i for i, ch in enumerate(border) if ch == "+"]
    if len(edges) > MAX_COLUMNS + 1:
        return None
    rows: list[tuple[list[list[str]], int]] = []
    current: list[list[str]] = [[] for _ in edges[:-1]]
    started = 1
    for index, raw in enumerate(block[1:], start=1):
        if raw.strip().startswith("+"):
            if any(current):
                rows.append((current, started))
            current, started = [[] for _ in edges[:-1]], index + 1
            continue
        for col, (left, right) in enumerate(itertools.pairwise(edges)):
            current[col].append(raw[left + 1 : right].strip())
    return rows


def _simple(block: list[str]) -> list[tuple[list[list[str]], int]] | None:
    """A simple table: `===` rules give the columns; a row continues while its first column is blank.
    None for a table wider than MAX_COLUMNS."""
    rules = [i for i, raw in enumerate(block) if raw.strip() and set(raw.strip()) <= {"=", " "}]
    if len(rules) < 3:
        return []
    rule = block[rules[0]]
    spans = [(m.start(), m.end()) for m in re.finditer(r"=+", rule)]
    if len(spans) > MAX_COLUMNS:
        return None
    ruled = set(rules)
    rows: list[tuple[list[list[str]], int]] = []
    for n, i in enumerate(range(rules[0] + 1, rules[-1])):
        raw = block[i]
        if i in ruled or not raw.strip():
            continue
        parts = [raw[a : (spans[k + 1][0] if k + 1 < len(spans) else len(raw))].strip() for k, (a, _) in enumerate(spans)]
        if parts[0] or not rows or n == 0:
            rows.append(([[p] for p in parts], i))
        else:
            for col, part in enumerate(parts):
                rows[-1][0][col].append(part)
    return rows
