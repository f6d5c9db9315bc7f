"""uvicorn's httptools protocol with two changes, so that what never reaches the app is still answered in JSON
and bounded:

- a request httptools (llhttp) cannot parse (a NUL or other control byte in a header, a malformed request
  line) gets the mock's JSON 400 instead of uvicorn's plain-text one;
- a request head (request line and headers) over `MAX_HEAD` bytes is answered 431 before it is parsed
  further: httptools would otherwise buffer any amount of header text for the app. The app's own, lower
  limits (`wire.MAX_HEADERS`, `MAX_HEADER_BYTES`, `MAX_TARGET`) give the precise answer below this one.

`HttpToolsProtocol` is uvicorn's, not a public API: the subclass relies on the hooks in `HOOKS`, checked on the
class (`fits()`) and pinned by a test to the uvicorn it was verified with. Where they are missing, the mock is served
with uvicorn's stock protocol (`http="httptools"`, the public path): plain-text 400s, uvicorn's own head limits, and
connection faults answered 501 (injected.py), since no public API hands the app its connection.
"""

from __future__ import annotations

import asyncio
import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol
else:
    try:
        from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol
    except ImportError:  # another uvicorn layout: fits() is False and the stock protocol serves
        STATUS_LINE: dict[int, bytes] = {}
        HttpToolsProtocol = asyncio.Protocol

from modelarts_mock.wire import BAD_REQUEST, HEADERS_TOO_LARGE, JSON

MAX_HEAD = 1 << 20  # above asyncio's largest read (256 KiB), so a first read with some body never trips it
UNPARSABLE = "malformed HTTP request (refused by the HTTP parser)"
# uvicorn's methods the subclasses override or call (here and in testing.MockProtocol); the state they read (scope,
# transport, server_state) is exercised by the tests of the pinned uvicorn.
HOOKS = ("connection_made", "data_received", "on_message_begin", "on_headers_complete", "on_message_complete", "send_400_response")


def fits(protocol: Any = HttpToolsProtocol) -> bool:
    """Whether uvicorn's httptools protocol has the hooks our subclass relies on (else the stock one serves)."""
    return protocol is not asyncio.Protocol and bool(STATUS_LINE) and all(callable(getattr(protocol, h, None)) for h in HOOKS)


class JsonErrorProtocol(HttpToolsProtocol):
    _head_bytes = 0
    _in_head = True

    def data_received(self, data: bytes) -> None:
        if self._in_head:
            self._head_bytes += len(data)
            if self._head_bytes > MAX_HEAD:
                self._in_head = False
                self._send_json(431, HEADERS_TOO_LARGE, f"request line and headers larger than {MAX_HEAD:,} bytes")
                return
        super().data_received(data)

    def on_headers_complete(self) -> None:
        self._in_head, self._head_bytes = False, 0
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        self._in_head = True  # the next request on this connection starts with its head
        super().on_message_complete()

    def send_400_response(self, msg: str) -> None:  # uvicorn's message is fixed text; ours says the same in JSON
        self._send_json(400, BAD_REQUEST, UNPARSABLE)

    def _send_json(self, status: int, code: str, message: str) -> None:
        body = json.dumps({"error_code": code, "error_msg": message}).encode()
        content = [STATUS_LINE[status]]
        for name, value in self.server_state.default_headers:
            content.extend([name, b": ", value, b"\r\n"])
        content += [
            b"content-type: " + JSON.encode() + b"\r\n",
            b"content-length: " + str(len(body)).encode("ascii") + b"\r\n",
            b"connection: close\r\n\r\n",
            body,
        ]
        self.transport.write(b"".join(content))
        self.transport.close()
