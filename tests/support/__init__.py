"""What tests share: repository paths, the generator CLI runner, and facts derived from the spec (never literals).

Imported as `tests.support` (pytest's pythonpath is the repository root); conftest.py only holds fixtures.
"""

from __future__ import annotations

import subprocess
import sys
from functools import cache
from pathlib import Path

from modelarts_spec.loader import load_yaml
from modelarts_spec.openapi import operations

ROOT = Path(__file__).resolve().parent.parent.parent
SPEC = ROOT / "spec" / "modelarts.yaml"
DOC_TABLES = ROOT / "spec" / "doc-tables.yaml"
MANUAL = ROOT / "spec" / "manual" / "modelarts-api-excerpt.txt"
PUBLISHED = ROOT / "generated" / "spec"


@cache
def operation_ids() -> tuple[str, ...]:
    """The spec's operationIds in document order: counts in tests derive from this, not from a literal."""
    data = load_yaml(SPEC).data
    assert isinstance(data, dict)
    return tuple(op.operation_id for op in operations(data))


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True, timeout=120)


def line_of(path: Path, needle: str) -> int:
    """1-based line of the first line containing needle (to check reported lines independently)."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")
