"""What typed clients generated from the spec need of it: an example integer outside 32 bits needs `format: int64`
(modelarts_spec/example_values.py; without it typed clients read the integer as int32 and the whole answer fails to
decode, as the Go client's did on 6 GETs), and a GET documents no request body (the Go client sent `null` for one)."""

from __future__ import annotations

from typing import Any

import pytest
from modelarts_spec.loader import parse_yaml
from modelarts_spec.validate import check_examples

from tests.support import yaml_text


def _findings(schema: dict[str, Any], example: Any) -> list[str]:
    media = {"schema": schema, "examples": {"page": {"value": example}}}
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {"/jobs": {"get": {"responses": {"200": {"description": "ok", "content": {"application/json": media}}}}}},
    }
    doc = parse_yaml(yaml_text(spec, sort_keys=False), "spec.yaml")
    return [f"{d.pointer} {d.message}" for d in check_examples(doc)]


TIME = {"type": "object", "properties": {"createTime": {"type": "integer"}}}
WHERE = "/paths/~1jobs/get/responses/200/content/application~1json/examples/page/value/createTime"


def test_a_millisecond_timestamp_in_an_int32_field_is_reported_at_the_value_with_the_fix() -> None:
    (found,) = _findings(TIME, {"createTime": 1727254947000})
    assert found.startswith(WHERE + " ") and "1727254947000 does not fit 32 bits: declare `format: int64`" in found


@pytest.mark.parametrize("value", [2**31 - 1, -(2**31), 0, True])
def test_values_that_fit_32_bits_pass(value: Any) -> None:
    schema = TIME if value is not True else {"type": "object", "properties": {"createTime": {"type": "boolean"}}}
    assert _findings(schema, {"createTime": value}) == []


def test_format_int64_lets_it_pass_also_inside_an_alternative() -> None:
    wide = {"type": "object", "properties": {"createTime": {"type": "integer", "format": "int64"}}}
    assert _findings(wide, {"createTime": 1727254947000}) == []
    either = {"type": "object", "properties": {"line": {"anyOf": [{"type": "string"}, {"type": "integer"}]}}}
    assert len(_findings(either, {"line": 1551252759254000002})) == 1  # ShowTrainingJobLogsV1's start_line before the fix
    either["properties"]["line"]["anyOf"][1]["format"] = "int64"
    assert _findings(either, {"line": 1551252759254000002}) == []


def test_a_get_with_a_request_body_is_refused_at_the_body() -> None:
    from modelarts_spec.validate import check_operations

    operation = {
        "operationId": "ListThings",
        "summary": "s",
        "tags": ["t"],
        "security": [{"iamToken": []}],
        "requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}},
        "responses": {"200": {"description": "ok", "content": {"application/json": {"example": {}}}}},
    }
    spec = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {"/things": {"get": operation}}}
    found = [(d.code, d.pointer) for d in check_operations(parse_yaml(yaml_text(spec, sort_keys=False), "spec.yaml"))]
    assert found == [("operation-get-body", "/paths/~1things/get/requestBody")]
    spec["paths"]["/things"]["post"] = spec["paths"]["/things"].pop("get")  # a POST may have one
    assert check_operations(parse_yaml(yaml_text(spec, sort_keys=False), "spec.yaml")) == []


def test_an_integer_beyond_64_bits_is_reported_whatever_its_format_and_a_long_one_is_abbreviated() -> None:
    wide = {"type": "object", "properties": {"createTime": {"type": "integer", "format": "int64"}}}
    (found,) = _findings(wide, {"createTime": 2**63})
    assert "9223372036854775808 does not fit 64 bits" in found
    (found,) = _findings(TIME, {"createTime": int("9" * 1000)})
    assert "999999999999… (1000 digits) does not fit 64 bits" in found and len(found) < 400
    assert _findings(wide, {"createTime": 2**63 - 1}) == []
