"""The HTML reference: a view model of the published spec, rendered by `page.html.j2` into one static page.

The page needs no network: CSS and the search script are inline, nothing is fetched. Response schemas
are flattened into field tables (`specifications[].cpu`), following `$ref`s once per branch (a schema
that contains itself is shown by name, not expanded again). Every `x-doc-deviation` gets a number:
fields and parameters link to it, and the "Deviations" section lists them all with their JSON pointer.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup
from modelarts_spec.diagnostics import pointer_join
from modelarts_spec.openapi import Operation, alternatives, deref, json_media, operations, parameters, walk_openapi

TEMPLATE_DIR = Path(__file__).resolve().parent
MAX_DEPTH = 8  # nesting shown in a field table; deeper objects are listed by name


@dataclass
class Deviation:
    number: int
    pointer: str
    record: dict[str, Any]
    used_by: list[str] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return f"deviation-{self.number}"


@dataclass
class Row:
    name: str
    type: str
    required: bool
    description: str
    depth: int = 0
    location: str = ""  # parameters: path, query, header
    deviations: list[Deviation] = field(default_factory=list)
    evidence: list[dict[str, str]] = field(default_factory=list)  # x-evidence entries: source, at, expression


@dataclass
class Response:
    status: str
    description: str
    schema_name: str
    rows: list[Row]
    examples: list[tuple[str, str, str]]  # (name, summary, JSON text)
    deviations: list[Deviation]


@dataclass
class OperationView:
    op: Operation
    security: list[str]
    parameters: list[Row]
    responses: list[Response]
    deviations: list[Deviation]

    @property
    def search_text(self) -> str:
        parts = [self.op.operation_id, self.op.method, self.op.path, self.op.data.get("summary", ""), *self.op.data.get("tags", [])]
        parts += [row.name for row in self.parameters] + [row.name for r in self.responses for row in r.rows]
        return " ".join(parts).lower()


class _Builder:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.deviations: dict[str, Deviation] = {}
        for key, value, pointer, is_name in walk_openapi(spec, ""):
            if key == "x-doc-deviation" and not is_name and isinstance(value, dict):
                self.deviations[pointer.rsplit("/", 1)[0]] = Deviation(len(self.deviations) + 1, pointer, value)
        self.current = ""

    def found(self, *pointers: str) -> list[Deviation]:
        """Deviations recorded on any of these objects, noting the operation that shows them."""
        result = []
        for pointer in dict.fromkeys(pointers):
            deviation = self.deviations.get(pointer)
            if deviation:
                if self.current not in deviation.used_by:
                    deviation.used_by.append(self.current)
                result.append(deviation)
        return result

    def operation(self, op: Operation) -> OperationView:
        self.current = op.operation_id
        params = []
        for param, pointer in parameters(self.spec, op):
            schema_pointer = pointer_join(pointer, "schema")
            params.append(
                Row(
                    str(param.get("name", "")),
                    type_label(self.spec, param.get("schema", {}), schema_pointer),
                    bool(param.get("required")),
                    describe(param, self.spec, schema_pointer),
                    location=str(param.get("in", "")),
                    deviations=self.found(pointer, deref(self.spec, param.get("schema", {}), schema_pointer)[1]),
                    evidence=provenance(param),
                )
            )
        responses = []
        for status, response in sorted((op.data.get("responses") or {}).items(), key=lambda item: str(item[0])):
            responses.append(self.response(str(status), response, pointer_join(op.pointer, "responses", status)))
        security = [name for requirement in op.data.get("security") or [] for name in requirement or {}]
        return OperationView(op, security, params, responses, self.found(op.pointer))

    def response(self, status: str, response: Any, pointer: str) -> Response:
        response, resolved = deref(self.spec, response, pointer)
        media, media_pointer = json_media(self.spec, response, resolved) or ({}, "")
        schema = media.get("schema")
        rows: list[Row] = []
        schema_name = ""
        if schema is not None:
            schema_pointer = pointer_join(media_pointer, "schema")
            schema_name = type_label(self.spec, schema, schema_pointer)
            self.fields(schema, schema_pointer, "", 0, frozenset(), rows)
        examples = [(name, str(ex.get("summary", "")), _json(ex.get("value"))) for name, ex in (media.get("examples") or {}).items()]
        if "example" in media:
            examples.append(("example", "", _json(media["example"])))
        return Response(status, str(response.get("description", "")), schema_name, rows, examples, self.found(pointer, resolved))

    def fields(self, schema: Any, pointer: str, prefix: str, depth: int, seen: frozenset[str], rows: list[Row]) -> None:
        """Flatten an object schema into rows, recursing into objects and arrays of objects."""
        node, resolved = deref(self.spec, schema, pointer)
        if not isinstance(node, dict) or resolved in seen or depth > MAX_DEPTH:
            return
        seen = seen | {resolved}
        if node.get("type") == "array" and isinstance(node.get("items"), dict):
            self.fields(node["items"], pointer_join(resolved, "items"), prefix + "[]", depth, seen, rows)
            return
        for branch, branch_pointer in alternatives(self.spec, node, resolved):
            required = set(branch.get("required") or [])
            for name, prop in (branch.get("properties") or {}).items():
                prop_pointer = pointer_join(branch_pointer, "properties", name)
                target = deref(self.spec, prop, prop_pointer)[1]
                path = f"{prefix}.{name}" if prefix else name
                rows.append(
                    Row(
                        path,
                        type_label(self.spec, prop, prop_pointer),
                        name in required,
                        describe(prop, self.spec, prop_pointer),
                        depth,
                        deviations=self.found(prop_pointer, target),
                        evidence=provenance(prop, deref(self.spec, prop, prop_pointer)[0]),
                    )
                )
                self.fields(prop, prop_pointer, path, depth + 1, seen, rows)
            extra = branch.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                extra_pointer = pointer_join(branch_pointer, "additionalProperties")
                path = f"{prefix}.*" if prefix else "*"
                rows.append(Row(path, type_label(self.spec, extra, extra_pointer), False, "Any key.", depth))
                self.fields(extra, extra_pointer, path, depth + 1, seen, rows)


def provenance(*nodes: Any) -> list[dict[str, str]]:
    """The `x-evidence` entries on a node or the schema it refers to: where real clients or other editions show it."""
    entries: dict[tuple[str, str], dict[str, str]] = {}
    for node in nodes:
        for entry in (node.get("x-evidence") if isinstance(node, dict) else None) or []:
            if isinstance(entry, dict):
                record = {key: str(entry.get(key, "")) for key in ("source", "at", "expression")}
                entries.setdefault((record["source"], record["at"]), record)
    return list(entries.values())


def evidence_sources(spec: dict[str, Any]) -> list[tuple[str, int]]:
    """Each source named by an `x-evidence` entry, with the number of places it backs."""
    counts: dict[str, int] = {}
    for key, value, _, is_name in walk_openapi(spec, ""):
        if key == "x-evidence" and not is_name and isinstance(value, list):
            for entry in value:
                if isinstance(entry, dict):
                    counts[str(entry.get("source"))] = counts.get(str(entry.get("source")), 0) + 1
    return sorted(counts.items())


def type_label(spec: dict[str, Any], schema: Any, pointer: str) -> str:
    """`string (int64)`, `array of Specification`, `string | number`, `PoolStatus`."""
    name = ""
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        name = schema["$ref"].rsplit("/", 1)[-1]
    node, resolved = deref(spec, schema, pointer)
    if not isinstance(node, dict):
        return "any"
    for key in ("anyOf", "oneOf", "allOf"):
        if node.get(key):
            joiner = " & " if key == "allOf" else " | "
            label = joiner.join(type_label(spec, b, pointer_join(resolved, key, i)) for i, b in enumerate(node[key]))
            return name or label
    kind = node.get("type")
    if kind == "array":
        return f"array of {type_label(spec, node.get('items', {}), pointer_join(resolved, 'items'))}"
    if name and (kind == "object" or "properties" in node):
        return name
    label = str(kind or ("object" if "properties" in node else "any"))
    return f"{label} ({node['format']})" if node.get("format") else label


def describe(node: dict[str, Any], spec: dict[str, Any], schema_pointer: str) -> str:
    """The description plus the facts a reader needs: enum, default, bounds, pattern, example."""
    schema = node.get("schema", node) if "in" in node else node
    resolved, _ = deref(spec, schema, schema_pointer)
    resolved = resolved if isinstance(resolved, dict) else {}
    text = str(node.get("description") or resolved.get("description") or "")
    facts = []
    holder = resolved.get("items") if resolved.get("type") == "array" and isinstance(resolved.get("items"), dict) else resolved
    holder = deref(spec, holder, schema_pointer)[0] if isinstance(holder, dict) else {}
    if holder.get("enum"):
        facts.append("One of: " + ", ".join(f"`{v}`" for v in holder["enum"]) + ".")
    for key, word in (("default", "Default"), ("minimum", "Minimum"), ("maximum", "Maximum"), ("minLength", "Min length")):
        if key in resolved:
            facts.append(f"{word}: `{resolved[key]}`.")
    for key, word in (("maxLength", "Max length"), ("maxItems", "Max items"), ("pattern", "Pattern")):
        if key in resolved:
            facts.append(f"{word}: `{resolved[key]}`.")
    if "example" in node:
        facts.append(f"Example: `{node['example']}`.")
    return " ".join([text, *facts]).strip()


INLINE_CODE = re.compile(r"`([^`]+)`")


def markdown(text: str) -> Markup:
    """The little Markdown our descriptions use: paragraphs and `code`."""
    paragraphs = [p.strip() for p in str(text).split("\n\n") if p.strip()]
    out = []
    for paragraph in paragraphs:
        escaped = html.escape(" ".join(paragraph.split()))
        out.append("<p>" + INLINE_CODE.sub(r"<code>\1</code>", escaped) + "</p>")
    return Markup("".join(out))


def inline(text: str) -> Markup:
    """One line of our Markdown: `code` only."""
    return Markup(INLINE_CODE.sub(r"<code>\1</code>", html.escape(" ".join(str(text).split()))))


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["markdown"] = markdown
    env.filters["inline"] = inline
    return env


def render(spec: dict[str, Any]) -> str:
    builder = _Builder(spec)
    views = [builder.operation(op) for op in operations(spec)]
    declared = {str(t.get("name")): t for t in spec.get("tags") or []}
    groups: dict[str, list[OperationView]] = {name: [] for name in declared}
    for view in views:  # grouped by first tag, in the order the spec declares its tags
        groups.setdefault(str((view.op.data.get("tags") or ["other"])[0]), []).append(view)
    tags = [(declared.get(name, {"name": name}), members) for name, members in groups.items() if members]
    schemes = (spec.get("components") or {}).get("securitySchemes") or {}
    return (
        _environment()
        .get_template("page.html.j2")
        .render(
            info=spec.get("info") or {},
            servers=spec.get("servers") or [],
            tags=tags,
            operations=views,
            schemes=schemes,
            deviations=list(builder.deviations.values()),
            evidence_sources=evidence_sources(spec),
        )
    )
