"""The mock's HTTP protocol subclasses uvicorn's httptools one (not a public API): pinned to the uvicorn it was
verified with, and where its hooks are missing the mock is served by uvicorn's stock protocol, still guarded and
still answering in JSON what it can (modelarts_mock/protocol.py)."""

from __future__ import annotations

import asyncio
import socket
from importlib.metadata import version

import httpx
import pytest
from modelarts_mock import Settings, create_app, testing
from modelarts_mock.protocol import HOOKS, HttpToolsProtocol, fits
from modelarts_mock.testing import running_mock

from tests.support.mock import POOL, PROJECT

POOL_PATH = f"/v2/{PROJECT}/pools/{POOL}"
RESET = '{"operation": "ShowPool", "kind": "reset"}'


def test_our_protocol_is_pinned_to_the_uvicorn_it_was_verified_with() -> None:
    """Moving uvicorn: check protocol.py's overrides against its httptools_impl, then move this pin."""
    assert version("uvicorn") == "0.54.0"
    assert fits() and testing.server_config(create_app(Settings(auth=False))).http is testing.MockProtocol


@pytest.mark.parametrize("missing", HOOKS)
def test_a_protocol_without_one_of_the_hooks_does_not_fit(missing: str) -> None:
    lacking = type("Lacking", (), {hook: (lambda self: None) for hook in HOOKS if hook != missing})
    assert fits(lacking) is False
    assert fits(asyncio.Protocol) is False and fits(HttpToolsProtocol) is True


def raw(url: str, data: bytes) -> bytes:
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall(data)
        return sock.recv(65536)


def test_where_it_does_not_fit_the_stock_protocol_serves_guarded_and_refuses_connection_faults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(testing, "fits", lambda: False)
    app = create_app(Settings(auth=False))  # an open control plane: only the socket marker tells it to check the Host
    assert testing.server_config(app).http == "httptools"
    with running_mock(app=app) as url, httpx.Client(base_url=url) as http:
        assert http.get(POOL_PATH).status_code == 200
        refused = http.post("/_mock/faults", content=RESET, headers={"Content-Type": "application/json", "Host": "attacker.example"})
        assert refused.status_code == 403 and "not this machine" in refused.json()["error_msg"]  # still guarded
        assert http.post("/_mock/faults", content=RESET, headers={"Content-Type": "application/json"}).status_code == 201
        answer = http.get(POOL_PATH)
        assert answer.status_code == 501 and answer.json()["error_code"] == "Mock.FaultUnsupported"
        assert "needs the connection" in answer.json()["error_msg"]
        assert raw(url, b"GET / HTTP/1.1\r\nHost: x\r\nX-Bad: a\x00b\r\n\r\n").startswith(b"HTTP/1.1 400")  # uvicorn's own
