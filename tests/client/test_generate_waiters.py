"""The generator's reading of `x-lifecycle` (generator/client/waiters.py): what becomes a waiter, and every shape
that cannot, as a `facade-lifecycle` error at the extension's pointer, in the part file that holds it and its line.

Most cases call `read_lifecycle` on the merged spec (no generation); one builds a client from a spec tree.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from modelarts_spec.loader import load_openapi
from modelarts_spec.openapi import Operation, operations

from generator.client import generate
from generator.client.waiters import Waiter, read_lifecycle
from tests.support.lifecycle_spec import LIFECYCLES, lifecycle_spec_data
from tests.support.spec_tree import defining_file, spec_data, write_tree

SPEC_DATA = spec_data()
POOL = LIFECYCLES["ShowPool"]


def op_named(operation_id: str, lifecycle: Any, spec: dict[str, Any] = SPEC_DATA) -> Operation:
    op = next(op for op in operations(spec) if op.operation_id == operation_id)
    data = copy.deepcopy(op.data)
    data["x-lifecycle"] = copy.deepcopy(lifecycle)
    return Operation(op.operation_id, op.method, op.path, op.pointer, data)


def read(lifecycle: Any, operation_id: str = "ShowPool", **options: Any) -> Waiter | list[tuple[str, str]]:
    options = {"path_names": ["pool_name"], "required_others": [], "answers": True, **options}
    return read_lifecycle(SPEC_DATA, op_named(operation_id, lifecycle), **options)


def test_a_lifecycle_becomes_a_waiter() -> None:
    waiter = read(POOL)
    assert waiter == Waiter("pool", "/status/phase", ("Running",), ("Abnormal", "Error", "CreationFailed"))
    assert isinstance(waiter, Waiter) and waiter.name == "wait_pool"
    for operation_id, lifecycle in LIFECYCLES.items():
        assert isinstance(read(lifecycle, operation_id), Waiter), operation_id
    # an empty failed list, the whole answer, a map's value, an integer status with integer states
    assert isinstance(read({**POOL, "failed": []}), Waiter)
    assert isinstance(read({**POOL, "status": ""}), Waiter)
    assert isinstance(read({**POOL, "status": "/metadata/labels/os.modelarts~1name"}), Waiter)
    job = {"resource": "training_job", "status": "/status/duration", "ready": [0], "failed": [-1]}
    assert read(job, "ShowTrainingJobDetails") == Waiter("training_job", "/status/duration", (0,), (-1,))


@pytest.mark.parametrize(
    ("lifecycle", "where", "says"),
    [
        ("Running", "", "must be a mapping"),
        ({k: v for k, v in POOL.items() if k != "ready"}, "/ready", "ready is missing"),
        ({**POOL, "terminal": ["Deleted"]}, "/terminal", "unknown key 'terminal'"),
        ({**POOL, "resource": "Pool"}, "/resource", "snake_case"),
        ({**POOL, "resource": "class"}, "/resource", "snake_case"),
        ({**POOL, "resource": "resource-pool"}, "/resource", "snake_case"),
        ({**POOL, "resource": 'pool(); import os; os.system("x")'}, "/resource", "snake_case"),
        ({**POOL, "resource": 3}, "/resource", "snake_case"),
        ({**POOL, "status": "status/phase"}, "/status", "JSON pointer"),
        ({**POOL, "status": ["/status"]}, "/status", "JSON pointer"),
        ({**POOL, "ready": []}, "/ready", "at least one"),
        ({**POOL, "ready": "Running"}, "/ready", "list of states"),
        ({**POOL, "failed": "Error"}, "/failed", "list of states"),
        ({**POOL, "ready": ["Running", True]}, "/ready/1", "text or an integer"),
        ({**POOL, "failed": [1.5]}, "/failed/0", "text or an integer"),
        ({**POOL, "failed": [{"phase": "Error"}]}, "/failed/0", "text or an integer"),
        ({**POOL, "failed": ["Running"]}, "/failed", "both ready and failed"),
        ({**POOL, "status": "/status/state"}, "/status", "names no field of ShowPool's answer"),
        ({**POOL, "status": "/status/phase/deeper"}, "/status", "names no field"),
        ({**POOL, "ready": [1]}, "/ready/0", "is not text"),
    ],
)
def test_a_lifecycle_that_cannot_be_a_waiter(lifecycle: Any, where: str, says: str) -> None:
    problems = read(lifecycle)
    assert isinstance(problems, list)
    assert any(pointer == where and says in message for pointer, message in problems), problems


def test_a_success_response_by_reference() -> None:
    spec = copy.deepcopy(SPEC_DATA)
    op = next(op for op in operations(spec) if op.operation_id == "ShowPool")
    spec["components"].setdefault("responses", {})["PoolAnswer"] = op.data["responses"]["200"]
    op.data["responses"]["200"] = {"$ref": "#/components/responses/PoolAnswer"}
    found = read_lifecycle(spec, op_named("ShowPool", POOL, spec), ["pool_name"], [], True)
    assert isinstance(found, Waiter) and found.status == "/status/phase"


def test_integer_status_wants_integer_states() -> None:
    job = {"resource": "training_job", "status": "/status/duration", "ready": ["1"], "failed": []}
    assert read(job, "ShowTrainingJobDetails") == [("/ready/0", "state '1' is not an integer, as the status field is")]


def test_only_a_show_operation_the_waiter_can_call() -> None:
    wrong = {"resource": "pool", "status": "/kind", "ready": ["Pool"], "failed": []}
    assert read(wrong, "CreatePool")[0][1].startswith("x-lifecycle belongs on a GET")  # type: ignore[index]
    assert read(POOL, answers=False)[0][1].startswith("x-lifecycle belongs on a GET")  # type: ignore[index]
    required = read(POOL, required_others=[("X-Token", "header parameter")])
    assert required == [("", "X-Token: a required header parameter the waiter cannot pass (it takes the path arguments only)")]
    shadowing = read(POOL, path_names=["pool_name", "sleep"])
    assert shadowing == [("", "path parameter 'sleep' is one of the waiter's own argument names")]


@pytest.mark.slow
def test_build_reports_each_problem_at_its_file_and_line(tmp_path: Path) -> None:
    """One bad pointer, and a second `wait_pool` in the pools group: no client, two errors in the parts."""
    spec = lifecycle_spec_data({**LIFECYCLES, "ListPools": {**POOL, "status": "/kind", "ready": ["PoolList"], "failed": []}})
    spec_op = next(op for op in operations(spec) if op.operation_id == "ShowTrainingJobDetails")
    spec_op.data["x-lifecycle"]["status"] = "/status/stage"
    root = write_tree(tmp_path / "spec", spec)
    out = tmp_path / "client"
    diagnostics = [d for d in generate.build(load_openapi(root), out) if d.code == "facade-lifecycle"]
    assert len(diagnostics) == 2, diagnostics
    twice, bad = sorted(diagnostics, key=lambda d: d.message)
    assert bad.message == "ShowTrainingJobDetails: '/status/stage' names no field of ShowTrainingJobDetails's answer"
    assert bad.pointer == spec_op.pointer + "/x-lifecycle/status"
    assert twice.message == "ListPools: wait_pool is already a method of ma.pools"
    for diagnostic, needle in ((bad, "status: /status/stage"), (twice, "resource: pool")):
        part = defining_file(diagnostic.pointer or "", root)
        assert diagnostic.file == str(part) and part.name != root.name
        assert diagnostic.line is not None and needle in part.read_text(encoding="utf-8").splitlines()[diagnostic.line - 1]
    assert not (out / "modelarts_client" / "facade.py").exists()
