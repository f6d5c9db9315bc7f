"""Parse the ModelArts API manual's text format into sections, tables, rows and examples.

The manual text (see spec/manual/modelarts-api-excerpt.txt) is a list of bullets ("•"), one per
section. A section starts with its kind ("URI GET /path", "响应参数", "响应示例", "请求示例") and
holds tables ("表N <title> 参数 [是否必选] 参数类型 描述 <rows>") grouped under status codes
("状态码: 200"), or JSON examples. Everything that cannot be read becomes a warning naming the
section or table: nothing is skipped silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from modelarts_spec.diagnostics import Diagnostic, Level

from generator.manual import examples as json_examples
from generator.manual import facts

BULLET = "•"
SECTION_KINDS = {
    "URI": "uri",
    "请求参数": "request-parameters",
    "响应参数": "response-parameters",
    "响应示例": "response-examples",
    "请求示例": "request-example",
}
# Table titles that hold parameters rather than body fields.
PARAM_LOCATIONS = {"路径参数": "path", "Query参数": "query", "请求Header参数": "header", "Header参数": "header"}
# The English edition's titles for the same tables (generator/manual/rst.py).
PARAM_LOCATIONS |= {
    "Path Parameters": "path",
    "URI parameters": "path",
    "Query Parameters": "query",
    "Query parameters": "query",
    "Request header parameters": "header",
}
PRIMITIVE_TYPES = {"String", "Integer", "Long", "Number", "Float", "Double", "Boolean", "Object", "Int32", "Int64", "BigDecimal"}
PRIMITIVE_TYPES |= {"Int", "Dict", "JSON", "object"}  # the English edition's historical pages
ARRAY_ITEM_WORDS = {
    "strings": "String",
    "integers": "Integer",
    "numbers": "Number",
    "booleans": "Boolean",
    "longs": "Long",
    "floats": "Float",
    "doubles": "Double",
}

# A row's name: an identifier, a dotted or slashed label key (`os.modelarts/name`), or a data-management label
# property (`@modelarts:color`).
NAME_RE = re.compile(r"^(?:@[a-z]+:)?[A-Za-z_][A-Za-z0-9_.\-/]*$")
GENERIC_RE = re.compile(r"^(Array|List|Map)\s*<(.*)>$")  # the inner text is stripped after (a lazy `\s*(.+?)\s*` backtracks)
TYPE_TOKENS = 16  # the most words a type phrase may have (the manuals' longest has 4): a row start never reads further
TYPE_DEPTH = 8  # the deepest generic nesting read (`Array<Array<…>>`; the manuals' deepest is 2)
STATUS_RE = re.compile(r"状态码[:：]\s*(\d{3})")
TABLE_RE = re.compile(r"(?:(?<=\s)|^)表(\d+)\s+")
# The title ends on a non-space and its whitespace is taken whole (possessive): a lazy title before `\s+` would try
# every position of a long run of spaces against the rest of the run.
HEADER_RE = re.compile(r"^(?P<title>(?:.*?\S)?)\s++参数\s+(?P<req>是否必选\s+)?参数类型\s+描述(?:\s+|$)(?P<rows>.*)$", re.S)
METHOD_URL_RE = re.compile(r"\b(GET|POST|PUT|DELETE|PATCH)\s+(\S+)")


@dataclass
class FieldType:
    """A manual type such as `String`, `Array of PoolTag objects`, `Quota object`."""

    text: str
    json_type: str  # string | integer | number | boolean | object | array
    items: str | None = None  # for arrays: the json type of the items
    table: str | None = None  # title of the table that describes the object (or the array's items, or the map's values)
    format: str | None = None
    values: FieldType | None = None  # for `Map<String, X>`: the type of the values (`table` is then X's table, if any)
    item: FieldType | None = None  # for `Array<X>`: the type of the items

    @staticmethod
    def parse(tokens: list[str], start: int) -> tuple[FieldType, int] | None:
        """Read a type phrase at tokens[start:] (at most TYPE_TOKENS of them), returning it and the number of tokens used."""
        generic = FieldType.generic(tokens, start)
        if generic is not None:
            return generic
        t = tokens[start : start + 4]  # the longest phrase below
        if len(t) >= 4 and t[0] == "Array" and t[1] == "of" and t[3] == "objects":
            inner = FieldType.generic([t[2]], 0)  # `Array of Map<String,String> objects`
            if inner is not None:
                return FieldType(" ".join(t[:4]), "array", inner[0].json_type, table=inner[0].table, item=inner[0]), 4
            return FieldType(" ".join(t[:4]), "array", "object", table=t[2]), 4
        if len(t) >= 3 and t[0] == "Array" and t[1] == "of":
            word = t[2]
            item = ARRAY_ITEM_WORDS.get(word) or (word if word in PRIMITIVE_TYPES else None)
            if item:
                return FieldType(" ".join(t[:3]), "array", primitive_json_type(item)), 3
            if word == "objects":
                return FieldType(" ".join(t[:3]), "array", "object"), 3
        if len(t) >= 2 and t[1].lower() == "array" and (t[0] == "JSON" or re.fullmatch(r"\*\*\w+\*\*", t[0])):
            return FieldType(" ".join(t[:2]), "array"), 2  # `JSON Array`, `**jobs** array`: a table the row's prose names
        if t and t[0] in PRIMITIVE_TYPES:
            return FieldType(t[0], primitive_json_type(t[0]), format=primitive_format(t[0])), 1
        if len(t) >= 2 and t[1] == "object" and NAME_RE.match(t[0]) and t[0] not in PRIMITIVE_TYPES:
            return FieldType(" ".join(t[:2]), "object", table=t[0]), 2
        if t and t[0] == "Array":  # a bare `Array`: items of any type
            return FieldType("Array", "array"), 1
        return None

    @staticmethod
    def generic(tokens: list[str], start: int) -> tuple[FieldType, int] | None:
        """`Array<Array<Integer>>`, `List<String>`, `Map<String,X>`, `Map<String, Array<String>>` (spaces inside allowed),
        at most TYPE_TOKENS words long and nested at most TYPE_DEPTH deep (each level is read by a recursive call)."""
        if start >= len(tokens) or "<" not in tokens[start]:
            return None
        open_brackets, used = 0, 0
        for token in tokens[start : start + TYPE_TOKENS]:  # the phrase ends where its brackets close
            used += 1
            open_brackets += token.count("<") - token.count(">")
            if open_brackets <= 0:
                break
        text = " ".join(tokens[start : start + used])
        match = GENERIC_RE.match(text)
        if match is None or open_brackets != 0 or not match.group(2) or _nesting(text) > TYPE_DEPTH:
            return None
        inner = match.group(2).strip()
        if match.group(1) == "Map":
            value_text = inner.split(",", 1)[1].strip() if "," in inner else "String"
            value = FieldType.named(value_text)
            return FieldType(text, "object", table=value.table if value else None, values=value), used
        item = FieldType.named(inner)
        return FieldType(text, "array", item.json_type if item else None, table=item.table if item else None, item=item), used

    @staticmethod
    def named(text: str) -> FieldType | None:
        """A type inside brackets: a generic, a primitive, or a bare table name (`Map<String,LabelAttribute>`)."""
        tokens = text.split()
        parsed = FieldType.parse(tokens, 0)
        if parsed is not None and parsed[1] == len(tokens):
            return parsed[0]
        if len(tokens) == 1 and NAME_RE.match(tokens[0]):
            return FieldType(text, "object", table=tokens[0])
        return None


def _nesting(text: str) -> int:
    """The deepest `<` nesting of a type phrase."""
    depth = deepest = 0
    for char in text:
        if char == "<":
            depth += 1
            deepest = max(deepest, depth)
        elif char == ">":
            depth -= 1
    return deepest


def primitive_json_type(word: str) -> str:
    return {
        "String": "string",
        "Integer": "integer",
        "Int32": "integer",
        "Long": "integer",
        "Int64": "integer",
        "Number": "number",
        "Float": "number",
        "Double": "number",
        "BigDecimal": "number",
        "Boolean": "boolean",
        "Object": "object",
        "Int": "integer",
        "Dict": "object",
        "JSON": "object",
        "object": "object",
    }[word]


def primitive_format(word: str) -> str | None:
    return {"Long": "int64", "Int64": "int64", "Int32": "int32", "Float": "float", "Double": "double"}.get(word)


@dataclass
class Row:
    name: str
    type: FieldType
    description: str
    required: bool | None = None  # only where the table has a 是否必选 column
    facts: dict[str, Any] = field(default_factory=dict)
    line: int | None = None  # 1-based line of the row in its page (the English edition)
    links: list[str] = field(default_factory=list)  # RST labels the row's type and prose link to (`:ref:`)
    table: int | None = None  # the number of the page's table its links lead to (rst.py resolves them)


@dataclass
class Table:
    number: int
    title: str
    status: int | None
    rows: list[Row]
    place: str | None = None  # a location the page's headings give (a table titled `Parameters` under `Request Body`)
    line: int | None = None  # 1-based line of the table's caption in its page (the English edition)
    anchor: str | None = None  # the RST label just above the caption (`.. _label:`), which rows link to

    @property
    def location(self) -> str:
        """path | query | header for parameter tables, body for response/request bodies, else object."""
        if self.place:
            return self.place
        if self.title in PARAM_LOCATIONS:
            return PARAM_LOCATIONS[self.title]
        if self.title.endswith("Body参数") or self.title.lower().endswith("body parameters"):
            return "body"
        return "object"


@dataclass
class Example:
    status: int | None  # None for a request example's body
    label: str
    body: Any


@dataclass
class Section:
    index: int  # 1-based position among the bullets
    line: int  # 1-based line of the bullet in the manual text
    kind: str
    heading: str  # first words, for messages
    method: str | None = None
    path: str | None = None
    query: dict[str, str] = field(default_factory=dict)
    tables: list[Table] = field(default_factory=list)
    examples: list[Example] = field(default_factory=list)
    page: str | None = None  # the English edition's `.rst` file the section was read from
    # What the English edition's page says besides its tables: `name` (or `page_id`), `title`, `function` on
    # the URI section, `statuses` on the status-code section.
    facts: dict[str, Any] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return f"section {self.index} (line {self.line}, {self.heading})"


@dataclass
class Manual:
    source: str
    sections: list[Section]
    ignored: list[str]  # page noise outside the bullets (headers, footers)
    diagnostics: list[Diagnostic]


def parse_manual(text: str, source: str) -> Manual:
    diagnostics: list[Diagnostic] = []
    bullets: list[tuple[int, list[str]]] = []  # each bullet's lines, joined once (adding line by line is quadratic)
    ignored: list[str] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith(BULLET):
            bullets.append((number, [line[len(BULLET) :].strip()]))
        elif bullets and raw[:1].isspace():
            bullets[-1][1].append(line)  # wrapped continuation line
        else:
            ignored.append(line)
    sections = []
    for index, (line_no, lines) in enumerate(bullets, start=1):
        section = _parse_section(index, line_no, " ".join(lines), source, diagnostics)
        if section is not None:
            sections.append(section)
    return Manual(source, sections, ignored, diagnostics)


def _warn(diagnostics: list[Diagnostic], source: str, line: int, code: str, message: str) -> None:
    diagnostics.append(Diagnostic(code, Level.WARNING, message, file=source, line=line))


def _parse_section(index: int, line: int, body: str, source: str, diagnostics: list[Diagnostic]) -> Section | None:
    keyword = next((k for k in SECTION_KINDS if body.startswith(k)), None)
    heading = " ".join(body.split()[:3])[:60]
    if keyword is None:
        _warn(diagnostics, source, line, "section-unknown", f"section {index} not understood, it starts with {heading!r}")
        return None
    section = Section(index, line, SECTION_KINDS[keyword], heading)
    rest = body[len(keyword) :].strip()
    if section.kind == "uri":
        match = METHOD_URL_RE.match(rest)
        if not match:
            _warn(diagnostics, source, line, "uri-unreadable", f"{section.label}: no 'METHOD /path' after URI")
            return section
        section.method, section.path = match.group(1), match.group(2)
        section.heading = f"URI {section.method} {section.path}"
        rest = rest[match.end() :]
    if section.kind == "request-example":
        match = METHOD_URL_RE.search(rest)
        if not match:
            _warn(diagnostics, source, line, "request-unreadable", f"{section.label}: no 'METHOD URL' in the request example")
            return section
        url = urlsplit(match.group(2))
        section.method, section.path = match.group(1), url.path
        section.query = dict(parse_qsl(url.query, keep_blank_values=True))
        return section
    if section.kind == "response-examples":
        section.examples = _parse_examples(section, rest, source, diagnostics)
        if not section.examples:
            _warn(diagnostics, source, line, "examples-missing", f"{section.label}: no 'status code + JSON' example found")
        return section
    section.tables = _parse_tables(section, rest, source, diagnostics)
    if not section.tables:
        _warn(diagnostics, source, line, "tables-missing", f"{section.label}: no table found")
    return section


def _parse_tables(section: Section, text: str, source: str, diagnostics: list[Diagnostic]) -> list[Table]:
    markers = sorted(
        [(m.start(), m.end(), "status", m.group(1)) for m in STATUS_RE.finditer(text)]
        + [(m.start(), m.end(), "table", m.group(1)) for m in TABLE_RE.finditer(text)]
    )
    tables: list[Table] = []
    status: int | None = None
    for position, (_start, end, kind, digits) in enumerate(markers):
        if kind == "status":
            status = int(digits)  # three digits (STATUS_RE)
            continue
        number = facts.number(digits, facts.TABLE_DIGITS)
        if number is None:
            message = f"{section.label}: table 表{facts.shown(digits)}: a table number has at most {facts.TABLE_DIGITS} digits"
            _warn(diagnostics, source, section.line, "table-unreadable", message)
            continue
        stop = markers[position + 1][0] if position + 1 < len(markers) else len(text)
        header = HEADER_RE.match(text[end:stop].strip())
        if not header:
            _warn(
                diagnostics,
                source,
                section.line,
                "table-unreadable",
                f"{section.label}: table 表{number} has no '参数 … 参数类型 描述' header",
            )
            continue
        title = header.group("title").strip()
        table = Table(number, title, status, [])
        table.rows = _parse_rows(header.group("rows"), header.group("req") is not None, section, table, source, diagnostics)
        tables.append(table)
    return tables


def _row_start(tokens: list[str], i: int, has_required: bool) -> tuple[Row, int] | None:
    """A row starts with a field name, then 是/否 where the table has that column, then a type."""
    if not NAME_RE.match(tokens[i]):
        return None
    required: bool | None = None
    j = i + 1
    if has_required:
        if j >= len(tokens) or tokens[j] not in ("是", "否"):
            return None
        required = tokens[j] == "是"
        j += 1
    parsed = FieldType.parse(tokens, j)
    if parsed is None:
        return None
    field_type, used = parsed
    return Row(tokens[i], field_type, "", required), j + used


def _parse_rows(text: str, has_required: bool, section: Section, table: Table, source: str, diagnostics: list[Diagnostic]) -> list[Row]:
    tokens = text.split()
    rows: list[Row] = []
    description: list[str] = []
    i = 0
    while i < len(tokens):
        start = _row_start(tokens, i, has_required)
        if start is None:
            if not rows:
                _warn(
                    diagnostics,
                    source,
                    section.line,
                    "row-unreadable",
                    f"{section.label}: table 表{table.number} {table.title}: text before the first row: {tokens[i]!r}",
                )
                return rows
            description.append(tokens[i])
            i += 1
            continue
        if rows:
            _finish_row(rows[-1], description, (section, table, source), diagnostics)
        description = []
        row, i = start
        rows.append(row)
    if rows:
        _finish_row(rows[-1], description, (section, table, source), diagnostics)
    else:
        _warn(diagnostics, source, section.line, "table-empty", f"{section.label}: table 表{table.number} {table.title} has no rows")
    return rows


def _finish_row(row: Row, description: list[str], where: tuple[Section, Table, str], diagnostics: list[Diagnostic]) -> None:
    section, table, source = where
    row.description = " ".join(description)
    problems: list[str] = []
    row.facts = facts.prose_facts(row.description, problems)
    for problem in problems:
        _warn(diagnostics, source, section.line, "fact-unreadable", f"{section.label}: table 表{table.number} row {row.name!r}: {problem}")


def _parse_examples(section: Section, text: str, source: str, diagnostics: list[Diagnostic]) -> list[Example]:
    examples: list[Example] = []
    markers = list(STATUS_RE.finditer(text))
    for position, marker in enumerate(markers):
        stop = markers[position + 1].start() if position + 1 < len(markers) else len(text)
        chunk = text[marker.end() : stop]
        brace = chunk.find("{")
        bracket = chunk.find("[")
        starts = [p for p in (brace, bracket) if p >= 0]
        status = int(marker.group(1))
        if not starts:
            _warn(diagnostics, source, section.line, "example-missing", f"{section.label}: status {status} has no JSON example")
            continue
        begin = min(starts)
        try:
            body, _ = json_examples.read_json_at(chunk, begin, source)
        except json_examples.Unreadable as exc:
            message = f"{section.label}: the status {status} example is not valid JSON: {exc.reason}"
            _warn(diagnostics, source, section.line, "example-unreadable", message)
            continue
        examples.append(Example(status, chunk[:begin].strip(), body))
    return examples
