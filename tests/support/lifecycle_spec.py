"""A spec with `x-lifecycle` on exactly three show operations, for the waiters' generator and facade tests.

The committed spec (root and parts, merged by the loader) with its own `x-lifecycle` entries replaced by three:
ShowTrainingJobDetails (`/status/phase`), ShowPool (`/status/phase`) and ShowNotebook (`/status`), so the tests
know every waiter the client built from it has, and can put hostile text into one. `generate.build` (the stages
after validation) builds a client from it.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from modelarts_spec.loader import load_openapi
from modelarts_spec.openapi import operations

from tests.support import SPEC, yaml_text

LIFECYCLES: dict[str, dict[str, Any]] = {
    "ShowTrainingJobDetails": {
        "resource": "training_job",
        "status": "/status/phase",
        "ready": ["Completed"],
        "failed": ["Failed", "Abnormal", "Terminated"],
    },
    "ShowPool": {
        "resource": "pool",
        "status": "/status/phase",
        "ready": ["Running"],
        "failed": ["Abnormal", "Error", "CreationFailed"],
    },
    "ShowNotebook": {
        "resource": "notebook",
        "status": "/status",
        "ready": ["RUNNING"],
        "failed": ["CREATE_FAILED", "START_FAILED", "ERROR"],
    },
}


def lifecycle_spec_data(lifecycles: dict[str, Any] | None = None) -> dict[str, Any]:
    """A fresh copy of the committed spec with `lifecycles` (operationId → x-lifecycle; default LIFECYCLES)."""
    spec = copy.deepcopy(load_openapi(SPEC).data)
    wanted = copy.deepcopy(LIFECYCLES if lifecycles is None else lifecycles)
    for op in operations(spec):
        op.data.pop("x-lifecycle", None)  # only these: the tests count the waiters they expect
        if op.operation_id in wanted:
            op.data["x-lifecycle"] = wanted.pop(op.operation_id)
    assert not wanted, f"no such operations in the spec: {sorted(wanted)}"
    return spec


def write_lifecycle_spec(folder: Path, spec: dict[str, Any] | None = None) -> Path:
    path = folder / "lifecycle-spec.yaml"
    data = lifecycle_spec_data() if spec is None else spec
    path.write_text(yaml_text(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path
