"""Serve the mock on a free loopback port from a background thread, for tests of real HTTP clients."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from starlette.types import ASGIApp, Receive, Scope, Send

from modelarts_mock.app import create_app
from modelarts_mock.app import served as served_app
from modelarts_mock.injected import SOCKET, TRANSPORT
from modelarts_mock.protocol import JsonErrorProtocol, fits
from modelarts_mock.settings import Settings

HOST = "127.0.0.1"


class MockProtocol(JsonErrorProtocol):
    """Hands the app its connection (scope["extensions"]) so injected faults can reset it or cut a body short."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        # asyncio sets TCP_NODELAY only on sockets made with proto=IPPROTO_TCP; ours (and uvicorn's `sockets=`) have
        # proto 0, and Nagle with the client's delayed ACK held every answer for ~40 ms (180 req/s instead of 10,000).
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().connection_made(transport)

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self.scope["extensions"] = {TRANSPORT: self.transport, SOCKET: True}  # type: ignore[dict-item]


def on_socket(app: ASGIApp) -> ASGIApp:
    """`app`, its requests marked as served on a socket: the control plane guards those against web pages (host_guard).
    Only where uvicorn's stock protocol serves: MockProtocol marks them itself, at no cost per request."""

    async def marked(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            scope["extensions"] = {**(scope.get("extensions") or {}), SOCKET: True}
        await app(scope, receive, send)

    return marked


def server_config(app: ASGIApp, host: str = HOST, port: int = 0) -> uvicorn.Config:
    """uvicorn as the mock uses it: httptools (h11 refuses to send a 204's body), no access log (it would log query strings), our own request log instead."""
    ours = fits()
    return uvicorn.Config(
        app if ours else on_socket(app),
        host=host,
        port=port,
        # httptools, with a JSON body on the 400 it sends for what it cannot parse; uvicorn's own where ours does not fit
        http=MockProtocol if ours else "httptools",
        ws="none",  # no WebSocket: an Upgrade request is answered as plain HTTP, whatever libraries are installed
        lifespan="auto",  # the proxy closes its upstream client at shutdown
        access_log=False,
        log_config=None,
        timeout_graceful_shutdown=5,
    )


@contextmanager
def running_mock(settings: Settings | None = None, *, app: ASGIApp | None = None, timeout: float = 10.0) -> Iterator[str]:
    """Yield the base URL (http://127.0.0.1:PORT) of the mock served by uvicorn; stop it on exit.

    Pass `settings` (a fresh app is built) or an `app` you built yourself (e.g. to reach its store).
    """
    # A mock built here is served as the command serves it (its pipeline); an app given is served as given.
    served = app if app is not None else served_app(create_app(settings))
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((HOST, 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(server_config(served, port=port))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name=f"mock-server-{port}", daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + timeout
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the mock server did not start")
            time.sleep(0.01)
        yield f"http://{HOST}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout)
        sock.close()
