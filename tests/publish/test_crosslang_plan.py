"""The plan and the checks the TypeScript and Go end-to-end tests share (tests/publish/crosslang.py), without node or go."""

from __future__ import annotations

import json

from modelarts_spec.openapi import operations

from tests.publish import crosslang
from tests.support.mock import PROJECT


def test_the_plan_calls_every_get_operation_of_the_published_spec_with_its_path_parameters() -> None:
    spec = crosslang.load_spec(crosslang.PUBLISHED_JSON)
    calls = crosslang.calls(spec)
    gets = [op.operation_id for op in operations(spec) if op.method.upper() == "GET"]
    assert [c["operationId"] for c in calls] == gets and gets
    for call in calls:
        assert call["pathOrder"][0] == "project_id" and call["path"]["project_id"] == PROJECT
        assert set(call["pathOrder"]) == set(call["path"]) and all(v is not None for v in call["path"].values())


def test_first_stable_scalar_skips_what_changes_between_two_answers_and_escapes_keys() -> None:
    first = {"operationTime": "05:00:01", "meta": {"os.modelarts/mode": "0", "n": 2}}
    second = {"operationTime": "05:00:02", "meta": {"os.modelarts/mode": "0", "n": 2}}
    pointer, value = crosslang.first_stable_scalar(first, second) or ("", None)
    assert (pointer, value) == ("/meta/os.modelarts~1mode", "0")
    assert crosslang.at(second, pointer) == "0"
    assert crosslang.first_stable_scalar({"t": 1}, {"t": 2}) is None


def line(op: str, auth: str, status: int, body: object) -> str:
    return json.dumps({"operationId": op, "auth": auth, "status": status, "body": body})


def test_problems_names_each_kind_of_failure() -> None:
    expected = {"ShowPool": crosslang.Expected(200, "/kind", "Pool"), "ShowPoolTags": crosslang.Expected(204, "/tags/0/key", "dev")}
    good = [line("ShowPool", a, 200, {"kind": "Pool"}) for a in crosslang.AUTH_MODES]
    good += [line("ShowPoolTags", a, 204, None) for a in crosslang.AUTH_MODES]  # a 204's body is not checked
    assert crosslang.problems(good, expected) == []
    assert crosslang.problems(good[1:], expected) == ["ShowPool (token): not called"]
    assert crosslang.problems([*good, line("ShowNothing", "token", 200, {})], expected) == [
        "ShowNothing (token): not an operation of the spec"
    ]
    wrong = [line("ShowPool", "token", 401, {"error_code": "APIGW.0301"}), line("ShowPool", "aksk", 200, {"kind": "Node"}), *good[2:]]
    assert crosslang.problems(wrong, expected) == [
        "ShowPool (token): status 401, expected 200: {'error_code': 'APIGW.0301'}",
        "ShowPool (aksk): /kind is 'Node', expected 'Pool'",
    ]
    missing = [line("ShowPool", "token", 200, {}), *good[1:]]
    assert crosslang.problems(missing, expected) == ["ShowPool (token): /kind is '<missing>', expected 'Pool'"]


def test_writes_are_left_out_of_the_plan() -> None:
    spec = crosslang.load_spec(crosslang.PUBLISHED_JSON)
    item = next(iter(spec["paths"].values()))
    item["post"] = {**item["get"], "operationId": "CreateSomething"}
    assert "CreateSomething" not in [c["operationId"] for c in crosslang.calls(spec)]
    assert len(crosslang.calls(spec)) == len(crosslang.called(spec))
