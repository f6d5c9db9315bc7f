"""modelarts_spec.openapi on hand-made documents: the shapes the curated spec does not happen to contain."""

from __future__ import annotations

from typing import Any

from modelarts_spec.openapi import alternatives, json_media, property_names


def test_alternatives_visit_nested_branches_and_stop_at_a_cycle() -> None:
    spec: dict[str, Any] = {
        "components": {
            "schemas": {
                "Node": {
                    "properties": {"id": {"type": "string"}},
                    "allOf": [{"$ref": "#/components/schemas/Node"}, {"anyOf": [{"properties": {"deep": {}}}]}],
                }
            }
        }
    }
    found = [pointer for _, pointer in alternatives(spec, {"$ref": "#/components/schemas/Node"}, "/x")]
    assert found == ["/components/schemas/Node", "/components/schemas/Node/allOf/1", "/components/schemas/Node/allOf/1/anyOf/0"]
    assert property_names(spec, {"$ref": "#/components/schemas/Node"}, "/x") == {"id", "deep"}


def test_json_media_follows_the_response_ref() -> None:
    media = {"schema": {"type": "object"}}
    spec: dict[str, Any] = {"components": {"responses": {"Ok": {"content": {"application/json": media}}}}}
    assert json_media(spec, {"$ref": "#/components/responses/Ok"}, "/r") == (media, "/components/responses/Ok/content/application~1json")
    assert json_media(spec, {"description": "no body"}, "/r") is None
    assert json_media(spec, {"content": {"text/plain": media}}, "/r") is None


def test_response_schema_accepts_unquoted_status_codes() -> None:
    from modelarts_spec.openapi import Operation, response_schema

    spec = {"paths": {"/x": {"get": {"responses": {200: {"content": {"application/json": {"schema": {"type": "object"}}}}}}}}}
    op = Operation("X", "get", "/x", "/paths/~1x/get", spec["paths"]["/x"]["get"])
    found = response_schema(spec, op, "200")
    assert found is not None and found[0] == {"type": "object"} and found[1].endswith("/responses/200/content/application~1json/schema")
