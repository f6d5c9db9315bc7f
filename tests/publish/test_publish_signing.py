"""The published AK/SK signer (generated/spec/signing.md, signing-vectors.json) against the official huaweicloudsdkcore signer.

Every vector's expected values come from our signer; here each is recomputed by the official SDK.
A vector with one value changed must fail the same check (the check is shown to fail).
"""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import pytest
from modelarts_spec.loader import load_openapi

from generator.publish import bundle, signing, signing_cases
from tests.support import ROOT, SPEC
from tests.support.signing_vectors import VECTORS as REPLAYED

PUBLISHED = ROOT / "generated" / "spec"
DOCUMENT: dict[str, Any] = json.loads((PUBLISHED / signing.VECTORS_FILE).read_text(encoding="utf-8"))
VECTORS: list[dict[str, Any]] = DOCUMENT["vectors"]


@pytest.fixture(autouse=True)
def _sdk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Importing huaweicloudsdkcore writes $HOME/.huaweicloud/application_id.
    monkeypatch.setenv("HOME", os.fspath(tmp_path))


def official(vector: dict[str, Any]) -> dict[str, Any]:
    """What the official signer computes and sends for the vector's request and credentials."""
    import base64

    from huaweicloudsdkcore.auth.credentials import BasicCredentials
    from huaweicloudsdkcore.sdk_request import SdkRequest
    from huaweicloudsdkcore.signer.signer import Signer

    req, creds = vector["request"], vector["credentials"]
    credentials = BasicCredentials(DOCUMENT["access_key"], DOCUMENT["secret_key"], creds["project_id"])
    if "security_token" in creds:
        credentials.security_token = creds["security_token"]

    def request() -> Any:
        return SdkRequest(
            method=req["method"],
            schema="https",
            host=req["headers"]["Host"],
            resource_path=req["path"],
            query_params=parse_qsl(req["query"], keep_blank_values=True),
            header_params=dict(req["headers"]),
            body=base64.b64decode(req["body_base64"]),
        )

    signed = credentials.sign_request(request())
    headers = dict(signed.header_params)
    authorization = headers.pop("Authorization")
    # The canonical request and string to sign, recomputed by the official Signer over the final headers.
    replay = request()
    replay.header_params = {k: v for k, v in headers.items()}
    signer = Signer(credentials)
    names = signer._process_signed_headers(replay)
    canonical = signer._process_canonical_request(replay, names)
    from datetime import datetime

    to_sign = signer._process_string_to_sign(canonical, datetime.strptime(headers["X-Sdk-Date"], "%Y%m%dT%H%M%SZ"))
    return {
        "authorization": authorization,
        "headers": headers,
        "uri": signed.uri,
        "canonical_request": canonical,
        "string_to_sign": to_sign,
    }


def mismatches(vector: dict[str, Any]) -> list[str]:
    """Every published value of the vector that the official signer does not reproduce (empty when all agree)."""
    got, expected = official(vector), vector["expected"]
    problems = []
    sent = {**vector["request"]["headers"], **expected["headers_added"]}
    if {k: v.strip() for k, v in sent.items()} != got["headers"]:
        problems.append(f"headers: published {sent}, official {got['headers']}")
    uri = vector["request"]["path"] + (f"?{expected['query_sent']}" if expected["query_sent"] else "")
    for name, ours, theirs in [
        ("uri", uri, got["uri"]),
        ("canonical_request", expected["canonical_request"], got["canonical_request"]),
        ("string_to_sign", expected["string_to_sign"], got["string_to_sign"]),
        ("authorization", expected["authorization"], got["authorization"]),
        ("signature", f"Signature={expected['signature']}", got["authorization"].rsplit(", ", 1)[-1]),
        ("signed_headers", f"SignedHeaders={expected['signed_headers']},", got["authorization"].split(" ")[2]),
    ]:
        if ours != theirs:
            problems.append(f"{name}: published {ours!r}, official {theirs!r}")
    return problems


def test_vectors_cover_every_case_and_the_secret_signs_them() -> None:
    assert len(VECTORS) == len(signing_cases.CASES) >= 30
    assert len({v["name"] for v in VECTORS}) == len(VECTORS)
    assert DOCUMENT["secret_key"] == signing_cases.SK and DOCUMENT["algorithm"] == "SDK-HMAC-SHA256"


