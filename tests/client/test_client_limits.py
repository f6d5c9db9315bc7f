"""The body limits as units: nesting depth measured without decoding, bounded decompression, Retry-After parsing."""

from __future__ import annotations

import json
import random
import zlib
from datetime import UTC, datetime
from typing import Any

import pytest
from modelarts_client import BodyLimits
from modelarts_core.bodies import BodyProblem, decode_json, json_depth, read_body
from modelarts_core.retry import healable, parse_retry_after


def depth(value: Any) -> int:
    if isinstance(value, dict):
        return 1 + max([depth(v) for v in value.values()] or [0])
    if isinstance(value, list):
        return 1 + max([depth(v) for v in value] or [0])
    return 0


def document(rng: random.Random, levels: int) -> Any:
    """JSON whose strings are full of brackets, quotes and backslashes: the depth scan must see through them."""
    if levels == 0:
        return rng.choice(['a"[', "\\", "}{", 1, None, '\\"]', "\\\\[", "é]"])
    if rng.random() < 0.5:
        return [document(rng, levels - 1) for _ in range(rng.randint(0, 3))]
    return {rng.choice(["[", '"', "k\\", "{\\"]) + str(i): document(rng, levels - 1) for i in range(rng.randint(0, 3))}


def test_json_depth_matches_the_decoded_depth_whatever_the_strings_hold() -> None:
    rng = random.Random(7)
    for _ in range(2000):
        value = document(rng, rng.randint(0, 9))
        assert json_depth(json.dumps(value).encode()) == depth(value), value


def test_json_depth_is_not_fooled_by_an_unescaped_looking_quote() -> None:
    assert json_depth(b'{"a": "x\\\\"}') == 1  # an escaped backslash, then the closing quote
    assert json_depth(b'["\\"[[[[", [[]]]') == 3


@pytest.mark.parametrize("limit", [1, 5, 64])
def test_the_nesting_limit_is_exact(limit: int) -> None:
    at = b"[" * limit + b"]" * limit
    assert decode_json(at, BodyLimits(max_json_depth=limit)) is not None
    with pytest.raises(BodyProblem, match=f"deeper than {limit} levels"):
        decode_json(b"[" + at + b"]", BodyLimits(max_json_depth=limit))


def test_decompression_stops_at_the_limit_and_keeps_only_what_fits() -> None:
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    bomb = packer.compress(b"x" * (50 << 20)) + packer.flush()
    with pytest.raises(BodyProblem, match="over the limit of 1000 bytes") as info:
        read_body(iter([bomb]), "gzip", BodyLimits(max_response_bytes=1000), float("inf"))
    assert len(info.value.partial) <= 1000
    assert read_body(iter([zlib.compress(b"[1]")]), "deflate", BodyLimits(), float("inf")) == b"[1]"  # zlib-wrapped deflate
    with pytest.raises(BodyProblem, match="unsupported Content-Encoding 'br'"):
        read_body(iter([b"x"]), "br", BodyLimits(), float("inf"))


@pytest.mark.parametrize(("header", "seconds"), [("2", 2.0), ("²", None), ("١", None), ("-1", None), ("soon", None), (" 7 ", 7.0)])
def test_retry_after_takes_ascii_digits_or_a_date_only(header: str, seconds: float | None) -> None:
    assert parse_retry_after(header, datetime.now(UTC)) == seconds


def test_dns_and_certificate_failures_do_not_heal() -> None:
    import socket
    import ssl

    import httpx

    def chained(cause: BaseException) -> httpx.ConnectError:
        try:
            raise httpx.ConnectError("connect failed") from cause
        except httpx.ConnectError as exc:
            return exc

    assert not healable(chained(socket.gaierror(-2, "Name or service not known")))
    assert not healable(chained(ssl.SSLCertVerificationError(1, "certificate verify failed")))
    assert healable(chained(ConnectionRefusedError(111, "Connection refused")))
    assert healable(httpx.ReadError("reset by peer"))
