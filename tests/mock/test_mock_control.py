"""The control plane over HTTP (/_mock/…): each endpoint, its guard, bad input as 400 naming the pointer; Prefer."""

from __future__ import annotations

from typing import Any

import pytest
from modelarts_mock import Settings, create_app
from modelarts_mock.in_process import InProcessMock

from tests.support.mock import POOL, PROJECT

NEW = "ctl-pool-0000000000000000000000000000000001"
POOL_BODY = {"apiVersion": "v2", "kind": "Pool", "metadata": {"name": NEW}, "status": {"phase": "Running"}}


def test_resources_add_list_remove(modelarts_mock: InProcessMock) -> None:
    with modelarts_mock.client() as http:
        added = http.post("/_mock/resources", json={"operation": "ShowPool", "path": {"pool_name": NEW}, "body": POOL_BODY})
        assert (added.status_code, added.json()) == (201, {"added": 1})
        assert http.get(modelarts_mock.path("ShowPool", pool_name=NEW)).json() == POOL_BODY
        listed = http.get("/_mock/resources").json()["projects"][PROJECT]
        assert NEW in listed["pools"] and POOL in listed["pools"]
        removed = http.request("DELETE", "/_mock/resources", json={"operation": "ShowPool", "path": {"pool_name": NEW}})
        assert removed.json() == {"removed": True}
        assert http.get(modelarts_mock.path("ShowPool", pool_name=NEW)).status_code == 404
        again = http.request("DELETE", "/_mock/resources", json={"operation": "ShowPool", "path": {"pool_name": NEW}})
        assert again.status_code == 404


def test_reset_restores_the_seed_and_clears_injections(modelarts_mock: InProcessMock) -> None:
    with modelarts_mock.client() as http:
        http.post("/_mock/resources", json={"operation": "ShowPool", "path": {"pool_name": NEW}, "body": POOL_BODY})
        http.post("/_mock/faults", json={"operation": "ShowOsQuota", "status": 500})
        http.post("/_mock/latency", json={"operation": "ShowOsConfig", "ms": 5})
        assert http.post("/_mock/reset", json={}).json() == {"reset": True}
        assert http.get(modelarts_mock.path("ShowPool", pool_name=NEW)).status_code == 404
        assert http.get(modelarts_mock.path("ShowOsQuota")).status_code == 200
        assert http.get("/_mock/faults").json() == {"faults": [], "stubs": [], "latency": []}


def test_journal_lists_and_clears_without_credentials(modelarts_mock: InProcessMock) -> None:
    with modelarts_mock.client() as http:
        http.get(modelarts_mock.path("ShowPoolMonitor", pool_name=POOL), params={"period": "300"})
        http.get("/v9/nowhere")
        journal = http.get("/_mock/journal").json()
        assert [(e["operation"], e["status"], e["query"]) for e in journal["requests"]] == [
            ("ShowPoolMonitor", 200, "period=300"),
            (None, 404, ""),
        ]
        assert all(e["ms"] >= 0 and e["method"] == "GET" for e in journal["requests"])
        assert modelarts_mock.settings.tokens[0] not in str(journal)
        assert http.delete("/_mock/journal").json() == {"cleared": True}
        assert http.get("/_mock/journal").json()["requests"] == []


def test_journal_is_bounded() -> None:
    handle = InProcessMock(create_app(Settings(auth=False, journal_size=3)))
    try:
        with handle.client() as http:
            for _ in range(5):
                http.get(handle.path("ShowOsQuota"))
            journal = http.get("/_mock/journal").json()
        assert (len(journal["requests"]), journal["dropped"], journal["capacity"]) == (3, 2, 3)
    finally:
        handle.close()


BAD_BODIES: list[tuple[str, str, Any, str, str]] = [
    ("resources", "not JSON", b"{", "", "not JSON"),
    ("resources", "NaN", b'{"operation": "ShowOsConfig", "body": {"networkQuota": NaN}}', "/body/networkQuota", "NaN is not a JSON number"),
    ("resources", "duplicate key", b'{"operation": "ShowOsConfig", "operation": "ShowOsQuota", "body": {}}', "/operation", "duplicate"),
    (
        "resources",
        "schema-invalid body",
        {"operation": "ShowPool", "path": {"pool_name": NEW}, "body": {"kind": "Pool"}},
        "/body",
        "required",
    ),
    (
        "resources",
        "deep pointer",
        {"operation": "ShowPool", "path": {"pool_name": NEW}, "body": dict(POOL_BODY, status={"phase": 3})},
        "/body/status/phase",
        "expected string",
    ),
    (
        "resources",
        "pool id too short",
        {"operation": "ShowPool", "path": {"pool_name": "p"}, "body": POOL_BODY},
        "/path/pool_name",
        "minimum",
    ),
    (
        "resources",
        "pool id too long",
        {"operation": "ShowPoolTags", "path": {"pool_name": "p" * 64}, "body": {"tags": []}},
        "/path/pool_name",
        "maximum",
    ),
    ("resources", "unknown operation", {"operation": "NoSuchOperation", "body": {}}, "/operation", "unknown operation"),
    ("resources", "bad project", {"operation": "ShowOsConfig", "project": "no!", "body": {}}, "/project", "pattern"),
    ("resources", "list entry", [{"operation": "ShowOsConfig", "body": {}}, {"operation": "ShowOsConfig"}], "/1", "'body'"),
    ("faults", "status out of range", {"operation": "ShowPool", "status": 99}, "/status", "minimum"),
    ("faults", "an informational status", {"operation": "ShowPool", "status": 101}, "/status", "minimum 200"),
    ("faults", "a status without a body", {"operation": "ShowPool", "status": 304}, "/status", "carries no body"),
    ("faults", "a float status", {"operation": "ShowPool", "status": 503.0}, "/status", "expected an integer"),
    ("faults", "a float Retry-After", {"operation": "ShowPool", "retry_after": 2.0}, "/retry_after", "expected an integer"),
    (
        "faults",
        "a path parameter the operation lacks",
        {"operation": "ShowPool", "path": {"service_id": "x"}},
        "/path/service_id",
        "no path",
    ),
    ("stubs", "body and text", {"operation": "ShowPool", "body": {}, "text": "x"}, "/text", "not both"),
    ("stubs", "a framing header", {"operation": "ShowPool", "headers": {"Content-Length": "5"}}, "/headers/Content-Length", "not a header"),
    ("stubs", "a header with a line break", {"operation": "ShowPool", "headers": {"X-A": "a\r\nB: c"}}, "/headers/X-A", "visible ASCII"),
    ("stubs", "a 204 with a body", {"operation": "ShowPool", "status": 204, "text": "x"}, "/status", "carries no body"),
    ("faults", "unknown kind", {"operation": "ShowPool", "kind": "explode"}, "/kind", "expected one of"),
    ("faults", "unknown field", {"operation": "ShowPool", "colour": "red"}, "/colour", "unknown field 'colour'"),
    ("faults", "probability", {"operation": "ShowPool", "probability": 1.5}, "/probability", "maximum"),
    ("latency", "too long", {"operation": "ShowPool", "ms": 3_600_000}, "/ms", "maximum"),
    ("latency", "range upside down", {"operation": "ShowPool", "min_ms": 9, "max_ms": 1}, "/min_ms", "above"),
    ("latency", "neither", {"operation": "ShowPool"}, "/", "give ms (a fixed delay), or min_ms and max_ms"),
]


