"""The HTML reference's view of the published spec: per operation its sources, parameters, request body and
responses, with schemas flattened into field tables (`specifications[].cpu.arch`). Rendered by reference.py.

A schema is followed through `$ref`s once per branch (one that contains itself is shown by name). Within one
table a named component schema is expanded once: where it appears again, its row points at the first place
(`Fields as under spec.network.`), so a table grows with the distinct fields it shows, not with how often the
spec reuses a schema. Every `x-doc-deviation` gets a number that fields and parameters link to.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from modelarts_spec.diagnostics import pointer_join
from modelarts_spec.openapi import Operation, alternatives, deref, json_media, parameters, walk_openapi
from modelarts_spec.sources import DOCUMENTED_BY, HUAWEI_CLOUD, SOURCES

from generator.publish.reference_text import describe, type_label

MAX_DEPTH = 8  # nesting shown in a field table; deeper objects are listed by name
MAX_ROWS = 1500  # rows of one field table; a schema with more is cut, saying so
SCHEMAS = "#/components/schemas/"
# Who a source speaks for (spec/EXTENSIONS.md, x-documented-by): the Chinese manual, the official SDK and the
# terraform provider document Huawei Cloud (modelarts_spec.sources); the English edition another deployment.
SOURCE_DEPLOYMENT = {source: "huawei-cloud" if source in HUAWEI_CLOUD else "english-edition" for source in SOURCES}
DEPLOYMENTS = {"huawei-cloud": "Huawei Cloud", "english-edition": "the English edition's deployment"}
SOURCE_LABELS = {
    "manual": "Chinese manual excerpt",
    "english-edition": "English edition",
    "huaweicloud-sdk-python": "official Python SDK",
    "terraform-provider-huaweicloud": "Huawei Cloud terraform provider",
}


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
class Body:
    """A response or the request body: its schema flattened into rows, and its examples."""

    status: str  # "" for the request body
    description: str
    schema_name: str
    rows: list[Row]
    examples: list[tuple[str, str, str]]  # (name, summary, JSON text)
    deviations: list[Deviation]
    required: bool = False
    truncated: bool = False
    links: list[Link] = field(default_factory=list)


@dataclass(frozen=True)
class Link:
    """An OpenAPI link of a response: the operation it leads to and where each of its parameters comes from."""

    name: str
    operation_id: str
    parameters: list[tuple[str, str]]  # (parameter, runtime expression)


@dataclass(frozen=True)
class Lifecycle:
    """An operation's `x-lifecycle`: the resource, where its state is, the states that end a wait."""

    resource: str
    status: str
    ready: list[str]
    failed: list[str]


@dataclass(frozen=True)
class Source:
    source: str
    label: str
    at: str
    name: str  # the source's own name for the operation, or its page id


@dataclass
class OperationView:
    op: Operation
    security: list[str]
    parameters: list[Row]
    request: Body | None
    responses: list[Body]
    deviations: list[Deviation]
    sources: list[Source]
    lifecycle: Lifecycle | None = None

    @property
    def deployments(self) -> list[str]:
        return sorted({SOURCE_DEPLOYMENT[s.source] for s in self.sources if s.source in SOURCE_DEPLOYMENT})

    @property
    def search_text(self) -> str:
        parts = [self.op.operation_id, self.op.method, self.op.path, self.op.data.get("summary", ""), *self.op.data.get("tags", [])]
        bodies = [*self.responses, *([self.request] if self.request else [])]
        parts += [row.name for row in self.parameters] + [row.name for body in bodies for row in body.rows]
        return " ".join(dict.fromkeys(str(part) for part in parts)).lower()


def sources(op: Operation) -> list[Source]:
    found = []
    for entry in op.data.get(DOCUMENTED_BY) or []:
        if isinstance(entry, dict):
            source = str(entry.get("source", ""))
            name = str(entry.get("name") or entry.get("page-id") or "")
            found.append(Source(source, SOURCE_LABELS.get(source, source), str(entry.get("at", "")), name))
    return found


def lifecycle(op: Operation) -> Lifecycle | None:
    entry = op.data.get("x-lifecycle")
    if not isinstance(entry, dict):
        return None
    states = {key: [str(state) for state in entry.get(key) or []] for key in ("ready", "failed")}
    return Lifecycle(str(entry.get("resource", "")), str(entry.get("status", "")), states["ready"], states["failed"])


def links(spec: dict[str, Any], found: Any, pointer: str) -> list[Link]:
    result = []
    for name, link in (found if isinstance(found, dict) else {}).items():
        link, _ = deref(spec, link, pointer_join(pointer, name))
        if isinstance(link, dict):
            params: dict[Any, Any] = link["parameters"] if isinstance(link.get("parameters"), dict) else {}
            result.append(Link(str(name), str(link.get("operationId", "")), [(str(k), str(v)) for k, v in params.items()]))
    return result


