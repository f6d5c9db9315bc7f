"""The proxy's side of the wire: what goes upstream, and how much of what comes back is read.

An upstream is trusted no more than a client: its answer is read in pieces, decompressed with a bound on the
output (the client's `modelarts_core.bodies`), within an overall deadline, by a bounded number of
exchanges at once; its headers pass only when they are plain ASCII. Upstream gets only what the operation
documents (its header parameters) and a few content headers: never the client's credentials, cookies, the
mock's admin token or hop-by-hop headers.
"""

from __future__ import annotations

import asyncio
import re
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx
from modelarts_core.bodies import ACCEPT_ENCODING, BodyLimits, BodyProblem, DeadlinePassed, aread_body

from modelarts_mock.spec import OperationSpec
from modelarts_mock.wire import RawRequest

MAX_BYTES = 16 << 20  # an answer, after decompression: the fixtures limit (a recording must load back)
DEADLINE = 60.0  # seconds for a whole exchange: connect, headers, every byte of the body
MAX_EXCHANGES = 16  # upstream exchanges at once: memory stays below MAX_EXCHANGES × MAX_BYTES
LIMITS = BodyLimits(max_response_bytes=MAX_BYTES)
# Headers a client may send that are not credentials or framing; besides these, the operation's header parameters.
CONTENT_HEADERS = ("accept", "accept-language", "content-type", "user-agent")
PASSED_BACK = ("content-type", "x-request-id", "retry-after")
_VISIBLE = re.compile(rb"[\x20-\x7e]{0,256}")


class UpstreamFailed(Exception):
    """No usable answer from upstream: the status the client gets (502, 504) and why."""

    def __init__(self, status: int, problem: str) -> None:
        super().__init__(problem)
        self.status = status
        self.problem = problem


def check_url(upstream: str) -> str:
    """The upstream base URL, or ValueError: http(s)://host[:port] only, no credentials in it (they would be logged)."""
    parts = urlsplit(upstream)
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        raise ValueError("--proxy: a URL with user:password@ is refused (it would reach logs); give credentials in the environment")
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.path not in ("", "/") or parts.query or parts.fragment:
        shown = f"{parts.scheme}://{parts.hostname or ''}{parts.path[:40]}"
        raise ValueError(f"--proxy: expected http(s)://host[:port], got {shown!r}")
    return upstream.rstrip("/")


def forwarded_headers(request: RawRequest, op: OperationSpec) -> dict[str, str]:
    """What the client sent that upstream may see: the operation's header parameters and content headers."""
    allowed = {*CONTENT_HEADERS, *(p.name.lower() for p in op.parameters if p.location == "header")}
    allowed -= {"authorization", "x-auth-token", "x-security-token", "x-sdk-date", "host"}  # the proxy's own, re-signed
    headers = {name: value for name, value in request.headers.items() if name in allowed}
    headers["accept-encoding"] = ACCEPT_ENCODING  # only what the bounded reader decompresses
    return headers


@dataclass
class Answer:
    status: int
    headers: dict[str, str]  # the few passed back, plain ASCII
    content: bytes  # decompressed
    dropped: list[str]  # headers not passed back, and why


class Exchanges:
    """Sends requests upstream, at most MAX_EXCHANGES at once, each answer read within the limits and the deadline."""

    def __init__(self, client: httpx.AsyncClient, deadline: float = DEADLINE) -> None:
        self.client = client
        self.deadline = deadline
        self._slots = asyncio.Semaphore(MAX_EXCHANGES)

    async def send(self, request: httpx.Request) -> Answer:
        deadline = time.monotonic() + self.deadline
        async with self._slots:
            try:
                async with asyncio.timeout(max(0.0, deadline - time.monotonic())):
                    response = await self.client.send(request, stream=True)
                    try:
                        content = await aread_body(response.aiter_raw(), response.headers.get("content-encoding", ""), LIMITS, deadline)
                    finally:
                        await response.aclose()
            except (TimeoutError, DeadlinePassed):
                raise UpstreamFailed(504, f"no complete answer within {self.deadline:g} s") from None
            except BodyProblem as exc:  # over the limit once decompressed, a broken gzip stream
                raise UpstreamFailed(502, f"unusable answer: {str(exc)[:200]}") from None
            except httpx.HTTPError as exc:  # its text may quote the URL (and its query): the type says enough
                raise UpstreamFailed(502, type(exc).__name__) from None
        headers, dropped = _passed_back(response.headers.raw)
        return Answer(response.status_code, headers, content, dropped)


def _passed_back(raw: list[tuple[bytes, bytes]]) -> tuple[dict[str, str], list[str]]:
    kept: dict[str, str] = {}
    dropped = []
    for name_bytes, value in raw:
        name = name_bytes.decode("latin-1").lower()
        if name not in PASSED_BACK or name in kept:
            continue
        if _VISIBLE.fullmatch(value):
            kept[name] = value.decode("ascii")
        else:
            dropped.append(f"header {name} is not plain ASCII text (at most 256 characters): not passed on")
    return kept, dropped
