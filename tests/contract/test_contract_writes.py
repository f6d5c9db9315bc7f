"""The suite on writes: against the built-in mock, which serves the spec's own writes, every operation runs with its body;
broken writes (the overlay's fakes in tests/support/contract_writes.py) fail naming operation and check; and a target
at a URL gets writes with credentials only when asked (--allow-writes).

Subprocess runs of the command, as in test_contract_suite.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from modelarts_mock import Settings, create_app
from modelarts_mock.testing import running_mock
from modelarts_spec.loader import load_openapi
from modelarts_spec.openapi import operations

from tests.support import SPEC, operation_ids
from tests.support.contract_variants import RecordingApp, mock_stateful_gaps, run_contract, without_credentials
from tests.support.contract_writes import writes_spec

pytestmark = pytest.mark.slow  # subprocesses: left out of the fast tier

FAKES = Path(__file__).resolve().parent.parent / "support" / "contract_writes.py"
WRITES = {  # of the spec's own: one per method, and the ones the overlay's fakes below break
    "CreatePool": "POST",
    "PatchPool": "PATCH",
    "DeletePool": "DELETE",
    "UpdateService": "PUT",
    "DeleteService": "DELETE",
}


def test_every_operation_runs_reads_and_writes_with_their_bodies(tmp_path: Path) -> None:
    """The built-in mock serves the spec's own writes: every operation runs, each write with its body and every check."""
    report = tmp_path / "report.json"
    gaps = [option for gap in mock_stateful_gaps() for option in ("--exclude-from-stateful", gap)]  # as make contract runs it
    result = run_contract("--json-report", str(report), *gaps)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    data = json.loads(report.read_text(encoding="utf-8"))
    writes = [op.operation_id for op in operations(load_openapi(SPEC).data) if op.method != "get"]
    assert data["counts"]["in_spec"] == data["counts"]["tested"] == len(data["operations"]) == len(operation_ids())
    assert data["counts"]["writes_in_spec"] == len(writes)
    for operation in WRITES:  # each write sent, every check that applies run and passed
        row = data["operations"][operation]
        assert row["cases"] > 1 and row["checks"]["negative_data_rejection"]["passed"] > 0, (operation, row)
        assert not any(check["failed"] for check in row["checks"].values())
    assert data["skipped"] == []
    assert f"contract: {len(data['operations'])} of {len(data['operations'])} operations tested" in result.stdout


@pytest.mark.parametrize(
    ("variant", "operation", "check"),
    [("accepts_any_body", "CreatePool", "negative_data_rejection"), ("wrong_write_status", "UpdateService", "status_code_conformance")],
)
def test_a_broken_write_fails_the_suite_naming_operation_and_check(variant: str, operation: str, check: str, tmp_path: Path) -> None:
    spec, report = writes_spec(tmp_path), tmp_path / "report.json"
    result = run_contract("--spec", str(spec), "--app", f"{FAKES}:{variant}", "--operation", operation, "--json-report", str(report))
    assert result.returncode == 1, result.stdout[-3000:] + result.stderr[-2000:]
    assert f"{operation} · {check} · " in result.stdout
    found = [f for f in json.loads(report.read_text(encoding="utf-8"))["failures"] if (f["operation"], f["check"]) == (operation, check)]
    assert found and found[0]["curl"].startswith(f"curl -X {WRITES[operation]} "), found


def test_a_loopback_url_with_credentials_gets_reads_only_unless_writes_are_allowed(tmp_path: Path) -> None:
    """Regression (issue 21): a --base-url on localhost counted as a fake, so the coverage phase sent DELETE, PUT, POST
    and PATCH with the run's credentials; through a tunnel to an account that DELETE is real."""
    token = "loopback-token-41d"
    env = {**without_credentials(), "MODELARTS_AUTH_TOKEN": token}
    chosen = [option for operation in ("ShowPool", *WRITES) for option in ("--operation", operation)]
    runs = {}
    for allowed in (False, True):
        app = RecordingApp(create_app(Settings(tokens=(token,))))
        with running_mock(app=app) as url:
            # the stateful phase's own writes to a URL: tests/contract/test_contract_stateful.py
            options = ["--phases", "examples,coverage,fuzzing", "--allow-writes" if allowed else "--fail-on-skip"]
            runs[allowed] = (run_contract("--base-url", url, *chosen, *options, env=env), set(app.methods))
    refused, methods = runs[False]
    assert methods == {"GET"}, methods
    assert refused.returncode == 1, refused.stdout[-3000:]  # --fail-on-skip: the writes left out fail the run
    assert "(token), reads only (writes need --allow-writes)" in refused.stdout
    assert f"not run ({len(WRITES)}), writes, not sent to this target (--allow-writes sends them with the credentials)" in refused.stdout
    assert f"result: FAIL ({len(WRITES)} not run: a failure (--fail-on-skip))" in refused.stdout
    allowed_run, methods = runs[True]
    assert allowed_run.returncode == 0, allowed_run.stdout[-3000:] + allowed_run.stderr[-2000:]
    assert {"POST", "PUT", "PATCH", "DELETE"} <= methods, methods


def test_the_committed_spec_on_a_loopback_url_with_credentials_gets_no_other_method() -> None:
    """The same for a spec of reads: the coverage phase's unexpected-method probes (DELETE, PUT, …) are not sent."""
    token = "loopback-token-52e"
    app = RecordingApp(create_app(Settings(tokens=(token,))))
    with running_mock(app=app) as url:
        result = run_contract("--base-url", url, "--operation", "ShowPool", env={**without_credentials(), "MODELARTS_AUTH_TOKEN": token})
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert set(app.methods) == {"GET"}, app.methods
    assert "(token), reads only (writes need --allow-writes)" in result.stdout
