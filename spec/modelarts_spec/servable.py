"""The rules that make a spec servable and checkable, and the lookups the mock builds its answers from.

The mock answers auth and input errors before it knows the operation, serves each operation's success
example, addresses resources by their path ids and answers 404 with the spec's own example; the
contract suite pins path ids to those resources. So these are spec rules, checked by `validate`, and
the mock starts on any spec that passes it. Codes are documented in spec/README.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from modelarts_spec.diagnostics import Diagnostic, pointer_join
from modelarts_spec.loader import YamlDocument
from modelarts_spec.openapi import Operation, deref, json_media, operations, parameters, response_schema, success_response

PROJECT_PARAM = "project_id"
# The gateway answers these on every operation (bad input, no or bad credentials, no permission).
GATEWAY_ERRORS = ("400", "401", "403")
SCALAR_TYPES = ("string", "integer", "number", "boolean")
# Default serialisation only: the style each location uses when the spec names none.
DEFAULT_STYLE = {"path": "simple", "query": "form", "header": "simple"}
# Keywords every validator we use (openapi-schema-validator's OAS 3.0 dialect) honours; anything else, or a
# typo such as `maxlength`, would be skipped silently and let invalid data through.
SUPPORTED_KEYWORDS = frozenset(
    {
        *("$ref", "type", "format", "enum", "pattern", "minLength", "maxLength", "minimum", "maximum"),
        *("exclusiveMinimum", "exclusiveMaximum", "multipleOf", "items", "minItems", "maxItems", "uniqueItems"),
        *("properties", "additionalProperties", "required", "minProperties", "maxProperties"),
        *("allOf", "anyOf", "oneOf", "not", "nullable"),
        # annotations: no effect on validation
        *("default", "description", "title", "example", "deprecated", "externalDocs"),
    }
)
# OAS 3.0 formats the format checker knows, or that are pure annotations for strings.
SUPPORTED_FORMATS = frozenset({"int32", "int64", "float", "double", "byte", "binary", "date", "date-time", "password"})


def error_example(spec: dict[str, Any], op: Operation, status: str) -> tuple[dict[str, Any] | None, str]:
    """The `{error_code, error_msg}` example of one error status of the operation (None if absent), and its pointer."""
    responses = op.data.get("responses") or {}
    pointer = pointer_join(op.pointer, "responses", status)
    if status not in responses:
        return None, pointer
    response, pointer = deref(spec, responses[status], pointer)
    media, _ = json_media(spec, response, pointer) or ({}, "")
    example = media.get("example")
    if example is None:  # a page's own error example, kept under `examples` like its success examples
        named = next(iter((media.get("examples") or {}).values()), None)
        example = deref(spec, named, pointer)[0].get("value") if isinstance(named, dict) else None
    if isinstance(example, dict) and isinstance(example.get("error_code"), str) and isinstance(example.get("error_msg"), str):
        return example, pointer
    return None, pointer


def success_example(spec: dict[str, Any], response: Any, pointer: str) -> Any:
    """The success body the mock serves: examples.evidence (the manual's plus evidence fields), else manual, else constructed, else example."""
    media, media_pointer = json_media(spec, response, pointer) or ({}, "")
    for name in ("evidence", "manual", "constructed"):
        example, _ = deref(spec, (media.get("examples") or {}).get(name), pointer_join(media_pointer, "examples", name))
        if isinstance(example, dict) and "value" in example:
            return example["value"]
    return media.get("example")


def key_parameters(spec: dict[str, Any], op: Operation) -> list[tuple[dict[str, Any], str]]:
    """Path parameters besides project_id: they address the resource the operation reads."""
    return [(p, ptr) for p, ptr in parameters(spec, op) if p.get("in") == "path" and p.get("name") != PROJECT_PARAM]


def check_servable(doc: YamlDocument) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    for status in GATEWAY_ERRORS[:2]:  # answered before routing: one code for every operation
        codes = {example["error_code"] for op in operations(doc.data) if (example := error_example(doc.data, op, status)[0])}
        if len(codes) > 1:
            found.append(
                doc.diagnostic("error-code-ambiguous", "/paths", f"operations disagree on the {status} error code: {sorted(codes)}")
            )
    # Findings below a schema depend only on where it is: operations sharing a component schema share them.
    memo: dict[str, list[Diagnostic]] = {}
    for op in operations(doc.data):
        found += _check_errors(doc, op) + _check_resource(doc, op) + _check_success(doc, op, memo) + _check_parameters(doc, op, memo)
    return found


def _check_errors(doc: YamlDocument, op: Operation) -> list[Diagnostic]:
    found = []
    responses = {str(status) for status in op.data.get("responses") or {}}
    for status in GATEWAY_ERRORS:
        if status not in responses:
            found.append(
                doc.diagnostic("error-response-missing", pointer_join(op.pointer, "responses"), f"{op.operation_id} has no {status}")
            )
        elif status != "403" and error_example(doc.data, op, status)[0] is None:
            message = f"{op.operation_id}: the {status} response needs an example {{error_code, error_msg}}"
            found.append(doc.diagnostic("error-example-missing", pointer_join(op.pointer, "responses", status), message))
    shared = response_schema(doc.data, op, "400")
    for status in sorted(responses):
        schema = response_schema(doc.data, op, status) if status[:1] in ("4", "5") else None
        if schema is not None and shared is not None and schema[0] != shared[0]:
            message = f"{op.operation_id} {status}: error responses share the 400's schema {shared[0]}"
            found.append(doc.diagnostic("error-schema-mismatch", schema[1], message))
    return found


def _check_resource(doc: YamlDocument, op: Operation) -> list[Diagnostic]:
    found = []
    names = {p.get("name") for p, _ in parameters(doc.data, op) if p.get("in") == "path"}
    if PROJECT_PARAM not in names:
        found.append(
            doc.diagnostic("project-parameter-missing", op.pointer, f"{op.operation_id}: the path has no {PROJECT_PARAM} parameter")
        )
    keys = key_parameters(doc.data, op)
    for param, pointer in keys:
        example = param.get("example")
        # an integer id (a v1 training job's job_id) is written in the path as its decimal text
        if not (isinstance(example, str) or (isinstance(example, int) and not isinstance(example, bool))):
            message = (
                f"{op.operation_id}: path parameter {param.get('name')!r} needs a string or integer `example` "
                "(the id the success example describes)"
            )
            found.append(doc.diagnostic("key-example-missing", pointer, message))
    not_found, pointer = error_example(doc.data, op, "404")
    if keys and not_found is None:
        found.append(doc.diagnostic("not-found-missing", pointer, f"{op.operation_id} addresses a resource but documents no 404 example"))
    return found


def _check_success(doc: YamlDocument, op: Operation, memo: dict[str, list[Diagnostic]]) -> list[Diagnostic]:
    success = success_response(op)
    if success is None:
        return [doc.diagnostic("success-missing", op.pointer, f"{op.operation_id} documents no success response")]
    status, response = success
    found = []
    if response_schema(doc.data, op, status) is None and deref(doc.data, response, op.pointer)[0].get("content"):
        message = f"{op.operation_id}: the success response has no JSON schema"
        found.append(doc.diagnostic("success-schema-missing", pointer_join(op.pointer, "responses", status), message))
    for code in op.data.get("responses") or {}:
        schema = response_schema(doc.data, op, str(code))
        if schema is not None:
            found += _unsupported_at(doc, schema[0], schema[1], memo)
    return found


def _check_parameters(doc: YamlDocument, op: Operation, memo: dict[str, list[Diagnostic]]) -> list[Diagnostic]:
    found = []
    for param, pointer in parameters(doc.data, op):
        location = param.get("in", "")
        schema, schema_pointer = deref(doc.data, param.get("schema", {}), pointer_join(pointer, "schema"))
        kind = schema.get("type") if isinstance(schema, dict) else None
        if location not in DEFAULT_STYLE:
            found.append(doc.diagnostic("parameter-unsupported", pointer, f"parameters in {location!r} are not supported"))
        elif param.get("style", DEFAULT_STYLE[location]) != DEFAULT_STYLE[location] or param.get("explode") is False:
            found.append(doc.diagnostic("parameter-unsupported", pointer, "only the default style and explode are supported"))
        elif kind not in SCALAR_TYPES:
            message = f"parameter schemas must have a scalar type ({', '.join(SCALAR_TYPES)}), found {kind!r}"
            found.append(doc.diagnostic("parameter-unsupported", schema_pointer, message))
        else:
            found += _unsupported_at(doc, schema, schema_pointer, memo)
    return found


def _unsupported_at(doc: YamlDocument, schema: Any, pointer: str, memo: dict[str, list[Diagnostic]]) -> list[Diagnostic]:
    """unsupported_keywords of a schema walked on its own, once per place (the schema a $ref leads to, or itself)."""
    target, target_pointer = deref(doc.data, schema, pointer)
    if target_pointer not in memo:
        memo[target_pointer] = unsupported_keywords(doc, target, target_pointer, set())
    return memo[target_pointer]


def unsupported_keywords(doc: YamlDocument, schema: Any, pointer: str, seen: set[str]) -> list[Diagnostic]:
    """Every keyword below `schema` (following $refs once each) that the validators cannot honour."""
    schema, pointer = deref(doc.data, schema, pointer)
    if pointer in seen or not isinstance(schema, dict):
        return []
    seen.add(pointer)
    found = []
    for key in schema:
        if isinstance(key, str) and not key.startswith("x-") and key not in SUPPORTED_KEYWORDS:
            hint = "supported: " + ", ".join(sorted(SUPPORTED_KEYWORDS))
            found.append(
                doc.diagnostic(
                    "schema-keyword-unsupported", pointer_join(pointer, key), f"schema keyword {key!r} is not supported", hint=hint
                )
            )
    if "format" in schema and schema["format"] not in SUPPORTED_FORMATS:
        hint = "supported: " + ", ".join(sorted(SUPPORTED_FORMATS))
        found.append(
            doc.diagnostic(
                "schema-format-unsupported", pointer_join(pointer, "format"), f"format {schema['format']!r} is unknown", hint=hint
            )
        )
    for child, child_pointer in _subschemas(schema, pointer):
        found += unsupported_keywords(doc, child, child_pointer, seen)
    return found


def _subschemas(schema: dict[str, Any], pointer: str) -> Iterator[tuple[Any, str]]:
    for name, prop in (schema.get("properties") or {}).items():
        yield prop, pointer_join(pointer, "properties", name)
    for key in ("items", "not", "additionalProperties"):
        if isinstance(schema.get(key), dict):
            yield schema[key], pointer_join(pointer, key)
    for key in ("allOf", "anyOf", "oneOf"):
        for index, branch in enumerate(schema.get(key) or []):
            yield branch, pointer_join(pointer, key, index)
