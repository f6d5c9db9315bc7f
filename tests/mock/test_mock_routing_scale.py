"""At scale the mock answers each copy of an operation as it answers the operation itself, and parameter
validators are compiled on first use, once per distinct schema (start-up does not compile what requests never use)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from modelarts_mock.errors import BadRequest
from modelarts_mock.spec import load_spec
from modelarts_spec.openapi import operations, parameters

from bench.scale_spec import derive, subset
from tests.support import SPEC
from tests.support.mock import PROJECT, SPEC_DATA, client


def _write(tmp_path: Path, base: dict[str, Any], copies: int) -> Path:
    path = tmp_path / f"scaled-{copies}.json"  # the reader takes JSON too: quicker to write and read
    path.write_text(json.dumps(derive(base, copies, share_components=True)), encoding="utf-8")
    return path


def _manual_operations() -> dict[str, Any]:
    """The operations the manual excerpt documents, as bench-scale multiplies them (15 → 1,500)."""
    ops = operations(SPEC_DATA)
    return subset(
        SPEC_DATA, {op.operation_id for op in ops if any(e.get("source") == "manual" for e in op.data.get("x-documented-by") or [])}
    )


def _requests(spec: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(operationId, GET path with the examples' values, the same with a project id that is not UTF-8) of every GET operation."""
    found = []
    for op in operations(spec):
        if op.method != "get":
            continue
        path = op.path
        for param, _ in parameters(spec, op):
            if param["in"] == "path" and param["name"] != "project_id":
                path = path.replace("{" + param["name"] + "}", str(param.get("example")))
        found.append((op.operation_id, path.replace("{project_id}", PROJECT), path.replace("{project_id}", "%ff")))
    return found


def _answers(mock: Any, requests: list[tuple[str, str, str]], prefix: str) -> list[tuple[int, Any, int, Any]]:
    answers = []
    for _, good, bad in requests:
        ok, refused = mock.get(prefix + good), mock.get(prefix + bad)
        answers.append((ok.status_code, ok.json() if ok.content else None, refused.status_code, refused.json()))
    return answers


@pytest.mark.slow
@pytest.mark.parametrize(("copies", "base"), [(3, "all"), (100, "manual")])
def test_the_spec_s_operations_answer_as_in_the_unscaled_mock(tmp_path: Path, copies: int, base: str) -> None:
    """Copy 0 is the spec itself: its answers are the unscaled mock's. Copies route to their own operations
    (operation-specific behaviour is bound to the spec's own operationIds, so a copy serves its examples)."""
    spec = SPEC_DATA if base == "all" else _manual_operations()
    requests = _requests(spec)
    plain = client(validate_responses=False)
    expected, again = _answers(plain, requests, ""), _answers(plain, requests, "")
    scaled = client(spec_path=_write(tmp_path, spec, copies), validate_responses=False)
    found = _answers(scaled, requests, "")
    assert len(found) == len(expected) > 5
    for want, repeat, got in zip(expected, again, found, strict=True):
        assert got[0] == want[0] and got[2:] == want[2:]  # status, and the refusal of a bad project id
        if want == repeat:  # bodies that do not carry the time of the call
            assert got == want
    for index in (1, copies - 1):
        copied = _answers(scaled, requests, f"/copy{index:03d}")
        assert [(a[0], a[2], a[3]) for a in copied] == [(a[0], a[2], a[3]) for a in expected], index
    assert scaled.get(f"/copy{copies:03d}" + requests[0][1]).status_code == 404  # no copy past the last


@pytest.mark.slow
def test_parameter_validators_are_compiled_on_first_use_once_per_schema() -> None:
    spec = load_spec(SPEC)
    caches = {id(p.validators): p.validators for op in spec.operations for p in op.parameters}
    assert len(caches) == 1  # one cache for the whole spec
    cache = next(iter(caches.values()))
    assert cache._compiled == {}  # nothing compiled at start-up
    project_params = [p for op in spec.operations for p in op.parameters if p.name == "project_id"]
    assert len(project_params) == len(spec.operations) > 1
    for param in project_params:
        assert param.check(PROJECT) == PROJECT
    assert len(cache._compiled) == 1  # the shared project_id schema, once for every operation
    with pytest.raises(BadRequest, match="project_id"):
        project_params[-1].check("not a project id")
