"""The client against hand-made servers (sockets on 127.0.0.1): timeouts, refusals, DNS, resets, drips, bombs.

Each failure must end as one of the client's own errors, within the call's deadline, with bounded memory,
and with no credential reachable from the exception (its pickle included).
"""

from __future__ import annotations

import asyncio
import json
import pickle
import socket
import time
import tracemalloc
import zlib
from typing import Any

import pytest
from modelarts_client import (
    AkSkAuth,
    AsyncModelArts,
    BodyLimits,
    ModelArts,
    ModelArtsConnectionError,
    ModelArtsResponseError,
    ModelArtsTimeout,
    RetryPolicy,
    ServerError,
    TokenAuth,
)

from tests.support.client_mock import PROJECT, RawServer, head, reset

pytestmark = [pytest.mark.slow]  # real sockets and real waits (each under a few seconds)

TOKEN = "IAM/TOKEN+wire-0123456789"
AK, SK = "WIREAK00000000000001", "wire-secret-key-0002"
POOL = "pool-0123456789abcdef0123456789abcdef"
BODY = json.dumps({"apiVersion": "v2", "kind": "Pool", "metadata": {"name": POOL}}).encode()


def client(url: str, **options: Any) -> ModelArts:
    options.setdefault("auth", TokenAuth(TOKEN))
    return ModelArts(endpoint=url, project_id=PROJECT, **options)


def no_secret_reachable(error: BaseException) -> None:
    """Not in the message, the repr, the pickle, nor the chained cause or its pickle."""
    for exc in (error, error.__cause__, error.__context__):
        if exc is None:
            continue
        pickled = pickle.dumps(exc)
        for secret in (TOKEN, AK, SK):
            assert secret not in str(exc) and secret not in repr(exc)
            assert secret.encode() not in pickled
        assert getattr(exc, "_request", None) is None  # httpx exceptions keep the signed request there


def test_a_silent_server_ends_at_the_deadline_with_a_timeout() -> None:
    with RawServer(lambda conn: time.sleep(10)) as server, client(server.url, timeout=1.0) as ma:
        started = time.monotonic()
        with pytest.raises(ModelArtsTimeout) as info:
            ma.pools.show_pool(POOL)
    assert time.monotonic() - started < 2.5
    assert (info.value.operation, info.value.endpoint) == ("ShowPool", server.url)
    no_secret_reachable(info.value)


def test_a_per_call_timeout_overrides_the_clients() -> None:
    with RawServer(lambda conn: time.sleep(10)) as server, client(server.url, timeout=30.0) as ma:
        started = time.monotonic()
        with pytest.raises(ModelArtsTimeout):
            ma.pools.show_pool(POOL, timeout=0.5)
    assert time.monotonic() - started < 2.0


def test_refused_connections_are_retried_then_raised_without_credentials() -> None:
    spare = socket.create_server(("127.0.0.1", 0))
    url = f"http://127.0.0.1:{spare.getsockname()[1]}"
    spare.close()  # nothing listens there now: connection refused
    slept: list[float] = []
    with client(url, auth=AkSkAuth(AK, SK), sleep=slept.append) as ma, pytest.raises(ModelArtsConnectionError) as info:
        ma.pools.show_pool(POOL)
    assert len(slept) == 3  # four attempts
    assert type(info.value) is ModelArtsConnectionError and "ShowPool" in str(info.value) and url in str(info.value)
    no_secret_reachable(info.value)


def test_a_name_that_does_not_resolve_is_not_retried_and_fails_fast() -> None:
    slept: list[float] = []
    started = time.monotonic()
    with client("http://modelarts.does-not-exist.invalid", sleep=slept.append) as ma, pytest.raises(ModelArtsConnectionError) as info:
        ma.pools.show_pool(POOL)
    assert slept == [] and time.monotonic() - started < 2.0
    no_secret_reachable(info.value)


