"""`make update DOC=…`: a manual edition with one new field, end to end on a copy of the project:
drift names the field and stops → the maintainer's spec edit → drift is clean → `STEP=apply` (adopt →
validate → generate → publish → changelog) → the regenerated client parses the field, the changelog
lists it as non-breaking, and the copy passes `make check-generated`."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.support import ROOT
from tests.support.spec_tree import file_with

EXAMPLES = ROOT / "spec" / "examples"
DOC = EXAMPLES / "manual-new-field.txt"
pytestmark = pytest.mark.slow  # a copy of the project, make and git in subprocesses

ANCHOR = "        poolQuota:\n          type: integer\n          description: Number of resource pools the user may create.\n"


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    """A git repository holding a copy of the project (mtimes kept, so make reuses our .venv as is)."""
    copy = tmp_path / "project"
    # The Makefile's venv prerequisites too (mtimes kept): make must see our .venv as up to date.
    for name in (
        "Makefile",
        "pyproject.toml",
        "tools/constraints.txt",
        "tools/dev-requirements.txt",
        "mock_server/pyproject.toml",
        "contract_tests/pyproject.toml",
    ):
        (copy / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, copy / name)
    for folder in ("spec", "generator", "generated/spec", "generated/modelarts-client"):
        shutil.copytree(ROOT / folder, copy / folder, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    git = ["git", "-c", "user.name=test", "-c", "user.email=test@example.invalid"]
    subprocess.run(["git", "init", "-q"], cwd=copy, check=True)
    subprocess.run(["git", "add", "-A"], cwd=copy, check=True)
    subprocess.run([*git, "commit", "-qm", "previous edition"], cwd=copy, check=True)
    return copy


def update(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "-s", "--no-print-directory", "update", f"DOC={DOC}", f"VENV={ROOT / '.venv'}", *args],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=600,
    )


def add_the_field(project: Path) -> Path:
    """The maintainer's edit: spec/examples/os-config-max-pool-flavors.yaml under OsConfig's properties, in
    the file of the spec tree that holds them; returns that file."""
    spec = file_with(ANCHOR, project / "spec" / "modelarts.yaml")
    text = spec.read_text(encoding="utf-8")
    assert text.count(ANCHOR) == 1
    snippet = "".join("        " + line + "\n" for line in (EXAMPLES / "os-config-max-pool-flavors.yaml").read_text().splitlines())
    spec.write_text(text.replace(ANCHOR, ANCHOR + snippet), encoding="utf-8")
    return spec


def test_a_new_field_from_manual_to_published_spec_and_changelog(project: Path) -> None:
    previous_version = yaml.safe_load((project / "generated/spec/modelarts.yaml").read_text())["info"]["version"]

    first = update(project)  # drift, then stop: the spec needs an edit
    assert first.returncode != 0
    assert "field-added  ShowOsConfig 200 body maxPoolFlavors" in first.stdout
    assert "next: edit the spec (spec/modelarts.yaml and its parts)" in first.stderr

    edited = add_the_field(project)
    drift = update(project, "STEP=drift")
    assert drift.returncode == 0 and drift.stdout.strip().endswith("no drift"), drift.stdout + drift.stderr

    client_model = project / "generated/modelarts-client/modelarts_client/models/os_config.py"
    assert "max_pool_flavors" not in client_model.read_text(encoding="utf-8")
    applied = update(project, "STEP=apply")
    assert applied.returncode == 0, applied.stdout + applied.stderr
    assert (project / "spec/manual/modelarts-api-excerpt.txt").read_bytes() == DOC.read_bytes()
    assert "maxPoolFlavors" in (project / "spec/doc-tables.yaml").read_text(encoding="utf-8")
    published = yaml.safe_load((project / "generated/spec/modelarts.yaml").read_text(encoding="utf-8"))
    assert published["components"]["schemas"]["OsConfig"]["properties"]["maxPoolFlavors"]["type"] == "integer"
    assert published["info"]["version"] != previous_version
    assert "maxPoolFlavors" in (project / "generated/spec/index.html").read_text(encoding="utf-8")

    # The regenerated client has the field, typed, and parses it from a response.
    parsed = subprocess.run(
        [
            sys.executable,
            "-c",
            "from modelarts_client.models.os_config import OsConfig; print(OsConfig.from_dict({'maxPoolFlavors': 3}).max_pool_flavors)",
        ],
        cwd=project / "generated/modelarts-client",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert parsed.returncode == 0 and parsed.stdout.strip() == "3", parsed.stderr
    assert "max_pool_flavors: int | Unset" in client_model.read_text(encoding="utf-8")

    changelog = (project / "build/update/changelog.txt").read_text(encoding="utf-8")
    assert "1 change(s), 0 breaking" in changelog
    assert "field-added  ShowOsConfig 200 body maxPoolFlavors: new field" in changelog
    where = f"{edited.relative_to(project)}#/components/schemas/OsConfig/properties/maxPoolFlavors (line "
    assert where in changelog  # named in the file the maintainer edited
    assert changelog.strip() in applied.stdout

    check = subprocess.run(
        ["make", "-s", "--no-print-directory", "check-generated", f"VENV={ROOT / '.venv'}"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert check.returncode == 0, check.stdout + check.stderr


def test_unknown_step_is_a_usage_error(project: Path) -> None:
    result = update(project, "STEP=bogus")
    assert result.returncode != 0 and "unknown STEP 'bogus'" in result.stderr
