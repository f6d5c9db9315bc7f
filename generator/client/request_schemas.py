"""The request-body schemas the facade checks a body against before sending (modelarts_core.validation).

Rendered into the generated client as data (`modelarts_client/request_schemas.py`): the JSON Schema subset
the validator reads, for each operation's JSON request body and every component schema it refers to,
`$ref` written as `{"$ref": "<component name>"}`. Only these keywords are kept; text such as descriptions
and examples is left out, so the table stays small and spec text enters code only as data literals.
"""

from __future__ import annotations

from typing import Any

from modelarts_spec.openapi import deref

from .facade_model import FacadeGroup

KEPT = (
    "type",
    "nullable",
    "enum",
    "properties",
    "required",
    "additionalProperties",
    "items",
    "allOf",
    "anyOf",
    "oneOf",
    "minLength",
    "maxLength",
    "pattern",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minItems",
    "maxItems",
)
_REF = "#/components/schemas/"


def request_schemas(spec: dict[str, Any], groups: list[FacadeGroup]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(component name → trimmed schema, operationId → trimmed body schema), for JSON bodies only."""
    json_ops = {op.operation_id: op.body.content_type for g in groups for op in g.operations if op.body and op.body.kind == "json"}
    bodies: dict[str, Any] = {}
    wanted: list[str] = []
    for path_item in (spec.get("paths") or {}).values():
        for operation in (path_item or {}).values():
            if not isinstance(operation, dict) or operation.get("operationId") not in json_ops:
                continue
            request, _ = deref(spec, operation.get("requestBody") or {}, "")
            schema = ((request.get("content") or {}).get(json_ops[operation["operationId"]]) or {}).get("schema") or {}
            bodies[operation["operationId"]] = trim(schema, wanted)
    components = (spec.get("components") or {}).get("schemas") or {}
    schemas: dict[str, Any] = {}
    while wanted:
        name = wanted.pop()
        if name not in schemas and name in components:
            schemas[name] = {}  # placed first: a schema that refers to itself is visited once
            schemas[name] = trim(components[name], wanted)
    return dict(sorted(schemas.items())), dict(sorted(bodies.items()))


def trim(schema: Any, refs: list[str]) -> Any:
    """`schema` with only the KEPT keywords; component names it refers to are appended to `refs`."""
    if not isinstance(schema, dict):
        return schema
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith(_REF):
        name = ref[len(_REF) :].replace("~1", "/").replace("~0", "~")
        refs.append(name)
        return {"$ref": name}
    kept: dict[str, Any] = {}
    for key in KEPT:
        if key not in schema:
            continue
        value = schema[key]
        if key == "properties" and isinstance(value, dict):
            kept[key] = {str(name): trim(sub, refs) for name, sub in value.items()}
        elif key in ("items", "additionalProperties"):
            kept[key] = trim(value, refs)
        elif key in ("allOf", "anyOf", "oneOf") and isinstance(value, list):
            kept[key] = [trim(sub, refs) for sub in value]
        else:
            kept[key] = value
    return kept
