"""Request bodies checked before sending, against the spec's schemas as the generator renders them.

The generated client carries its request schemas as plain data (`modelarts_client/request_schemas.py`:
JSON Schema's subset that OpenAPI 3.0 uses, `$ref` as `{"$ref": "Name"}` into the same table); this module
reads that data, so the client needs no third-party validator. The first value that does not fit raises
`ModelArtsArgumentError` naming the operation, the JSON pointer of the value and what was expected.

Keywords read: type (with `nullable`), enum, properties, required, additionalProperties, items, allOf,
anyOf, oneOf (as anyOf: one fitting alternative is enough), minLength, maxLength, pattern, minimum,
maximum, exclusiveMinimum, exclusiveMaximum (OpenAPI 3.0's booleans), minItems, maxItems. Others
(format, readOnly, discriminator, …) are left to the server.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from .errors import ModelArtsArgumentError

Schema = Mapping[str, Any]
Schemas = Mapping[str, Schema]
MAX_DEPTH = 64  # a request body nested deeper is refused (and recursion stays bounded)

_KIND = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "a boolean",
    "array": "an array",
    "object": "an object",
}


class Misfit(Exception):
    def __init__(self, pointer: str, expected: str) -> None:
        super().__init__(expected)
        self.pointer = pointer
        self.expected = expected


def check_body(schemas: Schemas, schema: Schema, value: Any, operation: str) -> None:
    """Raise ModelArtsArgumentError naming `operation` and the JSON pointer if `value` does not fit `schema`."""
    try:
        _check(schemas, schema, value, "", 0)
    except Misfit as misfit:
        raise ModelArtsArgumentError(
            f"{operation}: request body at {misfit.pointer or '/'}: {misfit.expected}", operation=operation, pointer=misfit.pointer
        ) from None


def json_kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list | tuple):
        return "an array"
    if isinstance(value, Mapping):
        return "an object"
    return f"a {type(value).__name__} (not JSON)"


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _resolve(schemas: Schemas, schema: Schema) -> Schema:
    seen = 0
    while "$ref" in schema:
        schema = schemas[schema["$ref"]]
        seen += 1
        if seen > MAX_DEPTH:
            raise Misfit("", "the spec's schema refers to itself without end")
    return schema


def _fits_type(kind: str, value: Any) -> bool:
    if kind == "string":
        return isinstance(value, str)
    if kind == "integer":
        return (isinstance(value, int) and not isinstance(value, bool)) or (isinstance(value, float) and value.is_integer())
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "array":
        return isinstance(value, list | tuple)
    if kind == "object":
        return isinstance(value, Mapping)
    return True


def _check(schemas: Schemas, schema: Schema, value: Any, pointer: str, depth: int) -> None:
    if depth > MAX_DEPTH:
        raise Misfit(pointer, f"nested deeper than {MAX_DEPTH} levels")
    schema = _resolve(schemas, schema)
    if value is None:
        if schema.get("nullable") or not (
            schema.get("type") or schema.get("enum") or schema.get("anyOf") or schema.get("oneOf") or schema.get("allOf")
        ):
            return
        raise Misfit(pointer, f"expected {_expected(schemas, schema)}, got null (the spec does not mark it nullable)")
    for part in schema.get("allOf", ()):
        _check(schemas, part, value, pointer, depth + 1)
    alternatives = schema.get("anyOf") or schema.get("oneOf")
    if alternatives:
        _one_of(schemas, alternatives, value, pointer, depth)
    kind = schema.get("type")
    if kind is not None and not _fits_type(kind, value):
        raise Misfit(pointer, f"expected {_expected(schemas, schema)}, got {json_kind(value)}")
    if "enum" in schema and value not in schema["enum"]:
        allowed = ", ".join(repr(v) for v in schema["enum"])
        raise Misfit(pointer, f"expected one of {allowed}, got {_shown(value)}")
    if isinstance(value, str):
        _check_string(schema, value, pointer)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        _check_number(schema, value, pointer)
    elif isinstance(value, list | tuple):
        _check_array(schemas, schema, value, pointer, depth)
    elif isinstance(value, Mapping):
        _check_object(schemas, schema, value, pointer, depth)
    elif not isinstance(value, bool):
        raise Misfit(pointer, f"expected a JSON value, got {json_kind(value)}")


def _one_of(schemas: Schemas, alternatives: Any, value: Any, pointer: str, depth: int) -> None:
    misfits = []
    for alternative in alternatives:
        try:
            _check(schemas, alternative, value, pointer, depth + 1)
        except Misfit as misfit:
            misfits.append(misfit)
        else:
            return
    deepest = max(misfits, key=lambda m: len(m.pointer))  # the alternative that fitted longest says most
    if deepest.pointer != pointer:
        raise deepest
    shown = " or ".join(dict.fromkeys(_expected(schemas, _resolve(schemas, a)) for a in alternatives))
    raise Misfit(pointer, f"expected {shown}, got {json_kind(value)}")


def _expected(schemas: Schemas, schema: Schema) -> str:
    kind = schema.get("type")
    if kind is None and (schema.get("anyOf") or schema.get("oneOf")):
        return " or ".join(dict.fromkeys(_expected(schemas, _resolve(schemas, a)) for a in schema.get("anyOf") or schema["oneOf"]))
    text = _KIND.get(str(kind), "a value")
    return f"{text} or null" if schema.get("nullable") else text


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:80] + "…"


def _check_string(schema: Schema, value: str, pointer: str) -> None:
    if "minLength" in schema and len(value) < schema["minLength"]:
        raise Misfit(pointer, f"expected at least {schema['minLength']} characters, got {len(value)}")
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        raise Misfit(pointer, f"expected at most {schema['maxLength']} characters, got {len(value)}")
    pattern = schema.get("pattern")
    if pattern is not None:
        compiled = _compiled(pattern)
        if compiled is not None and compiled.search(value) is None:
            raise Misfit(pointer, f"expected a string matching {pattern!r}, got {_shown(value)}")


def _check_number(schema: Schema, value: float, pointer: str) -> None:
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is not None and (value < low or (schema.get("exclusiveMinimum") is True and value == low)):
        raise Misfit(pointer, f"expected {'more than' if schema.get('exclusiveMinimum') is True else 'at least'} {low}, got {value}")
    if high is not None and (value > high or (schema.get("exclusiveMaximum") is True and value == high)):
        raise Misfit(pointer, f"expected {'less than' if schema.get('exclusiveMaximum') is True else 'at most'} {high}, got {value}")


def _check_array(schemas: Schemas, schema: Schema, value: list[Any] | tuple[Any, ...], pointer: str, depth: int) -> None:
    if "minItems" in schema and len(value) < schema["minItems"]:
        raise Misfit(pointer, f"expected at least {schema['minItems']} items, got {len(value)}")
    if "maxItems" in schema and len(value) > schema["maxItems"]:
        raise Misfit(pointer, f"expected at most {schema['maxItems']} items, got {len(value)}")
    items = schema.get("items")
    if items is not None:
        for index, item in enumerate(value):
            _check(schemas, items, item, f"{pointer}/{index}", depth + 1)


def _check_object(schemas: Schemas, schema: Schema, value: Mapping[Any, Any], pointer: str, depth: int) -> None:
    properties: Mapping[str, Schema] = schema.get("properties", {})
    for name in schema.get("required", ()):
        if name not in value:
            raise Misfit(f"{pointer}/{_escape(name)}", "a value (required by the spec), got nothing")
    extra = schema.get("additionalProperties", True)
    for key, item in value.items():
        if not isinstance(key, str):
            raise Misfit(pointer, f"expected string keys, got {_shown(key)}")
        where = f"{pointer}/{_escape(key)}"
        if key in properties:
            _check(schemas, properties[key], item, where, depth + 1)
        elif extra is False:
            known = ", ".join(properties) or "none"
            raise Misfit(where, f"no such property (the spec allows only: {known})")
        elif isinstance(extra, Mapping):
            _check(schemas, extra, item, where, depth + 1)


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> re.Pattern[str] | None:
    try:
        return re.compile(pattern)
    except re.error:  # an ECMA-262 pattern Python cannot read is left to the server
        return None


def json_body(schemas: Schemas, schema: Schema, body: Any, operation: str) -> Any:
    """The JSON to send for `body` (a generated model, through its `to_dict()`, or plain data), checked first."""
    if body is None:
        raise ModelArtsArgumentError(f"{operation}: body is required (a model or a dict), got None", operation=operation, pointer="")
    to_dict = getattr(body, "to_dict", None)
    data = to_dict() if callable(to_dict) and not isinstance(body, Mapping) else body
    check_body(schemas, schema, data, operation)
    return data


def bytes_body(body: Any, operation: str) -> bytes:
    """A binary request body as bytes (bytes, bytearray or memoryview), or ModelArtsArgumentError naming the operation."""
    if isinstance(body, bytes | bytearray | memoryview):
        return bytes(body)
    raise ModelArtsArgumentError(f"{operation}: body must be bytes, got {type(body).__name__}", operation=operation, pointer="")
