"""When to retry and how long to wait: exponential backoff, `Retry-After` honoured; writes never blindly.

The call's deadline (engine.py) bounds everything: a wait that would end past it is not made.
"""

from __future__ import annotations

import random
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

RETRY_STATUSES = frozenset({429, 502, 503, 504})


@dataclass(frozen=True)
class RetryPolicy:
    """`max_attempts` counts the first try; `max_attempts=1` disables retries.

    The n-th retry waits `backoff * 2**(n-1)` seconds (capped at `max_backoff`, spread by ±`jitter`),
    or what the server's `Retry-After` says; a `Retry-After` above `max_retry_after` is not waited
    for: the error is raised at once. Connection failures that can heal (refused, reset, a timed-out
    connect or read) are retried too; a name that does not resolve or a certificate that does not verify
    is not (it will not heal in seconds): see `healable`.

    `methods` (idempotent: GET, HEAD, OPTIONS, PUT, DELETE) are retried on `statuses` and on those
    connection failures. `unsent_only` (POST, PATCH: a repeat could create or change twice) are retried
    only when the request surely did not reach the service: a 429 (refused before acting) or a connection
    that was never made (refused, connect timeout). Any other method is never retried.
    """

    max_attempts: int = 4
    backoff: float = 0.5
    max_backoff: float = 8.0
    max_retry_after: float = 60.0
    jitter: float = 0.1
    statuses: frozenset[int] = RETRY_STATUSES
    methods: frozenset[str] = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
    unsent_only: frozenset[str] = frozenset({"POST", "PATCH"})

    def delay(
        self,
        method: str,
        attempt: int,
        response: httpx.Response | None,
        *,
        rng: Callable[[], float] = random.random,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        unsent: bool = False,
    ) -> float | None:
        """Seconds to wait before attempt `attempt + 1`, or None to give up (`response` None: connection failed;
        `unsent`: it failed before the request could be sent, so a write may be repeated)."""
        if attempt >= self.max_attempts or not self.may_retry(method, response, unsent):
            return None
        if response is not None:
            if response.status_code not in self.statuses:
                return None
            header = response.headers.get("Retry-After")
            if header is not None:
                wait = parse_retry_after(header, now())
                if wait is not None:
                    return wait if wait <= self.max_retry_after else None
        base = min(self.max_backoff, self.backoff * 2.0 ** (attempt - 1))
        return max(0.0, base * (1 + self.jitter * (2 * rng() - 1)))

    def may_retry(self, method: str, response: httpx.Response | None, unsent: bool) -> bool:
        method = method.upper()
        if method in self.methods:
            return True
        if method in self.unsent_only:
            return unsent if response is None else response.status_code == 429
        return False


NO_RETRIES = RetryPolicy(max_attempts=1)


def parse_retry_after(value: str, now: datetime) -> float | None:
    """Seconds from a Retry-After header: delta-seconds or an HTTP date (RFC 9110 §10.2.3); None if unreadable."""
    value = value.strip()
    if value.isascii() and value.isdigit():  # str.isdigit() alone accepts "²", which float() refuses
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


# Failures that retrying cannot fix within a call's time: the name does not resolve, the certificate is refused.
_PERMANENT_MARKERS = (
    "name or service not known",
    "nodename nor servname",
    "no address associated",
    "getaddrinfo failed",
    "temporary failure in name resolution",
    "certificate verify failed",
    "certificate_verify_failed",
)


def healable(exc: BaseException) -> bool:
    """Whether a transport failure may heal on a retry: not DNS resolution, not TLS certificate verification."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, socket.gaierror | ssl.SSLCertVerificationError):
            return False
        if any(marker in str(current).lower() for marker in _PERMANENT_MARKERS):
            return False
        current = current.__cause__ or current.__context__
    return True
