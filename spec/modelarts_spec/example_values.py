"""How `validate` checks an example against its schema: OpenAPI 3.0's rules, plus one a typed client needs.

An integer schema without `format: int64` reads as 32 bits in typed clients generated from the spec (openapi-generator's
Go and Java clients): a 13-digit millisecond timestamp in the manual's example then fails the whole answer's decoding
there (`cannot unmarshal number 1636447746000 … of type int32`). So an example integer outside 32 bits is reported at
its place, and the fix is the schema's `format: int64`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from jsonschema import ValidationError, validators
from openapi_schema_validator import OAS30Validator

INT32 = range(-(2**31), 2**31)
INT64 = range(-(2**63), 2**63)
_STOCK_TYPE = OAS30Validator.VALIDATORS["type"]


def _type(validator: Any, types: Any, instance: Any, schema: dict[str, Any]) -> Iterator[ValidationError]:
    yield from _STOCK_TYPE(validator, types, instance, schema)
    if types != "integer" or type(instance) is not int:
        return
    if instance not in INT64:
        yield ValidationError(f"{_shown(instance)} does not fit 64 bits: typed clients (Go, Java) cannot read it as an integer")
    elif instance not in INT32 and schema.get("format") != "int64":
        yield ValidationError(
            f"{_shown(instance)} does not fit 32 bits: declare `format: int64` (typed clients read an integer without it as int32)"
        )


def _shown(number: int) -> str:
    """The number, or its head and length when long: the hint after it must survive the report's length limit."""
    text = str(number)
    return text if len(text) <= 24 else f"{text[:12]}… ({len(text)} digits)"


ExampleValidator: Any = validators.extend(OAS30Validator, {"type": _type})  # type: ignore[no-untyped-call]
