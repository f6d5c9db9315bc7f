from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.yaml_source import YamlDocument, load_yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "modelarts.yaml"
DOC_TABLES = ROOT / "spec" / "doc-tables.yaml"
MANUAL = ROOT / "spec" / "manual" / "modelarts-api-excerpt.txt"


@pytest.fixture(scope="session")
def spec_doc() -> YamlDocument:
    return load_yaml(SPEC)


@pytest.fixture(scope="session")
def tables_doc() -> YamlDocument:
    return load_yaml(DOC_TABLES)


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True, timeout=120)


def line_of(path: Path, needle: str) -> int:
    """1-based line of the first line containing needle (to check reported lines independently)."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")
