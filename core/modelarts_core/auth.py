"""httpx authentication for ModelArts: an IAM token, or AK/SK request signing (SDK-HMAC-SHA256).

`AkSkAuth` sends what the official `huaweicloudsdkcore` signer sends for the same request:
X-Sdk-Date, X-Project-Id, X-Security-Token (temporary keys), X-Sdk-Content-Sha256 for
non-JSON bodies, the query string rewritten into its canonical form (sorted, `%20` for a
space), and an Authorization header signing every header (see `signing.signed_header_names`).
Secrets stay out of reprs; `secrets()` lists them so error messages can redact them.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from datetime import UTC, datetime
from typing import Any, NoReturn

import httpx

from . import signing
from .errors import ConfigurationError

TOKEN_HEADER = "X-Auth-Token"
PROJECT_HEADER = "X-Project-Id"
SECURITY_TOKEN_HEADER = "X-Security-Token"

Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _refuse_pickle(auth: httpx.Auth) -> NoReturn:
    # A pickle holds every attribute in clear (the secret key, the token) and ends up in queues, caches and
    # files: credentials are built again in the other process (from_env, or the keys passed there).
    raise TypeError(f"{type(auth).__name__} cannot be pickled: it holds credentials; build it again in the other process")


class TokenAuth(httpx.Auth):
    """A project-scoped IAM token (the `X-Subject-Token` of IAM's token call), sent as X-Auth-Token."""

    def __init__(self, token: str) -> None:
        if not token:
            raise ConfigurationError("TokenAuth needs a non-empty IAM token (from_env reads MODELARTS_AUTH_TOKEN)")
        self._token = token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[TOKEN_HEADER] = self._token
        yield request

    def secrets(self) -> tuple[str, ...]:
        return (self._token,)

    def __reduce__(self) -> tuple[Any, ...]:
        _refuse_pickle(self)

    def __repr__(self) -> str:
        return "TokenAuth(token=<redacted>)"


class AkSkAuth(httpx.Auth):
    """Access key / secret key signing, byte-compatible with huaweicloudsdkcore's `BasicCredentials`."""

    requires_request_body = True  # the body is hashed

    def __init__(
        self,
        access_key: str,
        secret_key: str,
        *,
        project_id: str | None = None,
        security_token: str | None = None,
        clock: Clock = _utc_now,
    ) -> None:
        if not access_key or not secret_key:
            missing = "access key (HUAWEICLOUD_SDK_AK)" if not access_key else "secret key (HUAWEICLOUD_SDK_SK)"
            raise ConfigurationError(f"AkSkAuth needs a non-empty {missing}")
        self.access_key = access_key
        self._secret_key = secret_key
        self.project_id = project_id
        self._security_token = security_token
        self._clock = clock
        self._mac = signing.keyed(secret_key)
        self._last_date: tuple[datetime, str] | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        _refuse_pickle(self)

    def with_project_id(self, project_id: str) -> AkSkAuth:
        """A copy that sends X-Project-Id: project_id (the client binds its project this way)."""
        return AkSkAuth(self.access_key, self._secret_key, project_id=project_id, security_token=self._security_token, clock=self._clock)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.sign(request)
        yield request

    def sign(self, request: httpx.Request) -> None:
        """Add the signing headers and Authorization to `request` in place."""
        headers = request.headers
        headers[signing.DATE_HEADER] = self._sdk_date()
        if self.project_id:
            headers[PROJECT_HEADER] = self.project_id
        if self._security_token:
            headers[SECURITY_TOKEN_HEADER] = self._security_token
        if signing.needs_unsigned_payload(headers.get("Content-Type")):
            headers[signing.CONTENT_SHA256_HEADER] = signing.UNSIGNED_PAYLOAD
        values = dict(headers.items())
        for name, value in values.items():
            if value != value.strip():  # the official signer sends header values trimmed, as it signs them
                headers[name] = values[name] = value.strip()

        raw_path, _, raw_query = request.url.raw_path.decode("ascii").partition("?")
        pairs = signing.query_pairs(raw_query) if raw_query else []
        if raw_query:
            # Send the query exactly as it is signed, as the official SDK does, so no server-side
            # re-encoding ('+' versus '%20', key order) can break the signature.
            canonical = signing.canonical_query(pairs)
            if canonical != raw_query:
                request.url = request.url.copy_with(query=canonical.encode("ascii"))

        names = signing.signed_header_names(values)
        sig = signing.compute_signature(self._mac, request.method, raw_path, pairs, values, names, request.content)
        headers["Authorization"] = signing.authorization(self.access_key, names, sig)

    def _sdk_date(self) -> str:
        # X-Sdk-Date has a resolution of one second: formatted once per second, not per request
        now = self._clock()
        second = now.replace(microsecond=0)
        last = self._last_date
        if last is None or last[0] != second:
            last = self._last_date = (second, signing.sdk_date(now))
        return last[1]

    def secrets(self) -> tuple[str, ...]:
        return tuple(s for s in (self.access_key, self._secret_key, self._security_token) if s)

    def __repr__(self) -> str:
        token = ", security_token=<redacted>" if self._security_token else ""
        return f"AkSkAuth(access_key=<redacted>, secret_key=<redacted>{token}, project_id={self.project_id!r})"