class Builder:
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
        params = [self.parameter(param, pointer) for param, pointer in parameters(self.spec, op)]
        request = None
        if isinstance(op.data.get("requestBody"), dict):
            request = self.body("", op.data["requestBody"], pointer_join(op.pointer, "requestBody"))
        responses = [
            self.body(str(status), response, pointer_join(op.pointer, "responses", status))
            for status, response in sorted((op.data.get("responses") or {}).items(), key=lambda item: str(item[0]))
        ]
        security = [name for requirement in op.data.get("security") or [] for name in requirement or {}]
        return OperationView(op, security, params, request, responses, self.found(op.pointer), sources(op), lifecycle(op))

    def parameter(self, param: dict[str, Any], pointer: str) -> Row:
        schema_pointer = pointer_join(pointer, "schema")
        return Row(
            str(param.get("name", "")),
            type_label(self.spec, param.get("schema", {}), schema_pointer),
            bool(param.get("required")),
            describe(param, self.spec, schema_pointer),
            location=str(param.get("in", "")),
            deviations=self.found(pointer, deref(self.spec, param.get("schema", {}), schema_pointer)[1]),
            evidence=provenance(param),
        )

    def body(self, status: str, body: Any, pointer: str) -> Body:
        body, resolved = deref(self.spec, body, pointer)
        body = body if isinstance(body, dict) else {}
        media, media_pointer = json_media(self.spec, body, resolved) or ({}, "")
        schema = media.get("schema")
        table = _Table(self.spec, self)
        schema_name = ""
        if schema is not None:
            schema_pointer = pointer_join(media_pointer, "schema")
            schema_name = type_label(self.spec, schema, schema_pointer)
            table.fields(schema, schema_pointer, "", 0, frozenset())
        examples = [(name, str(ex.get("summary", "")), _json(ex.get("value"))) for name, ex in (media.get("examples") or {}).items()]
        if "example" in media:
            examples.append(("example", "", _json(media["example"])))
        return Body(
            status,
            str(body.get("description", "")),
            schema_name,
            table.rows,
            examples,
            self.found(pointer, resolved),
            bool(body.get("required")),
            table.truncated,
            links(self.spec, body.get("links"), pointer_join(resolved, "links")),
        )


class _Table:
    """The rows of one flattened schema; a named component schema is expanded at its first place only."""

    def __init__(self, spec: dict[str, Any], builder: Builder) -> None:
        self.spec, self.builder = spec, builder
        self.rows: list[Row] = []
        self.expanded: dict[str, str] = {}  # component schema pointer → the row path it was expanded under
        self.truncated = False

    def fields(self, schema: Any, pointer: str, prefix: str, depth: int, seen: frozenset[str]) -> None:
        """Flatten an object schema into rows, recursing into objects and arrays of objects."""
        node, resolved = deref(self.spec, schema, pointer)
        if not isinstance(node, dict) or resolved in seen or depth > MAX_DEPTH:
            return
        seen = seen | {resolved}
        if node.get("type") == "array" and isinstance(node.get("items"), dict):
            self.fields(node["items"], pointer_join(resolved, "items"), prefix + "[]", depth, seen)
            return
        for branch, branch_pointer in alternatives(self.spec, node, resolved):
            required = set(branch.get("required") or [])
            for name, prop in (branch.get("properties") or {}).items():
                path = f"{prefix}.{name}" if prefix else name
                self.property(prop, pointer_join(branch_pointer, "properties", name), path, name in required, depth, seen)
            extra = branch.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                extra_pointer = pointer_join(branch_pointer, "additionalProperties")
                path = f"{prefix}.*" if prefix else "*"
                if self.add(Row(path, type_label(self.spec, extra, extra_pointer), False, "Any key.", depth)):
                    self.fields(extra, extra_pointer, path, depth + 1, seen)

    def property(self, prop: Any, pointer: str, path: str, required: bool, depth: int, seen: frozenset[str]) -> None:
        target_node, target = deref(self.spec, prop, pointer)
        named = _component(self.spec, prop, pointer)
        first = self.expanded.get(named) if named else None
        description = describe(prop, self.spec, pointer) if isinstance(prop, dict) else ""
        if first is not None:
            description = f"{description} Fields as under `{first}`.".strip()
        row = Row(
            path,
            type_label(self.spec, prop, pointer),
            required,
            description,
            depth,
            deviations=self.builder.found(pointer, target),
            evidence=provenance(prop, target_node),
        )
        if not self.add(row) or first is not None:
            return
        if named:
            self.expanded[named] = path
        self.fields(prop, pointer, path, depth + 1, seen)

    def add(self, row: Row) -> bool:
        if len(self.rows) >= MAX_ROWS:
            self.truncated = True
            return False
        self.rows.append(row)
        return True


def _component(spec: dict[str, Any], schema: Any, pointer: str) -> str:
    """The component schema an object (or array of objects) property refers to, '' for an inline or scalar one."""
    node = schema
    for _ in range(2):  # the property itself, or its array's items
        if isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith(SCHEMAS):
            target, _ = deref(spec, node, pointer)
            return str(node["$ref"]) if isinstance(target, dict) and ("properties" in target or target.get("type") == "object") else ""
        node = node.get("items") if isinstance(node, dict) and node.get("type") == "array" else None
    return ""


def provenance(*nodes: Any) -> list[dict[str, str]]:
    """The `x-evidence` entries on a node or the schema it refers to: where real clients or other editions show it."""
    entries: dict[tuple[str, str], dict[str, str]] = {}
    for node in nodes:
        for entry in (node.get("x-evidence") if isinstance(node, dict) else None) or []:
            if isinstance(entry, dict):
                record = {key: str(entry.get(key, "")) for key in ("source", "at", "expression")}
                entries.setdefault((record["source"], record["at"]), record)
    return list(entries.values())


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)
