"""The draft step's schemas: a manual table becomes an object schema, each nested table a component.

Components are shared by shape: a table drafted twice under one title (the same `PoolStatus` on ShowPool
and ListPools) becomes one component when its properties, types and constraints agree, descriptions
aside; a different shape under a taken name gets a longer name (`…Request` for request tables, then the
operation's name in front). A component the spec already has under the table's title is reused when it
already holds every row of the table (the curated `Pool` beats a drafted copy of it).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from typing import Any

from modelarts_spec.diagnostics import Diagnostic, Level
from modelarts_spec.names import folded

from generator.manual import facts
from generator.manual import tables as doc_tables
from generator.manual import text as manual_text

PRIMITIVES = {"string": {"type": "string"}, "boolean": {"type": "boolean"}, "number": {"type": "number"}, "integer": {"type": "integer"}}
DESCRIPTION_KEYS = ("description", "x-doc-table")


@dataclass
class Components:
    """Every component schema of the draft, and the shape each name stands for."""

    existing: dict[str, Any]  # the spec's own components/schemas: reused, never rewritten
    # operationIds: a component of the same name would give the generated client two classes of one name
    # (ListServices' query enum and the ListServices table's), so such a title becomes `<Title>Item`
    reserved: set[str] = field(default_factory=set)
    schemas: dict[str, Any] = field(default_factory=dict)
    shapes: dict[str, str] = field(default_factory=dict)
    _folded: dict[str, str] = field(default_factory=dict, repr=False)  # names.folded(name) → name, of both kinds

    def __post_init__(self) -> None:
        self._folded = {folded(name): str(name) for name in (*self.existing, *self.schemas)}  # a YAML key may be a number

    def _folds_onto_another(self, name: str) -> bool:
        """`GPUInfo` beside `GpuInfo`: one module in the Python client, one type in others (validate's schema-name-collision)."""
        other = self._folded.get(folded(name))
        return other is not None and other != name

    def _add(self, name: str, schema: dict[str, Any], shape: str) -> str:
        self.schemas[name], self.shapes[name], self._folded[folded(name)] = schema, shape, name
        return name

    def file(self, title: str, schema: dict[str, Any], alternatives: list[str]) -> str:
        """The component name `schema` is filed under: its title, or the first alternative free for its shape."""
        shape = shape_key(schema)
        first = pascal(title) if pascal(title) not in self.reserved else pascal(title) + "Item"
        for name in [first, *alternatives]:
            if self._folds_onto_another(name):
                continue
            if name in self.existing:
                if covers(self.existing[name], schema):
                    return name
                continue
            if name not in self.schemas:
                return self._add(name, schema, shape)
            if self.shapes[name] == shape:
                return name
        for number in range(2, 1000):
            name = f"{pascal(alternatives[-1] if alternatives else title)}{number}"
            if name not in self.schemas and name not in self.existing and not self._folds_onto_another(name):
                return self._add(name, schema, shape)
        raise ValueError(f"no free component name for {title}")  # a thousand shapes under one title: not a manual


@dataclass
class TableSet:
    """The tables of one section (a request, or a response per status) and how they link to each other."""

    tables: list[dict[str, Any]]
    operation: str
    side: str  # "request" | "response"
    components: Components
    diagnostics: list[Diagnostic]
    where: str  # page path, for diagnostics
    building: set[int] = field(default_factory=set)
    index: doc_tables.TableIndex = field(init=False, repr=False)  # the tables by number and title, for every row's lookup

    def __post_init__(self) -> None:
        self.index = doc_tables.TableIndex(self.tables)

    def body(self, index: int) -> dict[str, Any]:
        """The body table at `index` as a component reference (root tables are named after the operation)."""
        status = self.tables[index].get("status")
        suffix = "Request" if self.side == "request" else ("Response" if status in (200, None) else f"Response{status}")
        return self._component(index, self.operation + suffix, [])

    def _component(self, index: int, title: str, alternatives: list[str]) -> dict[str, Any]:
        if index in self.building:  # a table that contains itself: refer to it by its title
            return {"$ref": f"#/components/schemas/{pascal(title)}"}
        self.building.add(index)
        try:
            schema = self.object_schema(index)
        finally:
            self.building.discard(index)
        extra = [pascal(title) + "Request"] if self.side == "request" else []
        name = self.components.file(title, schema, [*extra, *alternatives, self.operation + pascal(title)])
        return {"$ref": f"#/components/schemas/{name}"}

    def object_schema(self, index: int) -> dict[str, Any]:
        table = self.tables[index]
        properties: dict[str, Any] = {}
        required: list[str] = []
        for row in table["rows"]:
            if row["name"] in properties:
                self._warn(f"table {table['number']} {table['title']}: row {row['name']!r} appears twice; the first is kept")
                continue
            properties[row["name"]] = self.row_schema(index, row)
            if row.get("required") is True:
                required.append(row["name"])
        schema: dict[str, Any] = {"type": "object"}
        if required:
            schema["required"] = required
        schema["properties"] = properties
        if table["location"] == "object":
            schema["x-doc-table"] = table["title"]
        return schema

    def row_schema(self, index: int, row: dict[str, Any]) -> dict[str, Any]:
        child = doc_tables.child_table(self.tables, index, row, self.index)
        schema = self.type_schema(row["type"], index, child)
        # x-draft-type (the manual's type text, for deviations) is removed before the draft is written.
        if "$ref" in schema:
            return {**schema, "x-draft-type": row["type"]}  # a $ref's siblings are ignored: the component has the prose
        if schema.pop("x-draft-json-text", False):
            schema["x-doc-deviation"] = {
                "manual": f"Typed {row['type']}, with a table of its own describing the JSON its text holds.",
                "chosen": "the JSON text, or the object it encodes",
                "reason": "The page's example sends the object as JSON text; the table says what is inside, so both are read.",
                "doc-type": row["type"],
            }
        facts = facts_schema(schema, row)  # an array's enum goes into its items, so before the schema is copied
        return {**schema, **facts, "description": row.get("description") or row["name"], "x-draft-type": row["type"]}

    def type_schema(self, text: str, index: int, child: int | None) -> dict[str, Any]:
        """A manual type (`Array of Pool objects`, `Map<String,Array<String>>`, `Integer`) as a schema."""
        parsed = manual_text.FieldType.parse(text.split(), 0)
        if parsed is None:
            self._warn(f"type {text!r} is not one the manual reader knows: drafted as any value")
            return {}
        return self._schema(parsed[0], index, child)

    def _schema(self, field_type: manual_text.FieldType, index: int, child: int | None) -> dict[str, Any]:
        if field_type.values is not None:  # Map<String, X>: X's table is the row's child table
            return {"type": "object", "additionalProperties": self._schema(field_type.values, index, child)}
        if field_type.json_type == "array":
            if field_type.item is not None:
                return {"type": "array", "items": self._schema(field_type.item, index, child)}
            if field_type.table or field_type.items == "object" or (field_type.items is None and child is not None):
                return {"type": "array", "items": self._object(field_type.table, index, child)}
            return {"type": "array", "items": dict(PRIMITIVES.get(field_type.items or "", {}))}
        if field_type.json_type == "object":
            if field_type.table is None and child is None:
                return {"type": "object"}  # `Object`, `Dict`, `JSON`: free-form
            return self._object(field_type.table, index, child)
        schema = dict(PRIMITIVES[field_type.json_type])
        if field_type.format:
            schema["format"] = field_type.format
        if child is not None:  # a String whose JSON text a table describes (the historical pages)
            return {"anyOf": [schema, self._object(None, index, child)], "x-draft-json-text": True}
        return schema

    def _object(self, title: str | None, index: int, child: int | None) -> dict[str, Any]:
        if child is None:
            if title:
                self._warn(f"type {title!r} names a table the page does not print: drafted as a free-form object")
            return {"type": "object"}
        return self._component(child, self.tables[child]["title"], [])

    def _warn(self, message: str) -> None:
        self.diagnostics.append(Diagnostic("draft-table", Level.WARNING, f"{self.operation}: {message}", file=self.where))


def facts_schema(schema: dict[str, Any], row: dict[str, Any]) -> dict[str, Any]:
    """What the row's prose states (enum, default, maximum) as schema keywords, where they fit the type."""
    holder_type = schema.get("type")
    found: dict[str, Any] = {}
    enum = row.get("enum")
    items = schema.get("items") if holder_type == "array" and isinstance(schema.get("items"), dict) else None
    if enum and items is not None and items.get("type") in ("string", "integer", "number"):
        values = [typed(v, items["type"]) for v in enum]  # `Array of strings`, options listed: the items' enum
        if all(v is not None for v in values):
            schema["items"] = {**items, "enum": values}
    elif enum and holder_type in ("string", "integer", "number"):
        values = [typed(v, holder_type) for v in enum]
        if all(v is not None for v in values):
            found["enum"] = values
    if "default" in row and holder_type in PRIMITIVES:
        value = typed(row["default"], holder_type)
        if value is not None and (not found.get("enum") or value in found["enum"]):
            found["default"] = value
    if isinstance(row.get("maximum"), int) and holder_type in ("integer", "number"):
        found["maximum"] = row["maximum"]
    if isinstance(row.get("max_items"), int) and holder_type == "array":
        found["maxItems"] = row["max_items"]
    return found


def typed(text: Any, json_type: str) -> Any:
    """The manual's text as a value of the type, or None when it is not one."""
    text = str(text)
    if json_type == "string":
        return text
    if json_type == "boolean":
        return {"true": True, "false": False}.get(text.lower())
    if len(text) > facts.NUMBER_DIGITS + 2:  # a sign and a point beside the digits; a longer one is no manual's value
        return None
    try:
        value = int(text) if json_type == "integer" else float(text) if "." in text else int(text)
    except ValueError:
        return None
    return value if not isinstance(value, float) or math.isfinite(value) else None


def shape_key(schema: Any) -> str:
    """The schema without its prose: two tables of one shape share one component."""
    return json.dumps(_without_prose(schema), sort_keys=True)


def _without_prose(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _without_prose(v) for k, v in node.items() if k not in DESCRIPTION_KEYS}
    if isinstance(node, list):
        return [_without_prose(v) for v in node]
    return node


def covers(existing: Any, drafted: dict[str, Any]) -> bool:
    """An existing component takes a drafted table when it has every property the table lists."""
    names = set((existing.get("properties") or {}) if isinstance(existing, dict) else {})
    return bool(names) and set(drafted.get("properties") or {}) <= names


def pascal(title: str) -> str:
    """A table title as a component name: `engine` → `Engine`, `Request body parameters` → `RequestBodyParameters`."""
    words = re.findall(r"[A-Za-z0-9]+", title)
    name = "".join(w[:1].upper() + w[1:] for w in words) or "Schema"
    return name if name[0].isalpha() else "T" + name
