"""Request bodies: the media type, then the JSON read by the shared reader, then the operation's requestBody schema.

Every refusal is the gateway's 400 (the spec's 400 code) naming what is wrong: the Content-Type sent, a required
body missing, or the JSON pointer of the first misfit, as parameters name the parameter. A body an operation does
not document is ignored, as the service ignores unknown query parameters (it is still covered by a signature).
"""

from __future__ import annotations

from typing import Any

from modelarts_mock import schemas
from modelarts_mock.control_http import parse_json
from modelarts_mock.errors import BadRequest, ControlError
from modelarts_mock.spec import RequestBody
from modelarts_mock.wire import JSON, RawRequest


def read_body(body: RequestBody | None, request: RawRequest, code: str) -> Any:
    """The validated JSON request body (None when the operation has none, or an optional one was not sent)."""
    if body is None:
        return None
    if not request.body:
        if body.required:
            raise BadRequest(code, f"request body: missing (it is required, as {JSON})")
        return None
    content_type = request.headers.get("content-type")
    if content_type is None or content_type.split(";", 1)[0].strip().lower() != JSON:
        got = "none" if content_type is None else schemas.short(content_type)
        raise BadRequest(code, f"request body: Content-Type: expected {JSON}, got {got}")
    try:
        value = parse_json(request.body)  # NaN, 1e999, duplicate keys, deep nesting… refused at their pointer
    except ControlError as exc:
        raise BadRequest(code, f"request body at {exc.pointer or '/'}: {exc.message}") from None
    error = schemas.first_error(body.validator, value)
    if error is not None:
        raise BadRequest(code, f"request body at {schemas.instance_pointer(error) or '/'}: {schemas.describe(error)}")
    return value
