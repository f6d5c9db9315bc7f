"""Authentication: IAM tokens (X-Auth-Token) and AK/SK signatures verified with the client's own signer.

Verification recomputes the signature with `modelarts_core.signing` (matched byte for byte
against the official huaweicloudsdkcore signer) over the raw path and raw query as received.
No message here ever contains a token, an access key, a secret key or a signature.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime, timedelta
from typing import NoReturn

from modelarts_core import signing

from modelarts_mock.errors import Unauthorized
from modelarts_mock.wire import RawRequest

TOKEN_HEADER = "x-auth-token"
REQUIRED_SIGNED = ("host", "x-sdk-date")
MAX_SKEW = timedelta(minutes=15)
# One answer for an unknown access key and for a known one with a wrong signature: no way to learn which keys exist.
SIGNATURE_REFUSED = "the request signature does not match (check the access key, the secret key and what was signed)"


# Credentials from the environment, so they are not in the command line every local user can read (`ps`).
# Several values are separated by whitespace; ACCESS_KEYS and SECRET_KEYS pair up by position.
ENV_TOKENS = "MODELARTS_MOCK_TOKENS"
ENV_ACCESS_KEYS = "MODELARTS_MOCK_ACCESS_KEYS"
ENV_SECRET_KEYS = "MODELARTS_MOCK_SECRET_KEYS"


def env_credentials(environ: Mapping[str, str]) -> tuple[list[str], list[str], list[str]]:
    """(tokens, access keys, secret keys) given in the environment."""
    return environ.get(ENV_TOKENS, "").split(), environ.get(ENV_ACCESS_KEYS, "").split(), environ.get(ENV_SECRET_KEYS, "").split()


class Authenticator:
    def __init__(
        self,
        tokens: Iterable[str],
        keys: Mapping[str, str],
        clock: Callable[[], datetime],
        error_code: str,
        max_skew: timedelta = MAX_SKEW,
    ) -> None:
        self._tokens = [token.encode("utf-8") for token in tokens]
        self._keys = dict(keys)
        self._clock = clock
        self._max_skew = max_skew
        self._code = error_code
        self._decoy = secrets.token_hex(32)  # the secret an unknown access key is checked with, so both take the same path

    def check(self, request: RawRequest) -> None:
        """Return if the request carries a valid token or signature; raise Unauthorized (401) otherwise."""
        token = request.headers.get(TOKEN_HEADER)
        authorization = request.headers.get("authorization")
        if token is None and authorization is None:
            self._fail("missing credentials: send an X-Auth-Token header or sign the request (SDK-HMAC-SHA256)")
        if token is not None and not any(hmac.compare_digest(token.encode("utf-8"), known) for known in self._tokens):
            self._fail("the X-Auth-Token is invalid or expired")
        if authorization is not None:  # every credential sent must hold: a good token does not excuse a bad signature
            self._check_signature(request, authorization)

    def _check_signature(self, request: RawRequest, authorization: str) -> None:
        parsed = signing.parse_authorization(authorization)
        if parsed is None:
            self._fail("the Authorization header is not 'SDK-HMAC-SHA256 Access=..., SignedHeaders=..., Signature=...'")
        secret = self._keys.get(parsed.access_key)
        known = secret is not None
        if "x-sdk-date" not in request.headers:
            self._fail("missing X-Sdk-Date header")
        signed = [name.lower() for name in parsed.signed_headers]
        missing = [name for name in REQUIRED_SIGNED if name not in signed]
        if missing:
            self._fail(f"SignedHeaders must include {' and '.join(missing)}")
        for name in signed:
            if name not in request.headers:
                self._fail(f"signed header {name!r} is not in the request")
        date = signing.parse_sdk_date(request.headers["x-sdk-date"].strip())
        if date is None:
            self._fail("X-Sdk-Date is not a UTC time of the form YYYYMMDDTHHMMSSZ")
        if abs(self._clock() - date) > self._max_skew:
            self._fail(f"X-Sdk-Date is more than {int(self._max_skew.total_seconds() // 60)} minutes away from the server's clock")
        expected = signing.compute_signature(
            secret if secret is not None else self._decoy,
            request.method,
            request.raw_path,
            signing.query_pairs(request.raw_query),
            request.headers,
            signed,
            request.body,
        )
        if not signing.signatures_equal(expected, parsed.signature) or not known:
            self._fail(SIGNATURE_REFUSED)

    def _fail(self, message: str) -> NoReturn:
        raise Unauthorized(self._code, message)
