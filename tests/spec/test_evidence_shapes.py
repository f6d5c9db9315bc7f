"""Malformed evidence files (`spec/evidence/*.yaml`): every misfit is an `evidence-shape` error at the file, the
pointer of the misfit and its line, through `evidence.load`, `validate` and `evidence` alike; never a traceback."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import evidence
from tests.support import SPEC, run_cli

GOOD: dict[str, Any] = {"operation": "ShowPool", "pointer": "/spec", "type": "object", "path": "x.go", "line": 1}


def written(folder: Path, document: Any) -> Path:
    path = folder / "bad.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return path


def line_of_key(path: Path, key: str) -> int:
    """The line of the first item's `key:` (counted here from the text, not by the reader)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    first = next(n for n, line in enumerate(lines) if line.startswith("- "))
    return next(n for n, line in enumerate(lines[first:], first + 1) if line.lstrip("- ").startswith(f"{key}:"))


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("type", ["string"], "`type` must be one of"),
        ("operation", ["ShowPool"], "`operation` must be a non-empty string, found a list"),
        ("items", {"type": "string"}, "`items` must be one of"),
        ("enum", 5, "`enum` must be a list"),
        ("enum", [{"a": 1}], "`enum` must be a list"),
        ("pointer", 5, "`pointer` must be a JSON pointer"),
        ("line", "12", "`line` must be a line number"),
        ("line", True, "`line` must be a line number"),
        ("path", None, "`path` must be a non-empty string, found None"),
        ("commit", {"sha": 1}, "`commit` must be a non-empty string, found a mapping"),
    ],
)
def test_a_value_of_the_wrong_shape_is_refused_at_its_key(tmp_path: Path, key: str, value: Any, expected: str) -> None:
    path = written(tmp_path, {"repo": "a/b", "items": [{**GOOD, key: value}]})
    items, problems = evidence.load(tmp_path)
    assert items == []
    [problem] = problems
    assert (problem.code, problem.file, problem.pointer) == ("evidence-shape", str(path), f"/items/0/{key}")
    assert expected in problem.message and problem.line == line_of_key(path, key)


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ({**{k: v for k, v in GOOD.items() if k != "pointer"}, "in": ["query"], "name": "limit"}, "`in` must be one of"),
        ({**{k: v for k, v in GOOD.items() if k != "pointer"}, "in": "query", "name": {"x": 1}}, "`name` must be a non-empty string"),
    ],
)
def test_a_parameter_item_of_the_wrong_shape_is_refused(tmp_path: Path, item: dict[str, Any], expected: str) -> None:
    written(tmp_path, {"repo": "a/b", "items": [item]})
    [problem] = evidence.load(tmp_path)[1]
    assert problem.code == "evidence-shape" and expected in problem.message


@pytest.mark.parametrize(
    ("document", "pointer"),
    [
        ({"repo": ["a/b"], "items": []}, "/repo"),
        ({"repo": "a/b", "items": {"0": GOOD}}, "/items"),
        (["repo", "items"], ""),
        ("just text", ""),
    ],
)
def test_a_file_of_the_wrong_shape_is_refused(tmp_path: Path, document: Any, pointer: str) -> None:
    written(tmp_path, document)
    [problem] = evidence.load(tmp_path)[1]
    assert (problem.code, problem.pointer) == ("evidence-shape", pointer) and problem.line is not None


@pytest.mark.slow
@pytest.mark.parametrize("command", ["evidence", "validate"])
def test_the_commands_report_the_misfit_with_file_pointer_and_line(tmp_path: Path, command: str) -> None:
    path = written(tmp_path, {"repo": "a/b", "items": [GOOD, {**GOOD, "type": ["string"]}]})
    args = (
        ["evidence", "--spec", str(SPEC), "--evidence", str(tmp_path)]
        if command == "evidence"
        else ["validate", "--evidence", str(tmp_path)]
    )
    result = run_cli(*args)
    assert result.returncode == 1, result.stderr
    expected = f"error[evidence-shape] {path}#/items/1/type (line {line_of_key(path, 'type') + len(GOOD)}): `type` must be one of"
    assert expected in result.stderr and "Traceback" not in result.stderr
