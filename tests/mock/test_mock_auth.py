"""modelarts_mock authentication: tokens, AK/SK signatures (ours and the official signer's), every failure mode, no secret leaks."""

from __future__ import annotations

import logging
import os
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

import pytest
from modelarts_core import signing
from modelarts_mock import Settings

from tests.support.mock import AK, POOL, PROJECT, SK, TOKEN, client

NOW = datetime(2026, 11, 27, 14, 25, 59, tzinfo=UTC)
HOST = "modelarts.mock"
MONITOR = f"/v2/{PROJECT}/pools/{POOL}/monitor"


@pytest.fixture(autouse=True)
def _sdk_home(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", os.fspath(tmp_path))  # importing huaweicloudsdkcore writes $HOME/.huaweicloud


def signed(
    path: str,
    query: list[tuple[str, str]] | None = None,
    *,
    sk: str = SK,
    ak: str = AK,
    date: datetime = NOW,
    extra: dict[str, str] | None = None,
    names: list[str] | None = None,
) -> dict[str, str]:
    """Headers of a request signed with our signer (the same code the mock verifies with, matched to the official one)."""
    headers = {"Host": HOST, "X-Sdk-Date": signing.sdk_date(date), **(extra or {})}
    names = names if names is not None else signing.signed_header_names(headers)
    pairs = signing.query_pairs(urlencode(query or []))
    sig = signing.compute_signature(sk, "GET", path, pairs, headers, names, b"")
    return {**headers, "Authorization": signing.authorization(ak, names, sig)}


def aksk_client(**settings: Any) -> Any:
    mock = client(clock=lambda: NOW, **settings)
    mock.headers.pop("X-Auth-Token")
    return mock


def url(path: str, query: list[tuple[str, str]] | None = None) -> str:
    return path + ("?" + urlencode(query) if query else "")


def test_valid_token() -> None:
    assert client().get(f"/v1/{PROJECT}/quotas").status_code == 200


def test_valid_signature_with_query_and_encoded_segment() -> None:
    mock = aksk_client()
    query = [("statistics", "average"), ("period", "300"), ("time_range", "-1.-1.60")]
    assert mock.get(url(MONITOR, query), headers=signed(MONITOR, query)).status_code == 200
    # an escaped character in a path segment is verified on the raw path as sent
    path = f"/v1/{PROJECT}/services/a%20b%2Fc"
    response = mock.get(path, headers=signed(path))
    assert response.status_code == 404 and response.json()["error_msg"] == "Service a b/c does not exist."


def test_signature_by_the_official_signer() -> None:
    from huaweicloudsdkcore.auth.credentials import BasicCredentials
    from huaweicloudsdkcore.sdk_request import SdkRequest

    query = [("period", "300"), ("statistics", "sum")]
    request = SdkRequest(
        method="GET",
        schema="http",
        host=HOST,
        resource_path=MONITOR,
        query_params=query,
        header_params={"Host": HOST, "X-Sdk-Date": signing.sdk_date(NOW), "Content-Type": "application/json"},
        body="",
    )
    headers = dict(BasicCredentials(AK, SK, PROJECT).sign_request(request).header_params)
    assert aksk_client().get(url(MONITOR, query), headers=headers).status_code == 200


def test_utf8_header_values_are_verified_as_utf8() -> None:
    path = f"/v1/{PROJECT}/quotas"
    headers = signed(path, extra={"X-Language": "中文"})
    wire = {k: v.encode("utf-8") for k, v in headers.items()}  # on the wire as UTF-8; ASGI hands over bytes
    assert aksk_client().get(path, headers=wire).status_code == 200


def test_date_within_the_skew_is_accepted_both_ways() -> None:
    path = f"/v1/{PROJECT}/quotas"
    mock = aksk_client()
    for delta in (timedelta(minutes=14, seconds=59), -timedelta(minutes=14, seconds=59)):
        assert mock.get(path, headers=signed(path, date=NOW + delta)).status_code == 200


QUOTAS = f"/v1/{PROJECT}/quotas"


def _tampered_path() -> tuple[str, dict[str, str]]:
    return f"/v1/{PROJECT}/os-user-config", signed(QUOTAS)


def _tampered_query() -> tuple[str, dict[str, str]]:
    return url(MONITOR, [("period", "60")]), signed(MONITOR, [("period", "300")])


def _tampered_header() -> tuple[str, dict[str, str]]:
    headers = signed(QUOTAS, extra={"X-Trace": "a"})
    return QUOTAS, {**headers, "X-Trace": "b"}


def _without(name: str, extra: dict[str, str] | None = None) -> tuple[str, dict[str, str]]:
    return QUOTAS, {k: v for k, v in signed(QUOTAS, extra=extra).items() if k != name}


FAILURES: list[tuple[str, Any, str]] = [
    ("no credentials", lambda: (QUOTAS, {}), "missing credentials"),
    ("invalid token", lambda: (QUOTAS, {"X-Auth-Token": TOKEN + "x"}), "X-Auth-Token is invalid"),
    ("empty token", lambda: (QUOTAS, {"X-Auth-Token": ""}), "X-Auth-Token is invalid"),
    ("not a signature header", lambda: (QUOTAS, {"Authorization": f"Bearer {TOKEN}"}), "SDK-HMAC-SHA256"),
    (
        "unknown access key",
        lambda: (QUOTAS, signed(QUOTAS, ak="AKNOBODYKNOWS")),
        "signature does not match",
    ),  # the same answer as a wrong signature: no AK oracle
    ("wrong secret key", lambda: (QUOTAS, signed(QUOTAS, sk=SK + "x")), "does not match"),
    ("missing X-Sdk-Date", lambda: _without("X-Sdk-Date"), "missing X-Sdk-Date"),
    ("malformed X-Sdk-Date", lambda: (QUOTAS, {**signed(QUOTAS), "X-Sdk-Date": "2026-11-27T14:25:59Z"}), "YYYYMMDDTHHMMSSZ"),
    ("stale X-Sdk-Date", lambda: (QUOTAS, signed(QUOTAS, date=NOW - timedelta(minutes=15, seconds=1))), "15 minutes"),
    ("future X-Sdk-Date", lambda: (QUOTAS, signed(QUOTAS, date=NOW + timedelta(minutes=15, seconds=1))), "15 minutes"),
    ("host not signed", lambda: (QUOTAS, signed(QUOTAS, names=["x-sdk-date"])), "must include host"),
    ("date not signed", lambda: (QUOTAS, signed(QUOTAS, names=["host"])), "must include x-sdk-date"),
    ("signed header absent", lambda: _without("X-Gone", extra={"X-Gone": "1"}), "'x-gone' is not in the request"),
    ("path changed after signing", _tampered_path, "does not match"),
    ("query changed after signing", _tampered_query, "does not match"),
    ("signed header changed after signing", _tampered_header, "does not match"),
]


@pytest.mark.parametrize(("case", "make", "problem"), FAILURES, ids=[f[0] for f in FAILURES])
def test_auth_failure_is_401_with_a_modelarts_body(case: str, make: Any, problem: str, caplog: pytest.LogCaptureFixture) -> None:
    path, headers = make()
    with caplog.at_level(logging.DEBUG):
        response = aksk_client().get(path, headers=headers)
    assert response.status_code == 401, response.text
    body = response.json()
    assert body["error_code"] == "ModelArts.0203"
    assert problem in body["error_msg"]
    secrets = [TOKEN, SK, AK, "AKNOBODYKNOWS", *(headers.get("Authorization", "").split("Signature=")[1:])]
    for secret in secrets:
        assert secret not in response.text
        assert secret not in caplog.text


def test_no_auth_accepts_anything() -> None:
    mock = aksk_client(auth=False)
    assert mock.get(QUOTAS).status_code == 200
    assert mock.get(QUOTAS, headers={"X-Auth-Token": "whatever"}).status_code == 200


def test_settings_repr_has_no_secrets() -> None:
    text = repr(Settings(tokens=(TOKEN,), keys={AK: SK}))
    assert TOKEN not in text and SK not in text and AK not in text
