"""Does the spec say what the manual says? One comparison of manual rows with the spec, used by
`validate` (the committed transcription must be covered) and `drift` (a new manual edition).

A row is covered when the spec has it at the same place with a compatible type, every enum value
the manual lists and the bounds it states, or when an `x-doc-deviation` records the manual's
type (`doc-type`) or enum (`doc-enum`) as a known contradiction.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from modelarts_spec.diagnostics import Diagnostic, pointer_join
from modelarts_spec.loader import YamlDocument
from modelarts_spec.openapi import (
    alternatives,
    deref,
    operations,
    parameters,
    property_schema,
    request_schema,
    response_schema,
    schema_types,
)
from modelarts_spec.validate import Rule

from generator.manual import tables as doc_tables

# Header rows the spec covers without a header parameter: the name, and what covers it.
CONVENTION_HEADERS = {
    "x-auth-token": "the iamToken security scheme",
    "content-type": "the media type of the request body (the client sends application/json)",
}
MAP_VALUE = doc_tables.MAP_VALUE


class FieldProblem:
    def __init__(self, code: str, field: doc_tables.DocField, spec_pointer: str, message: str) -> None:
        self.code, self.field, self.spec_pointer, self.message = code, field, spec_pointer, message


def compare_fields(spec: dict[str, Any], fields: list[doc_tables.DocField]) -> list[FieldProblem]:
    """Shared by validate (doc → spec coverage) and drift (a new manual → spec)."""
    ops = {op.operation_id: op for op in operations(spec)}
    problems = []
    for field in fields:
        op = ops.get(field.operation)
        if op is None:
            problems.append(
                FieldProblem(
                    "doc-operation-missing", field, "/paths", f"the manual documents operation {field.operation}, which the spec lacks"
                )
            )
            continue
        located = _locate(spec, op, field)
        if located is None:
            continue
        if isinstance(located, FieldProblem):
            problems.append(located)
            continue
        node, pointer = located
        problem = _compare_type(spec, field, node, pointer)
        if problem:
            problems.append(problem)
    return problems


def _locate(spec: dict[str, Any], op: Any, field: doc_tables.DocField) -> tuple[dict[str, Any], str] | FieldProblem | None:
    """Where the spec says what the row says; None when a convention covers it (CONVENTION_HEADERS)."""
    if field.kind == "parameter":
        for param, pointer in parameters(spec, op):
            if param.get("in") == field.where and param.get("name") == field.path[0]:
                return param, pointer
        if field.where == "header" and field.path[0].lower() in CONVENTION_HEADERS:
            return None
        return FieldProblem(
            "doc-field-missing",
            field,
            pointer_join(op.pointer, "parameters"),
            f"{field.display} ({field.type_text}) is in the manual but not in the spec",
        )
    found = request_schema(spec, op) if field.where == "request" else response_schema(spec, op, field.where)
    if found is None and field.where == "request" and len(field.path) == 1:
        query = _query_parameter(spec, op, field.path[0])
        if query is not None:
            return query
    if found is None:
        place = "a request body" if field.where == "request" else f"a {field.where} response body"
        return FieldProblem(
            "doc-status-missing",
            field,
            pointer_join(op.pointer, "requestBody" if field.where == "request" else "responses"),
            f"{field.operation}: the manual documents {place}, the spec does not",
        )
    node, pointer = found
    for name in field.path:
        child = map_values(spec, node, pointer) if name == MAP_VALUE else property_schema(spec, node, pointer, name)
        if child is None:
            return FieldProblem(
                "doc-field-missing",
                field,
                deref(spec, node, pointer)[1],
                f"{field.display} ({field.type_text}) is in the manual but not in the spec",
            )
        node, pointer = child
    return node, pointer


def _query_parameter(spec: dict[str, Any], op: Any, name: str) -> tuple[dict[str, Any], str] | None:
    """The schema of the query parameter `name`, for a request-body row of an operation without a body: older pages
    print a GET's query parameters in a "Request Body" table, and a GET carries no body (OpenAPI 3.0 tells consumers to
    ignore one; openapi-generator's Go client sends `null` for it), so the spec has them as query parameters."""
    for param, pointer in parameters(spec, op):
        if param.get("in") == "query" and param.get("name") == name and isinstance(param.get("schema"), dict):
            return param["schema"], pointer_join(pointer, "schema")
    return None


