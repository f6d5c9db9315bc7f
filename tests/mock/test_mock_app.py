"""modelarts_mock in-process, over every operation of the spec: its happy path (writes with their example bodies), 404s
for unknown ids and other projects, 400s naming the parameter, odd input, 405s, the self-check.

Counts, ids, bodies and codes come from the spec (tests/support/mock.py reads it independently of the mock)."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Any

import pytest
from modelarts_mock.backend import MODELLED
from openapi_schema_validator import OAS30Validator, oas30_format_checker

from tests.support import operation_ids
from tests.support.mock import (
    OTHER_PROJECT,
    POOL,
    PROJECT,
    SPEC_DATA,
    assert_answer,
    assert_error,
    assert_write_answer,
    client,
    documented_error,
    path_parameters,
    request_of,
    spec_operations,
    success,
)
from tests.support.spec_tree import file_with, spec_copy

if TYPE_CHECKING:
    from starlette.testclient import TestClient

OPS = list(spec_operations())
KEYED = [(op_id, path, data) for op_id, path, data in OPS if path_parameters(op_id)]
PROJECT_WIDE = [(op_id, path, data) for op_id, path, data in OPS if not path_parameters(op_id)]
OP_IDS = [op[0] for op in OPS]


@pytest.fixture(scope="module")
def mock() -> TestClient:
    return client()


@pytest.fixture(autouse=True)
def _fresh(mock: TestClient) -> None:
    """Writes change state: each test starts from the seed (a reset takes ~2 ms)."""
    mock.app.state.mock.reset()  # type: ignore[attr-defined]


def unknown_value(schema: dict[str, Any], example: str) -> str:
    """A value the parameter's schema accepts that differs from the example: nothing is seeded under it."""
    validator = OAS30Validator(dict(schema, components=SPEC_DATA.get("components") or {}), format_checker=oas30_format_checker)
    candidates = [str(value) for value in schema.get("enum") or []]
    for index in reversed(range(len(example))):
        char = example[index]
        if char.isdigit() or char.isalpha():
            other = "0123456789"[(int(char) + 1) % 10] if char.isdigit() else ("b" if char.lower() == "a" else "a")
            candidates.append(example[:index] + (other.upper() if char.isupper() else other) + example[index + 1 :])
    for candidate in candidates:
        value: Any = int(candidate) if schema.get("type") == "integer" else candidate
        if candidate != example and validator.is_valid(value):
            return candidate
    raise AssertionError(f"no other valid value than {example!r} for {schema}")


def test_every_operation_of_the_spec_is_routed(mock: TestClient) -> None:
    served = {op.operation_id: (op.method, op.operation.path) for op in mock.app.state.pipeline.spec.operations}  # type: ignore[attr-defined]
    assert served == {op_id: (request_of(op_id)[0], path) for op_id, path, _ in OPS}
    assert len(served) == len(operation_ids())


# Answers derived from several resources or shaped by documented defaults (tests/mock/test_mock_resources.py and
# test_mock_queries.py check how); every other operation answers its seeded example unchanged.
DERIVED = {"ShowPoolStatistics", "ShowPoolRuntimeMetrics", "ShowServiceEvents"}


@pytest.mark.parametrize(("op_id", "path", "data"), OPS, ids=OP_IDS)
def test_happy_path_serves_the_example(mock: TestClient, op_id: str, path: str, data: dict[str, Any]) -> None:
    status, example = success(data)
    method, url, sent = request_of(op_id)
    response = mock.request(method, url, **sent)
    assert re.fullmatch("[0-9a-f]{32}", response.headers["x-request-id"])
    if op_id == "ShowServiceEvents":  # the documented default order: occur_time, descending
        assert_answer(response, status, dict(example, events=sorted(example["events"], key=lambda e: -e["occur_time"])))
    elif op_id == "ShowPoolRuntimeMetrics":  # the example's pool, and one item for every other pool of the project
        assert response.status_code == status
        assert [i for i in response.json()["items"] if i in example["items"]] == example["items"]
    elif op_id == "ShowPoolStatistics":  # counted from the seeded pools
        assert response.status_code == status
        assert set(response.json()["statistics"]["status"]) == {"created", "creating", "failed", "pending", "deleting"}
    else:
        assert op_id not in DERIVED
        assert_write_answer(response, op_id, status, example)  # a create: a new id in the example's shape


@pytest.mark.parametrize(("op_id", "path", "data"), KEYED, ids=[op[0] for op in KEYED])
def test_unknown_id_is_404_with_the_operations_code(mock: TestClient, op_id: str, path: str, data: dict[str, Any]) -> None:
    documented = documented_error(data, "404")
    assert documented is not None
    name, schema, example = path_parameters(op_id)[0]
    method, url, sent = request_of(op_id, **{name: unknown_value(schema, example)})
    assert_error(mock.request(method, url, **sent), 404, documented["error_code"])


