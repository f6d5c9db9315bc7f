"""pytest plugin (entry point `pytest11`, installed with modelarts-mock): the fake ModelArts as fixtures.

    def test_retry(modelarts_mock):
        modelarts_mock.fail("ShowPool", status=429, times=1)
        with modelarts_mock.client() as http:          # httpx.Client, in-process, token sent
            assert http.get(modelarts_mock.path("ShowPool", pool_name=POOL)).status_code == 429
        assert [e["status"] for e in modelarts_mock.journal] == [429]

    def test_my_code(modelarts_mock_client):             # modelarts_client.ModelArts, wired to the same mock
        assert modelarts_mock_client.pools.show_pool(POOL).metadata.name == POOL

Fixtures: `modelarts_mock` (the control API, reset before each test, with sync/async transports and
clients), `modelarts_mock_client` / `modelarts_mock_async_client` (the typed client, ModelArts /
AsyncModelArts, on the in-process transports, in the mock's project, with its token),
`modelarts_mock_url` (the same mock on a loopback socket), `modelarts_mock_settings` (override it
in your conftest.py to change credentials, project or fixtures). Imports stay inside fixtures: the
plugin costs nothing in a pytest run that does not use it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from modelarts_client import AsyncModelArts, ModelArts
    from starlette.applications import Starlette

    from modelarts_mock.in_process import InProcessMock
    from modelarts_mock.settings import Settings

TOKEN = "modelarts-mock-token"  # the X-Auth-Token the default settings accept and the clients send


@pytest.fixture(scope="session")
def modelarts_mock_settings() -> Settings:
    """Settings of the mock under test: token auth with TOKEN, response self-check on. Override to change them."""
    from modelarts_mock.settings import Settings

    return Settings(tokens=(TOKEN,), validate_responses=True)


@pytest.fixture(scope="session")
def modelarts_mock_app(modelarts_mock_settings: Settings) -> Starlette:
    from modelarts_mock.app import create_app

    return create_app(modelarts_mock_settings)


@pytest.fixture
def modelarts_mock(modelarts_mock_app: Starlette) -> Iterator[InProcessMock]:
    """The control API of a mock reset to its seed (no fault, no delay, empty journal) for this test."""
    from modelarts_mock.in_process import InProcessMock

    mock = InProcessMock(modelarts_mock_app)
    mock.reset()
    try:
        yield mock
    finally:
        mock.close()


@pytest.fixture(scope="session")
def _modelarts_mock_server(modelarts_mock_app: Starlette) -> Iterator[str]:
    from modelarts_mock.testing import running_mock

    with running_mock(app=modelarts_mock_app) as base_url:
        yield base_url


@pytest.fixture
def modelarts_mock_url(modelarts_mock: InProcessMock, _modelarts_mock_server: str) -> str:
    """Base URL (http://127.0.0.1:PORT) of the same mock served on a socket; `modelarts_mock` controls it."""
    return _modelarts_mock_server


@pytest.fixture
def modelarts_mock_client(modelarts_mock: InProcessMock) -> Iterator[ModelArts]:
    """`modelarts_client.ModelArts` wired to the mock in-process (its token, its project), closed after the test."""
    with modelarts_mock.modelarts() as client:
        yield client


@pytest.fixture
def modelarts_mock_async_client(modelarts_mock: InProcessMock) -> Iterator[AsyncModelArts]:
    """`modelarts_client.AsyncModelArts` wired to the mock in-process; use it in an async test (any runner):
    `await modelarts_mock_async_client.pools.show_pool(POOL)`. Its in-process transport holds no connection."""
    client = modelarts_mock.async_modelarts()
    try:
        yield client
    finally:
        import asyncio

        asyncio.run(client.aclose())  # nothing pooled in-process: closing on a fresh loop releases the client
