"""Build the four products' wheels into a folder: `python tools/build_wheels.py DIST` (what `make dist` runs).

Each project is copied to a temporary folder first (symlinks resolved: the spec's package data is the
published bundle), so the build writes nothing into the checkout (no build/, no egg-info). Built with
the running Python's setuptools, without build isolation: the pinned setuptools builds them the same way.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROJECTS = ("spec", "core", "generated/modelarts-client", "mock_server", "contract_tests")
SKIP = shutil.ignore_patterns("build", "*.egg-info", "__pycache__", ".*")


def build(out: Path) -> list[Path]:
    out = out.resolve()  # pip runs in the temporary folder
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="modelarts-wheels-") as tmp:
        for project in PROJECTS:
            source = Path(tmp) / Path(project).name
            shutil.copytree(ROOT / project, source, symlinks=False, ignore=SKIP)
            command = [sys.executable, "-m", "pip", "wheel", "-q", "--disable-pip-version-check", "--no-deps", "--no-build-isolation"]
            result = subprocess.run([*command, "-w", str(out), str(source)], cwd=tmp, capture_output=True, text=True, check=False)
            if result.returncode != 0:
                raise SystemExit(f"building {project} failed:\n{result.stdout}{result.stderr}")
    return sorted(out.glob("*.whl"))


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python tools/build_wheels.py DIST", file=sys.stderr)
        return 2
    for wheel in build(Path(argv[0])):
        print(f"{wheel}  {wheel.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
