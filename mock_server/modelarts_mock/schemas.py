"""Schemas at start-up: compile validators once, build empty answers; describe validation errors.

Validation is openapi-schema-validator's OAS30Validator (jsonschema underneath) with the OAS 3.0
format checker (int32/int64 ranges). `validate` (modelarts_spec.servable) has already refused any
keyword or format the validator would silently skip.
"""

from __future__ import annotations

from typing import Any

from jsonschema.exceptions import ValidationError
from jsonschema.protocols import Validator
from modelarts_spec.diagnostics import pointer_join
from modelarts_spec.openapi import deref
from openapi_schema_validator import OAS30Validator, oas30_format_checker


def compile_validator(spec: dict[str, Any], schema: Any) -> Validator:
    """One validator per schema, built once; local $refs resolve against the spec's components."""
    root = dict(schema, components=spec.get("components") or {})
    validator: Validator = OAS30Validator(root, format_checker=oas30_format_checker)
    return validator


def first_error(validator: Validator, instance: Any) -> ValidationError | None:
    """The error at the shallowest, then alphabetically first, place: the same one every time."""
    errors = sorted(validator.iter_errors(instance), key=lambda e: (len(e.absolute_path), [str(p) for p in e.absolute_path]))
    return errors[0] if errors else None


def instance_pointer(error: ValidationError) -> str:
    return pointer_join("", *list(error.absolute_path))


def short(value: Any, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def describe(error: ValidationError) -> str:
    """A short problem statement: what was expected and (abridged) what came instead."""
    expected: Any = error.validator_value
    got = short(error.instance)
    match error.validator:
        case "type":
            return f"expected {expected}, got {got}"
        case "enum":
            return f"expected one of {', '.join(repr(v) for v in expected)}, got {got}"
        case "pattern":
            return f"does not match the pattern {expected}: {got}"
        case "minLength":
            return f"shorter than the minimum length {expected}: {got}"
        case "maxLength":
            return f"longer than the maximum length {expected}: {got}"
        case "minimum":
            return f"below the minimum {expected}: {got}"
        case "maximum":
            return f"above the maximum {expected}: {got}"
        case "format":
            return f"not a valid {expected}: {got}"
        case "required":
            return short(error.message, 200)
        case _:
            return f"fails {error.validator!r} ({short(expected)}): {got}"


def minimal_instance(spec: dict[str, Any], schema: Any, pointer: str = "") -> Any:
    """The smallest value a schema accepts: required properties only, empty lists, zero, "", first enum value.

    Used for project-wide operations asked about a project that has no data of its own.
    """
    schema, pointer = deref(spec, schema, pointer)
    if not isinstance(schema, dict):
        return {}
    if "enum" in schema:
        return schema["enum"][0]
    for key in ("anyOf", "oneOf"):
        if schema.get(key):
            return minimal_instance(spec, schema[key][0], pointer_join(pointer, key, 0))
    if schema.get("allOf"):
        merged: dict[str, Any] = {}
        for index, branch in enumerate(schema["allOf"]):
            part = minimal_instance(spec, branch, pointer_join(pointer, "allOf", index))
            if isinstance(part, dict):
                merged.update(part)
        return merged
    kind = schema.get("type", "object")
    if kind == "array":
        return [minimal_instance(spec, schema.get("items", {}), pointer_join(pointer, "items"))] * int(schema.get("minItems", 0))
    if kind == "string":
        return "x" * int(schema.get("minLength", 0))
    if kind in ("integer", "number"):
        return max(0, schema.get("minimum", 0))
    if kind == "boolean":
        return False
    props = schema.get("properties") or {}
    return {
        name: minimal_instance(spec, props.get(name, {}), pointer_join(pointer, "properties", name))
        for name in schema.get("required") or []
    }
