"""The control plane (/_mock/…) against hostile and random JSON-ish bodies: every answer is JSON below 500, a refusal
names the JSON pointer, and the mock still serves ShowPool afterwards. Bodies are read by the shared reader
(`modelarts_spec.loader`), so its refusals (NaN, 1e999, over-long integers, repeated keys, deep nesting) hold here."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from modelarts_mock import Settings, create_app
from modelarts_mock.in_process import InProcessMock

from tests.support.mock import POOL

NEW = "ctl-pool-0000000000000000000000000000000001"
INFINITE_POOL = (
    json.dumps({"operation": "ShowPool", "path": {"pool_name": NEW}, "body": {"metadata": {"name": NEW}}})[:-2] + ', "x": 1e999}}'
)
ENDPOINTS = ["reset", "resources", "journal", "faults", "latency", "nowhere"]


@pytest.fixture(scope="module")
def mock() -> Iterator[InProcessMock]:
    handle = InProcessMock(create_app(Settings(auth=False)))
    yield handle
    handle.close()


def _post(mock: InProcessMock, endpoint: str, body: str | bytes, method: str = "POST") -> tuple[int, dict[str, object]]:
    with mock.client() as http:
        answer = http.request(method, "/_mock/" + endpoint, content=body, headers={"Content-Type": "application/json"})
    assert answer.headers["content-type"].startswith("application/json"), answer.text[:200]
    return answer.status_code, answer.json()


HUGE = "9" * 5000
CASES = [
    ("latency", '{"operation": "ShowPool", "ms": ' + HUGE + "}", "/ms", "4300 digits"),
    ("faults", '{"operation": "ShowPool", "retry_after": ' + HUGE + "}", "/retry_after", "4300 digits"),
    (
        "resources",
        INFINITE_POOL,
        "/body/x",
        "1e999",
    ),
    ("faults", '{"operation": "ShowPool", "probability": NaN}', "/probability", "NaN"),
    ("latency", '{"operation": "ShowPool", "ms": -Infinity}', "/ms", "Infinity"),
    ("faults", '{"operation": "ShowPool", "operation": "ShowOsQuota"}', "/operation", "duplicate key"),
    ("faults", "[" * 3000 + "]" * 3000, "/0/0/0", "nested deeper"),
    ("resources", '{"operation": "ShowPool",\n "body": {"a": "\\ud800"}}', "/body/a", "surrogate"),
    ("latency", "{operation: ShowPool, ms: 5}", "", "not JSON"),
    ("latency", "12", "", "object or list"),
    ("faults", b'{"operation": "\xff"}', "", "not UTF-8"),
]


@pytest.mark.parametrize(("endpoint", "body", "pointer", "message"), CASES, ids=[c[3] + "-" + c[0] for c in CASES])
def test_a_bad_control_body_is_a_400_naming_its_pointer(
    mock: InProcessMock, endpoint: str, body: str | bytes, pointer: str, message: str
) -> None:
    status, answer = _post(mock, endpoint, body)
    assert status == 400, answer
    assert str(answer["pointer"]).startswith(pointer or "/") and message in str(answer["error_msg"]), answer
    assert not mock.injections.faults and not mock.injections.delays
    assert mock.answer("ShowPool", path={"pool_name": POOL})["metadata"]["name"] == POOL


def test_the_line_of_a_refusal_is_named(mock: InProcessMock) -> None:
    status, answer = _post(mock, "faults", '{\n  "operation": "ShowPool",\n  "probability": NaN\n}')
    assert (status, answer["pointer"]) == (400, "/probability") and "(line 3)" in str(answer["error_msg"]), answer


def test_a_body_with_infinity_is_not_filed_as_null(mock: InProcessMock) -> None:
    _post(mock, "resources", CASES[2][1])
    with mock.client() as http:
        assert http.get(mock.path("ShowPool", pool_name=NEW)).status_code == 404


# ---- property: random JSON-ish bodies at every endpoint -------------------------------------------------------
FIELDS = ["operation", "kind", "status", "error_code", "error_msg", "retry_after", "times", "probability", "ms", "min_ms", "max_ms"]
FIELDS += ["project", "path", "query", "body", "pool_name", "service_id", "", "~/", "__class__", "self"]
OPERATIONS = ["ShowPool", "ShowPoolTags", "ShowService", "ShowServiceEvents", "ShowPoolStatistics", "ShowOsQuota", "*", "", "Nope"]
NUMBERS = ["0", "-1", "1", "0.5", "1e999", "-1e999", "NaN", "Infinity", "1e-400", HUGE, "9" * 30, "1.0", "60001", "599", "2"]
SCALARS = ["null", "true", "false", '""', '"\\ud800"', '"\\u0000"', '"é"', '"a/b~c"', '"reset"', '"0"', *NUMBERS]
scalar = st.one_of(st.sampled_from(SCALARS), st.sampled_from(OPERATIONS).map(json.dumps), st.text(max_size=8).map(json.dumps))


def _object(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    keys = st.one_of(st.sampled_from(FIELDS), st.text(max_size=6))
    members = st.lists(st.tuples(keys, children), max_size=6)  # may repeat a key: a duplicate the reader refuses
    return members.map(lambda pairs: "{" + ", ".join(f"{json.dumps(k)}: {v}" for k, v in pairs) + "}")


json_ish = st.recursive(
    scalar,
    lambda children: st.one_of(_object(children), st.lists(children, max_size=4).map(lambda v: "[" + ", ".join(v) + "]")),
    max_leaves=20,
)
garbage = st.sampled_from(["", "{", "[1,]", "{'a': 1}", "a: b", "---", "\x00", "[" * 200, '{"a": 1} {"b": 2}', "\ufeff{}"])
bodies = st.one_of(_object(json_ish), json_ish, garbage, st.text(max_size=40))


@pytest.mark.slow  # 400 requests, a few seconds
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(endpoint=st.sampled_from(ENDPOINTS), method=st.sampled_from(["POST", "POST", "DELETE", "GET", "PUT"]), body=bodies)
def test_any_control_body_gets_json_below_500_and_showpool_still_answers(
    mock: InProcessMock, endpoint: str, method: str, body: str
) -> None:
    status, answer = _post(mock, endpoint, body.encode("utf-8", "surrogatepass"), method)
    event(f"{method} {endpoint} {status}")
    assert status < 500, (endpoint, method, body[:300], answer)
    if status >= 400:
        assert {"error_code", "error_msg"} <= set(answer), answer
    mock.clear_faults()  # a valid fault or delay on ShowPool is the control plane working, not a broken mock
    mock.clear_latency()
    with mock.client() as http:
        shown = http.get(mock.path("ShowPool", pool_name=POOL))
    assert shown.status_code == 200 and shown.json()["metadata"]["name"] == POOL, (body[:300], shown.text[:300])
