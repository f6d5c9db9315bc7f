"""The one list of AK/SK signing cases: published as `signing-vectors.json` (signing.py) and replayed by the tests
(`tests/support/signing_vectors.py`), each against the official `huaweicloudsdkcore` signer.

A case is a request as an HTTP client has it just before signing: method, path and query as they go on the wire
(path parameters already percent-encoded, the query form-encoded), headers, body, and a security token for
temporary keys. Fixed keys, date and host, so publishing twice gives the same bytes. Plain data: no signer here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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
    headers: dict[str, str] = field(default_factory=dict)  # besides Host (unless given here) and X-Sdk-Date
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
    Case("invalid percent escapes kept, their % encoded", f"{SERVICE}/a%zz%/events"),
    Case("percent escape that is not UTF-8 decodes to U+FFFD", f"{SERVICE}/%FF/events"),
    Case("trailing slash kept single", f"{POOL_ID}/"),
    Case("query sorted by key", f"{SERVICE}/195c1f2d-136d-40af-a0f3-db5717d2634a/events", "offset=0&limit=10&event_type=normal"),
    Case("repeated query key sorted by value", f"/v2/{PROJECT}/algorithms", "tag=b&tag=a&name=x"),
    Case("empty query value", f"/v2/{PROJECT}/algorithms", "search=&offset=1"),
    Case("query key without a value", f"/v2/{PROJECT}/algorithms", "flag&offset=1"),
    Case("boolean query value", f"/v2/{PROJECT}/algorithms", "with_tags=true&deleted=false"),
    Case("query needing encoding", f"/v2/{PROJECT}/algorithms", "name=a+b%2Bc%2Fd%3D%C3%A9&k~=~v"),
    Case("%20 in the query stays %20", f"/v2/{PROJECT}/algorithms", "name=a%20b"),
    Case("slash in a query value", f"{JOB}/tasks/worker-0/logs/url", "Content-Type=text%2Fplain"),
    Case("metrics-style query", f"{POOL_ID}/runtime-metrics", "metric_names=cpu%2Cmem&start=1700000000000"),
    Case("Host with a port", POOL_ID, headers={"Host": f"{HOST}:8443"}),
    Case("header with underscore not signed", POOL_ID, headers={"X_Custom_Header": "skip-me", "X-Trace": "t1"}),
    Case("header value whitespace trimmed", POOL_ID, headers={"X-Language": "  en-us  "}),
    Case("header sent twice is signed as its values joined by comma and space", POOL_ID, headers={"X-Trace": "t1, t2"}),
    Case("User-Agent present when signing is signed", POOL_ID, headers={"User-Agent": "huaweicloud-usdk-python/3.0"}),
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
