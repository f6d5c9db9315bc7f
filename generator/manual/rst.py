"""Read the English edition of the ModelArts API manual (reStructuredText, one page per operation).

The English edition is kept as RST pages in its own folder tree (`<area>/<page>.rst`): pages with
`:original_name: ShowPool.html` (or a page id such as `modelarts_03_0065.html` on the historical pages),
a title, a `Function` section, a `URI` heading with `GET /v2/...`, `.. table:: **Table N** Title` grid or
simple tables, `**Status code: 200**` markers, `.. code-block::` examples and a status-code table. The
historical pages name their headings otherwise (`Request Body`, `Response Body`, `Sample Request`,
`Sample Response`, `Status Code`) and title their tables generically (`Parameters`): a table's place comes
from the heading it sits under. This module turns such pages into the same `text.Manual` the Chinese text
becomes, so `tables.build`, `compare` and `drift` need no second code path. Every section of a page
carries the page's method and URI, so sections are matched to operations by method and URI. Pages
without operation headings (index pages, the appendix) are counted in `Manual.ignored`.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from modelarts_spec.diagnostics import Diagnostic, InputError, Level
from modelarts_spec.loader import STRICT, read_text

from generator.manual import errata as manual_errata
from generator.manual import examples
from generator.manual import text as manual_text
from generator.manual.rst_tables import TABLE_RE, clean, read_table, resolve_links, status_rows

# A manual text or page is read up to the data-file limit (16 MiB; MODELARTS_INPUT_MAX_MB), not a spec's 64: its
# rows cost ~0.6 KB of memory per 11 bytes of text (the largest page of the English edition: 1.2 MB).
PAGE_MAX_BYTES = STRICT.max_bytes
HEADINGS = {
    "URI": "uri",
    "Request Parameters": "request-parameters",
    "Request Body": "request-parameters",
    "Response Parameters": "response-parameters",
    "Response Body": "response-parameters",
    "Example Requests": "request-example",
    "Sample Request": "request-example",
    "Example Responses": "response-examples",
    "Sample Response": "response-examples",
    "Status Codes": "status-codes",
    "Status Code": "status-codes",
}
STATUS_RE = re.compile(r"^Status code:\s*(\d{3})$")  # matched with the bold marks removed (older pages bold apart)
# The historical pages label their response examples instead of giving a status.
LABELLED_STATUS = {"successful response": 200, "failed response": 400}
NAME_RE = re.compile(r"^:original_name:\s*(\S+?)(?:\.html)?\s*$", re.M)
PAGE_ID_RE = re.compile(r"^[a-z]+_\d+_\d+$")
BODY_START_RE = re.compile(r"^[ \t]*([\[{])[ \t]*$|^[ \t]*(\{)[ \t]*\"", re.M)


def is_rst(path: str) -> bool:
    return path.endswith(".rst") or Path(path).is_dir()


def read_edition(path: str) -> manual_text.Manual:
    """One `.rst` page, or every `.rst` page of a folder tree (sorted by path), as one manual.

    Pages are named by their path relative to the folder; a folder's errata (`<folder>.errata.yaml`) apply.
    """
    root = Path(path)
    pages = sorted(root.rglob("*.rst"), key=lambda p: p.relative_to(root).as_posix()) if root.is_dir() else [root]
    if not pages:
        raise InputError(Diagnostic("doc-format-unknown", Level.ERROR, "no .rst pages in this folder", file=path))
    corrections = manual_errata.load(root) if root.is_dir() else manual_errata.Errata({}, None)
    sections: list[manual_text.Section] = []
    diagnostics: list[Diagnostic] = []
    ignored: list[str] = []
    for page in pages:
        name = page.relative_to(root).as_posix() if root.is_dir() else page.name
        text = corrections.apply(name, read_text(str(page), PAGE_MAX_BYTES), diagnostics)
        if not parse_page(text, str(page), sections, diagnostics, name):
            ignored.append(f"{name}: no operation headings")
    _resolve(sections)
    diagnostics += corrections.unused()
    return manual_text.Manual(path, sections, ignored, diagnostics)


def _resolve(sections: list[manual_text.Section]) -> None:
    """Rows' links to tables, page by page, with every label of the edition known (rst_tables.resolve_links)."""
    by_page: dict[str | None, list[manual_text.Table]] = {}
    for section in sections:
        by_page.setdefault(section.page, []).extend(section.tables)
    labels = {t.anchor: t.title for tables in by_page.values() for t in tables if t.anchor}
    for tables in by_page.values():
        resolve_links(tables, labels)


