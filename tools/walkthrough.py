"""The README's walk-through of `make update` ("Maintainer's workflow"), run for real on a copy of the project.

A git repository in a temporary folder holds a copy of the project (mtimes kept, so make reuses the checkout's
`.venv` as is); `make update` runs there with `spec/examples/manual-new-field.txt`, the manual excerpt with one
new row: first the drift report that stops, then the maintainer's edit (`spec/examples/os-config-max-pool-nodes.yaml`
under OsConfig's properties, in the spec file that defines them), then each step. What the commands print is
the transcript `make figures` writes into the README (tools/figures.py, set `walkthrough`), and what
`tests/publish/test_publish_update.py` checks.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DOC = "spec/examples/manual-new-field.txt"
EDIT = "spec/examples/os-config-max-pool-nodes.yaml"
ANCHOR = "        poolQuota:\n          type: integer\n          description: Number of resource pools the user may create.\n"
STEPS = ("drift", "adopt", "validate", "generate", "publish", "changelog")
# The Makefile's venv prerequisites too (mtimes kept): make must see the checkout's .venv as up to date.
FILES = (
    "Makefile",
    "pyproject.toml",
    "core/pyproject.toml",
    "mock_server/pyproject.toml",
    "contract_tests/pyproject.toml",
    "mock_server/modelarts_mock/control-openapi.json",  # published beside the spec (make publish)
)
FOLDERS = ("spec", "generator", "generated/spec", "generated/modelarts-client", "tools")  # tools: check-figures


@dataclass(frozen=True)
class Step:
    command: str  # as a reader types it
    returncode: int
    output: str  # stdout and stderr as a terminal shows them


def copy_project(dest: Path, root: Path = ROOT) -> Path:
    """A git repository at `dest` holding a copy of what `make update` reads and writes, committed."""
    for name in FILES:
        (dest / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(root / name, dest / name)
    for folder in FOLDERS:
        shutil.copytree(root / folder, dest / folder, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info", "node_modules"))
    git = ["git", "-c", "user.name=walkthrough", "-c", "user.email=walkthrough@example.invalid"]
    for command in (["git", "init", "-q"], ["git", "add", "-A"], [*git, "commit", "-qm", "previous edition"]):
        subprocess.run(command, cwd=dest, check=True)
    return dest


def update(project: Path, *args: str, venv: Path = ROOT / ".venv") -> Step:
    shown = " ".join(["make -s update", f"DOC={DOC}", *args])
    # A reader's shell: lines in the order a terminal shows them, and no outer make (its level shows in messages).
    outer = ("MAKELEVEL", "MAKEFLAGS", "MFLAGS", "MAKEOVERRIDES")
    env = {**{k: v for k, v in os.environ.items() if k not in outer}, "PYTHONUNBUFFERED": "1", "LC_ALL": "C.UTF-8"}
    command = ["make", "-s", "--no-print-directory", "update", f"DOC={DOC}", f"VENV={venv}", *args]
    result = subprocess.run(command, cwd=project, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=600, env=env)
    return Step(shown, result.returncode, result.stdout)


def add_the_field(project: Path) -> Path:
    """The maintainer's edit, in the spec file that holds OsConfig's properties (the root, or a part it lists)."""
    root = project / "spec" / "modelarts.yaml"
    files: list[Path] = [root, *(root.parent / str(part) for part in yaml.safe_load(root.read_text(encoding="utf-8")).get("x-parts", []))]
    [spec] = [path for path in files if ANCHOR in path.read_text(encoding="utf-8")]
    text = spec.read_text(encoding="utf-8")
    snippet = "".join("        " + line + "\n" for line in (project / EDIT).read_text(encoding="utf-8").splitlines())
    spec.write_text(text.replace(ANCHOR, ANCHOR + snippet, 1), encoding="utf-8")
    return spec


def walk(project: Path) -> tuple[Step, list[Step]]:
    """The first `make update` (drift, then a stop), the edit, then each step alone."""
    first = update(project)
    add_the_field(project)
    return first, [update(project, f"STEP={step}") for step in STEPS]


def transcript(steps: list[Step]) -> str:
    """A fenced block of commands and their output, as the README shows them."""
    lines = [line for step in steps for line in [f"$ {step.command}", *step.output.rstrip("\n").splitlines()]]
    return "\n```\n" + "\n".join(lines) + "\n```\n"


def edit_block(root: Path = ROOT) -> str:
    """The maintainer's edit as the README shows it: the snippet, indented as under OsConfig's properties."""
    snippet = "".join("        " + line + "\n" for line in (root / EDIT).read_text(encoding="utf-8").splitlines())
    return "\n```yaml\n" + snippet + "```\n"
