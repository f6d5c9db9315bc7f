"""Schemas at start-up: refuse keywords we cannot honour, compile validators once, build empty answers.

Validation is openapi-schema-validator's OAS30Validator (jsonschema underneath) with the OAS 3.0
format checker (int32/int64 ranges). A keyword the validator would silently skip, or a typo such
as `maxlength`, must stop the mock at start-up instead of letting invalid data through.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from jsonschema.exceptions import ValidationError
from jsonschema.protocols import Validator
from openapi_schema_validator import OAS30Validator, oas30_format_checker

from generator.diagnostics import Diagnostic, pointer_join
from generator.spec_model import deref
from generator.yaml_source import YamlDocument

SUPPORTED_KEYWORDS = frozenset(
    {
        "$ref",
        "type",
        "format",
        "enum",
        "pattern",
        "minLength",
        "maxLength",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "items",
        "minItems",
        "maxItems",
        "uniqueItems",
        "properties",
        "additionalProperties",
        "required",
        "minProperties",
        "maxProperties",
        "allOf",
        "anyOf",
        "oneOf",
        "not",
        "nullable",
        # annotations: no effect on validation
        "default",
        "description",
        "title",
        "example",
        "deprecated",
        "externalDocs",
    }
)
# OAS 3.0 formats the format checker knows, or that are pure annotations for strings.
SUPPORTED_FORMATS = frozenset({"int32", "int64", "float", "double", "byte", "binary", "date", "date-time", "password"})


def unsupported_keywords(doc: YamlDocument, schema: Any, pointer: str, seen: set[str]) -> list[Diagnostic]:
    """Every keyword below `schema` (following $refs once each) that the mock cannot honour."""
    spec = doc.data
    schema, pointer = deref(spec, schema, pointer)
    if pointer in seen or not isinstance(schema, dict):
        return []
    seen.add(pointer)
    found = []
    for key in schema:
        if not isinstance(key, str) or key.startswith("x-"):
            continue
        if key not in SUPPORTED_KEYWORDS:
            found.append(
                doc.diagnostic(
                    "mock-keyword-unsupported",
                    pointer_join(pointer, key),
                    f"schema keyword {key!r} is not supported by the mock's validator",
                    hint="supported: " + ", ".join(sorted(SUPPORTED_KEYWORDS)),
                )
            )
    if "format" in schema and schema["format"] not in SUPPORTED_FORMATS:
        found.append(
            doc.diagnostic(
                "mock-format-unsupported",
                pointer_join(pointer, "format"),
                f"format {schema['format']!r} is unknown to the mock's validator",
                hint="supported: " + ", ".join(sorted(SUPPORTED_FORMATS)),
            )
        )
    for child, child_pointer in _subschemas(schema, pointer):
        found += unsupported_keywords(doc, child, child_pointer, seen)
    return found


def _subschemas(schema: dict[str, Any], pointer: str) -> Iterator[tuple[Any, str]]:
    for name, prop in (schema.get("properties") or {}).items():
        yield prop, pointer_join(pointer, "properties", name)
    for key in ("items", "not"):
        if isinstance(schema.get(key), dict):
            yield schema[key], pointer_join(pointer, key)
    if isinstance(schema.get("additionalProperties"), dict):
        yield schema["additionalProperties"], pointer_join(pointer, "additionalProperties")
    for key in ("allOf", "anyOf", "oneOf"):
        for index, branch in enumerate(schema.get(key) or []):
            yield branch, pointer_join(pointer, key, index)


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