def test_a_reset_in_the_middle_of_the_body_is_retried_then_raised() -> None:
    def half_then_reset(conn: socket.socket) -> None:
        conn.sendall(head(200, Content_Type="application/json", Content_Length=str(len(BODY))) + BODY[:10])
        time.sleep(0.05)
        reset(conn)

    slept: list[float] = []
    with (
        RawServer(half_then_reset) as server,
        client(server.url, sleep=slept.append) as ma,
        pytest.raises(ModelArtsConnectionError) as info,
    ):
        ma.pools.show_pool(POOL)
    assert server.connections == 4 and len(slept) == 3
    no_secret_reachable(info.value)


def test_a_one_byte_drip_ends_at_the_deadline() -> None:
    def drip(conn: socket.socket) -> None:
        conn.sendall(head(200, Content_Type="application/json", Content_Length="100000"))
        for _ in range(100):
            conn.sendall(b" ")
            time.sleep(0.25)

    with RawServer(drip) as server, client(server.url, timeout=1.5) as ma:
        started = time.monotonic()
        with pytest.raises(ModelArtsTimeout):
            ma.pools.show_pool(POOL)
    assert time.monotonic() - started < 2.5  # the deadline plus at most one read


def test_a_one_byte_drip_ends_at_the_deadline_async() -> None:
    def drip(conn: socket.socket) -> None:
        conn.sendall(head(200, Content_Type="application/json", Content_Length="100000"))
        for _ in range(100):
            conn.sendall(b" ")
            time.sleep(0.25)

    async def call(url: str) -> None:
        async with AsyncModelArts(endpoint=url, project_id=PROJECT, auth=TokenAuth(TOKEN), timeout=1.0) as ma:
            await ma.pools.show_pool(POOL)

    with RawServer(drip) as server:
        started = time.monotonic()
        with pytest.raises(ModelArtsTimeout):
            asyncio.run(call(server.url))
    assert time.monotonic() - started < 1.8  # async cancels the read itself


@pytest.mark.parametrize("retry_after", ["30", "Wed, 21 Oct 2099 07:28:00 GMT"])
def test_a_retry_after_past_the_deadline_is_not_waited_for(retry_after: str) -> None:
    slept: list[float] = []

    def busy(conn: socket.socket) -> None:
        conn.sendall(head(503, Retry_After=retry_after, Content_Length="0"))

    policy = RetryPolicy(max_retry_after=3600)  # the cap would allow it: the deadline must not
    with (
        RawServer(busy) as server,
        client(server.url, timeout=5.0, retry=policy, sleep=slept.append) as ma,
        pytest.raises(ServerError) as info,
    ):
        ma.pools.show_pool(POOL)
    assert slept == [] and info.value.status_code == 503


def test_a_retry_after_that_is_not_a_number_falls_back_to_backoff() -> None:
    """`"²".isdigit()` is True and float("²") raises: the header is ignored, not fatal."""
    answers = [
        # Connection: close, as this server closes after one answer: without it the (fake-slept) retry could race
        # the close on the kept-alive connection and be retried once more
        head(429, Retry_After="²", Content_Length="0", Connection="close"),
        head(200, Content_Type="application/json", Content_Length=str(len(BODY))) + BODY,
    ]
    slept: list[float] = []
    with RawServer(lambda conn: conn.sendall(answers.pop(0))) as server, client(server.url, sleep=slept.append) as ma:
        pool = ma.pools.show_pool(POOL)
    assert pool.metadata.name == POOL and len(slept) == 1 and 0 < slept[0] < 1


