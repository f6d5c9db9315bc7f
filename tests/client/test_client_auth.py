"""modelarts_core.auth on real httpx requests, against the official huaweicloudsdkcore signer."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from urllib.parse import urlsplit

import httpx
import pytest
from modelarts_core import signing
from modelarts_core.auth import AkSkAuth, TokenAuth

from tests.support.signing_vectors import (
    AK,
    DATE,
    HOST,
    PROJECT,
    SK,
    VECTORS,
    Vector,
    official_authorization,
    official_uri,
    one_byte_changes,
)

FROZEN = signing.parse_sdk_date(DATE)
assert FROZEN is not None


@pytest.fixture(autouse=True)
def _sdk_home(tmp_path: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", os.fspath(tmp_path))  # importing huaweicloudsdkcore writes $HOME/.huaweicloud


def http_request(vector: Vector) -> httpx.Request:
    """The request as httpx builds it (path already percent-encoded, params encoded by httpx)."""
    url = httpx.URL(f"https://{HOST}").copy_with(raw_path=vector.path.encode("ascii"))
    params = httpx.QueryParams(list(vector.query)) if vector.query else None  # type: ignore[arg-type]
    return httpx.Request(vector.method, url, params=params, headers=vector.headers, content=vector.body or None)


def sign(vector: Vector, *, clock_offset: float = 0.0, project: str = PROJECT, sk: str = SK, token: str | None = None) -> httpx.Request:
    request = http_request(vector)
    frozen = FROZEN + timedelta(seconds=clock_offset)
    auth = AkSkAuth(AK, sk, project_id=project, security_token=token or vector.security_token, clock=lambda: frozen)
    flow = auth.sync_auth_flow(request)
    signed = next(flow)
    flow.close()
    return signed


@pytest.mark.parametrize("vector", VECTORS, ids=lambda v: v.name)
def test_authorization_is_byte_identical_to_the_official_signer(vector: Vector) -> None:
    # What httpx sends besides the signing headers, with the names as written (the official signer looks up Content-Type by case).
    sent = {name.decode(): value.decode() for name, value in http_request(vector).headers.raw}
    expected, official_headers = official_authorization(vector, sent)
    signed = sign(vector)
    assert signed.headers["Authorization"] == expected
    for name, value in official_headers.items():  # X-Sdk-Date, X-Project-Id, X-Security-Token, X-Sdk-Content-Sha256, …
        assert signed.headers[name] == value, name
    # The query goes out in the canonical form the official SDK sends.
    assert signed.url.raw_path.decode("ascii") == official_uri(vector)


def test_at_least_15_vectors_cover_the_required_cases() -> None:
    names = " ".join(v.name for v in VECTORS)
    assert len(VECTORS) >= 15
    for case in [
        "percent-encoded",
        "non-ASCII",
        "repeated query",
        "empty query",
        "boolean",
        "JSON body",
        "empty JSON body",
        "non-JSON",
        "security token",
    ]:
        assert case in names, case


@pytest.mark.parametrize("vector", VECTORS, ids=lambda v: v.name)
def test_one_byte_change_in_any_signed_part_changes_the_signature(vector: Vector) -> None:
    original = sign(vector).headers["Authorization"]
    for part, changed in one_byte_changes(vector).items():
        assert sign(changed).headers["Authorization"] != original, part
    assert sign(vector, clock_offset=1).headers["Authorization"] != original, "date"
    assert sign(vector, project=PROJECT[:-1] + "e").headers["Authorization"] != original, "project id"
    assert sign(vector, sk=SK[:-1] + "r").headers["Authorization"] != original, "secret key"
    assert sign(vector, token=(vector.security_token or "token") + "x").headers["Authorization"] != original, "security token"


def test_the_mock_server_can_verify_what_the_client_signs() -> None:
    """The pure verifier (shared with the mock server) accepts AkSkAuth's request as sent on the wire."""
    vector = next(v for v in VECTORS if v.name == "query needing encoding")
    signed = sign(vector)
    parsed = signing.parse_authorization(signed.headers["Authorization"])
    assert parsed is not None and parsed.access_key == AK
    parts = urlsplit(str(signed.url))
    expected = signing.compute_signature(
        SK, signed.method, parts.path, signing.query_pairs(parts.query), dict(signed.headers.items()), parsed.signed_headers, signed.content
    )
    assert signing.signatures_equal(expected, parsed.signature)


def test_date_header_comes_from_the_clock_in_utc() -> None:
    vector = VECTORS[0]
    assert sign(vector).headers["X-Sdk-Date"] == DATE
    later = AkSkAuth(AK, SK, clock=lambda: datetime(2027, 1, 2, 3, 4, 5).astimezone())
    request = next(later.sync_auth_flow(http_request(vector)))
    assert request.headers["X-Sdk-Date"] == signing.sdk_date(datetime(2027, 1, 2, 3, 4, 5).astimezone())


def test_no_project_id_header_without_a_project() -> None:
    request = next(AkSkAuth(AK, SK, clock=lambda: FROZEN).sync_auth_flow(http_request(VECTORS[0])))
    assert "X-Project-Id" not in request.headers
    assert "X-Security-Token" not in request.headers


def test_token_auth_sets_the_token_header_only() -> None:
    request = next(TokenAuth("tok-123").sync_auth_flow(httpx.Request("GET", "https://h/v1/p/quotas?b=1&a=2")))
    assert request.headers["X-Auth-Token"] == "tok-123"
    assert "Authorization" not in request.headers
    assert request.url.query == b"b=1&a=2"  # a token request is sent as built


def test_secrets_stay_out_of_reprs() -> None:
    aksk = AkSkAuth(AK, SK, project_id=PROJECT, security_token="STS-TOKEN-VALUE")
    token = TokenAuth("IAM-TOKEN-VALUE")
    for text in (repr(aksk), str(aksk), repr(token), str(token), repr(aksk.with_project_id("p2"))):
        for secret in (AK, SK, "STS-TOKEN-VALUE", "IAM-TOKEN-VALUE"):
            assert secret not in text
    assert PROJECT in repr(aksk)


def test_empty_credentials_are_refused_with_the_variable_to_set() -> None:
    with pytest.raises(ValueError, match="HUAWEICLOUD_SDK_SK"):
        AkSkAuth(AK, "")
    with pytest.raises(ValueError, match="HUAWEICLOUD_SDK_AK"):
        AkSkAuth("", SK)
    with pytest.raises(ValueError, match="MODELARTS_AUTH_TOKEN"):
        TokenAuth("")


@pytest.mark.parametrize(
    "auth", [AkSkAuth("AK-0123456789", "SK-secret-0123456789", security_token="STS-0123456789"), TokenAuth("TOKEN-0123456789")]
)
def test_credentials_cannot_be_pickled(auth: httpx.Auth) -> None:
    """A pickle would hold the SK or the token in clear (issue 23): refused, saying why."""
    import copy
    import pickle

    with pytest.raises(TypeError, match="cannot be pickled: it holds credentials"):
        pickle.dumps(auth)
    with pytest.raises(TypeError, match="cannot be pickled"):
        copy.deepcopy(auth)