@pytest.mark.parametrize(("endpoint", "case", "body", "pointer", "fragment"), BAD_BODIES, ids=[f"{b[0]}: {b[1]}" for b in BAD_BODIES])
def test_bad_control_bodies_are_400_naming_the_pointer(
    modelarts_mock: InProcessMock, endpoint: str, case: str, body: Any, pointer: str, fragment: str
) -> None:
    with modelarts_mock.client() as http:
        content = body if isinstance(body, bytes) else None
        headers = {"Content-Type": "application/json"}
        response = http.post(f"/_mock/{endpoint}", content=content, json=None if content is not None else body, headers=headers)
        assert response.status_code == 400, response.text
        answer = response.json()
        assert answer["error_code"] == "Mock.BadRequest" and answer["pointer"] == (pointer or "/")
        assert fragment in answer["error_msg"]
        assert http.get("/_mock/faults").json() == {"faults": [], "stubs": [], "latency": []}  # nothing half-applied


def test_unknown_endpoint_and_method(modelarts_mock: InProcessMock) -> None:
    with modelarts_mock.client() as http:
        assert http.get("/_mock/nothing").status_code == 404
        wrong = http.put("/_mock/journal")
        assert wrong.status_code == 405 and wrong.headers["allow"] == "DELETE, GET"


def test_control_plane_is_guarded() -> None:
    app = create_app(Settings(tokens=("user-token",), admin_token="admin-secret"))
    handle = InProcessMock(app)
    try:
        with handle.client() as http:
            assert http.get("/_mock/journal").status_code == 200  # the mock's own credentials
            bare = http.get("/_mock/journal", headers={"X-Auth-Token": ""})
            assert bare.status_code == 401 and bare.json()["error_code"] == "Mock.Unauthorized"
            admin = http.get("/_mock/journal", headers={"X-Auth-Token": "", "X-Mock-Admin-Token": "admin-secret"})
            assert admin.status_code == 200
            wrong = http.get("/_mock/journal", headers={"X-Mock-Admin-Token": "admin-secreT"})
            assert wrong.status_code == 401 and "admin-secret" not in wrong.text
    finally:
        handle.close()


@pytest.mark.parametrize(
    ("prefer", "status", "code"),
    [("status=404", 404, "ModelArts.50015001"), ("code=401", 401, "ModelArts.0203"), ("status=400", 400, "ModelArts.50004000")],
)
def test_prefer_picks_a_documented_error(modelarts_mock: InProcessMock, prefer: str, status: int, code: str) -> None:
    with modelarts_mock.client() as http:
        response = http.get(modelarts_mock.path("ShowPool", pool_name=POOL), headers={"Prefer": prefer})
    assert response.status_code == status and response.json()["error_code"] == code


def test_prefer_picks_a_named_example_or_says_what_exists(modelarts_mock: InProcessMock) -> None:
    with modelarts_mock.client() as http:
        url = modelarts_mock.path("ShowPool", pool_name=POOL)
        manual = http.get(url, headers={"Prefer": "example=manual"})
        assert manual.status_code == 200 and manual.json()["metadata"]["name"] == POOL
        unknown = http.get(url, headers={"Prefer": "example=nope"})
        assert unknown.status_code == 400 and "manual" in unknown.json()["error_msg"]
        undocumented = http.get(url, headers={"Prefer": "status=418"})
        assert undocumented.status_code == 400 and "200, 400, 401, 403, 404" in undocumented.json()["error_msg"]


def test_a_list_with_one_bad_entry_files_none(modelarts_mock: InProcessMock) -> None:
    before = modelarts_mock.answer("ShowOsConfig")
    with modelarts_mock.client() as http:
        good = {"operation": "ShowOsConfig", "body": {"networkQuota": 99}}
        bad = {"operation": "ShowPool", "path": {"pool_name": NEW}, "body": {"kind": "Pool"}}
        response = http.post("/_mock/resources", json=[good, bad])
    assert response.status_code == 400 and response.json()["pointer"] == "/1/body"
    assert modelarts_mock.answer("ShowOsConfig") == before
