"""A mock app in this process, as the `modelarts_mock` fixture hands it to a test: the control API plus httpx clients
wired to the app without a socket (testing.py serves one on a port instead)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx
from modelarts_core.auth import AkSkAuth, TokenAuth
from starlette.applications import Starlette

from modelarts_mock.control import MockControl
from modelarts_mock.transport import AsyncMockTransport, MockTransport

if TYPE_CHECKING:
    from modelarts_client import AsyncModelArts, ModelArts

BASE_URL = "http://modelarts.mock"
PLACEHOLDER_TOKEN = "modelarts-mock-no-auth"  # sent when the mock checks no credentials (the client needs some)


class InProcessMock(MockControl):
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

    def modelarts(self, *, aksk: bool = False, **options: Any) -> ModelArts:
        """The typed client (`modelarts_client.ModelArts`) on the sync in-process transport, in the mock's project,
        with its first token (or, `aksk=True` or no token, its first AK/SK pair); `options` go to ModelArts()."""
        client: type[ModelArts] = _typed_client().ModelArts
        return client(endpoint=BASE_URL, project_id=self.project_id, auth=self._auth(aksk), transport=self.transport(), **options)

    def async_modelarts(self, *, aksk: bool = False, **options: Any) -> AsyncModelArts:
        """`modelarts_client.AsyncModelArts` on the async in-process transport (close it with `await client.aclose()`)."""
        client: type[AsyncModelArts] = _typed_client().AsyncModelArts
        transport = self.async_transport()
        return client(endpoint=BASE_URL, project_id=self.project_id, auth=self._auth(aksk), transport=transport, **options)

    def _auth(self, aksk: bool) -> httpx.Auth:
        tokens, keys = self.settings.tokens, dict(self.settings.keys)
        if keys and (aksk or not tokens):
            access_key, secret_key = next(iter(keys.items()))
            return AkSkAuth(access_key, secret_key)
        if aksk:
            raise ValueError("aksk=True: the mock was started without an AK/SK pair (Settings.keys)")
        return TokenAuth(tokens[0] if tokens else PLACEHOLDER_TOKEN)

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


def _typed_client() -> Any:
    """The generated client's package, imported only when a typed client is asked for: the mock does not depend on it."""
    try:
        import modelarts_client
    except ImportError as missing:
        message = "the typed clients of the mock (modelarts_mock_client, InProcessMock.modelarts) need the modelarts-client package"
        raise ImportError(f"{message}: install it beside modelarts-mock") from missing
    return modelarts_client
