"""The control plane's OpenAPI document (package data `control-openapi.json`), and its request schemas as validators.

The document is the contract: the mock serves it at /_mock/openapi.json, `make publish` copies it beside the
API's bundle (a Go or Java team generates a control client from it), and every control request body is
checked against its schemas here, so the document and the plane cannot drift apart.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

from jsonschema.exceptions import ValidationError
from jsonschema.protocols import Validator

from modelarts_mock import schemas
from modelarts_mock.errors import ControlError

FILE = "control-openapi.json"
OPENAPI_PATH = "/_mock/openapi.json"
COMBINATORS = ("oneOf", "anyOf", "allOf", "not")


@cache
def document_text() -> str:
    return files("modelarts_mock").joinpath(FILE).read_text(encoding="utf-8")


@cache
def document() -> dict[str, Any]:
    """The document (shared: never change it)."""
    data: dict[str, Any] = json.loads(document_text())
    return data


@cache
def validator(name: str) -> Validator:
    """A validator of the component schema `name` (FaultRequest, StubRequest, LatencyRequest, ResourceEntry, ...)."""
    doc = document()
    if name not in doc["components"]["schemas"]:
        raise KeyError(name)
    return schemas.compile_validator(doc, {"$ref": f"#/components/schemas/{name}"})


def check(name: str, value: Any) -> None:
    """ControlError naming the JSON pointer and the problem if `value` does not fit the schema `name`."""
    errors = sorted(validator(name).iter_errors(value), key=lambda e: (len(e.absolute_path), [str(p) for p in e.absolute_path]))
    # A field of the wrong type says more than "fails oneOf" about the whole body: combinators last.
    error = next((e for e in errors if e.validator not in COMBINATORS), errors[0] if errors else None)
    if error is not None:
        pointer, message = explain(error)
        raise ControlError(pointer, message)


def explain(error: ValidationError) -> tuple[str, str]:
    """(pointer, message) of a schema error, naming an unknown field rather than the keyword that refused it."""
    pointer = schemas.instance_pointer(error)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        known = sorted((error.schema.get("properties") or {}) if isinstance(error.schema, dict) else ())
        extra = sorted(str(k) for k in error.instance if k not in known)
        if extra and known:
            token = extra[0].replace("~", "~0").replace("/", "~1")
            return f"{pointer}/{token}", f"unknown field {extra[0][:60]!r}; known: {', '.join(known)}"
    if error.validator in COMBINATORS and isinstance(error.schema, dict) and error.schema.get("description"):
        return pointer, str(error.schema["description"])
    if error.validator == "type" and error.validator_value == "integer" and isinstance(error.instance, float):
        return pointer, f"expected an integer, got {schemas.short(error.instance)} (write it without a decimal point)"
    return pointer, schemas.describe(error)


def endpoints() -> list[dict[str, Any]]:
    """Each control path with its methods and summaries (GET /_mock/ and /_mock/help)."""
    found = []
    for path, item in document()["paths"].items():
        methods = sorted(m.upper() for m in item if m in ("get", "post", "put", "delete", "patch"))
        summary = "; ".join(f"{m}: {item[m.lower()].get('summary', '')}" for m in methods)
        found.append({"path": path, "methods": methods, "summary": summary})
    return found
