"""Parameters: read from the spec at start-up; per request parse → coerce → validate, or a 400 naming the parameter.

A parameter's validator is compiled when a value first needs checking, once per distinct schema (the shared
`project_id` of every operation is one): start-up does not grow with validators most requests never use.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from jsonschema.protocols import Validator
from modelarts_spec.diagnostics import pointer_join
from modelarts_spec.openapi import Operation, deref, parameters

from modelarts_mock import schemas
from modelarts_mock.errors import BadRequest
from modelarts_mock.schemas import SchemaValidators

LOCATIONS = {"path": "path parameter", "query": "query parameter", "header": "header"}
_INTEGER = re.compile(r"-?[0-9]+")
VALID_CACHE = 4096
MAX_NUMBER_TEXT = 64  # characters of an integer or number parameter: far beyond int64, far below int()'s 4,300-digit limit
_MISSING = object()  # cached values may be anything JSON, None and False included


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # path, query or header
    required: bool
    kind: str  # the scalar JSON type the raw text is coerced to
    schema: Any
    validators: SchemaValidators = field(compare=False, repr=False)
    bad_request_code: str
    # Raw values already found valid → their coerced value. Validation is a pure function of the text, and
    # clients repeat the same project and resource ids; bounded so odd input cannot grow it without limit.
    _valid: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def validator(self) -> Validator:
        return self.validators.get(self.schema)

    @property
    def label(self) -> str:
        return f"{LOCATIONS[self.location]} '{self.name}'"

    def coerce(self, raw: str) -> Any:
        """Text from the wire → the JSON value the schema describes."""
        if self.kind in ("integer", "number") and len(raw) > MAX_NUMBER_TEXT:
            raise BadRequest(self.bad_request_code, f"{self.label}: expected {self.kind}, got {len(raw):,} characters")
        if self.kind == "integer":
            if _INTEGER.fullmatch(raw):
                return int(raw)
        elif self.kind == "number":
            try:
                value = float(raw)
            except ValueError:
                value = math.nan
            if math.isfinite(value):
                return int(raw) if _INTEGER.fullmatch(raw) else value
        elif self.kind == "boolean":
            if raw in ("true", "false"):
                return raw == "true"
        else:
            return raw
        raise BadRequest(self.bad_request_code, f"{self.label}: expected {self.kind}, got {schemas.short(raw)}")

    def check(self, raw: str) -> Any:
        # One lookup: another thread's clear() may land between a membership test and a read.
        value = self._valid.get(raw, _MISSING)
        if value is not _MISSING:
            return value
        value = self.coerce(raw)
        error = schemas.first_error(self.validator, value)
        if error is not None:
            raise BadRequest(self.bad_request_code, f"{self.label}: {schemas.describe(error)}")
        if len(self._valid) >= VALID_CACHE:
            self._valid.clear()
        self._valid[raw] = value
        return value


def compile_parameters(
    spec: dict[str, Any], op: Operation, bad_request_code: str, validators: SchemaValidators | None = None
) -> list[Parameter]:
    """One parameter per declared one (`validate` has refused locations, styles and types we cannot parse).

    `validators`: shared by every operation of a spec, so a schema they share is compiled once.
    """
    shared = validators if validators is not None else SchemaValidators(spec)
    compiled = []
    for param, pointer in parameters(spec, op):
        location = param["in"]
        schema, _ = deref(spec, param.get("schema", {}), pointer_join(pointer, "schema"))
        required = bool(param.get("required")) or location == "path"
        compiled.append(Parameter(param["name"], location, required, str(schema["type"]), schema, shared, bad_request_code))
    return compiled


def parse(
    params: Sequence[Parameter],
    path: Mapping[str, str],
    query: Sequence[tuple[str, str]],
    headers: Mapping[str, str],
    validate: bool = True,
) -> dict[str, Any]:
    """Values of the operation's parameters by name. Unknown query parameters and headers are ignored, as the service does."""
    values: dict[str, Any] = {}
    for param in params:
        if param.location == "path":
            raws = [path[param.name]]
        elif param.location == "query":
            raws = [value for key, value in query if key == param.name]
        else:
            raw = headers.get(param.name.lower())
            raws = [] if raw is None else [raw]
        if not raws:
            if param.required:
                raise BadRequest(param.bad_request_code, f"{param.label}: missing (it is required)")
            continue
        if len(raws) > 1:
            raise BadRequest(param.bad_request_code, f"{param.label}: given {len(raws)} times, expected once")
        values[param.name] = param.check(raws[0]) if validate else param.coerce(raws[0])
    return values