def map_values(spec: dict[str, Any], schema: Any, pointer: str) -> tuple[Any, str] | None:
    """The schema of a map's values (`additionalProperties`), looking through arrays' items and combinators."""
    for alt, alt_pointer in alternatives(spec, schema, pointer):
        if alt.get("type") == "array" and "items" in alt:
            found = map_values(spec, alt["items"], pointer_join(alt_pointer, "items"))
            if found:
                return found
        if isinstance(alt.get("additionalProperties"), dict):
            return alt["additionalProperties"], pointer_join(alt_pointer, "additionalProperties")
    return None


def _compare_type(spec: dict[str, Any], field: doc_tables.DocField, node: dict[str, Any], pointer: str) -> FieldProblem | None:
    schema = node.get("schema", {}) if field.kind == "parameter" else node
    schema_pointer = pointer_join(pointer, "schema") if field.kind == "parameter" else pointer
    types = schema_types(spec, schema, schema_pointer)
    deviation = node.get("x-doc-deviation") or deref(spec, schema, schema_pointer)[0].get("x-doc-deviation") or {}
    if field.kind == "parameter" and field.required is not None and bool(node.get("required")) != field.required:
        said = "required" if field.required else "optional"
        spec_says = "required" if node.get("required") else "optional"
        return FieldProblem("doc-required-changed", field, pointer, f"{field.display}: the manual says {said}, the spec says {spec_says}")
    if types and not type_compatible(field, types, spec, schema, schema_pointer) and deviation.get("doc-type") != field.type_text:
        return FieldProblem(
            "doc-type-mismatch",
            field,
            pointer,
            f"{field.display}: the manual types it {field.type_text!r}, the spec {'/'.join(sorted(types))}{_recorded(deviation, 'doc-type')}",
        )
    return _compare_facts(spec, field, schema, schema_pointer, deviation, pointer)


def _compare_facts(
    spec: dict[str, Any], field: doc_tables.DocField, schema: Any, schema_pointer: str, deviation: dict[str, Any], pointer: str
) -> FieldProblem | None:
    """The manual's enum values must all be in the spec's enum; its stated maximum or array size must be the spec's."""
    resolved, _ = deref(spec, schema, schema_pointer)
    doc_enum = field.facts.get("enum")
    if field.json_type == "boolean" and doc_enum and {v.lower() for v in doc_enum} <= {"true", "false"}:
        doc_enum = None  # "Options: true, false" of a Boolean is its type, not an enum
    if field.json_type == "object" or (field.json_type == "array" and field.items in ("object", "array", None)):
        doc_enum = None  # options listed for an object name its keys (`annotations`, `algorithm`), not values
    if doc_enum and deviation.get("doc-enum") != doc_enum:
        spec_enum = spec_enum_values(spec, schema, schema_pointer, field.json_type == "array")
        missing = [v for v in doc_enum if v not in spec_enum]
        if missing:
            return FieldProblem(
                "doc-enum-mismatch",
                field,
                pointer,
                f"{field.display}: the manual lists {doc_enum}, the spec's enum lacks {missing}{_recorded(deviation, 'doc-enum')}",
            )
    for fact, keyword in (("maximum", "maximum"), ("max_items", "maxItems")):
        if fact in field.facts and resolved.get(keyword) != field.facts[fact]:
            return FieldProblem(
                "doc-bound-mismatch",
                field,
                pointer,
                f"{field.display}: the manual gives {keyword} {field.facts[fact]}, the spec {resolved.get(keyword)}",
            )
    return None


