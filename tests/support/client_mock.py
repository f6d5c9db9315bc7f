"""An httpx MockTransport answering every operation of the spec with its success example, for fault injection.

The client's happy paths run against the real mock server (test_client_facade.py). This transport is for
what a spec-driven server must never send but a client must survive: 429/503 with Retry-After, plain-text
error bodies, a 520, connection errors, echoed secrets (`override` returns any httpx.Response). `RawServer` is a
socket-level server for what httpx.Response cannot express (stalls, drips, resets mid-body, bombs).
Routing comes from the spec (modelarts_spec.openapi.operations + path_matches), literal segments before parameters.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
from modelarts_spec.openapi import Operation, operations, path_matches, success_response

PROJECT = "0b5f5e5f5e5f4e1c8c7e3d2f1a0b9c8d"


def success_example(op: Operation) -> tuple[int, Any]:
    found = success_response(op)
    assert found is not None, op.operation_id
    status, response = found
    if "content" not in response:
        return int(status), None  # documented without a body (a 202 or 204)
    examples = response["content"]["application/json"]["examples"]
    return int(status), next(iter(examples.values()))["value"]


@dataclass
class ExampleServer:
    """Answers with the spec's success examples; records the requests; `override` replaces answers."""

    spec: dict[str, Any]
    requests: list[httpx.Request] = field(default_factory=list)
    override: Callable[[httpx.Request, Operation], httpx.Response | None] | None = None

    def route(self, request: httpx.Request) -> Operation:
        # Fewest parameters first: /services/specifications must beat /services/{service_id}.
        for op in sorted(operations(self.spec), key=lambda o: o.path.count("{")):
            if op.method.upper() == request.method and path_matches(op.path, request.url.path):
                return op
        raise AssertionError(f"no operation for {request.method} {request.url.path}")

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        op = self.route(request)
        if self.override is not None:
            answer = self.override(request, op)
            if answer is not None:
                return answer
        status, example = success_example(op)
        if example is None:
            return httpx.Response(status, headers={"X-Request-Id": "req-1"})
        return httpx.Response(
            status, content=json.dumps(example).encode(), headers={"Content-Type": "application/json", "X-Request-Id": "req-1"}
        )

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    async def ahandle(self, request: httpx.Request) -> httpx.Response:
        return self.handle(request)

    def async_transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.ahandle)


class RawServer:
    """A hand-made HTTP server on 127.0.0.1: `handle(conn)` writes whatever bytes it likes, one thread per connection.

    For what no well-behaved server does: stall, drip, reset mid-body, send a gzip bomb or an endless body.
    """

    def __init__(self, handle: Callable[[socket.socket], None]) -> None:
        self.handle = handle
        self.connections = 0
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.stopping = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while not self.stopping.is_set():
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._run, args=(conn,), daemon=True).start()

    def _run(self, conn: socket.socket) -> None:
        with conn:
            try:
                read_request(conn)
                self.handle(conn)
            except OSError:
                pass  # the client gave up (deadline): expected

    def __enter__(self) -> RawServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self.listener.close()


def read_request(conn: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            break
        data += chunk
    return data


def head(status: int = 200, **headers: str) -> bytes:
    lines = [f"HTTP/1.1 {status} X", *(f"{k.replace('_', '-')}: {v}" for k, v in headers.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def reset(conn: socket.socket) -> None:
    """Close with a TCP RST (SO_LINGER 0), as a crashing proxy does."""
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()
