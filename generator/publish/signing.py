"""The AK/SK signer published with the spec: `signing.md` (the algorithm) and `signing-vectors.json`.

Each vector is a request as an HTTP client has it just before signing (method, path and query as
sent, headers, body) plus the credentials; the expected values are computed by OUR signer
(`modelarts_core.signing`, the one the client and the mock use), and the test suite checks
every one against the official `huaweicloudsdkcore` signer. Fixed keys and date: publishing twice
gives the same bytes. Another language's signer is right when it reproduces every vector.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from modelarts_core import signing
from modelarts_core.auth import PROJECT_HEADER, SECURITY_TOKEN_HEADER

DOC_FILE = "signing.md"
VECTORS_FILE = "signing-vectors.json"

AK = "HPUAEXAMPLEAK0000001"
SK = "sk+/example=SECRET/0123456789abcdefghijklmnopq"
PROJECT = "0b5f5e5f5e5f4e1c8c7e3d2f1a0b9c8d"
DATE = "20261127T142559Z"
HOST = "modelarts.cn-north-4.myhuaweicloud.com"
POOL = f"/v2/{PROJECT}/pools"
# ids from the spec's examples: a vector replayed against the mock or a generated client is not refused for its id
POOL_ID = f"{POOL}/auto-pool-os-86c13962597848eeb29c5861153a391f"
SERVICE = f"/v1/{PROJECT}/services"
JOB = f"/v2/{PROJECT}/training-jobs/2cd88daa-31a4-40a8-a58f-d186b0e93e4f"


@dataclass(frozen=True)
class Case:
    name: str
    path: str  # as sent: path parameters already percent-encoded
    query: str = ""  # as sent by an HTTP client (form encoding: '+' may stand for a space)
    method: str = "GET"
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    security_token: str | None = None


JSON = {"Content-Type": "application/json"}
CASES = [
    Case("plain GET", POOL_ID),
    Case("no path parameters", f"/v1/{PROJECT}/quotas"),
    Case("percent-encoded slash in a segment", f"{SERVICE}/a%2Fb/events"),
    Case("space and reserved characters in a segment", f"{SERVICE}/a%20b%3Bc%2Bd/events"),
    Case("plus sign in a segment is not a space", f"{SERVICE}/a+b/events"),
    Case("non-ASCII segment", f"{SERVICE}/%E8%B5%84%E6%BA%90%E6%B1%A0/events"),
    Case("unreserved characters left alone", f"{SERVICE}/A-z_0.9~x/events"),
    Case("trailing slash kept single", f"{POOL_ID}/"),
    Case("query sorted by key", f"{SERVICE}/195c1f2d-136d-40af-a0f3-db5717d2634a/events", "offset=0&limit=10&event_type=normal"),
    Case("repeated query key sorted by value", f"/v2/{PROJECT}/algorithms", "tag=b&tag=a&name=x"),
    Case("empty query value", f"/v2/{PROJECT}/algorithms", "search=&offset=1"),
    Case("query key without a value", f"/v2/{PROJECT}/algorithms", "flag&offset=1"),
    Case("boolean query value", f"/v2/{PROJECT}/algorithms", "with_tags=true&deleted=false"),
    Case("plus in the query is a space, sent as %20", f"/v2/{PROJECT}/algorithms", "name=a+b%2Bc%2Fd%3D%C3%A9&k~=~v"),
    Case("%20 in the query stays %20", f"/v2/{PROJECT}/algorithms", "name=a%20b"),
    Case("slash in a query value", f"{JOB}/tasks/worker-0/logs/url", "Content-Type=text%2Fplain"),
    Case("metrics-style query", f"{POOL_ID}/runtime-metrics", "metric_names=cpu%2Cmem&start=1700000000000"),
    Case("header with underscore not signed", POOL_ID, headers={"X_Custom_Header": "skip-me", "X-Trace": "t1"}),
    Case("header value whitespace trimmed", POOL_ID, headers={"X-Language": "  en-us  "}),
    Case("JSON body", POOL, method="POST", headers=JSON, body=b'{"a": 1}'),
    Case("empty JSON body", POOL, method="POST", headers={"Content-Type": "application/json;charset=UTF-8"}),
    Case(
        "non-JSON body is unsigned payload",
        POOL,
        method="PUT",
        headers={"Content-Type": "application/octet-stream"},
        body=b"\x00\x01binary",
    ),
    Case("non-JSON empty body hashes as empty", POOL, method="PUT", headers={"Content-Type": "text/plain"}),
    Case("security token of a temporary key", POOL_ID, security_token="gQpjbi1ub3J0aC00TOKEN+/="),
    Case("lower-case method", POOL_ID, method="delete"),
]


def derive(case: Case) -> dict[str, Any]:
    """One published vector: the request before signing, what the signer adds, and every intermediate value."""
    headers = {"Host": HOST, "X-Sdk-Date": DATE, **case.headers}
    added = {PROJECT_HEADER: PROJECT}
    if case.security_token:
        added[SECURITY_TOKEN_HEADER] = case.security_token
    if signing.needs_unsigned_payload(case.headers.get("Content-Type")):
        added[signing.CONTENT_SHA256_HEADER] = signing.UNSIGNED_PAYLOAD
    signed = {**headers, **added}
    pairs = signing.query_pairs(case.query)
    names = signing.signed_header_names(signed)
    canonical = signing.canonical_request(case.method, case.path, pairs, signed, names, case.body)
    to_sign = signing.string_to_sign(canonical, DATE)
    sig = signing.signature(SK, to_sign)
    return {
        "name": case.name,
        "request": {
            "method": case.method,
            "path": case.path,
            "query": case.query,
            "headers": headers,
            "body_base64": base64.b64encode(case.body).decode("ascii"),
        },
        "credentials": {"project_id": PROJECT, **({"security_token": case.security_token} if case.security_token else {})},
        "expected": {
            "headers_added": added,
            "query_sent": signing.canonical_query(pairs),
            "canonical_request": canonical,
            "string_to_sign": to_sign,
            "signed_headers": ";".join(names),
            "signature": sig,
            "authorization": signing.authorization(AK, names, sig),
        },
    }


def vectors_document() -> dict[str, Any]:
    return {
        "description": (
            "Test vectors of SDK-HMAC-SHA256 (AK/SK) request signing, described in signing.md. A signer is right "
            "when, for every vector, it adds `expected.headers_added` to `request.headers`, sends the query as "
            "`expected.query_sent`, and computes each expected value byte for byte."
        ),
        "algorithm": signing.ALGORITHM,
        "access_key": AK,
        "secret_key": SK,
        "vectors": [derive(case) for case in CASES],
    }


def render_vectors() -> str:
    return json.dumps(vectors_document(), ensure_ascii=False, indent=2) + "\n"


def render_doc() -> str:
    """signing.md: the algorithm's description, kept beside this module as plain text."""
    text = resources.files("generator.publish").joinpath(DOC_FILE).read_text(encoding="utf-8")
    return text.replace("{vector_count}", str(len(CASES)))