@pytest.mark.parametrize(("op_id", "path", "data"), KEYED, ids=[op[0] for op in KEYED])
def test_another_projects_resources_are_404(mock: TestClient, op_id: str, path: str, data: dict[str, Any]) -> None:
    method, url, sent = request_of(op_id)
    assert mock.request(method, url, **sent).status_code < 300
    documented = documented_error(data, "404")
    assert documented is not None
    method, url, sent = request_of(op_id, project=OTHER_PROJECT)
    assert_error(mock.request(method, url, **sent), 404, documented["error_code"])


def _lists(value: Any) -> list[list[Any]]:
    """Every list in a JSON value, at any depth."""
    if isinstance(value, list):
        return [value, *(found for item in value for found in _lists(item))]
    if isinstance(value, dict):
        return [found for item in value.values() for found in _lists(item)]
    return []


@pytest.mark.parametrize(("op_id", "path", "data"), PROJECT_WIDE, ids=[op[0] for op in PROJECT_WIDE])
def test_project_wide_operations_in_another_project(mock: TestClient, op_id: str, path: str, data: dict[str, Any]) -> None:
    method, url, sent = request_of(op_id, project=OTHER_PROJECT)
    response = mock.request(method, url, **sent)
    documented = documented_error(data, "404")
    status, example = success(data)
    if method != "GET":  # a write addressed by the project alone addresses nothing that could be missing
        assert_write_answer(response, op_id, status, example)
    elif op_id in MODELLED and documented is not None:  # a per-project resource of the model (quotas, OS config)
        assert_error(response, 404, documented["error_code"])
    else:  # an empty account: the success status, required fields only, empty lists; never the seeded data
        assert response.status_code == status, response.text  # the self-check (on) vouches for the schema
        assert all(not found for found in _lists(response.json()))
        assert response.json() != example or not any(_lists(example))


def test_the_issues_not_found_codes_and_messages(mock: TestClient) -> None:
    pool = mock.get(f"/v2/{PROJECT}/pools/no-such-pool-0000000000000000000000000000")
    assert pool.json() == {"error_code": "ModelArts.50015001", "error_msg": "pool not found"}
    template = mock.get(f"/v1/{PROJECT}/plugintemplates/gpu-driver")
    assert template.json() == {"error_code": "ModelArts.50005101", "error_msg": "Plugintemplate {name} not found."}
    # `{service_id}` in the spec's message is a path parameter: filled in.
    service = mock.get(f"/v1/{PROJECT}/services/abc-123")
    assert service.json() == {"error_code": "ModelArts.3502", "error_msg": "Service abc-123 does not exist."}


def test_empty_answers_are_empty_lists() -> None:
    metrics = client().get(f"/v2/{OTHER_PROJECT}/metrics/runtime/pools").json()
    assert metrics["items"] == [] and metrics["kind"] == "PoolMetricsList"


BAD_INPUT = [
    ("wrong type: integer", f"/v1/{PROJECT}/services/s1/events?start_time=yesterday", "query parameter 'start_time'", "expected integer"),
    ("wrong type: boolean", f"/v1/{PROJECT}/services/specifications?is_personal_cluster=yes", "'is_personal_cluster'", "expected boolean"),
    ("out of range: int64", f"/v1/{PROJECT}/services/s1/events?end_time=9223372036854775808", "'end_time'", "int64"),
    ("out of range: too short", f"/v2/{PROJECT}/pools/pool-1", "path parameter 'pool_name'", "minimum length 36"),
    ("out of range: too long", f"/v2/{PROJECT}/pools/{'a' * 64}", "path parameter 'pool_name'", "maximum length 63"),
    ("wrong type: paging", f"/v1/{PROJECT}/services/specifications?limit=ten", "query parameter 'limit'", "expected integer"),
    ("pattern: project id", "/v1/bad_project!/quotas", "path parameter 'project_id'", "pattern"),
    ("bad enum: query", f"/v2/{PROJECT}/pools/{POOL}/monitor?period=61", "query parameter 'period'", "'3600'"),
    ("bad enum: case", f"/v1/{PROJECT}/services/s1/events?event_type=NORMAL", "query parameter 'event_type'", "'abnormal'"),
    ("bad enum: path", f"/v1/{PROJECT}/plugintemplates/cpu-driver", "path parameter 'plugintemplate_name'", "'npu-driver'"),
    ("repeated", f"/v2/{PROJECT}/pools/{POOL}/monitor?statistics=sum&statistics=average", "'statistics'", "given 2 times"),
    ("bad percent-encoding", f"/v2/{PROJECT}/pools/a%zzbcdefghijklmnopqrstuvwxyz0123456789", "path parameter 'pool_name'", "percent"),
    ("not UTF-8", f"/v1/{PROJECT}/services/%ff%fe", "path parameter 'service_id'", "UTF-8"),
    ("newline in a path parameter", f"/v2/{PROJECT}/pools/{POOL[:20]}%0A{POOL[21:]}", "path parameter 'pool_name'", "pattern"),
]