def gzip_bomb(size: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = b"0" * (1 << 20)
    return b"".join(packer.compress(zeros) for _ in range(size >> 20)) + packer.flush()


def test_a_gzip_bomb_is_refused_after_decompression_without_being_decompressed_whole() -> None:
    bomb = gzip_bomb(300 << 20)  # 300 MB of JSON-ish digits in about 300 KB
    assert len(bomb) < 1 << 20

    def send(conn: socket.socket) -> None:
        conn.sendall(head(200, Content_Type="application/json", Content_Encoding="gzip", Content_Length=str(len(bomb))) + bomb)

    with RawServer(send) as server, client(server.url, body_limits=BodyLimits(max_response_bytes=8 << 20)) as ma:
        tracemalloc.start()
        try:
            with pytest.raises(ModelArtsResponseError) as info:
                ma.pools.show_pool(POOL)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert "over the limit of 8388608 bytes" in str(info.value)
    assert peak < 40 << 20  # the 8 MB read and its copies, never the 300 MB


def test_an_endless_chunked_body_is_bounded_by_the_size_limit() -> None:
    def endless(conn: socket.socket) -> None:
        conn.sendall(head(200, Content_Type="application/json", Transfer_Encoding="chunked"))
        chunk = b"%x\r\n%s\r\n" % (65536, b" " * 65536)
        while True:
            conn.sendall(chunk)

    with RawServer(endless) as server, client(server.url, body_limits=BodyLimits(max_response_bytes=4 << 20), timeout=20) as ma:
        started = time.monotonic()
        with pytest.raises(ModelArtsResponseError, match="over the limit"):
            ma.pools.show_pool(POOL)
    assert time.monotonic() - started < 5


@pytest.mark.parametrize("status", [200, 500])
def test_deeply_nested_json_is_a_clear_error_not_a_recursion_error(status: int) -> None:
    deep = b"[" * 200_000 + b"]" * 200_000
    answer = head(status, Content_Type="application/json", Content_Length=str(len(deep))) + deep
    with (
        RawServer(lambda conn: conn.sendall(answer)) as server,
        client(server.url, retry=RetryPolicy(max_attempts=1)) as ma,
        pytest.raises((ModelArtsResponseError, ServerError)) as info,
    ):
        ma.pools.show_pool(POOL)
    assert info.value.status_code == status
    if status == 200:
        assert "nested deeper than 64 levels" in str(info.value)


def drip_headers(every: float) -> Any:
    """The status line and headers, one byte at a time: each read returns before a per-read timeout would fire."""

    def send(conn: socket.socket) -> None:
        for byte in head(200, Content_Type="application/json", Content_Length=str(len(BODY))) + BODY:
            conn.sendall(bytes([byte]))
            time.sleep(every)

    return send


def drip_body(every: float) -> Any:
    def send(conn: socket.socket) -> None:
        conn.sendall(head(200, Content_Type="application/json", Content_Length="100000"))
        for _ in range(100):
            time.sleep(every)
            conn.sendall(b" ")

    return send


DEADLINE = 1.0
MARGIN = 0.5  # a behavioural bound on the deadline (a read that waits past it fails by ~0.9 s), not a benchmark


@pytest.mark.parametrize("dripping", [drip_headers, drip_body], ids=["headers", "body"])
def test_a_drip_just_under_the_read_timeout_ends_at_the_deadline(dripping: Any) -> None:
    """Each byte arrives 0.9×timeout after the last: only a deadline on every read (not a per-read timeout fixed
    when the request was built, nor a check after each chunk) ends the call in time."""
    with RawServer(dripping(0.9 * DEADLINE)) as server, client(server.url, timeout=DEADLINE) as ma:
        started = time.monotonic()
        with pytest.raises(ModelArtsTimeout) as info:
            ma.pools.show_pool(POOL)
        elapsed = time.monotonic() - started
    assert elapsed < DEADLINE + MARGIN, elapsed
    no_secret_reachable(info.value)


@pytest.mark.parametrize("dripping", [drip_headers, drip_body], ids=["headers", "body"])
def test_a_drip_just_under_the_read_timeout_ends_at_the_deadline_async(dripping: Any) -> None:
    async def call(url: str) -> None:
        async with AsyncModelArts(endpoint=url, project_id=PROJECT, auth=TokenAuth(TOKEN), timeout=DEADLINE) as ma:
            await ma.pools.show_pool(POOL)

    with RawServer(dripping(0.9 * DEADLINE)) as server:
        started = time.monotonic()
        with pytest.raises(ModelArtsTimeout):
            asyncio.run(call(server.url))
        elapsed = time.monotonic() - started
    assert elapsed < DEADLINE + MARGIN, elapsed
