"""What tests share: repository paths, the generator CLI runner, and facts derived from the spec (never literals).

Imported as `tests.support` (pytest's pythonpath is the repository root); conftest.py only holds fixtures.
"""

from __future__ import annotations

import contextlib
import io
import socket
import subprocess
import time
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from modelarts_spec.loader import load_openapi
from modelarts_spec.openapi import operations

ROOT = Path(__file__).resolve().parent.parent.parent
SPEC = ROOT / "spec" / "modelarts.yaml"
DOC_TABLES = ROOT / "spec" / "doc-tables.yaml"
MANUAL = ROOT / "spec" / "manual" / "modelarts-api-excerpt.txt"
PUBLISHED = ROOT / "generated" / "spec"


def yaml_text(data: Any, **options: Any) -> str:
    """`yaml.safe_dump` through libyaml's emitter: the same text for the spec's data, ~6x faster (the whole spec:
    0.3 s instead of 2 s), which tests that write changed copies of the spec pay once each."""
    text: str = yaml.dump(data, Dumper=yaml.CSafeDumper, **options)
    return text


@cache
def committed_spec() -> dict[str, Any]:
    """The committed spec merged from its files, loaded once per process (each test module loading its own cost every
    pytest worker ~0.3 s at collection): to read only; `spec_tree.spec_data()` gives a copy to change."""
    data: dict[str, Any] = load_openapi(SPEC).data
    return data


@cache
def operation_ids() -> tuple[str, ...]:
    """The spec's operationIds in document order: counts in tests derive from this, not from a literal."""
    data = committed_spec()
    assert isinstance(data, dict)
    return tuple(op.operation_id for op in operations(data))


@cache
def documented_by(source: str) -> tuple[str, ...]:
    """The operationIds whose `x-documented-by` names the source (`manual`: the Chinese excerpt's operations)."""
    data = committed_spec()
    return tuple(
        op.operation_id
        for op in operations(data)
        if any(isinstance(e, dict) and e.get("source") == source for e in op.data.get("x-documented-by") or [])
    )


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """`python -m generator ARGS` run in this process (a subprocess would spend most of its time importing):
    its exit code and what it printed, as a finished subprocess would report them."""
    from generator.cli import main  # the CLI under test; imported here so tests.support stays light

    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.chdir(cwd), contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        try:
            code = main(list(args))
        except SystemExit as exit_:  # argparse's usage errors
            code = exit_.code if isinstance(exit_.code, int) else 2
    return subprocess.CompletedProcess(["python", "-m", "generator", *args], code, stdout.getvalue(), stderr.getvalue())


def line_of(path: Path, needle: str) -> int:
    """1-based line of the first line containing needle (to check reported lines independently)."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_for_port(port: int, process: subprocess.Popen[Any], log: Path | None = None, timeout: float = 30) -> None:
    """Until a server process accepts connections on 127.0.0.1:port; fails with its log if it exits or never listens."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the server exited early ({process.returncode}): {log.read_text() if log else ''}")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    process.kill()
    raise AssertionError(f"nothing listened on port {port} within {timeout} s: {log.read_text() if log else ''}")
