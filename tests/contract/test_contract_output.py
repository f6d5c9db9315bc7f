"""What a failing run prints (issue 23): under -q one short screen, each failure with where it is (a JSON pointer into the
response body), a one-line message without the schema's provenance notes, and a curl line someone can run.

Subprocess runs of the command against a broken mock (tests/support/contract_variants.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.contract_variants import VARIANTS, run_contract, without_credentials

pytestmark = pytest.mark.slow  # subprocesses: left out of the fast tier


def test_a_failing_quiet_run_is_one_short_screen_saying_where_each_failure_is(tmp_path: Path) -> None:
    """Regression: `-q` printed 163 lines (full tracebacks, site-packages paths), the summary said `12345 is not of type
    "string"` but not where, the JSON report carried the schema with its `x-evidence` notes, and the curl line pointed at
    http://testserver."""
    report = tmp_path / "report.json"
    result = run_contract(
        "--app", f"{VARIANTS}:wrong_type", "--operation", "ShowPool", "--operation", "ShowOsQuota", "--json-report", str(report),
        env=without_credentials(),
    )  # fmt: skip
    assert result.returncode == 1, result.stdout[-3000:] + result.stderr[-2000:]
    lines = result.stdout.splitlines()
    assert len(lines) <= 20, result.stdout
    for noise in ("Traceback", "site-packages", "____", "short test summary", "testserver"):
        assert noise not in result.stdout, noise
    assert "ShowPool · schemathesis: FAILED" in result.stdout and "ShowOsQuota · schemathesis: passed" not in result.stdout
    assert 'ShowPool · response_schema_conformance · /metadata/name: 12345 is not of type "string" (×1)' in result.stdout
    assert "ShowPool · client test failed · " in result.stdout and "/metadata/name does not fit the spec" in result.stdout
    curl = next(line.strip() for line in lines if line.strip().startswith("curl "))
    assert curl.endswith("http://127.0.0.1:8080/v2/0123456789abcdef0123456789abcdef/pools/auto-pool-os-86c13962597848eeb29c5861153a391f")
    assert "the run was in-process" in result.stdout and "--target socket --seed 1" in result.stdout

    text = report.read_text(encoding="utf-8")
    assert "x-evidence" not in text and "Schema at" not in text
    [failure] = [f for f in json.loads(text)["failures"] if f["check"] == "response_schema_conformance"]
    assert (failure["where"], failure["message"]) == ("/metadata/name", '12345 is not of type "string"')


def test_a_failing_run_without_q_keeps_short_tracebacks() -> None:
    result = run_contract("--app", f"{VARIANTS}:wrong_type", "--operation", "ShowPool", env=without_credentials(), quiet=False)
    assert result.returncode == 1
    assert "FAILURES" in result.stdout and "[1/3] ShowPool · client: FAILED" in result.stdout
    assert "[3/3] all operations · missing_auth: passed" in result.stdout  # every test gets its line without -q
