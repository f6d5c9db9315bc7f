"""The signing cases as the signer and auth tests replay them, against our signer and the official huaweicloudsdkcore one.

One list: `generator.publish.signing_cases.CASES`, the cases the published `signing-vectors.json` is made of. A
`Vector` is a case with its query as decoded pairs (what an HTTP client is given), so tests can rebuild the request.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from urllib.parse import parse_qsl

from generator.publish.signing_cases import AK, CASES, DATE, HOST, PROJECT, SK, Case

__all__ = ["AK", "DATE", "HOST", "PROJECT", "SK", "VECTORS", "Vector", "official_authorization", "official_uri", "one_byte_changes"]


@dataclass(frozen=True)
class Vector:
    name: str
    path: str  # as sent: path parameters already percent-encoded
    query: list[tuple[str, object]] = field(default_factory=list)
    method: str = "GET"
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    security_token: str | None = None

    @classmethod
    def of(cls, case: Case) -> Vector:
        pairs: list[tuple[str, object]] = list(parse_qsl(case.query, keep_blank_values=True))
        return cls(case.name, case.path, pairs, case.method, dict(case.headers), case.body, case.security_token)


VECTORS = [Vector.of(case) for case in CASES]


def official_uri(vector: Vector) -> str:
    """Path and query as the official SDK sends them (the query rewritten into its canonical form)."""
    from huaweicloudsdkcore.sdk_request import SdkRequest
    from huaweicloudsdkcore.signer.signer import Signer

    request = SdkRequest(resource_path=vector.path, query_params=list(vector.query))
    Signer.process_request_uri(request)
    return str(request.uri)


def official_authorization(vector: Vector, sent_headers: dict[str, str] | None = None) -> tuple[str, dict[str, str]]:
    """The official signer's Authorization header and the final signed headers (Authorization removed).

    `sent_headers`: the headers an HTTP client sends for the request (Host, Content-Length, …) instead of
    Host and the vector's own; X-Sdk-Date is added in both cases.
    """
    from huaweicloudsdkcore.auth.credentials import BasicCredentials
    from huaweicloudsdkcore.sdk_request import SdkRequest

    headers = {"X-Sdk-Date": DATE, **sent_headers} if sent_headers is not None else {"Host": HOST, "X-Sdk-Date": DATE, **vector.headers}
    credentials = BasicCredentials(AK, SK, PROJECT)
    if vector.security_token:
        credentials.security_token = vector.security_token
    request = SdkRequest(
        method=vector.method,
        schema="https",
        host=HOST,
        resource_path=vector.path,
        query_params=list(vector.query),
        header_params=headers,
        body=vector.body,
    )
    signed = credentials.sign_request(request)
    final = dict(signed.header_params)
    return final.pop("Authorization"), final


def one_byte_changes(vector: Vector) -> dict[str, Vector]:
    """Every signed part of the vector, changed by one byte (or one header added): each must change the signature."""
    changes = {
        "method": replace(vector, method="PATCH" if vector.method.upper() != "PATCH" else "PUT"),
        "path": replace(vector, path=vector.path[:-1] + chr(ord(vector.path[-1]) ^ 1)),
        "extra header": replace(vector, headers={**vector.headers, "X-Extra": "1"}),
    }
    if vector.query:
        key, value = vector.query[0]
        changes["query value"] = replace(vector, query=[(key, f"{value}x"), *vector.query[1:]])
        changes["query key"] = replace(vector, query=[(f"{key}x", value), *vector.query[1:]])
    if vector.body and "json" in vector.headers.get("Content-Type", ""):
        changes["body"] = replace(vector, body=vector.body[:-1] + bytes([vector.body[-1] ^ 1]))
    for name, value in vector.headers.items():
        if "_" not in name:  # the official signer does not sign names with '_'
            changes[f"header {name}"] = replace(vector, headers={**vector.headers, name: value + "x"})
    return changes