def test_one_list_of_cases_feeds_the_published_vectors_and_the_tests() -> None:
    """The signer and auth tests (tests.support.signing_vectors) replay exactly the published cases, in order."""
    names = [case.name for case in signing_cases.CASES]
    assert [v["name"] for v in VECTORS] == names
    assert [v.name for v in REPLAYED] == names
    for vector, case in zip(REPLAYED, signing_cases.CASES, strict=True):
        assert (vector.path, vector.method, vector.headers, vector.body) == (case.path, case.method, case.headers, case.body)


@pytest.mark.parametrize("vector", VECTORS, ids=lambda v: v["name"])
def test_published_vector_matches_the_official_signer(vector: dict[str, Any]) -> None:
    assert mismatches(vector) == []


@pytest.mark.parametrize(
    ("part", "change"),
    [
        ("signature", lambda e: e.update(signature="0" + e["signature"][1:])),
        (
            "canonical_request",
            lambda e: e.update(canonical_request=e["canonical_request"].replace("/services/a/b/events/", "/services/a%2Fb/events/")),
        ),
        ("string_to_sign", lambda e: e.update(string_to_sign=e["string_to_sign"] + "0")),
        ("uri", lambda e: e.update(query_sent="x=1")),
        ("headers", lambda e: e["headers_added"].pop("X-Project-Id")),
    ],
)
def test_a_wrong_published_value_fails_the_check(part: str, change: Any) -> None:
    vector = copy.deepcopy(next(v for v in VECTORS if v["name"] == "percent-encoded slash in a segment"))
    change(vector["expected"])
    assert any(problem.startswith(f"{part}:") for problem in mismatches(vector))


def test_the_edge_cases_the_page_names_are_in_the_vectors() -> None:
    expected = {v["name"]: v["expected"] for v in VECTORS}
    assert "/services/a/b/events/\n" in expected["percent-encoded slash in a segment"]["canonical_request"]
    assert "/services/a%2Bb/events/\n" in expected["plus sign in a segment is not a space"]["canonical_request"]
    assert expected["query needing encoding"]["query_sent"] == "k~=~v&name=a%20b%2Bc%2Fd%3D%C3%A9"
    assert "x_custom_header" not in expected["header with underscore not signed"]["signed_headers"]
    assert expected["non-JSON body is unsigned payload"]["canonical_request"].endswith("\nUNSIGNED-PAYLOAD")
    assert expected["non-JSON empty body hashes as empty"]["canonical_request"].endswith(f"\n{signing.EMPTY_BODY_HASH}")
    assert expected["empty JSON body"]["canonical_request"].endswith(f"\n{signing.EMPTY_BODY_HASH}")
    assert "/services/a%25zz%25/events/\n" in expected["invalid percent escapes kept, their % encoded"]["canonical_request"]
    assert "/services/%EF%BF%BD/events/\n" in expected["percent escape that is not UTF-8 decodes to U+FFFD"]["canonical_request"]
    assert f"\nhost:{signing_cases.HOST}:8443\n" in expected["Host with a port"]["canonical_request"]
    assert "\nx-trace:t1, t2\n" in expected["header sent twice is signed as its values joined by comma and space"]["canonical_request"]
    assert "user-agent" in expected["User-Agent present when signing is signed"]["signed_headers"].split(";")


def test_the_page_describes_each_trap() -> None:
    page = (PUBLISHED / signing.DOC_FILE).read_text(encoding="utf-8")
    for fact in [
        "add a trailing `/`",
        "percent-decode it\n   whole",
        "`%20`",
        "contains `_`",
        "e3b0c44298fc1c149afbf4c8996fb924",
        "UNSIGNED-PAYLOAD",
        "within **15 minutes** of the server's clock",
        "`APIGW.0301`",
        "adds **after** signing",
        "forbidden header",
        "joined by `, `",
        "`%zz` or a lone `%` stay as they are",
        "`%EF%BF%BD`",
    ]:
        assert fact in page, fact
    assert f"holds {len(VECTORS)} test\nvectors" in page


@pytest.mark.slow
def test_the_spec_security_scheme_points_at_both_published_files() -> None:
    for spec in (SPEC, PUBLISHED / "modelarts.yaml"):
        description = load_openapi(spec).data["components"]["securitySchemes"]["akskSignature"]["description"]
        for name in (signing.DOC_FILE, signing.VECTORS_FILE):
            assert f"`{name}`" in description and (PUBLISHED / name).is_file()


def test_the_html_reference_links_both_files_it_is_published_with() -> None:
    page = (PUBLISHED / "index.html").read_text(encoding="utf-8")
    for name in (signing.DOC_FILE, signing.VECTORS_FILE):
        assert f'<a href="{name}">{name}</a>' in page
        assert name in bundle.BUNDLE_FILES
