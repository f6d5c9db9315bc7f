"""`python -m generator evidence`: the spec covers what real clients read and other editions document."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator import cli, evidence
from tests.support import ROOT, SPEC, run_cli
from tests.support.spec_tree import edit, file_with, spec_copy, spec_text

EVIDENCE = ROOT / "spec" / "evidence"
EDITION = ROOT / "spec" / "manual" / "editions" / "en-2025-08-26"


def edited(tmp_path: Path, old: str, new: str) -> tuple[Path, Path]:
    """A copy of the spec tree with `old`, said once in the spec, replaced: its root and the edited file."""
    assert spec_text().count(old) == 1, old
    root = spec_copy(tmp_path)
    return root, edit(root, old, new)


def codes(spec: Path, folder: Path = EVIDENCE) -> list[tuple[str, str]]:
    return [(d.code, d.message) for d in cli.cmd_evidence(str(spec), str(folder)) if d.level.value == "error"]


@pytest.mark.slow
def test_the_committed_spec_covers_every_item() -> None:
    items, problems = evidence.load(EVIDENCE)
    assert problems == []
    assert {i.source for i in items} == {
        "huaweicloud/terraform-provider-huaweicloud",
        "hammershock/modelart-cli",
        "opentelekomcloud-docs/modelarts",
    }
    assert codes(SPEC) == []


MAX_COUNT = """        maxCount:
          type: integer
          description: Elastic maximum number of nodes of this flavor"""


def retyped(tmp_path: Path, anchor: str, old: str, new: str) -> tuple[Path, Path]:
    """A copy of the spec tree with the first `old` after `anchor` replaced (the x-evidence block may come
    first): its root and the edited file."""
    assert spec_text().count(anchor) == 1, anchor
    root = spec_copy(tmp_path)
    file = file_with(anchor, root)
    text = file.read_text(encoding="utf-8")
    at = text.index(old, text.index(anchor))
    file.write_text(text[:at] + new + text[at + len(old) :], encoding="utf-8")
    return root, file


@pytest.mark.slow
def test_a_removed_field_fails_with_the_evidence_line(tmp_path: Path) -> None:
    spec, file = edited(tmp_path, MAX_COUNT, MAX_COUNT.replace("maxCount:", "maxCountRenamed:"))
    diagnostics = cli.cmd_evidence(str(spec), str(EVIDENCE))
    missing = [d for d in diagnostics if d.code == "evidence-field-missing"]
    assert {d.message for d in missing} == {
        "ShowPool /spec/resources/*/maxCount: no 'maxCount' at /components/schemas/PoolSpecModel/properties/resources/items (the spec does not describe this place)"
    }
    assert all(d.hint and "spec/evidence/" in d.hint and "(line " in d.hint for d in missing)
    assert all(d.file == str(file) and d.line for d in missing)


@pytest.mark.slow
def test_a_retyped_field_fails(tmp_path: Path) -> None:
    spec, _ = retyped(tmp_path, "        vpcId:\n", "          type: string\n", "          type: integer\n")
    assert ("evidence-type-mismatch", "ShowPool /spec/network/vpcId: the source reads string, the spec says integer") in codes(spec)


@pytest.mark.slow
def test_an_enum_value_clients_wait_on_is_required(tmp_path: Path) -> None:
    spec, _ = edited(tmp_path, "            - Waiting\n            - ScalingFailed\n", "            - ScalingFailed\n")
    found = codes(spec)
    assert ("evidence-enum-missing", "ShowPool /status/phase: the source compares with ['Waiting'], the spec's enum lacks them") in found
    assert (
        "evidence-enum-missing",
        "ShowPool /status/phase: the source compares with ['Creating', 'Waiting'], the spec's enum lacks them",
    ) not in found


@pytest.mark.slow
def test_per_state_resources_must_stay_arrays(tmp_path: Path) -> None:
    """The contradiction the manual leaves open, settled: the waiters cast creating/deleting/creationFailed to arrays."""
    spec, _ = retyped(tmp_path, "        creationFailed:\n", "          type: array\n", "          type: object\n")
    assert any(code == "evidence-type-mismatch" and "/status/resources/creationFailed" in message for code, message in codes(spec))


@pytest.mark.slow
def test_a_field_without_provenance_fails(tmp_path: Path) -> None:
    spec, _ = retyped(tmp_path, MAX_COUNT, "x-evidence:", "x-evidence-gone:")
    found = [c for c in codes(spec) if c[0] == "evidence-unmarked"]
    assert ("evidence-unmarked", "ShowPool /spec/resources/*/maxCount: no x-evidence entry names opentelekomcloud-docs/modelarts") in found


@pytest.mark.slow
def test_validate_runs_the_evidence_rule(tmp_path: Path) -> None:
    spec, _ = edited(tmp_path, "            - EnableFailed\n", "")
    result = run_cli("validate", str(spec))
    assert result.returncode == 1
    assert "error[evidence-enum-missing]" in result.stderr and "EnableFailed" in result.stderr


@pytest.mark.parametrize(
    ("item", "at", "expected"),
    [
        ({"operation": "ShowPool", "type": "string", "path": "x", "line": 1}, "", "give either `pointer`"),
        ({"operation": "ShowPool", "pointer": "spec", "type": "string", "path": "x", "line": 1}, "/pointer", "starting with '/'"),
        ({"operation": "ShowPool", "pointer": "/spec", "type": "str", "path": "x", "line": 1}, "/type", "`type` must be one of"),
        (
            {"operation": "ShowPool", "pointer": "/spec", "type": "object", "path": "x", "line": 1, "colour": 1},
            "/colour",
            "unknown keys ['colour']",
        ),
    ],
)
def test_malformed_evidence_is_a_clear_error(tmp_path: Path, item: dict[str, object], at: str, expected: str) -> None:
    (tmp_path / "bad.yaml").write_text(yaml.safe_dump({"repo": "a/b", "items": [item]}), encoding="utf-8")
    problems = evidence.load(tmp_path)[1]
    assert [(d.code, d.pointer) for d in problems] == [("evidence-shape", "/items/0" + at)]
    assert expected in problems[0].message and problems[0].line == 2 + (sorted(item).index(at[1:]) if at else 0)


def test_missing_folder_is_a_usage_error() -> None:
    result = run_cli("evidence", "--evidence", "no/such/folder")
    assert result.returncode == 2 and "evidence-missing" in result.stderr


def test_english_edition_items_point_at_the_committed_pages() -> None:
    """Each item of the English edition names a line of the page; the committed copy has that row there."""
    data = yaml.safe_load((EVIDENCE / "english-edition.yaml").read_text(encoding="utf-8"))
    latest = [i for i in data["items"] if i["commit"].startswith("1ba1873")]
    assert latest
    pages = {p.read_text(encoding="utf-8").splitlines()[0].split(": ")[1].removesuffix(".html"): p for p in EDITION.glob("*.rst")}
    for item in latest:
        line = pages[item["operation"]].read_text(encoding="utf-8").splitlines()[item["line"] - 1]
        assert item["expression"].split()[0] in line, item


def test_the_mock_seed_carries_the_evidence_fields() -> None:
    """The mock serves `examples.evidence` first: the manual's example plus what real clients read."""
    from modelarts_spec.diagnostics import pointer_join
    from modelarts_spec.loader import load_openapi
    from modelarts_spec.openapi import operations, success_response
    from modelarts_spec.servable import success_example

    spec = load_openapi(str(SPEC)).data
    served = {}
    for op in operations(spec):
        status, response = success_response(op) or ("", {})
        served[op.operation_id] = success_example(spec, response, pointer_join(op.pointer, "responses", status))
    assert served["ShowPool"]["spec"]["network"]["vpcId"] and served["ShowPool"]["status"]["resources"]["creationFailed"] == []
    assert served["ShowPool"]["spec"]["resources"][0]["maxCount"] == 2
    assert served["ShowService"]["additional_properties"]["smn_notification"]["topic_urn"].startswith("urn:smn:")
    assert "deleting" in served["ShowPoolStatistics"]["statistics"]["status"]


@pytest.mark.slow
def test_a_repeated_key_in_an_evidence_file_is_refused(tmp_path: Path) -> None:
    # The last of two `type:` keys would silently win and change what the spec is checked against.
    (tmp_path / "twice.yaml").write_text(
        "repo: a/b\nitems:\n  - operation: ShowPool\n    pointer: /spec\n    type: object\n    type: string\n    path: x\n    line: 1\n",
        encoding="utf-8",
    )
    result = run_cli("evidence", "--evidence", str(tmp_path))
    assert result.returncode == 2
    assert "twice.yaml" in result.stderr and "line 6" in result.stderr
