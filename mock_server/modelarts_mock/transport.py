"""httpx transports that call the mock in-process, sync and async, with public APIs only (httpx, anyio).

Injected connection faults (reset, truncate) surface as the httpx errors a socket would give:
ReadError for a reset, RemoteProtocolError for a body cut short.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any

import httpx
from anyio.from_thread import BlockingPortal, start_blocking_portal
from starlette.types import ASGIApp

from modelarts_mock.faults import ConnectionFault


def _transport_error(fault: ConnectionFault, request: httpx.Request) -> httpx.TransportError:
    if fault.kind == "reset":
        return httpx.ReadError("[Errno 104] Connection reset by peer (modelarts-mock fault)", request=request)
    return httpx.RemoteProtocolError("peer closed connection without sending complete message body (modelarts-mock fault)", request=request)


class AsyncMockTransport(httpx.AsyncBaseTransport):
    """`httpx.AsyncClient(transport=AsyncMockTransport(app), base_url="http://modelarts.mock")`."""

    def __init__(self, app: ASGIApp) -> None:
        self._inner = httpx.ASGITransport(app=app)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await self._inner.handle_async_request(request)
        except ConnectionFault as fault:
            raise _transport_error(fault, request) from None


class MockTransport(httpx.BaseTransport):
    """`httpx.Client(transport=MockTransport(app), base_url=...)`: the app runs on an event loop in one helper thread,
    so a delayed answer never holds up requests from other threads. close() stops the thread."""

    def __init__(self, app: ASGIApp) -> None:
        self._async = AsyncMockTransport(app)
        self._portal_cm: AbstractContextManager[BlockingPortal] = start_blocking_portal()
        self._portal: BlockingPortal | None = self._portal_cm.__enter__()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._portal is None:
            raise RuntimeError("the transport is closed")
        body = request.read()
        inner = httpx.Request(request.method, request.url, headers=request.headers, content=body, extensions=request.extensions)
        status, headers, content = self._portal.call(self._exchange, inner)
        return httpx.Response(status, headers=headers, content=content, request=request)

    async def _exchange(self, request: httpx.Request) -> tuple[int, Any, bytes]:
        response = await self._async.handle_async_request(request)
        content = await response.aread()
        return response.status_code, response.headers, content

    def close(self) -> None:
        if self._portal is not None:
            self._portal = None
            self._portal_cm.__exit__(None, None, None)
