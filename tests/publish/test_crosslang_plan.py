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


def chain_transcript(expected: crosslang.Chain, poll_seconds: int = 5) -> list[dict[str, object]]:
    """What a correct chain program prints, polling every `poll_seconds` of the mock's time."""
    life, ready = expected.life, expected.life.create[-1][0]
    steps: list[dict[str, object]] = [
        {"step": "create", "status": expected.create_status, "id": "n-1", "state": life.create[0][0], "sent": expected.example}
    ]
    advanced = 0
    while True:
        state = crosslang.state_at(life, advanced)
        steps.append({"step": "poll", "status": 200, "state": state})
        if state == ready:
            break
        advanced += poll_seconds
        steps.append({"step": "advance", "status": 200, "advanced": advanced})
    shown = {key: expected.example[key] for key in ("name", "flavor", "image_id")}
    return [
        *steps,
        {"step": "show", "status": 200, "id": "n-1", "state": ready, **shown},
        {"step": "delete", "status": expected.delete_status, "id": "n-1"},
        {"step": "show-deleting", "status": 200, "state": life.delete[0][0]},
        {"step": "advance-past-delete", "status": 200, "advanced": advanced + 60},
        {"step": "show-gone", "status": 404, "error_code": expected.gone_code},
    ]


def test_chain_problems_names_each_way_a_chain_can_go_wrong() -> None:
    from modelarts_mock.app import cached_spec
    from modelarts_mock.spec import DEFAULT_SPEC

    expected = crosslang.chain_expected(crosslang.load_spec(crosslang.PUBLISHED_JSON), cached_spec(DEFAULT_SPEC).lifecycles)
    assert expected.example["name"] and expected.gone_code and expected.life.delete
    good = chain_transcript(expected)
    assert [step["state"] for step in good if step["step"] == "poll"] == ["CREATING", "CREATING", "STARTING", "STARTING", "RUNNING"]

    def problems(steps: list[dict[str, object]]) -> list[str]:
        return crosslang.chain_problems([json.dumps(step) for step in steps], expected)

    assert problems(good) == []
    assert problems(chain_transcript(expected, poll_seconds=7)) == []  # any polling pace
    assert problems(good[:-1])[0].startswith("steps 'create poll")  # no 404 at the end
    early = [dict(step, state="RUNNING") if step["step"] == "poll" else step for step in good]
    assert problems(early)[:2] == ["poll: state is 'RUNNING', expected 'CREATING'", "poll: state is 'RUNNING', expected 'CREATING'"]
    sent = [dict(step, sent={**expected.example, "name": "other"}) if step["step"] == "create" else step for step in good]
    assert problems(sent) == [f"create: sent is {dict(expected.example, name='other')!r}, expected {expected.example!r}"]
    kept = [dict(step, status=200, error_code=None) if step["step"] == "show-gone" else step for step in good]
    assert problems(kept) == ["show-gone: status is 200, expected 404", f"show-gone: error_code is None, expected {expected.gone_code!r}"]
    short = [dict(step, advanced=int(str(step["advanced"])) - 58) if step["step"] == "advance-past-delete" else step for step in good]
    assert problems(short) == ["advance-past-delete: 2 s is not past the deleting state"]
