"""The request body stage of the pipeline: present if required → a documented media type → JSON → the schema.

Every refusal is the service's 400 (the spec's 400 code) saying what is wrong: a required body missing, the
Content-Type sent and the ones documented, or, inside the body, the JSON pointer of the first misfit (as a
parameter's 400 names the parameter). JSON is read by the control plane's reader, with its limits: NaN,
Infinity, 1e999, a duplicate key, deep nesting or a lone surrogate are refused at their pointer, never a 5xx.
A documented media type whose content is not JSON is accepted as sent. A body the operation does not document is
not read, as the service ignores unknown query parameters (an AK/SK signature still covers it).
"""

from __future__ import annotations

from typing import Any, NoReturn

from modelarts_mock import schemas
from modelarts_mock.errors import BadRequest, ControlError
from modelarts_mock.json_input import parse_json
from modelarts_mock.spec import RequestBody, is_json, media_type

_SHOWN = 60  # characters of a media type quoted back


def read_body(body: RequestBody, content_type: str | None, content: bytes, code: str) -> Any:
    """The body as the operation accepts it: JSON, bytes for a media type that is not JSON, None if absent and
    optional; BadRequest (`code`) naming the problem otherwise."""
    if not content:
        if body.required:
            _refuse(code, f"missing (it is required; send {_expected(body)})")
        return None
    media = media_type(content_type)
    if media is None:
        _refuse(code, f"no Content-Type header; expected {_expected(body)}")
    documented = _documented(body, media)
    if documented is None:
        _refuse(code, f"Content-Type {media[:_SHOWN]!r} is not accepted; expected {_expected(body)}")
    if not is_json(media):
        return content
    try:
        value = parse_json(content)
    except ControlError as exc:
        _refuse(code, exc.message, exc.pointer or "/")
    validator = body.validator(documented)
    error = schemas.first_error(validator, value) if validator is not None else None
    if error is not None:
        _refuse(code, schemas.describe(error), schemas.instance_pointer(error) or "/")
    return value


def _documented(body: RequestBody, media: str) -> str | None:
    """The documented media type that covers `media`: itself, else `type/*`, else `*/*`; None if none does."""
    for candidate in (media, media.partition("/")[0] + "/*", "*/*"):
        if candidate in body.media:
            return candidate
    return None


def _expected(body: RequestBody) -> str:
    return ", ".join(sorted(body.media)) or "no body"


def _refuse(code: str, problem: str, pointer: str | None = None) -> NoReturn:
    where = f"request body at {pointer}" if pointer else "request body"
    raise BadRequest(code, f"{where}: {problem}")
