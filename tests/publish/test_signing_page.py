"""What generated/spec/signing.md says a server does, checked against the mock's verifier: every published vector,
sent as the page says, is accepted; the clock skew, a header sent twice, headers added after signing and a Host
with a port behave as the page says; and the 401 the page names is the one the mock sends."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from modelarts_mock.auth import MAX_SKEW

from generator.publish import signing, signing_cases
from tests.support import ROOT
from tests.support.mock import SPEC_DATA, client

PUBLISHED = ROOT / "generated" / "spec"
DOCUMENT: dict[str, Any] = json.loads((PUBLISHED / signing.VECTORS_FILE).read_text(encoding="utf-8"))
VECTORS = {v["name"]: v for v in DOCUMENT["vectors"]}
PAGE = (PUBLISHED / signing.DOC_FILE).read_text(encoding="utf-8")
SIGNED_AT = datetime.strptime(signing_cases.DATE, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
TWICE = "header sent twice is signed as its values joined by comma and space"


def header_lines(vector: dict[str, Any]) -> list[tuple[str, str]]:
    """What goes on the wire for a vector: its headers, the ones the signer adds, and Authorization."""
    request, expected = vector["request"], vector["expected"]
    lines = [*request["headers"].items(), *expected["headers_added"].items()]
    return [(name, value.strip()) for name, value in lines] + [("Authorization", expected["authorization"])]


def send(vector: dict[str, Any], lines: list[tuple[str, str]] | None = None, skew: timedelta = timedelta(0)) -> httpx.Response:
    """The vector's request, as signed, to a mock holding its keys whose clock reads the vector's date (plus `skew`)."""
    mock = client(keys={DOCUMENT["access_key"]: DOCUMENT["secret_key"]}, clock=lambda: SIGNED_AT + skew)
    mock.headers.pop("X-Auth-Token")
    request, query = vector["request"], vector["expected"]["query_sent"]
    url = "http://modelarts.mock" + request["path"] + (f"?{query}" if query else "")
    body = base64.b64decode(request["body_base64"])
    return mock.request(request["method"], url, headers=lines if lines is not None else header_lines(vector), content=body or None)


def refused(response: httpx.Response) -> bool:
    return response.status_code == 401


@pytest.mark.parametrize("name", list(VECTORS))
def test_the_mock_accepts_every_published_vector_sent_as_signed(name: str) -> None:
    response = send(VECTORS[name])
    assert not refused(response), response.text


def test_a_vector_with_another_signature_is_refused() -> None:
    """Test of the test: the replay reaches the verifier (a wrong signature is a 401)."""
    vector = VECTORS["plain GET"]
    lines = [(n, v.replace("Signature=", "Signature=0") if n == "Authorization" else v) for n, v in header_lines(vector)]
    assert refused(send(vector, lines))


def test_the_clock_skew_the_page_states_is_the_mocks_and_the_401_it_names() -> None:
    assert timedelta(minutes=15) == MAX_SKEW and "within **15 minutes** of the server's clock" in PAGE
    vector = VECTORS["plain GET"]
    for direction in (1, -1):
        assert not refused(send(vector, skew=direction * MAX_SKEW))
        answer = send(vector, skew=direction * (MAX_SKEW + timedelta(seconds=1)))
        assert refused(answer)
        assert answer.json()["error_msg"] == "X-Sdk-Date is more than 15 minutes away from the server's clock"
        assert answer.json()["error_code"] == signing.unauthorized_code(SPEC_DATA)
        assert f"the spec's 401 error code `{answer.json()['error_code']}`" in PAGE
        assert f"the message `{answer.json()['error_msg']}`" in PAGE


def test_a_header_sent_twice_is_checked_as_its_values_joined_by_comma_and_space() -> None:
    vector = VECTORS[TWICE]
    lines = header_lines(vector)
    [(name, joined)] = [(n, v) for n, v in lines if n == "X-Trace"]
    two_lines = [line for line in lines if line[0] != name] + [(name, value) for value in joined.split(", ")]
    assert not refused(send(vector, two_lines))
    other_join = [line for line in lines if line[0] != name] + [(name, joined.replace(", ", ","))]
    assert refused(send(vector, other_join))


def test_headers_added_after_signing_are_ignored_and_a_signed_one_changed_is_refused() -> None:
    vector = VECTORS["plain GET"]
    added_later = [*header_lines(vector), ("User-Agent", "python-httpx/0.28"), ("Accept-Encoding", "gzip, br")]
    assert not refused(send(vector, added_later))
    signed_agent = VECTORS["User-Agent present when signing is signed"]
    replaced = [(n, "python-httpx/0.28" if n == "User-Agent" else v) for n, v in header_lines(signed_agent)]
    assert refused(send(signed_agent, replaced))


def test_a_host_with_a_port_is_signed_with_its_port() -> None:
    vector = VECTORS["Host with a port"]
    assert vector["request"]["headers"]["Host"].endswith(":8443")
    assert not refused(send(vector))
    without_port = [(n, v.rsplit(":", 1)[0] if n == "Host" else v) for n, v in header_lines(vector)]
    assert refused(send(vector, without_port))
