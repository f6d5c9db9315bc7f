"""The HTTP protocol the mock is served with: uvicorn's httptools protocol, with three additions where it is safe.

- a request httptools (llhttp) cannot parse (a NUL or other control byte in a header, a malformed request
  line) gets the mock's JSON 400 instead of uvicorn's plain-text one;
- a request head (request line and headers) over `MAX_HEAD` bytes is answered 431 before it is parsed
  further: httptools would otherwise buffer any amount of header text for the app. The app's own, lower
  limits (`wire.MAX_HEADERS`, `MAX_HEADER_BYTES`, `MAX_TARGET`) give the precise answer below this one;
- the app is handed its connection (`scope["extensions"]`), so injected faults can reset it or cut a body short.

These hook into uvicorn's internals (its parser callbacks, `STATUS_LINE`, `server_state`, `transport`, `scope`),
which no release promises to keep. So the subclass is used only on the uvicorn releases it was verified on
(`VERIFIED`: the declared floor to the newest the development environment pins, both exercised by the tests,
tests/mock/test_mock_protocol.py) and only if those internals are there; on any other release the mock is
served by uvicorn's own httptools protocol (`http="httptools"`, the public option), with a warning naming what is
lost. TCP_NODELAY needs no hook: the listening socket is made with IPPROTO_TCP (`listening_socket`), and asyncio
sets the option on every connection accepted from such a socket (uvloop on every TCP connection).
"""

from __future__ import annotations

import json
import logging
import socket
from functools import cache
from importlib import metadata
from typing import Any

from modelarts_mock.injected import TRANSPORT
from modelarts_mock.wire import BAD_REQUEST, HEADERS_TOO_LARGE, JSON

log = logging.getLogger("modelarts_mock")
MAX_HEAD = 1 << 20  # above asyncio's largest read (256 KiB), so a first read with some body never trips it
UNPARSABLE = "malformed HTTP request (refused by the HTTP parser)"
# uvicorn releases the hooks below were verified on: the product's floor (0.30) up to the minor the development
# environment pins (tools/constraints.txt). Raising the pin past it fails test_mock_protocol until re-verified.
VERIFIED = ((0, 30), (0, 54))
HOOKS = ("data_received", "on_message_begin", "on_headers_complete", "on_message_complete", "send_400_response")
FALLBACK = "httptools"  # uvicorn's own protocol on the same parser (h11 refuses to send ShowPoolTags' 204 body)


def uvicorn_version() -> tuple[int, int]:
    try:
        numbers = metadata.version("uvicorn").split(".")[:2]
        return int(numbers[0]), int(numbers[1])
    except (metadata.PackageNotFoundError, ValueError, IndexError):
        return (0, 0)


@cache
def http_protocol() -> type[Any] | str:
    """What to give uvicorn's `http=`: the mock's protocol where verified, else uvicorn's own httptools protocol."""
    version = uvicorn_version()
    why = None
    if not VERIFIED[0] <= version <= VERIFIED[1]:
        why = f"uvicorn {version[0]}.{version[1]} is outside the releases it was verified on ({_releases()})"
    else:
        try:
            from uvicorn.protocols.http import httptools_impl
        except ImportError as exc:
            why = f"uvicorn's httptools protocol cannot be imported ({exc})"
        else:
            missing = [n for n in HOOKS if not hasattr(httptools_impl.HttpToolsProtocol, n)]
            if missing or not isinstance(getattr(httptools_impl, "STATUS_LINE", None), dict):
                why = f"uvicorn's httptools protocol lacks {', '.join(missing) or 'STATUS_LINE'}"
            else:
                return _protocol_class(httptools_impl)
    log.warning(
        "%s: serving with uvicorn's own httptools protocol, so unparsable requests get its plain-text 400, request heads"
        " are not capped at %d bytes, and reset/truncate faults become uvicorn's 500",
        why,
        MAX_HEAD,
    )
    return FALLBACK


def _releases() -> str:
    (low_major, low_minor), (high_major, high_minor) = VERIFIED
    return f"{low_major}.{low_minor}-{high_major}.{high_minor}"


def _protocol_class(impl: Any) -> type[Any]:
    status_line: dict[int, bytes] = impl.STATUS_LINE

    class MockProtocol(impl.HttpToolsProtocol):  # type: ignore[misc, name-defined]
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

        def on_message_begin(self) -> None:
            super().on_message_begin()
            self.scope["extensions"] = {TRANSPORT: self.transport}

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
            content = [status_line[status]]
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

    return MockProtocol


def listening_socket(host: str, port: int) -> socket.socket:
    """A bound TCP socket made with IPPROTO_TCP, so asyncio turns Nagle's algorithm off on each accepted connection
    (a socket of protocol 0 keeps it on: with the client's delayed ACK a request then took ~40 ms). OSError if taken."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except BaseException:
        sock.close()
        raise
    return sock
