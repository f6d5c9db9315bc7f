"""What the `modelarts_mock` fixture hands a test: the control API plus ready-made httpx clients and paths."""

from __future__ import annotations

from typing import Any

import httpx
from starlette.applications import Starlette

from modelarts_mock.control import MockControl
from modelarts_mock.transport import AsyncMockTransport, MockTransport

BASE_URL = "http://modelarts.mock"


class MockHandle(MockControl):
    """MockControl (reset, seed, remove, answer, fail, delay, journal) of one app, and clients of it."""

    def __init__(self, app: Starlette) -> None:
        control: MockControl = app.state.mock
        super().__init__(control.spec, control.state, control.injections, control.journal_store, control.project_id)
        self.app = app
        self.settings = app.state.pipeline.settings
        self._transports: list[MockTransport] = []

    @property
    def headers(self) -> dict[str, str]:
        """Credentials for the mock: its first token, if it has one."""
        tokens = self.settings.tokens
        return {"X-Auth-Token": tokens[0]} if tokens else {}

    def transport(self) -> MockTransport:
        """A sync in-process httpx transport (closed with the fixture)."""
        transport = MockTransport(self.app)
        self._transports.append(transport)
        return transport

    def async_transport(self) -> AsyncMockTransport:
        return AsyncMockTransport(self.app)

    def client(self, **options: Any) -> httpx.Client:
        """httpx.Client on the sync transport, with the mock's token and base URL."""
        return httpx.Client(transport=self.transport(), base_url=BASE_URL, headers=self.headers, **options)

    def async_client(self, **options: Any) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=self.async_transport(), base_url=BASE_URL, headers=self.headers, **options)

    def path(self, operation: str, *, project: str | None = None, **ids: str) -> str:
        """The URL path of `operation` for these ids, e.g. path("ShowPool", pool_name="my-pool")."""
        op = self._operation(operation)
        path = op.operation.path.replace("{project_id}", project or self.project_id)
        for name in op.key_names:
            path = path.replace("{" + name + "}", ids.get(name, ""))
        return path

    def close(self) -> None:
        for transport in self._transports:
            transport.close()
        self._transports.clear()
