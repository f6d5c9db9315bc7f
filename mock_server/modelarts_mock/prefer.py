"""`Prefer: status=404` (or Prism's `code=404`) and `Prefer: example=constructed`: the client picks a documented answer.

The answer is the spec's own example for that status (error examples carry the operation's error code) or
the named success example; a status or name the operation does not document is a 400 naming what it does.
"""

from __future__ import annotations

from typing import Any

from modelarts_spec.diagnostics import pointer_join
from modelarts_spec.openapi import deref, json_media, success_response
from modelarts_spec.servable import error_example

from modelarts_mock.errors import BadRequest
from modelarts_mock.spec import MockSpec, OperationSpec
from modelarts_mock.wire import Reply

MAX_PREFER = 200  # characters of the header considered


def parse_prefer(value: str) -> dict[str, str]:
    """`status=404, example=manual` → {"status": "404", "example": "manual"}; other preferences are ignored."""
    found: dict[str, str] = {}
    for part in value[:MAX_PREFER].replace(";", ",").split(","):
        name, _, text = part.strip().partition("=")
        name = name.strip().lower()
        if name in ("status", "code", "example") and text:
            found["status" if name == "code" else name] = text.strip().strip('"')
    return found


def preferred_reply(spec: MockSpec, op: OperationSpec, prefer: dict[str, str]) -> Reply | None:
    """The documented answer the client asked for, or None if it asked for nothing we understand."""
    status_text = prefer.get("status")
    example_name = prefer.get("example")
    if status_text is None and example_name is None:
        return None
    documented = sorted(op.responses)
    status = op.success_status
    if status_text is not None:
        if not (status_text.isascii() and status_text.isdigit()) or int(status_text[:4]) not in documented:  # `²` is a digit to isdigit()
            raise BadRequest(
                spec.bad_request_code,
                f"Prefer: status={status_text[:20]}: {op.operation_id} documents {', '.join(map(str, documented))}",
            )
        status = int(status_text)
    if status != op.success_status:
        example, _ = error_example(spec.data, op.operation, str(status))
        if example is None:
            raise BadRequest(spec.bad_request_code, f"Prefer: status={status}: {op.operation_id} has no example for it")
        return Reply(status, example)
    return Reply(status, _named_success(spec, op, example_name))


def _named_success(spec: MockSpec, op: OperationSpec, name: str | None) -> Any:
    if name is None:
        return op.success_example
    status, response = success_response(op.operation) or ("", {})  # the spec kernel's lookup (int or text status keys)
    pointer = pointer_join(op.operation.pointer, "responses", status)
    media, media_pointer = json_media(spec.data, response, pointer) or ({}, "")
    examples = media.get("examples") or {}
    if name in examples:
        example, _ = deref(spec.data, examples[name], pointer_join(media_pointer, "examples", name))
        if isinstance(example, dict) and "value" in example:
            return example["value"]
    known = ", ".join(sorted(str(k) for k in examples)) or "none"
    raise BadRequest(spec.bad_request_code, f"Prefer: example={name[:40]}: {op.operation_id}'s examples are {known}")