def spec_enum_values(spec: dict[str, Any], schema: Any, pointer: str, of_items: bool) -> set[str]:
    """Every value the spec's enums allow here, across `anyOf` branches (a type widened for an example keeps its
    enum in one branch), of the items for an array."""
    values: set[str] = set()
    for alt, alt_pointer in alternatives(spec, schema, pointer):
        if of_items and isinstance(alt.get("items"), dict):
            values |= spec_enum_values(spec, alt["items"], pointer_join(alt_pointer, "items"), False)
        else:  # a scalar, or a list the spec carries as one string (a query parameter)
            values |= {str(v) for v in alt.get("enum") or []}
    return values


def _recorded(deviation: dict[str, Any], key: str) -> str:
    """Names the stale manual value a deviation still records, so the reader sees why it no longer covers the row."""
    return f" (its x-doc-deviation records {key} {deviation[key]!r})" if deviation.get(key) else ""


COMPATIBLE = {
    "string": {"string"},
    "integer": {"integer"},
    "number": {"number", "integer"},
    "boolean": {"boolean"},
    "object": {"object"},
    "array": {"array"},
}


def type_compatible(field: doc_tables.DocField, types: set[str], spec: dict[str, Any], schema: Any, pointer: str) -> bool:
    if field.json_type not in COMPATIBLE or not types & COMPATIBLE[field.json_type]:
        return False
    if field.json_type == "array" and field.items in COMPATIBLE:
        item_types: set[str] = set()
        for alt, alt_pointer in alternatives(spec, schema, pointer):
            if alt.get("type") == "array" and "items" in alt:
                item_types |= schema_types(spec, alt["items"], pointer_join(alt_pointer, "items"))
        return not item_types or bool(item_types & COMPATIBLE[field.items])
    return True


def manual_rules(*transcriptions: YamlDocument | None) -> list[Rule]:
    """`validate`'s rules for the manual: each committed transcription (the excerpt, the English edition) covered."""
    return [partial(check_doc_coverage, tables=tables) for tables in transcriptions if tables is not None]


def check_doc_coverage(doc: YamlDocument, tables: YamlDocument) -> list[Diagnostic]:
    """Every row of the transcribed manual is in the spec, with a compatible type, or covered by a deviation."""
    found = check_request_examples(doc, tables) + check_pages_assigned(doc, tables)
    for problem in compare_fields(doc.data, doc_tables.fields(tables.data, [], tables.path)):
        hint = f"manual row at {tables.path}#{problem.field.pointer} (line {tables.line_of(problem.field.pointer)})"
        found.append(doc.diagnostic(problem.code, problem.spec_pointer, problem.message, hint=hint))
    return found


def check_pages_assigned(doc: YamlDocument, tables: YamlDocument) -> list[Diagnostic]:
    """Every operation the manual documents is an operation of the spec (its URI section was matched to one)."""
    found = []
    for index, section in enumerate(tables.data.get("sections") or []):
        if section.get("kind") != "uri" or section.get("operation"):
            continue
        where = f"{section.get('page') or tables.data.get('source')} (line {section.get('line')})"
        message = f"the manual documents {section.get('method')} {section.get('path')} at {where}, the spec lacks the operation"
        hint = f"draft it: python -m generator draft; or re-transcribe ({tables.path}#/sections/{index}) if the spec has it now"
        found.append(doc.diagnostic("doc-operation-missing", "/paths", message, hint=hint))
    return found


def check_request_examples(doc: YamlDocument, tables: YamlDocument) -> list[Diagnostic]:
    """The manual's request examples may only use query parameters the spec declares."""
    ops = {op.operation_id: op for op in operations(doc.data)}
    found = []
    for index, section in enumerate(tables.data.get("sections") or []):
        op = ops.get(section.get("operation") or "")
        if section.get("kind") != "request-example" or op is None:
            continue
        declared = {p.get("name") for p, _ in parameters(doc.data, op) if p.get("in") == "query"}
        for name in section.get("query") or {}:
            if name not in declared:
                hint = f"manual request example at {tables.path}#/sections/{index} (line {tables.line_of(pointer_join('', 'sections', index))})"
                found.append(
                    doc.diagnostic(
                        "doc-field-missing",
                        pointer_join(op.pointer, "parameters"),
                        f"{op.operation_id}: the manual's request example sends query parameter {name!r}, the spec does not declare it",
                        hint=hint,
                    )
                )
    return found
