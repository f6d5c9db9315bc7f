"""The AK/SK signer published with the spec: `signing.md` (the algorithm) and `signing-vectors.json`.

Each vector is one case of `signing_cases.CASES` (the list the tests replay too) plus what OUR signer computes
for it (`modelarts_core.signing`, the one the client and the mock use); the test suite checks every
vector against the official `huaweicloudsdkcore` signer and replays it against the mock. Another language's
signer is right when it reproduces every vector. This module is the one place publishing imports the signer.
"""

from __future__ import annotations

import base64
import json
from importlib import resources
from typing import Any

from modelarts_core import signing
from modelarts_core.auth import PROJECT_HEADER, SECURITY_TOKEN_HEADER
from modelarts_spec.openapi import operations
from modelarts_spec.servable import error_example

from generator.publish.signing_cases import AK, CASES, DATE, HOST, PROJECT, SK, Case

DOC_FILE = "signing.md"
VECTORS_FILE = "signing-vectors.json"
EMPTY_BODY_HASH = signing.EMPTY_BODY_HASH


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


def unauthorized_code(spec: dict[str, Any]) -> str:
    """The error code of the spec's 401 answers: what the mock sends for every refused credential, a skewed date too."""
    ops = operations(spec)
    example = error_example(spec, ops[0], "401")[0] if ops else None
    return str(example["error_code"]) if isinstance(example, dict) and "error_code" in example else "(none documented)"


def render_doc(spec: dict[str, Any]) -> str:
    """signing.md: the algorithm's description, kept beside this module as plain text, with the spec's figures."""
    text = resources.files("generator.publish").joinpath(DOC_FILE).read_text(encoding="utf-8")
    return text.replace("{vector_count}", str(len(CASES))).replace("{unauthorized_code}", unauthorized_code(spec))