@pytest.mark.parametrize(("case", "url", "names", "problem"), BAD_INPUT, ids=[c[0] for c in BAD_INPUT])
def test_bad_input_is_400_naming_the_parameter(mock: TestClient, case: str, url: str, names: str, problem: str) -> None:
    assert_error(mock.get(url), 400, "ModelArts.50004000", names, problem)


@pytest.mark.slow
def test_missing_required_parameter_is_400(tmp_path: Any) -> None:
    # The spec documents no required query parameter here: add one to a copy, which also shows the checks come from the spec.
    root = spec_copy(tmp_path)
    file = file_with("      operationId: ShowOsQuota", root)
    text = file.read_text(encoding="utf-8")
    start = text.index("      operationId: ShowOsQuota")
    at = text.index("      parameters:\n", start) + len("      parameters:\n")
    param = "        - {name: region_hint, in: query, required: true, schema: {type: string, minLength: 2}}\n"
    file.write_text(text[:at] + param + text[at:], encoding="utf-8")
    mock = client(spec_path=root)
    assert_error(mock.get(f"/v1/{PROJECT}/quotas"), 400, "ModelArts.50004000", "query parameter 'region_hint'", "missing")
    assert_error(mock.get(f"/v1/{PROJECT}/quotas?region_hint=x"), 400, "ModelArts.50004000", "'region_hint'", "minimum length 2")
    assert mock.get(f"/v1/{PROJECT}/quotas?region_hint=xy").status_code == 200
    assert client().get(f"/v1/{PROJECT}/quotas").status_code == 200


ODD_PATHS = [
    "/",
    "//",
    "/v2",
    f"/v2/{PROJECT}",
    f"/v2/{PROJECT}/pools",
    f"/v2/{PROJECT}/pools/",
    f"/v2/{PROJECT}/pools/{POOL}/",
    f"/v1/{PROJECT}/services/specifications/extra",
    f"/v1/{PROJECT}//monitor",
    "/v2/%zz/pools/x",
    f"/v2/{PROJECT}/pools/%",
    "/%00",
    f"/v2/{PROJECT}/pools/{'x' * 20000}",
    f"/v1/{PROJECT}/quotas?%zz=%ff&&=&a",
    f"/v1/{PROJECT}/services/%0A/events",
    "/v1/../../etc/passwd",
]


@pytest.mark.parametrize("path", ODD_PATHS)
def test_odd_paths_get_json_and_no_5xx(mock: TestClient, path: str) -> None:
    response = mock.get(path)
    assert response.status_code < 500
    assert response.headers["content-type"] == "application/json"
    assert set(response.json()) == {"error_code", "error_msg"} or response.status_code < 300


def test_unknown_path_is_the_gateways_json_404(mock: TestClient) -> None:
    assert_error(mock.get("/v3/nothing/here"), 404, "APIGW.0101")


def methods_at(template: str) -> list[str]:
    return sorted(request_of(op_id)[0] for op_id, path, _ in OPS if path == template)


SHOW_POOL = next(path for op_id, path, _ in OPS if op_id == "ShowPool")


