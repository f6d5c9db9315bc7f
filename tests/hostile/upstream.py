"""A hostile upstream for the proxy: an httpx transport answering whatever a test scripts, byte for byte, chunk by
chunk, as slowly as it likes; it keeps the requests it received (what the proxy forwarded)."""

from __future__ import annotations

import asyncio
import gzip
import json
import zlib
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from modelarts_mock import Settings
from modelarts_mock.proxy import Proxy, create_proxy
from modelarts_mock.transport import MockTransport

from tests.support.mock import AK, PROJECT, SK

UPSTREAM = "https://modelarts.cn-north-4.myhuaweicloud.com"
USER_ENV = {"HUAWEICLOUD_SDK_AK": AK, "HUAWEICLOUD_SDK_SK": SK, "HUAWEICLOUD_SDK_PROJECT_ID": PROJECT}
PROXY_TOKEN = "proxy-client-token-never-forwarded"


@dataclass
class Script:
    """One answer: status, raw headers, and the body as chunks (bytes, or a number: seconds to wait first)."""

    status: int = 200
    headers: list[tuple[bytes, bytes]] = field(default_factory=lambda: [(b"content-type", b"application/json")])
    chunks: Callable[[], AsyncIterator[bytes]] | None = None
    body: bytes = b"{}"


class _Stream(httpx.AsyncByteStream):
    def __init__(self, chunks: AsyncIterator[bytes]) -> None:
        self.chunks = chunks

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self.chunks:
            yield chunk


class HostileUpstream(httpx.AsyncBaseTransport):
    def __init__(self, script: Callable[[httpx.Request], Script]) -> None:
        self.script = script
        self.received: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.received.append(request)
        answer = self.script(request)
        chunks = answer.chunks() if answer.chunks is not None else _once(answer.body)
        return httpx.Response(answer.status, headers=answer.headers, stream=_Stream(chunks), request=request)


async def _once(body: bytes) -> AsyncIterator[bytes]:
    yield body


async def repeat(chunk: bytes, times: int, pause: float = 0.0) -> AsyncIterator[bytes]:
    for _ in range(times):
        if pause:
            await asyncio.sleep(pause)
        yield chunk


def gzip_bomb(megabytes: int) -> bytes:
    """`megabytes` MiB of zeros, gzip-compressed (about 1,000 times smaller)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = b"0" * (1 << 20)
    return b"".join(compressor.compress(block) for _ in range(megabytes)) + compressor.flush()


def gzipped(body: bytes) -> bytes:
    return gzip.compress(body)


def proxy_with(upstream: HostileUpstream, record: Path | None = None, settings: Settings | None = None) -> tuple[Proxy, httpx.Client]:
    proxy = create_proxy(settings or Settings(tokens=(PROXY_TOKEN,)), UPSTREAM, record, USER_ENV, upstream)
    client = httpx.Client(transport=MockTransport(proxy), base_url="http://proxy", headers={"X-Auth-Token": PROXY_TOKEN}, timeout=30)
    return proxy, client


def answer_of(status: int = 200, body: Any = None, text: bytes | None = None, headers: list[tuple[bytes, bytes]] | None = None) -> Script:
    content = text if text is not None else json.dumps(body).encode()
    return Script(status, headers or [(b"content-type", b"application/json")], None, content)
