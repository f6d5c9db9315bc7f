"""Schemas: validators compiled on first use, once per schema and shared; empty answers; validation errors described.

Validation is openapi-schema-validator's OAS30Validator (jsonschema underneath) with the OAS 3.0
format checker (int32/int64 ranges). `validate` (modelarts_spec.servable) has already refused any
keyword or format the validator would silently skip.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

from jsonschema import Draft4Validator
from jsonschema.exceptions import ValidationError
from jsonschema.protocols import Validator
from modelarts_spec.diagnostics import pointer_join
from modelarts_spec.openapi import deref

# A status documented without content: the only valid body is none (None); any body is "expected no body".
NO_BODY: Validator = Draft4Validator({"type": "null"})


def compile_validator(spec: dict[str, Any], schema: Any) -> Validator:
    """A validator of one schema; local $refs resolve against the spec's components."""
    from openapi_schema_validator import oas30_format_checker

    root = dict(schema, components=spec.get("components") or {})
    validator: Validator = _validator_class()(root, format_checker=oas30_format_checker)
    return validator


@functools.cache
def _validator_class() -> Any:
    """OAS30Validator with `pattern` read as JSON Schema means it. Imported on first use: the library pulls in
    pydantic-settings (~0.1 s), which a start on a spec whose verdict is known may put off until a value needs checking."""
    from jsonschema import validators
    from openapi_schema_validator import OAS30Validator

    return validators.extend(OAS30Validator, {"pattern": _pattern})  # type: ignore[no-untyped-call]


def _pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Iterator[ValidationError]:
    if validator.is_type(instance, "string") and ecma_regex(pattern).search(instance) is None:
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


@functools.lru_cache(maxsize=4096)
def ecma_regex(pattern: str) -> re.Pattern[str]:
    """A JSON Schema `pattern` (an ECMA-262 regular expression) for Python's `re`: there `$` also matches before a
    final newline, so a path id `S%0A` passed `^[A-Za-z0-9]+$`; here a `$` outside a character class is `\\Z`, the
    end of the text only."""
    out: list[str] = []
    in_class, index = False, 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            out.append(pattern[index : index + 2])
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "$":
            char = "\\Z"
        out.append(char)
        index += 1
    return re.compile("".join(out))


class SchemaValidators:
    """The validators of one spec's schemas, each compiled when a value first needs checking (a spec of 1,500
    operations starts without compiling what no request uses) and shared: one per schema object, and one per bare
    `$ref` (every error response's `{$ref: ModelArtsError}`, the same parameter component everywhere). A race
    compiles twice, harmlessly: the same schema gives the same validator."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self._spec = spec
        self._compiled: dict[object, tuple[Any, Validator]] = {}  # the schema is kept: its id stays its own

    def get(self, schema: Any) -> Validator:
        ref = schema.get("$ref") if isinstance(schema, dict) and len(schema) == 1 else None
        key: object = ("$ref", ref) if isinstance(ref, str) else id(schema)
        found = self._compiled.get(key)
        if found is None:
            found = self._compiled[key] = (schema, compile_validator(self._spec, schema))
        return found[1]


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
        case "type" if expected == "null":  # NO_BODY: a status documented without content
            return f"expected no body, got {got}"
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
