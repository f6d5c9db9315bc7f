"""Our openapi-spec-validator variant (modelarts_spec/oas_validator.py) finds exactly the library's errors, and
asks jsonschema-rs first only where that cannot change them."""

from __future__ import annotations

import sys
from importlib.metadata import version
from typing import Any

import jsonschema_rs
import pytest
from modelarts_spec import oas_validator
from modelarts_spec.oas_validator import SpecValidator
from openapi_spec_validator import OpenAPIV30SpecValidator
from openapi_spec_validator.validation import keywords


def _spec(schema: dict[str, Any]) -> dict[str, Any]:
    response = {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {"/things": {"get": {"operationId": "ListThings", "responses": {"200": response}}}},
        "components": {"schemas": {"Thing": schema}},
    }


SCHEMAS = [
    {"type": "object", "properties": {"name": {"type": "string", "pattern": "^[a-z]+$"}}},
    {"type": "string", "pattern": "(?<word>a)"},  # ECMA-262 (jsonschema-rs) accepts it; Python's re does not
    {"type": "strin"},
    {"type": "object", "required": []},
    {"type": "number", "minimum": float("inf")},  # jsonschema-rs refuses it; the library accepts it
    {"type": "string", "minLength": 1.0},
    {"type": "object", "properties": {"pattern": {"type": "string", "pattern": "[a-"}}},
    {"type": "object", "properties": {"pattern": {"type": "string"}}},  # a property named `pattern` is no regex
]


def _errors(validator: Any, spec: dict[str, Any]) -> list[tuple[str, list[Any]]]:
    return [(e.message, list(e.absolute_path)) for e in validator(spec).iter_errors()]


@pytest.mark.parametrize("schema", SCHEMAS, ids=lambda s: repr(s)[:60])
def test_every_schema_gets_the_librarys_verdict(schema: dict[str, Any]) -> None:
    assert _errors(SpecValidator, _spec(schema)) == _errors(OpenAPIV30SpecValidator, _spec(schema))


@pytest.mark.parametrize("schema", SCHEMAS[2:4], ids=["type", "required"])
def test_the_broken_schemas_are_reported(schema: dict[str, Any]) -> None:
    assert _errors(SpecValidator, _spec(schema))  # the comparison above is not between two silent validators


def _library_checks(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The schemas the library itself meta-checks."""
    calls: list[Any] = []
    stock = keywords.SchemaValidator._validate_schema_meta

    def counted(self: Any, schema: Any, value: Any) -> Any:
        calls.append(value)
        return stock(self, schema, value)

    monkeypatch.setattr(keywords.SchemaValidator, "_validate_schema_meta", counted)
    return calls


def test_the_private_parts_reached_are_pinned_to_the_releases_they_were_verified_with() -> None:
    """oas_validator.py overrides `_validate_schema_meta` and sets the seen-registries of openapi-spec-validator, and
    replaces pathable's `_get_subnode`: moving either library, check those against its source, then move this pin."""
    assert (version("openapi-spec-validator"), version("pathable"), version("jsonschema-rs")) == ("0.9.0", "0.6.0", "0.60.3")


def test_a_valid_schema_is_not_checked_again_by_the_library(monkeypatch: pytest.MonkeyPatch) -> None:
    """Under the pinned releases (openapi-spec-validator 0.9, jsonschema-rs 0.60) jsonschema-rs answers alone."""
    calls = _library_checks(monkeypatch)
    assert list(SpecValidator(_spec(SCHEMAS[0])).iter_errors()) == []
    assert calls == []
    list(SpecValidator(_spec(SCHEMAS[1])).iter_errors())  # a pattern Python cannot compile: the library decides
    assert calls == [SCHEMAS[1]]


def _unbuildable(*args: Any, **kwargs: Any) -> Any:
    raise TypeError("unexpected keyword argument 'validate_formats'")  # as a release with another API would


@pytest.mark.parametrize("missing", ["module", "api"])
def test_without_jsonschema_rs_the_library_checks_every_schema(monkeypatch: pytest.MonkeyPatch, missing: str) -> None:
    with monkeypatch.context() as hidden:  # only while ours is built: the library has a jsonschema-rs backend of its own
        if missing == "module":
            hidden.setitem(sys.modules, "jsonschema_rs", None)  # the import fails, as where it is not installed
        else:
            hidden.setattr(jsonschema_rs, "Draft4Validator", _unbuildable)
        assert oas_validator._rust_meta_check() is None
        validator = oas_validator._fast_validator()
    calls = _library_checks(monkeypatch)
    for schema in SCHEMAS:
        assert _errors(validator, _spec(schema)) == _errors(OpenAPIV30SpecValidator, _spec(schema))
    assert len(calls) == 2 * len(SCHEMAS)  # ours and the stock validator's, each schema once


def test_a_schema_deeper_than_jsonschema_rs_may_go_is_left_to_the_library(monkeypatch: pytest.MonkeyPatch) -> None:
    """jsonschema-rs recurses natively: 100,000 levels overflow its stack and kill the process, where Python raises
    (and `validate` reports it). The limit is lowered here so the library's own check stays within Python's."""
    monkeypatch.setattr(oas_validator, "MAX_DEPTH", 5)
    deep: dict[str, Any] = {"type": "string"}
    for _ in range(3):
        deep = {"type": "object", "properties": {"a": deep}}  # 6 levels of mappings: 3 schemas, 3 `properties`
    calls = _library_checks(monkeypatch)
    assert _errors(SpecValidator, _spec(deep)) == []
    assert calls == [deep]  # the library, not jsonschema-rs, checked it
    shallow = deep["properties"]["a"]["properties"]["a"]
    assert _errors(SpecValidator, _spec(shallow)) == [] and calls == [deep]  # within the limit: jsonschema-rs alone
