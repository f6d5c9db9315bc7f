"""HTTP shaping: read the raw request from ASGI, write JSON replies. No routing, no state."""

from __future__ import annotations

import itertools
import json
import os
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import orjson
from starlette.types import Receive, Scope, Send

from modelarts_mock.errors import BadRequest, MockError

MAX_BODY = 1 << 20  # bytes read from a request body; GET bodies are only hashed for AK/SK signatures
# Request-line and header limits, in the range common servers use (nginx: 8 KB per line, 32 KB of headers;
# Apache: 100 headers). Refused before auth, so an oversized request costs one linear pass over what was sent.
MAX_TARGET = 8 << 10  # path and query, percent-encoded
MAX_HEADERS = 100
MAX_HEADER_BYTES = 32 << 10  # names and values together
JSON = "application/json"
_JSON_BYTES = JSON.encode()


@dataclass(frozen=True)
class RawRequest:
    method: str
    raw_path: str  # as sent, still percent-encoded
    raw_query: str
    headers: Mapping[str, str]  # lower-case names; UTF-8 text (as the official signer signed it)
    body: bytes
    body_too_large: bool = False
    refusal: MockError | None = None  # a request-line or header problem answered before auth (431, 414, 400)
    head_bytes: int = 0  # header names and values in all (what the journal holds of this request)


class HeadersTooLarge(MockError):
    status = 431


class UriTooLong(MockError):
    status = 414


HEADERS_TOO_LARGE = "Mock.HeadersTooLarge"
URI_TOO_LONG = "Mock.UriTooLong"
BAD_REQUEST = "Mock.BadRequest"


@dataclass
class Reply:
    """What the mock answers: status, a JSON body (None for none), extra headers. Overrides may rewrite it."""

    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)


_ID_PREFIX = os.urandom(8).hex()  # random per process: ids of two mocks (or two runs) never collide
_ID_COUNTER = itertools.count(1)  # next() is atomic under the GIL: unique across threads too


def new_request_id() -> str:
    """An X-Request-Id: 32 hex digits like the service's, half random per process and half a counter
    (half the cost of os.urandom(16).hex(), a system call, on every request)."""
    return f"{_ID_PREFIX}{next(_ID_COUNTER) & 0xFFFFFFFFFFFFFFFF:016x}"


def error_reply(error: MockError) -> Reply:
    return Reply(error.status, {"error_code": error.error_code, "error_msg": error.message}, dict(error.headers))


def header_text(value: bytes) -> str:
    """ASGI gives header bytes; clients send UTF-8 (the official SDK signs the UTF-8 text), else read them as latin-1."""
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return value.decode("latin-1")


def _headers(raw: list[tuple[bytes, bytes]], http_version: str) -> tuple[dict[str, str], MockError | None, int]:
    """Lower-case names → values, repeated ones joined with ", " (once, not per repeat); or why they are refused.
    One pass (this runs for every request): a repeated name is the rare case, grouped only when it occurs."""
    if len(raw) > MAX_HEADERS:
        return {}, HeadersTooLarge(HEADERS_TOO_LARGE, f"more than {MAX_HEADERS} header fields"), 0
    headers: dict[str, str] = {}
    repeated: dict[str, list[str]] = {}
    size, nul = 0, False
    for name, value in raw:
        size += len(name) + len(value)
        if size > MAX_HEADER_BYTES:  # before decoding more: the work stays bounded by the limit
            return {}, HeadersTooLarge(HEADERS_TOO_LARGE, f"header fields larger than {MAX_HEADER_BYTES:,} bytes in total"), 0
        nul = nul or b"\x00" in value
        key, text = name.decode("latin-1").lower(), header_text(value)  # ASGI names are lower-case; other callers'
        if key in headers:
            repeated.setdefault(key, [headers[key]]).append(text)
        else:
            headers[key] = text
    for key, values in repeated.items():
        headers[key] = ", ".join(values)
    refusal = None
    hosts = len(repeated["host"]) if "host" in repeated else int("host" in headers)
    if hosts > 1 or (hosts == 0 and http_version != "1.0"):  # RFC 9112 section 3.2: one Host (HTTP/1.0 may omit it)
        refusal = BadRequest(BAD_REQUEST, f"expected one Host header, got {hosts}")
    elif nul:
        refusal = BadRequest(BAD_REQUEST, "a header value contains a NUL character")
    return headers, refusal, size


async def read_request(scope: Scope, receive: Receive) -> RawRequest:
    headers, refusal, head_bytes = _headers(scope["headers"], scope.get("http_version", "1.1"))
    raw_path = scope.get("raw_path")
    path = raw_path.decode("latin-1") if raw_path else scope["path"]
    if len(path) + len(scope["query_string"]) > MAX_TARGET:
        refusal, path = UriTooLong(URI_TOO_LONG, f"request target longer than {MAX_TARGET:,} bytes"), path[:MAX_TARGET]
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
    query = scope["query_string"][:MAX_TARGET].decode("latin-1")
    return RawRequest(scope["method"], path, query, headers, b"".join(chunks), too_large, refusal, head_bytes)


def encode(reply: Reply) -> bytes:
    return b"" if reply.body is None else json_bytes(reply.body)


def json_bytes(value: object) -> bytes:
    """Compact JSON, as every answer, stub and byte ledger of the mock encodes it."""
    try:  # orjson writes the same compact UTF-8 JSON, several times faster: the largest cost of a request
        return orjson.dumps(value)
    except (TypeError, orjson.JSONEncodeError):  # integers beyond 64 bits, a lone surrogate: anything orjson refuses
        return json.dumps(value, separators=(",", ":")).encode("ascii")  # \u escapes: every str encodes


async def send_reply(reply: Reply, send: Send, body: bytes) -> None:
    """Send the reply; `body` is encode(reply), computed once by the caller (the self-check reads it too).
    A reply without a body (None: a success documented without content) has no Content-Type either."""
    if reply.body is None and not body:
        # RFC 9110 section 8.6: a 204 carries no Content-Length; any other status says 0.
        headers = [] if reply.status == 204 else [(b"content-length", b"0")]
    else:
        headers = [(b"content-type", _JSON_BYTES), (b"content-length", str(len(body)).encode())]
    headers += [(name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in reply.headers.items()]
    if reply.status == 204 and body:
        # A 204 documented with a body (ShowPoolTags, decision 0006) is sent with it. HTTP/1.1 clients never read a
        # 204's body, so without a close they would take these bytes for the next response on the connection.
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": reply.status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def serve_lifespan(receive: Receive, send: Send, on_shutdown: Callable[[], Awaitable[None]] | None = None) -> None:
    """The ASGI lifespan protocol for an app served without Starlette: nothing to start; `on_shutdown` at the end."""
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            if on_shutdown is not None:
                await on_shutdown()
            await send({"type": "lifespan.shutdown.complete"})
            return
