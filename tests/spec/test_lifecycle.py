"""`x-lifecycle` (`modelarts_spec.lifecycle`): the committed spec's entries are valid and name each resource
once; each way an entry can mislead a waiter (not on a GET, a status pointer that reaches no string or
integer field, a state of the wrong type or outside the field's enum, empty, repeated or overlapping lists, a
resource named twice, a wrong shape) is `lifecycle-invalid` at its pointer and line, on a small spec and in a
part of the real one."""

from __future__ import annotations

from pathlib import Path

import pytest
from modelarts_spec.extensions import known_extensions
from modelarts_spec.loader import load_openapi
from modelarts_spec.openapi import operations
from modelarts_spec.validate import validate

from tests.support import SPEC, line_of
from tests.support.small_spec import broken, findings
from tests.support.spec_tree import edit, spec_copy, spec_data

CODES = {"lifecycle-invalid"}
SHOW = "/paths/~1v1~1{project_id}~1widgets~1{widget_id}/get/x-lifecycle"
JOB = "/paths/~1v1~1{project_id}~1widgets~1{widget_id}~1jobs~1{job_id}/get/x-lifecycle"
READY = "        ready: [ACTIVE]\n"
BLOCK = "      x-lifecycle:\n        resource: widget\n        status: /status/phase\n" + READY + "        failed: [FAILED, DELETING]\n"
# name: (text replaced, replacement, pointer, the text on the line it is reported at)
BREAKAGES = {
    "on a PUT": (
        "    put:\n      operationId: UpdateWidget\n",
        "    put:\n      operationId: UpdateWidget\n      x-lifecycle: {resource: w, status: /a, ready: [a], failed: [b]}\n",
        "/paths/~1v1~1{project_id}~1widgets~1{widget_id}/put/x-lifecycle",
        "resource: w,",
    ),
    "on a schema": (
        "    Widget:\n      type: object\n",
        "    Widget:\n      type: object\n      x-lifecycle: {resource: w, status: /a, ready: [a], failed: [b]}\n",
        "/components/schemas/Widget/x-lifecycle",
        "resource: w,",
    ),
    "not a mapping": (BLOCK, "      x-lifecycle: [widget]\n", SHOW, "x-lifecycle: [widget]"),
    "a key missing": (READY, "", SHOW, "x-lifecycle:"),
    "an unknown key": (READY, READY + "        timeout: 60\n", SHOW + "/timeout", "timeout:"),
    "resource not snake_case": ("resource: widget\n", "resource: Widget-Thing\n", SHOW + "/resource", "Widget-Thing"),
    "resource named twice": ("resource: widget_job\n", "resource: widget  # again\n", JOB + "/resource", "# again"),
    "status not a pointer": ("status: /status/phase\n", "status: status.phase\n", SHOW + "/status", "status.phase"),
    "status reaches nothing": ("status: /status/phase\n", "status: /status/state\n", SHOW + "/status", "/status/state"),
    "status is an object": ("status: /code\n", "status: /state\n", JOB + "/status", "status: /state"),
    "status is a boolean": ("status: /status/phase\n", "status: /status/flag\n", SHOW + "/status", "/status/flag"),
    "state outside the enum": (READY, "        ready: [ACTIVE, RUNNING]\n", SHOW + "/ready/1", "RUNNING"),
    "string state of an integer field": ("ready: [2]\n", "ready: ['2']\n", JOB + "/ready/0", "ready: ['2']"),
    "integer state of a string field": (READY, "        ready: [1]\n", SHOW + "/ready/0", "ready: [1]"),
    "a boolean state": ("ready: [2]\n", "ready: [true]\n", JOB + "/ready/0", "ready: [true]"),
    "ready empty": (READY, "        ready: []\n", SHOW + "/ready", "ready: []"),
    "failed not a list": ("failed: [3, 4]\n", "failed: 3\n", JOB + "/failed", "failed: 3"),
    "a state twice": ("failed: [3, 4]\n", "failed: [3, 3]\n", JOB + "/failed/1", "failed: [3, 3]"),
    "ready and failed overlap": ("failed: [FAILED, DELETING]\n", "failed: [FAILED, ACTIVE]\n", SHOW + "/failed", "[FAILED, ACTIVE]"),
}


def test_the_small_spec_has_no_lifecycle_problem(tmp_path: Path) -> None:
    path, _ = broken(tmp_path, "widgets\n", "widgets\n")
    assert findings(path, CODES) == []


@pytest.mark.parametrize("name", list(BREAKAGES))
def test_each_broken_lifecycle_is_refused_at_its_line(tmp_path: Path, name: str) -> None:
    old, new, where, needle = BREAKAGES[name]
    path, text = broken(tmp_path, old, new)
    found = findings(path, CODES)
    assert [d.pointer for d in found] == [where], [d.to_text() for d in found]
    [problem] = found
    assert problem.file == str(path) and problem.hint and "x-lifecycle" in problem.hint
    assert problem.line == next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def test_x_lifecycle_is_a_documented_extension() -> None:
    assert "x-lifecycle" in known_extensions()


@pytest.mark.slow
def test_the_committed_spec_has_no_lifecycle_problem() -> None:
    assert [d.to_text() for d in validate(load_openapi(SPEC)) if d.code == "lifecycle-invalid"] == []


def test_the_committed_entries_name_their_resources_once_on_a_show_operation() -> None:
    entries = [(op, op.data["x-lifecycle"]) for op in operations(spec_data()) if "x-lifecycle" in op.data]
    assert len(entries) >= 20
    assert len({entry["resource"] for _, entry in entries}) == len(entries)
    for op, entry in entries:
        assert op.method == "get" and op.path.endswith("}"), op.operation_id
        assert entry["ready"] and entry["failed"], op.operation_id
    named = {op.operation_id: entry for op, entry in entries}
    assert named["ShowTrainingJobDetails"]["resource"] == "training_job"
    assert named["ShowTrainingJobDetails"]["status"] == "/status/phase"
    assert named["DescDataset"]["ready"] == [1]  # an integer status keeps integer states


@pytest.mark.slow
def test_a_broken_lifecycle_in_a_part_names_the_part_and_line(tmp_path: Path) -> None:
    root = spec_copy(tmp_path)
    part = edit(
        root,
        "        resource: training_job\n        status: /status/phase\n",
        "        resource: training_job\n        status: /status/stage\n",
    )
    found = [d for d in validate(load_openapi(root)) if d.code == "lifecycle-invalid"]
    assert [(d.file, d.line) for d in found] == [(str(part), line_of(part, "status: /status/stage"))]
    assert found[0].pointer == "/paths/~1v2~1{project_id}~1training-jobs~1{training_job_id}/get/x-lifecycle/status"
