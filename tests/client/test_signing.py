"""modelarts_core.signing (core/modelarts_core/signing.py) against the official huaweicloudsdkcore signer."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from urllib.parse import urlencode

import pytest
from modelarts_core import signing

from tests.support.signing_vectors import DATE, SK, VECTORS, Vector, official_authorization, one_byte_changes


@pytest.fixture(autouse=True)
def _sdk_home(tmp_path: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    # Importing huaweicloudsdkcore writes $HOME/.huaweicloud/application_id.
    monkeypatch.setenv("HOME", os.fspath(tmp_path))


def wire_query(vector: Vector) -> str:
    """The query string as an HTTP client sends it (form encoding, booleans as true/false)."""
    return urlencode([(k, str(v).lower() if isinstance(v, bool) else str(v)) for k, v in vector.query])


def our_authorization(vector: Vector, headers: dict[str, str]) -> str:
    names = signing.signed_header_names(headers)
    sig = signing.compute_signature(SK, vector.method, vector.path, signing.query_pairs(wire_query(vector)), headers, names, vector.body)
    return signing.authorization("HPUAEXAMPLEAK0000001", names, sig)


def test_at_least_15_vectors() -> None:
    assert len(VECTORS) >= 15


@pytest.mark.parametrize("vector", VECTORS, ids=lambda v: v.name)
def test_matches_official_signer(vector: Vector) -> None:
    expected, headers = official_authorization(vector)
    assert our_authorization(vector, headers) == expected


@pytest.mark.parametrize("vector", VECTORS, ids=lambda v: v.name)
def test_canonical_query_is_what_the_official_sdk_sends(vector: Vector) -> None:
    from huaweicloudsdkcore.signer.signer import Signer

    _, headers = official_authorization(vector)
    from huaweicloudsdkcore.sdk_request import SdkRequest

    request = SdkRequest(resource_path=vector.path, query_params=list(vector.query), header_params=headers)
    assert signing.canonical_query(signing.query_pairs(wire_query(vector))) == Signer.process_canonical_query_string(request)


@pytest.mark.parametrize("vector", VECTORS, ids=lambda v: v.name)
def test_one_byte_change_in_a_signed_part_changes_the_signature(vector: Vector) -> None:
    _, headers = official_authorization(vector)
    original = our_authorization(vector, headers)
    for part, changed in one_byte_changes(vector).items():
        _, changed_headers = official_authorization(changed)
        assert our_authorization(changed, changed_headers) != original, part
    for name in signing.signed_header_names(headers):
        bumped = {k: (v + "x" if k.lower() == name else v) for k, v in headers.items()}
        assert our_authorization(vector, bumped) != original, name
    sig = signing.parse_authorization(original)
    assert sig is not None
    names = list(sig.signed_headers)
    other_key = signing.compute_signature(
        SK + "x", vector.method, vector.path, signing.query_pairs(wire_query(vector)), headers, names, vector.body
    )
    assert other_key != sig.signature


def test_unsigned_header_change_keeps_the_signature() -> None:
    vector = next(v for v in VECTORS if v.name == "header with underscore not signed")
    _, headers = official_authorization(vector)
    changed = {**headers, "X_Custom_Header": "something else"}
    assert our_authorization(vector, changed) == our_authorization(vector, headers)


def test_parse_authorization_round_trip_and_rejects_junk() -> None:
    value = signing.authorization("AK1", ["host", "x-sdk-date"], "ab" * 32)
    parsed = signing.parse_authorization(value)
    assert parsed == signing.ParsedAuthorization("AK1", ("host", "x-sdk-date"), "ab" * 32)
    for junk in ["", "Bearer x", "SDK-HMAC-SHA256 Access=AK1, Signature=ab", value.replace("Signature=", "Signature=ZZ")]:
        assert signing.parse_authorization(junk) is None


def test_sdk_date_round_trip() -> None:
    parsed = signing.parse_sdk_date(DATE)
    assert parsed is not None and signing.sdk_date(parsed) == DATE
    assert signing.parse_sdk_date("2026-11-27T14:25:59Z") is None


def test_missing_date_header_is_an_error() -> None:
    with pytest.raises(KeyError):
        signing.compute_signature(SK, "GET", "/", [], {"Host": "h"}, ["host"], b"")


@pytest.mark.parametrize("vector", VECTORS, ids=lambda v: v.name)
def test_the_prekeyed_hmac_signs_as_the_official_signer(vector: Vector) -> None:
    """AkSkAuth keys its HMAC once (`signing.keyed`) and copies it per request: the same signature, every time."""
    expected, headers = official_authorization(vector)
    mac = signing.keyed(SK)
    names = signing.signed_header_names(headers)
    pairs = signing.query_pairs(wire_query(vector))
    for _ in range(2):  # a copy per request: the keyed object itself is never hashed into
        sig = signing.compute_signature(mac, vector.method, vector.path, pairs, headers, names, vector.body)
        assert signing.authorization("HPUAEXAMPLEAK0000001", names, sig) == expected


def fixed_clock() -> datetime:
    return datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


def test_x_sdk_date_follows_the_clock_across_seconds() -> None:
    """The date is formatted once per second (a cache): a new second gives a new date, and a new signature."""
    from datetime import timedelta

    import httpx
    from modelarts_client import AkSkAuth

    ticks = iter([fixed_clock(), fixed_clock() + timedelta(milliseconds=999), fixed_clock() + timedelta(seconds=1), fixed_clock()])
    auth = AkSkAuth("HPUAEXAMPLEAK0000001", SK, clock=lambda: next(ticks))
    sent = []
    for _ in range(4):
        request = httpx.Request("GET", "https://h/v2/p1/pools")
        auth.sign(request)
        sent.append((request.headers["X-Sdk-Date"], request.headers["Authorization"]))
    assert [date for date, _ in sent] == ["20260102T030405Z", "20260102T030405Z", "20260102T030406Z", "20260102T030405Z"]
    assert sent[0] == sent[1] == sent[3] and sent[2][1] != sent[0][1]