def parse_page(text: str, source: str, sections: list[manual_text.Section], diagnostics: list[Diagnostic], name: str | None = None) -> bool:
    """Append the page's sections (numbered on from `sections`), each tagged with the page's method and URI.

    Returns False for a page with no operation headings."""
    lines = text.splitlines()
    page: list[manual_text.Section] = []
    for start, end, kind in _headed_blocks(lines):
        section = manual_text.Section(
            len(sections) + len(page) + 1, start + 1, kind, f"{Path(source).stem}: {lines[start]}", page=name or source
        )
        _fill(section, lines[start + 2 : end], start + 2, source, diagnostics)
        page.append(section)
    if not any(s.kind == "uri" for s in page):
        return False  # headings like `Request Body` alone (the "calling APIs" pages) do not make an operation page
    uri = next((s for s in page if s.kind == "uri" and s.method), None)
    if uri is None:
        diagnostics.append(Diagnostic("uri-unreadable", Level.WARNING, "no 'URI' heading with 'METHOD /path'", file=source))
    else:
        _page_facts(uri, lines)
    for section in page:
        if uri is not None and (section.kind != "request-example" or section.method is None):
            section.method, section.path = uri.method, uri.path
    sections.extend(page)
    return True


def _page_facts(uri: manual_text.Section, lines: list[str]) -> None:
    """The operation's name (or page id), the page's title and its `Function` text, kept on the URI section."""
    found = NAME_RE.search("\n".join(lines[:5]))
    if found:
        uri.facts["page_id" if PAGE_ID_RE.match(found.group(1)) else "name"] = found.group(1)
    underlined = [i for i in range(len(lines) - 1) if lines[i].strip() and set(lines[i + 1].strip()) in ({"="}, {"-"})]
    if underlined:
        uri.facts["title"] = lines[underlined[0]].strip()
    for i in underlined:
        if lines[i].strip() == "Function":
            body = _until_heading(lines, i + 2)
            uri.facts["function"] = clean(" ".join(line.strip() for line in body if line.strip()))
            break


def _until_heading(lines: list[str], start: int) -> list[str]:
    end = start
    while end < len(lines) - 1 and not (lines[end].strip() and set(lines[end + 1].strip()) in ({"="}, {"-"})):
        end += 1
    return lines[start:end]


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
    status: int | None = 200 if section.kind == "response-parameters" and _historical(body) else None
    label: list[str] = []
    i = 0
    while i < len(body):
        line = body[i].strip()
        if section.kind == "uri" and section.method is None and (match := manual_text.METHOD_URL_RE.match(line)):
            url = urlsplit(match.group(2))
            section.method, section.path = match.group(1), url.path
            section.query = _query(url.query)
        if match_status := STATUS_RE.match(line.replace("**", "")):
            status, label = int(match_status.group(1)), []
        elif (labelled := LABELLED_STATUS.get(line.lstrip("- ").strip().lower())) and section.kind == "response-examples":
            status, label = labelled, [line.lstrip("- ").strip()]
        elif match_table := TABLE_RE.match(line):
            i = read_table(section, body, i, match_table, status, (source, offset), diagnostics)
            continue
        elif line.startswith(".. code-block::"):
            first = next((j for j in range(i + 1, len(body)) if body[j].strip()), i + 1)
            block, i = _indented(body, i + 1)
            _code(section, "\n".join(block), status, " ".join(label), (source, offset + 1 + first), diagnostics)
            continue
        elif section.kind == "status-codes" and line.startswith(("===", "+-")):
            section.facts["statuses"] = status_rows([raw for raw in body[i:] if raw.strip()])
            break
        elif line and status is not None:
            label.append(line)
        i += 1


def _query(text: str) -> dict[str, str]:
    """A URL's query as names and values; a page's stray `?` before a name (`workers??role=1`) is not part of it."""
    return {name.lstrip("?"): value for name, value in parse_qsl(text, keep_blank_values=True)}


def _historical(body: list[str]) -> bool:
    """A `Response Body` section without status markers: the historical pages document only their success."""
    return not any(STATUS_RE.match(line.strip().replace("**", "")) for line in body)


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
    """A request example gives the method, URI and body; a response example is read as JSON (`at`: page and first line)."""
    if section.kind == "request-example":
        match = manual_text.METHOD_URL_RE.search(code)
        if match and section.method is None:
            url = urlsplit(match.group(2))
            section.method, section.path = match.group(1), url.path
            section.query = _query(url.query)
        body = BODY_START_RE.search(code)  # the body starts a line; `{endpoint}` in the URL is not one
        if body:
            begin = body.start(1) if body.group(1) else body.start(2)
            _example(section, code[begin:], None, label, (at[0], at[1] + code.count("\n", 0, begin)), diagnostics)
        return
    if section.kind == "response-examples" and status is not None:
        _example(section, code, status, label, at, diagnostics)


def _example(
    section: manual_text.Section, code: str, status: int | None, label: str, at: tuple[str, int], diagnostics: list[Diagnostic]
) -> None:
    if code.strip() == "null":  # "No Content", printed as JSON
        section.examples.append(manual_text.Example(status, label, None))
        return
    try:
        body = examples.read_json(code, at[0])
    except examples.Unreadable as exc:
        what = "request" if status is None else f"status {status}"
        message = f"{section.label}: the {what} example is not valid JSON: {exc.reason}"
        diagnostics.append(Diagnostic("example-unreadable", Level.WARNING, message, file=at[0], line=at[1] + exc.line - 1))
        return
    section.examples.append(manual_text.Example(status, label, body))
