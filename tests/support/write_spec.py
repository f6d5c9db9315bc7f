"""A spec with write operations, for the client's write tests (the committed spec has none yet).

The committed spec (root and parts, merged by the loader) plus a `widgets` tag: POST answering 201 with a
body and 202 without, PUT, PATCH, DELETE answering an empty 204, a binary upload and a multipart one. The
request bodies use nested objects, arrays, enums, required properties, an `additionalProperties` map,
`anyOf` of a string and a number, nullable fields and property names such as `@modelarts:color` and
`os.modelarts/name`. It passes `validate`, so `generate` builds a client from it.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from modelarts_spec.loader import load_openapi

from tests.support import SPEC, yaml_text

WIDGET_ID = "w-0123456789"
DOCUMENTED = [{"source": "english-edition", "at": "tests/support/write_spec.py:1"}]
SECURITY = [{"iamToken": []}, {"akskSignature": []}]
ERRORS = {
    code: {"$ref": f"#/components/responses/{name}"}
    for code, name in (("400", "BadRequest"), ("401", "Unauthorized"), ("403", "Forbidden"))
}

WIDGET_EXAMPLE = {
    "id": WIDGET_ID,
    "name": "blue-one",
    "spec": {"size": "large", "replicas": 2, "ports": [{"port": 8080, "protocol": "TCP"}]},
    "labels": {"team": "ml"},
    "@modelarts:color": "blue",
    "os.modelarts/name": "widget",
    "note": None,
}
CREATE_EXAMPLE = {k: v for k, v in WIDGET_EXAMPLE.items() if k != "id"}

SCHEMAS: dict[str, Any] = {
    "WidgetPort": {
        "type": "object",
        "description": "A port.",
        "required": ["port"],
        "properties": {
            "port": {"type": "integer", "minimum": 1, "maximum": 65535, "description": "Port number."},
            "protocol": {"type": "string", "enum": ["TCP", "UDP"], "description": "Protocol."},
        },
    },
    "WidgetSpec": {
        "type": "object",
        "description": "What the widget runs.",
        "required": ["size"],
        "properties": {
            "size": {"anyOf": [{"type": "string"}, {"type": "number"}], "description": "A size name or a number."},
            "replicas": {"type": "integer", "minimum": 1, "description": "Copies."},
            "ports": {"type": "array", "items": {"$ref": "#/components/schemas/WidgetPort"}, "description": "Ports."},
        },
    },
    "WidgetCreate": {
        "type": "object",
        "description": "A widget to create.",
        "required": ["name", "spec"],
        "properties": {
            "name": {"type": "string", "minLength": 1, "maxLength": 16, "pattern": "^[a-z][a-z0-9-]*$", "description": "Name."},
            "spec": {"$ref": "#/components/schemas/WidgetSpec"},
            "labels": {"type": "object", "additionalProperties": {"type": "string"}, "description": "Labels."},
            "@modelarts:color": {"type": "string", "enum": ["red", "green", "blue"], "description": "Colour."},
            "os.modelarts/name": {"type": "string", "description": "OS name."},
            "note": {"type": "string", "nullable": True, "description": "A note, or null."},
        },
    },
    "Widget": {
        "type": "object",
        "description": "A widget.",
        "required": ["id", "name"],
        "properties": {
            "id": {"type": "string", "description": "Id."},
            "name": {"type": "string", "description": "Name."},
            "spec": {"$ref": "#/components/schemas/WidgetSpec"},
            "labels": {"type": "object", "additionalProperties": {"type": "string"}, "description": "Labels."},
            "@modelarts:color": {"type": "string", "enum": ["red", "green", "blue"], "description": "Colour."},
            "os.modelarts/name": {"type": "string", "description": "OS name."},
            "note": {"type": "string", "nullable": True, "description": "A note, or null."},
        },
    },
    "WidgetPatch": {
        "type": "object",
        "description": "Fields to change.",
        "properties": {
            "labels": {"type": "object", "additionalProperties": {"type": "string"}, "description": "Labels."},
            "note": {"type": "string", "nullable": True, "description": "A note, or null."},
        },
    },
    "WidgetJob": {
        "type": "object",
        "description": "An accepted job.",
        "required": ["job_id"],
        "properties": {"job_id": {"type": "string", "description": "Job id."}},
    },
}


def _json(ref: str, example: Any) -> dict[str, Any]:
    return {"application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}, "example": example}}


def _op(op_id: str, summary: str, success: dict[str, Any], body: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    op: dict[str, Any] = {
        "operationId": op_id,
        "summary": summary,
        "tags": ["widgets"],
        "security": SECURITY,
        "x-documented-by": DOCUMENTED,
        **extra,
        "responses": {**success, **ERRORS},
    }
    if any(p is WIDGET_ID_PARAM for p in extra.get("parameters", ())):
        error = {"error_code": "ModelArts.0404", "error_msg": "widget not found"}
        op["responses"]["404"] = {"description": "No such widget.", "content": _json("ModelArtsError", error)}
    if body is not None:
        op["requestBody"] = {"required": True, "description": "The request body.", "content": body}
    return op


WIDGET_ID_PARAM = {
    "name": "widget_id",
    "in": "path",
    "required": True,
    "description": "Widget id.",
    "schema": {"type": "string"},
    "example": WIDGET_ID,
}
PROJECT = {"$ref": "#/components/parameters/ProjectId"}
PATHS: dict[str, Any] = {
    "/v1/{project_id}/widgets": {
        "post": _op(
            "CreateWidget",
            "Create a widget",
            {"201": {"description": "Created.", "content": _json("Widget", WIDGET_EXAMPLE)}},
            _json("WidgetCreate", CREATE_EXAMPLE),
            parameters=[PROJECT],
        ),
    },
    "/v1/{project_id}/widgets/{widget_id}": {
        "put": _op(
            "UpdateWidget",
            "Replace a widget",
            {"200": {"description": "Replaced.", "content": _json("Widget", WIDGET_EXAMPLE)}},
            _json("WidgetCreate", CREATE_EXAMPLE),
            parameters=[PROJECT, WIDGET_ID_PARAM],
        ),
        "patch": _op(
            "PatchWidget",
            "Change a widget",
            {"200": {"description": "Changed.", "content": _json("Widget", WIDGET_EXAMPLE)}},
            _json("WidgetPatch", {"labels": {"team": "ml"}}),
            parameters=[PROJECT, WIDGET_ID_PARAM],
        ),
        "delete": _op("DeleteWidget", "Delete a widget", {"204": {"description": "Deleted."}}, parameters=[PROJECT, WIDGET_ID_PARAM]),
    },
    "/v1/{project_id}/widgets/{widget_id}/restart": {
        "post": _op(
            "RestartWidget",
            "Restart a widget",
            {"202": {"description": "Accepted.", "content": _json("WidgetJob", {"job_id": "j-1"})}},
            parameters=[PROJECT, WIDGET_ID_PARAM],
        ),
    },
    "/v1/{project_id}/widgets/{widget_id}/stop": {
        "post": _op("StopWidget", "Stop a widget", {"202": {"description": "Accepted, no body."}}, parameters=[PROJECT, WIDGET_ID_PARAM]),
    },
    "/v1/{project_id}/widgets/{widget_id}/blob": {
        "put": _op(
            "UploadWidgetBlob",
            "Upload a widget's blob",
            {"204": {"description": "Stored."}},
            {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
            parameters=[PROJECT, WIDGET_ID_PARAM],
        ),
    },
    "/v1/{project_id}/widgets/{widget_id}/files": {
        "post": _op(
            "UploadWidgetFile",
            "Upload a widget file",
            {"204": {"description": "Stored."}},
            {"multipart/form-data": {"schema": {"type": "object", "properties": {"file": {"type": "string", "format": "binary"}}}}},
            parameters=[PROJECT, WIDGET_ID_PARAM],
        ),
    },
}


def write_spec_data() -> dict[str, Any]:
    spec = copy.deepcopy(load_openapi(SPEC).data)
    spec["tags"].append({"name": "widgets", "description": "Widgets: write operations of the client's tests."})
    spec["paths"].update(copy.deepcopy(PATHS))
    spec["components"]["schemas"].update(copy.deepcopy(SCHEMAS))
    for group in spec.get("x-tagGroups") or []:
        group["tags"].append("widgets")
        break
    return spec


def write_spec(folder: Path) -> Path:
    path = folder / "write-spec.yaml"
    path.write_text(yaml_text(write_spec_data(), allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path
