"""Reading a response body within limits: size counted after decompression, the call's deadline, JSON nesting.

httpx would decompress a gzip body whole (a 300 KB bomb becomes 300 MB in memory) and read an endless
chunked body until memory runs out; here the raw bytes are read chunk by chunk and decompressed with a
bound on the output, so memory stays near `max_response_bytes` whatever the server sends.
"""

from __future__ import annotations

import json
import time
import zlib
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

from .errors import ConfigurationError

ACCEPT_ENCODING = "gzip, deflate"  # what this module can decompress within bounds
_EXCERPT = 256 * 1024  # bytes of an unusable body kept for the error
_PIECE = 1 << 20


@dataclass(frozen=True)
class BodyLimits:
    """`max_response_bytes`: a body above it (after decompression) fails the call (default 64 MiB: the
    largest real ModelArts answers are a few MB); `max_json_depth`: deeper JSON fails the call (default 64;
    real answers nest under 15 levels)."""

    max_response_bytes: int = 64 * 1024 * 1024
    max_json_depth: int = 64

    def __post_init__(self) -> None:
        if self.max_response_bytes < 1 or self.max_json_depth < 1:
            raise ConfigurationError("BodyLimits: max_response_bytes and max_json_depth must be at least 1")


class BodyProblem(Exception):
    """The body cannot be used; `partial` is what was read (for the error's excerpt)."""

    def __init__(self, problem: str, partial: bytes = b"") -> None:
        super().__init__(problem)
        self.partial = partial


class DeadlinePassed(Exception):
    """The call's deadline passed while the body was being read."""


class _Decoder:
    """gzip / deflate / identity, never producing more than the room left under the limit."""

    def __init__(self, encoding: str, limit: int) -> None:
        self.limit = limit
        self.size = 0
        self.parts: list[bytes] = []
        codings = [c.strip().lower() for c in encoding.split(",") if c.strip() and c.strip().lower() != "identity"]
        if len(codings) > 1 or (codings and codings[0] not in ("gzip", "x-gzip", "deflate")):
            raise BodyProblem(f"unsupported Content-Encoding {encoding!r} (the client asks for {ACCEPT_ENCODING})")
        self.coding = codings[0] if codings else None
        self.zlib: Any = None

    def feed(self, chunk: bytes) -> None:
        if self.coding is None:
            self._add(chunk)
            return
        if self.zlib is None:
            # deflate is zlib-wrapped by the RFC, raw by some servers: the first byte tells (as httpx does by trying)
            wbits = 16 + zlib.MAX_WBITS if self.coding != "deflate" else (zlib.MAX_WBITS if chunk[:1] == b"x" else -zlib.MAX_WBITS)
            self.zlib = zlib.decompressobj(wbits)
        data = chunk
        while data:  # in pieces of at most 1 MiB: a bomb never has more than that decompressed beyond the limit
            try:
                out = self.zlib.decompress(data, min(self.limit - self.size + 1, _PIECE))
            except zlib.error as exc:
                raise BodyProblem(f"the {self.coding} body does not decompress ({exc})", self.head()) from None
            self._add(out)
            data = self.zlib.unconsumed_tail

    def _add(self, data: bytes) -> None:
        self.size += len(data)
        if self.size > self.limit:
            raise BodyProblem(f"response body over the limit of {self.limit} bytes (BodyLimits.max_response_bytes)", self.head())
        self.parts.append(data)

    def body(self) -> bytes:
        return b"".join(self.parts)

    def head(self) -> bytes:
        """The start of what was read, for an error's excerpt (not a copy of a body over the limit)."""
        kept, size = [], 0
        for part in self.parts:
            kept.append(part[: _EXCERPT - size])
            size += len(kept[-1])
            if size >= _EXCERPT:
                break
        return b"".join(kept)


def read_body(chunks: Iterator[bytes], encoding: str, limits: BodyLimits, deadline: float) -> bytes:
    decoder = _Decoder(encoding, limits.max_response_bytes)
    for chunk in chunks:
        decoder.feed(chunk)
        if time.monotonic() > deadline:
            raise DeadlinePassed
    return decoder.body()


async def aread_body(chunks: AsyncIterator[bytes], encoding: str, limits: BodyLimits, deadline: float) -> bytes:
    decoder = _Decoder(encoding, limits.max_response_bytes)
    async for chunk in chunks:
        decoder.feed(chunk)
        if time.monotonic() > deadline:
            raise DeadlinePassed
    return decoder.body()


_KEEP_STRUCTURE = bytes(b for b in range(256) if b not in b'[]{}"')  # deleted by translate: all but brackets and quotes
_STEPS = bytes.maketrans(b"[{]}", b"\x02\x02\x00\x00")


def json_depth(body: bytes, enough: int = 0) -> int:
    """Deepest nesting of arrays and objects, brackets inside strings ignored; C-speed passes over the body.

    Once `\\\\` and `\\"` are gone, every quote left delimits a string, so the text between odd and even
    quotes is outside strings. Returns early (an upper bound) when there are no more than `enough` brackets.
    """
    if body.count(b"[") + body.count(b"{") <= enough:  # most answers: fewer brackets in all than the limit
        return enough
    structure = body.replace(b"\\\\", b"").replace(b'\\"', b"").translate(None, _KEEP_STRUCTURE)
    outside = b"".join(structure.split(b'"')[::2])
    opening = outside.count(b"[") + outside.count(b"{")
    if opening <= enough:
        return opening
    return max(accumulate(step - 1 for step in outside.translate(_STEPS)))


def decode_json(body: bytes, limits: BodyLimits) -> Any:
    """The decoded body; BodyProblem if it is not JSON or nests deeper than the limit (never RecursionError)."""
    if json_depth(body, limits.max_json_depth) > limits.max_json_depth:
        raise BodyProblem(f"JSON nested deeper than {limits.max_json_depth} levels (BodyLimits.max_json_depth)", body)
    try:
        return json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise BodyProblem(f"response body is not JSON ({type(exc).__name__})", body) from None
