"""SDK-HMAC-SHA256 request signing, byte-compatible with huaweicloudsdkcore's `Signer`.

Pure functions over the request's raw parts, so the same code signs in the client
(`AkSkAuth`) and verifies in the mock server. Shipped inside the generated client:
standard library only, no imports from the rest of `generator`.

The algorithm (as the official signer does it):
  canonical request = METHOD \\n canonical URI \\n canonical query \\n canonical headers \\n
                      signed header names joined by ';' \\n hex(sha256(body))
  string to sign    = "SDK-HMAC-SHA256" \\n X-Sdk-Date \\n hex(sha256(canonical request))
  signature         = hex(hmac_sha256(SK, string to sign))
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from urllib.parse import parse_qsl, quote, unquote

ALGORITHM = "SDK-HMAC-SHA256"
DATE_HEADER = "X-Sdk-Date"
DATE_FORMAT = "%Y%m%dT%H%M%SZ"
CONTENT_SHA256_HEADER = "X-Sdk-Content-Sha256"
UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD"
EMPTY_BODY_HASH = hashlib.sha256(b"").hexdigest()

_AUTHORIZATION = re.compile(rf"^{ALGORITHM} Access=(?P<ak>[^,\s]+), SignedHeaders=(?P<headers>[^,\s]+), Signature=(?P<sig>[0-9a-f]+)$")


def encode(text: str) -> str:
    """Percent-encode everything but A-Z a-z 0-9 - _ . ~ (the official signer's `quote(s, safe='~')`)."""
    return quote(text, safe="~")


@lru_cache(maxsize=1024)  # a client calls the same few paths over and over; quoting is most of signing's time
def canonical_uri(raw_path: str) -> str:
    """The path as sent (percent-encoded), decoded, re-encoded segment by segment, with a trailing '/'."""
    uri = "/".join(encode(segment) for segment in unquote(raw_path).split("/"))
    return uri if uri.endswith("/") else uri + "/"


def query_pairs(raw_query: str) -> list[tuple[str, str]]:
    """Decoded (key, value) pairs of a raw query string; blank values kept, '+' read as a space."""
    return parse_qsl(raw_query, keep_blank_values=True)


def canonical_query(pairs: Iterable[tuple[str, str]]) -> str:
    """Pairs sorted by key then value, each part encoded, joined with '&' ('' for no query)."""
    return "&".join(f"{encode(key)}={encode(value)}" for key, value in sorted(pairs))


def signed_header_names(header_names: Iterable[str]) -> list[str]:
    """Every header is signed except names containing '_' (the official signer skips them)."""
    return list(_signed_names(tuple(header_names)))


@lru_cache(maxsize=256)  # the same header names on every call of a client
def _signed_names(header_names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted({name.lower() for name in header_names if "_" not in name}))


def needs_unsigned_payload(content_type: str | None) -> bool:
    """Non-JSON bodies are not hashed: the signer sends X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD instead."""
    return bool(content_type) and not (content_type or "").startswith(("application/json", "application/bson"))


def payload_hash(body: bytes, headers: Mapping[str, str]) -> str:
    if not body:
        return EMPTY_BODY_HASH
    declared = _get(headers, CONTENT_SHA256_HEADER)
    return declared if declared else hashlib.sha256(body).hexdigest()


def canonical_request(
    method: str,
    raw_path: str,
    pairs: Iterable[tuple[str, str]],
    headers: Mapping[str, str],
    signed_headers: Iterable[str],
    body: bytes,
) -> str:
    """`headers` maps header names (any case) to values; a signed header missing from it raises KeyError."""
    by_name = {name.lower(): str(value).strip() for name, value in headers.items()}
    names = list(signed_headers)
    canonical_headers = "".join(f"{name}:{by_name[name]}\n" for name in names)
    return "\n".join(
        [
            method.upper(),
            canonical_uri(raw_path),
            canonical_query(pairs),
            canonical_headers,
            ";".join(names),
            payload_hash(body, headers),
        ]
    )


def string_to_sign(canonical: str, sdk_date: str) -> str:
    return f"{ALGORITHM}\n{sdk_date}\n{hashlib.sha256(canonical.encode('utf-8')).hexdigest()}"


def signature(secret_key: str | hmac.HMAC, to_sign: str) -> str:
    """`secret_key` as text, or as `keyed(secret_key)`: the key schedule done once, copied per request."""
    if isinstance(secret_key, str):
        return hmac.new(secret_key.encode("utf-8"), to_sign.encode("utf-8"), hashlib.sha256).hexdigest()
    mac = secret_key.copy()
    mac.update(to_sign.encode("utf-8"))
    return mac.hexdigest()


def keyed(secret_key: str) -> hmac.HMAC:
    """An HMAC-SHA256 keyed with `secret_key`, for `signature` and `compute_signature` (never hashed into)."""
    return hmac.new(secret_key.encode("utf-8"), digestmod=hashlib.sha256)


def authorization(access_key: str, signed_headers: Iterable[str], sig: str) -> str:
    return f"{ALGORITHM} Access={access_key}, SignedHeaders={';'.join(signed_headers)}, Signature={sig}"


@dataclass(frozen=True)
class ParsedAuthorization:
    access_key: str
    signed_headers: tuple[str, ...]
    signature: str


def parse_authorization(value: str) -> ParsedAuthorization | None:
    """The three parts of an `SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…` header, or None."""
    match = _AUTHORIZATION.match(value.strip())
    if not match:
        return None
    return ParsedAuthorization(match["ak"], tuple(match["headers"].split(";")), match["sig"])


def sdk_date(now: datetime | None = None) -> str:
    """The X-Sdk-Date value for `now` (UTC), e.g. 20261127T142559Z."""
    return (now or datetime.now(UTC)).astimezone(UTC).strftime(DATE_FORMAT)


def parse_sdk_date(value: str) -> datetime | None:
    try:
        return datetime.strptime(value, DATE_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None


def compute_signature(
    secret_key: str | hmac.HMAC,
    method: str,
    raw_path: str,
    pairs: Iterable[tuple[str, str]],
    headers: Mapping[str, str],
    signed_headers: Iterable[str],
    body: bytes,
) -> str:
    """The signature for a request whose headers already carry X-Sdk-Date (signer and verifier share this)."""
    date = _get(headers, DATE_HEADER)
    if date is None:
        raise KeyError(DATE_HEADER)
    canonical = canonical_request(method, raw_path, pairs, headers, signed_headers, body)
    return signature(secret_key, string_to_sign(canonical, date.strip()))


def signatures_equal(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("ascii", "replace"), b.encode("ascii", "replace"))


def _get(headers: Mapping[str, str], name: str) -> str | None:
    wanted = name.lower()
    for key, value in headers.items():
        if key.lower() == wanted:
            return value
    return None
