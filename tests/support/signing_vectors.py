"""Requests signed by both our signer and the official huaweicloudsdkcore signer (shared by the signing and auth tests)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

AK = "HPUAEXAMPLEAK0000001"
SK = "sk+/example=SECRET/0123456789abcdefghijklmnopq"
PROJECT = "0b5f5e5f5e5f4e1c8c7e3d2f1a0b9c8d"
DATE = "20261127T142559Z"
HOST = "modelarts.cn-north-4.myhuaweicloud.com"


@dataclass(frozen=True)
class Vector:
    name: str
    path: str  # as sent: path parameters already percent-encoded
    query: list[tuple[str, object]] = field(default_factory=list)
    method: str = "GET"
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    security_token: str | None = None


POOL = f"/v2/{PROJECT}/pools"
POOL_ID = "auto-pool-os-86c13962597848eeb29c5861153a391f"  # the spec's example (pool names: 36-63 characters)
SERVICE_ID = "195c1f2d-136d-40af-a0f3-db5717d2634a"  # the spec's example of a service id

VECTORS = [
    Vector("plain GET", f"{POOL}/{POOL_ID}"),
    Vector("no path parameters", f"/v2/{PROJECT}/quotas"),
    Vector("percent-encoded slash in a segment", f"{POOL}/a%2Fb"),
    Vector("space and reserved characters in a segment", f"{POOL}/a%20b%3Bc%2Bd"),
    Vector("non-ASCII segment", f"{POOL}/%E8%B5%84%E6%BA%90%E6%B1%A0"),
    Vector("unreserved characters left alone", f"{POOL}/A-z_0.9~x"),
    Vector("trailing slash kept single", f"{POOL}/{POOL_ID}/"),
    Vector("query sorted", f"/v1/{PROJECT}/services/{SERVICE_ID}/events", [("offset", 0), ("limit", 10), ("event_type", "normal")]),
    Vector("repeated query key", f"/v2/{PROJECT}/algorithms", [("tag", "b"), ("tag", "a"), ("name", "x")]),
    Vector("empty query value", f"/v2/{PROJECT}/algorithms", [("search", ""), ("offset", 1)]),
    Vector("boolean query value", f"/v2/{PROJECT}/algorithms", [("with_tags", True), ("deleted", False)]),
    Vector("query needing encoding", f"/v2/{PROJECT}/algorithms", [("name", "a b+c/d=é"), ("k~", "~v")]),
    Vector("metrics-style query", f"{POOL}/{POOL_ID}/runtime-metrics", [("metric_names", "cpu,mem"), ("start", 1700000000000)]),
    Vector("header with underscore not signed", f"{POOL}/{POOL_ID}", headers={"X_Custom_Header": "skip-me", "X-Trace": "t1"}),
    Vector("header value whitespace trimmed", f"{POOL}/{POOL_ID}", headers={"X-Language": "  en-us  "}),
    Vector("JSON body", f"/v2/{PROJECT}/pools", method="POST", headers={"Content-Type": "application/json"}, body=b'{"a": 1}'),
    Vector(
        "empty JSON body",
        f"/v2/{PROJECT}/pools",
        method="POST",
        headers={"Content-Type": "application/json;charset=UTF-8"},
        body=b"",
    ),
    Vector(
        "non-JSON body is unsigned payload",
        f"/v2/{PROJECT}/pools",
        method="PUT",
        headers={"Content-Type": "application/octet-stream"},
        body=b"\x00\x01binary",
    ),
    Vector("security token of a temporary key", f"{POOL}/{POOL_ID}", security_token="gQpjbi1ub3J0aC00TOKEN+/="),
    Vector("lower-case method", f"{POOL}/{POOL_ID}", method="delete"),
]


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