@pytest.mark.parametrize(
    "method", [m for m in ("POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "FROBNICATE") if m not in methods_at(SHOW_POOL)]
)
def test_wrong_method_is_json_405_with_allow(mock: TestClient, method: str) -> None:
    allowed = methods_at(SHOW_POOL)
    response = mock.request(method, f"/v2/{PROJECT}/pools/{POOL}", content=b'{"a": 1}')
    assert_error(response, 405, "APIGW.0101", method, ", ".join(allowed))
    assert response.headers["allow"] == ", ".join(allowed)


def test_head_is_405_without_a_body(mock: TestClient) -> None:
    response = mock.head(f"/v1/{PROJECT}/quotas")
    assert response.status_code == 405 and response.headers["allow"] == ", ".join(methods_at("/v1/{project_id}/quotas"))
    assert response.content == b""


# --------------------------------------------------------------- self-check


def _pool_body(mock: TestClient) -> dict[str, Any]:
    """The seeded pool's stored body: a plain object, edited in place without validation (as a buggy mock would)."""
    projects = mock.app.state.pipeline.state.projects  # type: ignore[attr-defined]
    body: dict[str, Any] = projects.by_id[PROJECT].pools[POOL].body
    return body


@pytest.mark.parametrize(
    ("edit", "pointer", "problem"),
    [
        (lambda body: body["status"].update(phase=3), "/status/phase", "expected string"),
        (lambda body: body.pop("metadata"), "at /", "'metadata' is a required property"),
        (lambda body: body["status"].update(phase="Sleeping"), "/status/phase", "expected one of"),
    ],
    ids=["wrong type", "required field dropped", "bad enum"],
)
def test_validate_responses_turns_a_wrong_response_into_a_named_500(
    edit: Any, pointer: str, problem: str, caplog: pytest.LogCaptureFixture
) -> None:
    mock = client()
    edit(_pool_body(mock))
    with caplog.at_level(logging.ERROR, logger="modelarts_mock"):
        response = mock.get(f"/v2/{PROJECT}/pools/{POOL}")
    assert_error(response, 500, "Mock.ResponseInvalid", "ShowPool", pointer, problem)
    assert any("ShowPool" in r.getMessage() and pointer in r.getMessage() for r in caplog.records)


def test_without_self_check_a_wrong_body_reaches_the_client() -> None:
    mock = client(validate_responses=False)
    _pool_body(mock)["status"]["phase"] = 3
    assert mock.get(f"/v2/{PROJECT}/pools/{POOL}").json()["status"]["phase"] == 3
    assert mock.get(f"/v1/{PROJECT}/quotas").status_code == 200  # other operations untouched
    assert client(validate_responses=False).get(f"/v2/{PROJECT}/pools/{POOL}").json()["status"]["phase"] == "Running"


def test_ignore_auth_variant() -> None:
    assert client(auth=False).get(f"/v1/{PROJECT}/quotas", headers={"X-Auth-Token": ""}).status_code == 200


def test_a_bug_in_the_mock_still_gets_json(caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    mock = client()

    def crash(*args: Any) -> Any:
        raise RuntimeError("answer bug")

    monkeypatch.setattr(mock.app.state.pipeline.state, "act", crash)  # type: ignore[attr-defined]
    with caplog.at_level(logging.ERROR, logger="modelarts_mock"):
        response = mock.get(f"/v2/{PROJECT}/pools/{POOL}")
    assert_error(response, 500, "Mock.InternalError")
    assert "answer bug" in caplog.text
    assert response.headers["x-request-id"]


def test_one_log_line_per_request(caplog: pytest.LogCaptureFixture) -> None:
    mock = client()
    with caplog.at_level(logging.INFO, logger="modelarts_mock"):
        mock.get(f"/v1/{PROJECT}/quotas")
        mock.get("/nothing")
    lines = [r.getMessage() for r in caplog.records if r.name == "modelarts_mock"]
    assert len(lines) == 2
    assert re.fullmatch(rf"GET /v1/{PROJECT}/quotas 200 \d+\.\d\dms", lines[0])
    assert re.fullmatch(r"GET /nothing 404 \d+\.\d\dms", lines[1])


def test_a_pattern_ends_at_the_end_of_the_value_not_before_a_final_newline() -> None:
    """JSON Schema patterns are ECMA-262: `$` is the end of the value. Python's `$` also matches before a final newline,
    so `GET /v2/S%0A/datasets` was answered 200 (a contract run's negative_data_rejection found it, by a random seed)."""
    pattern = SPEC_DATA["components"]["parameters"]["ProjectId"]["schema"]["pattern"]
    assert pattern.endswith("$") and re.search(pattern, "S\n")  # the trap: Python alone lets it through
    mock = client()
    assert_error(mock.get("/v2/S%0A/datasets"), 400, "ModelArts.50004000", "path parameter 'project_id'", "does not match the pattern")
    assert mock.get(f"/v2/{PROJECT}/datasets").status_code == 200


@pytest.mark.parametrize(
    ("pattern", "text", "fits"),
    [
        ("^a$", "a\n", False),
        ("^a$", "a", True),
        (r"^a\$$", "a$", True),
        ("^[$]+$", "$$", True),
        ("^[^$]$", "x", True),
        ("a$|^b", "b\n", True),
    ],
)
def test_a_dollar_is_the_end_only_outside_classes_and_escapes(pattern: str, text: str, fits: bool) -> None:
    from modelarts_mock.schemas import ecma_regex

    assert (ecma_regex(pattern).search(text) is not None) is fits
