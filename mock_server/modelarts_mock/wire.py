"""HTTP shaping: read the raw request from ASGI, write JSON replies. No routing, no state."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from starlette.types import Receive, Scope, Send

from modelarts_mock.errors import MockError

MAX_BODY = 1 << 20  # bytes read from a request body; GET bodies are only hashed for AK/SK signatures
JSON = "application/json"


@dataclass(frozen=True)
class RawRequest:
    method: str
    raw_path: str  # as sent, still percent-encoded
    raw_query: str
    headers: Mapping[str, str]  # lower-case names; UTF-8 text (as the official signer signed it)
    body: bytes
    body_too_large: bool = False


@dataclass
class Reply:
    """What the mock answers: status, a JSON body (None for none), extra headers. Overrides may rewrite it."""

    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)


def error_reply(error: MockError) -> Reply:
    return Reply(error.status, {"error_code": error.error_code, "error_msg": error.message}, dict(error.headers))


def header_text(value: bytes) -> str:
    """ASGI gives header bytes; clients send UTF-8 (the official SDK signs the UTF-8 text), else read them as latin-1."""
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return value.decode("latin-1")


async def read_request(scope: Scope, receive: Receive) -> RawRequest:
    headers: dict[str, str] = {}
    for name, value in scope["headers"]:
        key = name.decode("latin-1").lower()  # ASGI servers send lower-case names; other callers may not
        text = header_text(value)
        headers[key] = f"{headers[key]}, {text}" if key in headers else text
    raw_path = scope.get("raw_path")
    path = raw_path.decode("latin-1") if raw_path else scope["path"]
    chunks, size, too_large = [], 0, False
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        too_large = too_large or size > MAX_BODY
        if not too_large:
            chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return RawRequest(scope["method"], path, scope["query_string"].decode("latin-1"), headers, b"".join(chunks), too_large)


def encode(reply: Reply) -> bytes:
    if reply.body is None:
        return b""
    return json.dumps(reply.body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


async def send_reply(reply: Reply, send: Send, body: bytes) -> None:
    """Send the reply; `body` is encode(reply), computed once by the caller (the self-check reads it too)."""
    headers = [(b"content-type", JSON.encode()), (b"content-length", str(len(body)).encode())]
    headers += [(name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in reply.headers.items()]
    if reply.status == 204 and body:
        # The manual's ShowPoolTags sends a body with its 204. HTTP/1.1 clients never read a 204's body, so
        # without a close they would take these bytes for the next response on the connection.
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": reply.status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
