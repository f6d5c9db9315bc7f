"""modelarts_mock over a real loopback socket (uvicorn + httptools): what goes on the wire."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator

import httpx
import pytest
from modelarts_mock import Settings
from modelarts_mock.testing import running_mock

from tests.support.mock import POOL, PROJECT, TOKEN


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with running_mock(Settings(tokens=(TOKEN,), validate_responses=True)) as url:
        yield url


def raw_exchange(base_url: str, request: bytes) -> bytes:
    """Send bytes as they are, read until the server closes or goes quiet."""
    host, port = base_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall(request)
        sock.settimeout(1)
        data = b""
        try:
            while chunk := sock.recv(65536):
                data += chunk
        except TimeoutError:
            pass
    return data


def split(response: bytes) -> tuple[int, dict[str, str], bytes]:
    head, _, body = response.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.lower().split(": ", 1) for line in lines[1:])
    return int(lines[0].split()[1]), headers, body


def get(path: str, *headers: str) -> bytes:
    lines = [f"GET {path} HTTP/1.1", "Host: mock", "Connection: close", f"X-Auth-Token: {TOKEN}", *headers, "", ""]
    return "\r\n".join(lines).encode("latin-1")


def test_pool_tags_204_carries_its_body_and_closes_the_connection(base_url: str) -> None:
    status, headers, body = split(raw_exchange(base_url, get(f"/v1/{PROJECT}/pools/{POOL}/tags")))
    assert status == 204
    assert headers["connection"] == "close"
    assert headers["content-length"] == str(len(body))
    assert json.loads(body) == {"tags": [{"key": "dev", "values": ["dev1"]}]}


def test_http_clients_skip_the_204_body_and_the_next_request_still_works(base_url: str) -> None:
    with httpx.Client(base_url=base_url, headers={"X-Auth-Token": TOKEN}) as client:
        first = client.get(f"/v1/{PROJECT}/pools/{POOL}/tags")
        assert (first.status_code, first.content) == (204, b"")  # h11, like every HTTP/1.1 client, reads no 204 body
        assert client.get(f"/v1/{PROJECT}/quotas").json()["quotas"]["resources"][0]["type"] == "pool"
        assert client.get(f"/v1/{PROJECT}/pools/{POOL}/tags").status_code == 204


@pytest.mark.parametrize(
    "request_bytes",
    [
        get(f"/v2/{PROJECT}/pools/%zz"),
        get(f"/v2/{PROJECT}/pools/%ff%ff"),
        get("/v2/%2e%2e/%2e%2e/etc"),
        get(f"/v1/{PROJECT}/quotas?%zz&a=%ff"),
        get(f"/v1/{PROJECT}/quotas", f"X-Big: {'b' * 200_000}"),
        get(f"/v1/{PROJECT}/quotas", *(f"X-Many-{i}: {i}" for i in range(500))),
        f"DELETE /v1/{PROJECT}/quotas HTTP/1.1\r\nHost: mock\r\nConnection: close\r\nContent-Length: 0\r\n\r\n".encode(),
        f"GET /v1/{PROJECT}/quotas HTTP/1.0\r\n\r\n".encode(),
    ],
    ids=["bad escape", "not UTF-8", "dot segments", "bad query", "200 KB header", "500 headers", "DELETE", "HTTP/1.0 no Host"],
)
def test_odd_requests_get_json_and_no_5xx(base_url: str, request_bytes: bytes) -> None:
    status, headers, body = split(raw_exchange(base_url, request_bytes))
    assert status < 500
    assert headers["content-type"] == "application/json"
    json.loads(body)


def test_unparseable_http_is_a_json_400(base_url: str) -> None:
    """A request that is not HTTP never reaches the app: the protocol's own 400 writer answers in the mock's JSON shape."""
    status, headers, _ = split(raw_exchange(base_url, b"GET /a b c\x01 HTTP/1.1\r\n\r\n"))
    assert status == 400 and headers["content-type"] == "application/json"
