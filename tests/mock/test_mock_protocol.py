"""The mock's HTTP protocol: uvicorn internals used only on the releases they were verified on, else uvicorn's own.

`protocol.VERIFIED` pins the uvicorn releases the subclass was checked against. These tests fail when the development
environment moves past them (a new pin in tools/constraints.txt), so the hooks are re-checked before the range grows;
outside the range, and whenever a hook is missing, the public `http="httptools"` serves, and still answers.
"""

from __future__ import annotations

import asyncio
import logging
import re
import socket
from collections.abc import Iterator

import httpx
import pytest
from modelarts_mock import Settings, protocol
from modelarts_mock.testing import running_mock

from tests.support import ROOT
from tests.support.mock import POOL, PROJECT, TOKEN


@pytest.fixture(autouse=True)
def fresh_choice() -> Iterator[None]:
    protocol.http_protocol.cache_clear()
    yield
    protocol.http_protocol.cache_clear()


def pinned(package: str) -> tuple[int, int]:
    match = re.search(rf"^{package}==(\d+)\.(\d+)", (ROOT / "tools" / "constraints.txt").read_text(encoding="utf-8"), re.MULTILINE)
    assert match, f"{package} is not pinned in tools/constraints.txt"
    return int(match.group(1)), int(match.group(2))


def test_the_pinned_and_the_installed_uvicorn_are_ones_the_hooks_were_verified_on() -> None:
    low, high = protocol.VERIFIED
    assert low <= pinned("uvicorn") <= high, f"uvicorn {pinned('uvicorn')}: re-check protocol.py's hooks, then extend VERIFIED"
    assert low <= protocol.uvicorn_version() <= high
    assert low == (0, 30)  # the floor mock_server/pyproject.toml declares: tests/install runs the mock on it
    assert '"uvicorn>=0.30,' in (ROOT / "mock_server" / "pyproject.toml").read_text(encoding="utf-8")


def test_on_a_verified_release_the_mock_protocol_serves() -> None:
    chosen = protocol.http_protocol()
    assert isinstance(chosen, type) and chosen.__name__ == "MockProtocol"


def test_outside_the_verified_releases_uvicorns_own_protocol_serves(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(protocol, "uvicorn_version", lambda: (0, 99))
    with caplog.at_level(logging.WARNING, logger="modelarts_mock"):
        assert protocol.http_protocol() == "httptools"
    assert "uvicorn 0.99 is outside the releases it was verified on (0.30-0.54)" in caplog.text
    with running_mock(Settings(tokens=(TOKEN,))) as url:
        answer = httpx.get(f"{url}/v2/{PROJECT}/pools/{POOL}", headers={"X-Auth-Token": TOKEN})
    assert answer.status_code == 200 and answer.json()["metadata"]["name"] == POOL


def test_a_missing_hook_falls_back_too(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    from uvicorn.protocols.http import httptools_impl

    monkeypatch.delattr(httptools_impl.HttpToolsProtocol, "send_400_response")
    with caplog.at_level(logging.WARNING, logger="modelarts_mock"):
        assert protocol.http_protocol() == "httptools"
    assert "lacks send_400_response" in caplog.text


async def _nodelay_of_accepted(sock: socket.socket) -> int:
    """TCP_NODELAY of a connection asyncio accepts on `sock` (the standard event loop: uvloop sets it on every TCP socket)."""
    accepted: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    class Probe(asyncio.Protocol):
        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            accepted.set_result(transport.get_extra_info("socket").getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            transport.close()

    server = await asyncio.get_running_loop().create_server(Probe, sock=sock)
    try:
        _, writer = await asyncio.open_connection(*sock.getsockname()[:2])
        value = await asyncio.wait_for(accepted, 5)
        writer.close()
        return value
    finally:
        server.close()


def test_connections_have_nagle_off_through_the_listening_socket_alone() -> None:
    assert asyncio.run(_nodelay_of_accepted(protocol.listening_socket("127.0.0.1", 0))) == 1
    plain = socket.socket(socket.AF_INET, socket.SOCK_STREAM)  # protocol 0: asyncio leaves Nagle on (the trap)
    plain.bind(("127.0.0.1", 0))
    assert asyncio.run(_nodelay_of_accepted(plain)) == 0
