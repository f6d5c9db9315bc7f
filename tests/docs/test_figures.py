"""Figures in the docs come from commands (tools/figures.py, bench/results.py): blocks are filled from computed and
measured sets, a stale, unknown or unclosed block is an error naming file and line, and nothing is written then."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from bench import results
from generator.publish.signing_cases import CASES
from tests.support import ROOT, operation_ids
from tools import figures

MEASURED = {
    "name": "bench-x",
    "command": "make bench-x",
    "stamp": {"measured_at": "2026-01-02T03:04:05Z", "machine": "a test machine, 2 cores", "load": 0.5},
    "values": {"ratio": "0.95×"},
    "tables": {"table": {"columns": ["what", "time"], "rows": [["a | b", "310 µs"]]}},
}


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    results_folder = tmp_path / "results"
    results_folder.mkdir()
    (results_folder / "bench-x.json").write_text(json.dumps(MEASURED), encoding="utf-8")
    return results_folder


def sets(folder: Path) -> dict[str, figures.FigureSet]:
    found = figures.measured(folder)
    found["spec"] = figures.FigureSet({"operations": "222", "get": "116"})
    return found


def test_blocks_are_filled_inline_and_as_tables_with_their_stamp(folder: Path) -> None:
    text = (
        "We have <!-- figures:spec.operations -->15<!-- /figures --> operations, "
        "<!-- figures:bench-x.ratio -->1.2×<!-- /figures --> of the peer.\n\n"
        "<!-- figures:bench-x.table -->\nold table\n<!-- /figures -->\n"
    )
    new, blocks, found = figures.rewrite(text, "doc.md", sets(folder))
    assert found == []
    assert "We have <!-- figures:spec.operations -->222<!-- /figures --> operations" in new
    assert "<!-- figures:bench-x.ratio -->0.95×<!-- /figures -->" in new
    assert "| what | time |\n|---|---|\n| a \\| b | 310 µs |\n" in new
    assert "Measured 2026-01-02T03:04:05Z on a test machine, 2 cores, load 0.5, by `make bench-x`." in new
    assert [(b.figure, b.line) for b in blocks] == [("spec.operations", 1), ("bench-x.ratio", 1), ("bench-x.table", 3)]
    assert figures.rewrite(new, "doc.md", sets(folder))[0] == new  # a second run changes nothing
    about = "Write `<!-- figures:SET.KEY -->…<!-- /figures -->`."  # text about blocks (upper case) is not one
    assert figures.rewrite(about, "doc.md", sets(folder)) == (about, [], [])


def test_an_unknown_or_unclosed_block_is_an_error_with_its_line(folder: Path) -> None:
    text = "a\n<!-- figures:spec.nothing -->1<!-- /figures -->\n<!-- figures:nowhere.x -->2<!-- /figures -->\n<!-- figures:spec.get -->3\n"
    new, _, found = figures.rewrite(text, "doc.md", sets(folder))
    assert [(d.code, d.line) for d in found] == [("figure-unknown", 2), ("figure-unknown", 3), ("figure-unclosed", 4)]
    assert "known keys: get, operations" in found[0].message and "known sets: bench-x, spec" in found[1].message
    assert new == text  # unknown blocks are left as they are


@pytest.mark.slow
def test_check_names_each_stale_figure_and_update_fixes_the_file(tmp_path: Path) -> None:
    doc = tmp_path / "doc.md"
    doc.write_text("<!-- figures:spec.operations -->-1<!-- /figures -->\n\n<!-- figures:spec.signing-vectors -->-2<!-- /figures -->\n")
    found, _ = figures.run("check", [doc], tmp_path)
    assert [(d.code, d.line) for d in found] == [("figure-stale", 1), ("figure-stale", 3)]
    assert found[1].message == f"spec.signing-vectors reads '-2', its command gives '{len(CASES)}'"
    assert figures.main(["check", str(doc)]) == 1
    assert figures.main(["update", str(doc)]) == 0
    assert figures.run("check", [doc], tmp_path)[0] == []
    assert f"<!-- figures:spec.signing-vectors -->{len(CASES)}<!-- /figures -->" in doc.read_text(encoding="utf-8")


@pytest.mark.slow
def test_update_writes_nothing_when_a_block_is_wrong(tmp_path: Path) -> None:
    doc = tmp_path / "doc.md"
    original = "<!-- figures:spec.operations -->15<!-- /figures -->\n<!-- figures:spec.nothing -->x<!-- /figures -->\n"
    doc.write_text(original, encoding="utf-8")
    assert figures.main(["update", str(doc)]) == 1
    assert doc.read_text(encoding="utf-8") == original


@pytest.mark.slow
def test_the_spec_set_counts_what_the_tests_count() -> None:
    values = figures.spec_figures().values
    assert values["operations"] == f"{len(operation_ids()):,}"
    assert int(values["get"]) + int(values["writes"]) == len(operation_ids())
    assert values["signing-vectors"] == str(len(CASES))


def test_a_bench_records_its_figures_stamped(tmp_path: Path) -> None:
    path = results.record("bench-y", "make bench-y", values={"n": 3}, tables={"t": results.table(["a"], [[1]])}, folder=tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["values"] == {"n": "3"} and data["tables"]["t"] == {"columns": ["a"], "rows": [["1"]]}
    assert data["stamp"]["measured_at"].endswith("Z") and "cores" in data["stamp"]["machine"]
    assert figures.measured(tmp_path)["bench-y"].command == "make bench-y"
    with pytest.raises(ValueError, match="every row needs 2 cells"):
        results.table(["a", "b"], [["only one"]])


@pytest.mark.slow  # a wheel build in a subprocess
def test_check_figures_fails_on_a_readme_with_a_size_typed_by_hand(tmp_path: Path) -> None:
    copy = tmp_path / "README.md"
    shutil.copy(ROOT / "README.md", copy)
    text = copy.read_text(encoding="utf-8")
    start = text.index("<!-- figures:wheels.client -->") + len("<!-- figures:wheels.client -->")
    copy.write_text(text[:start] + "157 KB" + text[text.index("<!-- /figures -->", start) :], encoding="utf-8")
    result = subprocess.run(
        [str(ROOT / ".venv/bin/python"), "-m", "tools.figures", "check", str(copy)], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 1
    assert "error[figure-stale]" in result.stderr and "wheels.client reads '157 KB'" in result.stderr
    # (the committed docs passing is `make check-figures`, part of `make check-generated`)
