"""`diff OLD NEW`: each kind of change on a hand-made pair, classified; exit codes; JSON; shared components."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from modelarts_spec import diff as spec_diff
from modelarts_spec.loader import load_openapi, load_yaml

from tests.support import ROOT, SPEC, line_of, run_cli
from tests.support.spec_pairs import PAIRS, WITNESSED, Pair, write_pair
from tests.support.spec_tree import defining_file, edit, spec_copy, spec_data, write_tree

REDOCLY = ROOT / "tools" / "npm" / "node_modules" / ".bin" / "redocly"


@pytest.mark.slow
@pytest.mark.parametrize("pair", PAIRS, ids=[p.name for p in PAIRS])
def test_each_kind_of_change_is_classified(pair: Pair, tmp_path: Path) -> None:
    old, new = write_pair(pair, tmp_path)
    changes = spec_diff.diff(load_openapi(old), load_openapi(new))
    assert sorted((c.kind, c.breaking, c.subject) for c in changes) == sorted(pair.expected)
    for change in changes:  # each at its place: the file that defines it, on the side it is in
        side = old if change.file and change.file.startswith(f"{old.parent}/") else new
        assert change.file == str(defining_file(change.pointer, side)), change
        assert change.line == load_yaml(change.file).line_of(change.pointer), change


@pytest.mark.slow
def test_identical_specs_have_no_changes() -> None:
    result = run_cli("diff", str(SPEC), str(SPEC), "--fail-on-breaking")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("no changes")


@pytest.mark.slow
def test_fail_on_breaking_sets_the_exit_code(tmp_path: Path) -> None:
    breaking = next(p for p in PAIRS if p.name == "field-removed")
    old, new = write_pair(breaking, tmp_path)
    assert run_cli("diff", str(old), str(new)).returncode == 0  # reported, not failed, unless asked
    result = run_cli("diff", str(old), str(new), "--fail-on-breaking")
    assert result.returncode == 1
    assert "BREAKING  field-removed  ShowServiceSpecifications 200 body count" in result.stdout
    pointer = "/components/schemas/ServiceSpecificationList/properties/count"
    file = defining_file(pointer, old)
    assert f"{file}#{pointer} (line {load_yaml(file).line_of(pointer)})" in result.stdout
    harmless = next(p for p in PAIRS if p.name == "field-added")
    old, new = write_pair(harmless, tmp_path)
    assert run_cli("diff", str(old), str(new), "--fail-on-breaking").returncode == 0


@pytest.mark.slow
def test_json_format_and_lines(tmp_path: Path) -> None:
    pair = next(p for p in PAIRS if p.name == "type-changed")
    old, new = write_pair(pair, tmp_path)
    result = run_cli("--format", "json", "diff", str(old), str(new))
    assert run_cli("diff", str(old), str(new), "--format", "json").stdout == result.stdout
    [change] = json.loads(result.stdout)
    assert change["kind"] == "type-changed" and change["breaking"] is True and change["detail"] == "integer → string"
    assert change["pointer"] == "/components/schemas/OsConfig/properties/networkQuota"
    assert change["file"] == str(defining_file(change["pointer"], new))
    lines = Path(change["file"]).read_text(encoding="utf-8").splitlines()
    assert lines[change["line"] - 1].strip() == "networkQuota:"


@pytest.mark.slow
def test_a_change_in_a_shared_component_is_reported_once(tmp_path: Path) -> None:
    def drop_error_msg(spec: dict[str, object]) -> None:
        error = spec["components"]["schemas"]["ModelArtsError"]  # type: ignore[index]
        del error["properties"]["error_msg"]
        error["required"].remove("error_msg")

    pair = Pair("shared", drop_error_msg, [])
    old, new = write_pair(pair, tmp_path)
    changes = spec_diff.diff(load_openapi(old), load_openapi(new))
    assert [(c.kind, c.breaking) for c in changes] == [("field-removed", True)]
    # every operation's 400/401/403 bodies, and the error statuses they document themselves
    assert len(changes[0].also) + 1 >= 45
    assert all(" body error_msg" in subject for subject in changes[0].also)


@pytest.mark.slow
def test_fields_of_nested_combinator_branches_are_compared(tmp_path: Path) -> None:
    docs = []
    for name, fields in (("old", {"zone": {"type": "string"}}), ("new", {})):
        spec = spec_data()
        spec["components"]["schemas"]["OsConfig"]["allOf"] = [{"allOf": [{"properties": fields}]}]
        docs.append(load_openapi(write_tree(tmp_path / name, spec)))
    changes = spec_diff.diff(*docs)
    assert [(c.kind, c.breaking, c.subject) for c in changes] == [("field-removed", True, "ShowOsConfig 200 body zone")]
    assert changes[0].pointer == "/components/schemas/OsConfig/allOf/0/allOf/0/properties/zone"
    file = defining_file(changes[0].pointer, tmp_path / "old" / SPEC.name)  # a removed field is shown where it was
    assert (changes[0].file, changes[0].line) == (str(file), load_yaml(file).line_of(changes[0].pointer))


def test_unreadable_and_non_openapi_inputs(tmp_path: Path) -> None:
    result = run_cli("diff", str(tmp_path / "missing.yaml"), str(SPEC))
    assert result.returncode == 2 and "no such file" in result.stderr
    other = tmp_path / "other.yaml"
    other.write_text("just: a mapping\n", encoding="utf-8")
    result = run_cli("diff", str(SPEC), str(other))
    assert result.returncode == 2 and "not an OpenAPI document" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.slow
@pytest.mark.parametrize("broken_side", ["old", "new"])
def test_a_dangling_ref_exits_2_naming_its_file_and_pointer(tmp_path: Path, broken_side: str) -> None:
    broken = spec_copy(tmp_path / "broken")
    file = edit(broken, "$ref: '#/components/schemas/OsConfig'", "$ref: '#/components/schemas/Missing'")
    old, new = (broken, SPEC) if broken_side == "old" else (SPEC, broken)
    result = run_cli("diff", str(old), str(new))
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    pointer = "/paths/~1v1~1{project_id}~1os-user-config/get/responses/200/content/application~1json/schema/$ref"
    line = line_of(file, "#/components/schemas/Missing")
    assert f"error[ref-dangling] {file}#{pointer} (line {line}): $ref '#/components/schemas/Missing' points at nothing" in result.stderr


@pytest.mark.slow
def test_redocly_diff_agrees_on_the_issue_pairs(tmp_path: Path) -> None:
    """A second witness: Redocly's experimental `diff` rates the same pairs; its `major` is our breaking."""
    assert REDOCLY.exists(), "npm tools missing: run `make npm-tools`"
    running = {}
    for pair in (p for p in PAIRS if p.name in WITNESSED):
        directory = tmp_path / pair.name
        directory.mkdir()
        old, new = write_pair(pair, directory, one_file=True)  # Redocly reads one file: it does not know `x-parts`
        running[pair.name] = (
            pair,
            subprocess.Popen(
                [str(REDOCLY), "diff", str(old), str(new), "--format", "json", "--fail-on", "none"],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
                env={**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"},
            ),
        )
    verdicts = {}
    for name, (pair, process) in running.items():
        out, _ = process.communicate(timeout=120)
        report = json.loads(out)
        ours = any(breaking for _, breaking, _ in pair.expected)
        verdicts[name] = (report["summary"]["major"] > 0, ours)
    assert all(theirs == ours for theirs, ours in verdicts.values()), verdicts
    assert spec_data()["openapi"] == "3.0.3"
