"""`make update DOC=…`: a manual edition with one new field, end to end on a copy of the project (tools/walkthrough.py):
drift names the field and stops → the maintainer's spec edit → each step (drift is clean, adopt, validate, generate,
publish, changelog) → the regenerated client parses the field, the changelog lists it as non-breaking, the copy
passes `make check-generated`, and the README's transcript of the walk-through is what the commands printed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.support import ROOT
from tools import figures, walkthrough

pytestmark = pytest.mark.slow  # a copy of the project, make and git in subprocesses


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    return walkthrough.copy_project(tmp_path / "project")


def test_a_new_field_from_manual_to_published_spec_and_changelog(project: Path) -> None:
    previous_version = yaml.safe_load((project / "generated/spec/modelarts.yaml").read_text())["info"]["version"]
    client_model = project / "generated/modelarts-client/modelarts_client/models/os_config.py"
    assert "max_pool_nodes" not in client_model.read_text(encoding="utf-8")

    first, steps = walkthrough.walk(project)
    assert first.returncode != 0  # drift, then stop: the spec needs an edit
    assert "field-added  ShowOsConfig 200 body maxPoolNodes" in first.output
    assert "next: edit the spec (spec/modelarts.yaml and its parts)" in first.output
    assert [step.returncode for step in steps] == [0] * len(walkthrough.STEPS), [step.output for step in steps]
    drift, *_, changelog_step = steps
    assert drift.output.strip().endswith("no drift")

    assert (project / "spec/manual/modelarts-api-excerpt.txt").read_bytes() == (ROOT / walkthrough.DOC).read_bytes()
    assert "maxPoolNodes" in (project / "spec/doc-tables.yaml").read_text(encoding="utf-8")
    published = yaml.safe_load((project / "generated/spec/modelarts.yaml").read_text(encoding="utf-8"))
    assert published["components"]["schemas"]["OsConfig"]["properties"]["maxPoolNodes"]["type"] == "integer"
    assert published["info"]["version"] != previous_version
    assert "maxPoolNodes" in (project / "generated/spec/index.html").read_text(encoding="utf-8")

    # The regenerated client has the field, typed, and parses it from a response.
    parsed = subprocess.run(
        [
            sys.executable,
            "-c",
            "from modelarts_client.models.os_config import OsConfig; print(OsConfig.from_dict({'maxPoolNodes': 3}).max_pool_nodes)",
        ],
        cwd=project / "generated/modelarts-client",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert parsed.returncode == 0 and parsed.stdout.strip() == "3", parsed.stderr
    assert "max_pool_nodes: int | Unset" in client_model.read_text(encoding="utf-8")

    changelog = (project / "build/update/changelog.txt").read_text(encoding="utf-8")
    assert "1 change(s), 0 breaking" in changelog
    assert "field-added  ShowOsConfig 200 body maxPoolNodes: new field" in changelog
    assert changelog.strip() in changelog_step.output

    # The README shows exactly what the commands printed (`make figures` writes it; check-figures leaves it to us).
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    others = frozenset(figures.needed({ROOT / "README.md": readme}) - {"walkthrough"})
    _, blocks, problems = figures.rewrite(readme, "README.md", {"walkthrough": figures.walkthrough_figures(first, steps)}, others)
    shown = [block for block in blocks if block.figure.startswith("walkthrough.")]
    assert problems == [] and len(shown) == 3
    assert [b.figure for b in shown if b.old != b.new] == [], "the README's walk-through is stale: run `make figures`"

    check = subprocess.run(
        ["make", "-s", "--no-print-directory", "check-generated", f"VENV={ROOT / '.venv'}"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert check.returncode == 0, check.stdout + check.stderr


def test_unknown_step_is_a_usage_error(project: Path) -> None:
    result = walkthrough.update(project, "STEP=bogus")
    assert result.returncode != 0 and "unknown STEP 'bogus'" in result.output
