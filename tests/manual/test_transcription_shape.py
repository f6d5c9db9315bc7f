"""A transcription read back (`--doc-tables`, `--doc-tables-en`) and the SDK's operation list (`--sdk`) are checked
whole before `validate`, `summary`, `drift` and `publish` trust them: a misfit is `doc-tables-shape` /
`sdk-shape` at its pointer and line, exit 2 — it was an AttributeError or KeyError traceback (issue 21).
Drawn hostile edits of both files are in tests/hostile/test_manual_properties.py."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from modelarts_spec.loader import load_yaml

from generator import sources
from generator.manual import transcription
from tests.support import DOC_TABLES, ROOT, SPEC, run_cli

DOC_TABLES_EN = ROOT / "spec" / "doc-tables-en.json"
EXCERPT = load_yaml(DOC_TABLES).data


def edited(change: Any) -> dict[str, Any]:
    data = copy.deepcopy(EXCERPT)
    change(data)
    return data


def first_row(data: dict[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = next(s for s in data["sections"] if s.get("tables"))["tables"][0]["rows"][0]
    return row


def first_table(data: dict[str, Any]) -> dict[str, Any]:
    table: dict[str, Any] = next(s for s in data["sections"] if s.get("tables"))["tables"][0]
    return table


def t_pointer(data: dict[str, Any]) -> str:
    return f"/sections/{next(i for i, s in enumerate(data['sections']) if s.get('tables'))}/tables/0"


def at_table(tail: str) -> Any:
    return lambda d: t_pointer(d) + tail


MISFITS = [
    (lambda d: d.update({"sections": {"a": 1}}), "/sections", "expected a list"),
    (lambda d: d["sections"].__setitem__(0, ["a"]), "/sections/0", "expected a mapping"),
    (lambda d: d["sections"][0].__setitem__("operation", ["ShowPool"]), "/sections/0/operation", "non-empty string, found a list"),
    (lambda d: d["sections"][0].__setitem__("kind", 7), "/sections/0/kind", "expected one of"),
    (lambda d: first_row(d).pop("type"), at_table("/rows/0"), "`type`: missing"),
    (lambda d: first_row(d).__setitem__("enum", [{"a": 1}]), at_table("/rows/0/enum"), "item 0: expected a string or number"),
    (lambda d: first_row(d).__setitem__("maximum", "9" * 5000), at_table("/rows/0/maximum"), "found a string"),
    (lambda d: first_table(d).__setitem__("location", 3), at_table("/location"), "expected one of"),
    (lambda d: first_table(d).__setitem__("rows", "name"), at_table("/rows"), "expected a list, found a string"),
    (lambda d: d["counts"].pop("rows"), "/counts", "`rows`: missing"),
    (lambda d: d.__setitem__("colour", 1), "/colour", "unknown key"),
]


@pytest.mark.parametrize(("change", "pointer", "said"), MISFITS)
def test_a_misfit_is_refused_at_its_pointer_and_line(tmp_path: Path, change: Any, pointer: Any, said: str) -> None:
    data = edited(change)
    path = tmp_path / "tables.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    problems = transcription.check(load_yaml(path))
    assert problems and all(p.code == "doc-tables-shape" and p.line for p in problems), problems
    wanted = pointer if isinstance(pointer, str) else pointer(data)
    assert [p.message for p in problems if p.pointer == wanted and said in p.message], problems


@pytest.mark.parametrize("command", ["validate", "summary", "drift", "publish"])
def test_every_reader_refuses_a_malformed_transcription_with_exit_2(tmp_path: Path, command: str) -> None:
    path = tmp_path / "tables.json"
    data = edited(lambda d: first_row(d).__setitem__("name", ["a list"]))
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    args = {
        "validate": ["validate", str(SPEC), "--doc-tables", str(path), "--doc-tables-en", ""],
        "summary": ["summary", "--spec", str(SPEC), "--doc-tables", str(path), "--doc-tables-en", ""],
        "drift": ["drift", str(ROOT / "spec" / "manual" / "modelarts-api-excerpt.txt"), "--spec", str(SPEC), "--doc-tables", str(path)],
        "publish": ["publish", "--spec", str(SPEC), "--doc-tables", str(path), "-o", str(tmp_path / "out")],
    }[command]
    result = run_cli(*args)
    pointer = t_pointer(data) + "/rows/0/name"
    assert result.returncode == 2, result.stderr
    assert f"error[doc-tables-shape] {path}#{pointer} (line " in result.stderr and "re-transcribe it" in result.stderr
    assert not (tmp_path / "out").exists()


def test_the_committed_transcriptions_have_the_shape() -> None:
    """The checker accepts what transcribe writes (both formats), so a misfit above is the edit, not the checker."""
    for path in (DOC_TABLES, DOC_TABLES_EN):
        assert transcription.check(load_yaml(path)) == [], path
    assert sources.load_sdk(sources.DEFAULT_SDK).data["operations"]


@pytest.mark.parametrize(
    ("change", "pointer", "said"),
    [
        (lambda d: d.__setitem__("operations", {"a": 1}), "/operations", "expected a list"),
        (lambda d: d["operations"][0].__setitem__("line", "12"), "/operations/0/line", "whole number"),
        (lambda d: d["operations"][1].pop("method"), "/operations/1", "`method`: missing"),
        (lambda d: d.pop("file"), "", "`file`: missing"),
    ],
)
def test_a_malformed_sdk_list_is_refused_at_its_pointer(tmp_path: Path, change: Any, pointer: str, said: str) -> None:
    data = load_yaml(ROOT / sources.DEFAULT_SDK).data
    data["operations"] = data["operations"][:3]
    change(data)
    path = tmp_path / "sdk.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    result = run_cli("validate", str(SPEC), "--doc-tables", "", "--doc-tables-en", "", "--evidence", "", "--sdk", str(path))
    assert result.returncode == 2, result.stderr
    assert f"error[sdk-shape] {path}#{pointer} (line " in result.stderr and said in result.stderr


def test_a_string_that_is_not_text_is_refused_before_it_is_printed(tmp_path: Path) -> None:
    """JSON reads `\\ud800` as a string no UTF-8 stream takes: `summary` printed the source and died of it."""
    path = tmp_path / "tables.json"
    path.write_text(json.dumps({**EXCERPT, "source": "x\ud800"}, indent=1), encoding="utf-8")  # escaped: ASCII
    result = run_cli("summary", "--spec", str(SPEC), "--doc-tables", str(path), "--doc-tables-en", "")
    assert result.returncode == 2 and f"error[doc-tables-shape] {path}#/source: " in result.stderr
    assert "lone UTF-16 surrogate" in result.stderr
