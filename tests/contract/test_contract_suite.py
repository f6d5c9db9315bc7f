"""The contract suite catches breakage: each broken mock variant fails it, naming the operation and the check.

Each run is the real suite (`pytest contract_tests`) in a subprocess, limited to the broken
operation and a few cases per phase; the built-in mock passes the same limited run.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from modelarts_mock import DEFAULT_PROJECT_ID, Settings
from modelarts_mock.testing import running_mock

from tests.support import ROOT

VARIANTS = ROOT / "tests" / "support" / "contract_variants.py"
POOL = "auto-pool-os-86c13962597848eeb29c5861153a391f"
REAL_RUN_OPTIONS = ["--max-examples", "3", "--rate-limit", "1000/s"] + [
    f"--operation={op}" for op in ("ShowPool", "ShowPluginTemplate", "ShowService", "ShowSaveImageJob", "ShowOsQuota")
]

# variant -> (operation it breaks, the check that must name it)
BROKEN = {
    "wrong_type": ("ShowPool", "response_schema_conformance"),
    "drops_required_field": ("ShowPluginTemplate", "response_schema_conformance"),
    "answers_500": ("ShowOsQuota", "not_a_server_error"),
    "ignores_auth": ("ShowOsConfig", "ignored_auth"),
    "accepts_out_of_range": ("ShowPoolMonitor", "negative_data_rejection"),
    "refuses_the_credentials": ("ShowSearchAlgorithms", "missing_auth"),
}


def run_suite(*args: str, junit: Path | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`pytest contract_tests` in a subprocess: 10 fuzzing cases per operation and seed 1 unless given."""
    command = [sys.executable, "-m", "pytest", "contract_tests", "-q", "-p", "no:cacheprovider", *args]
    if "--max-examples" not in args:
        command += ["--max-examples", "10"]
    if "--seed" not in args:
        command += ["--seed", "1"]
    if junit is not None:
        command.append(f"--junit-xml={junit}")
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300, env=env)


@pytest.mark.parametrize("variant", sorted(BROKEN))
def test_a_broken_mock_fails_the_suite_naming_operation_and_check(variant: str, tmp_path: Path) -> None:
    operation, check = BROKEN[variant]
    junit = tmp_path / "junit.xml"
    result = run_suite("--app", f"{VARIANTS}:{variant}", "--operation", operation, junit=junit)
    assert result.returncode == 1, result.stdout[-3000:] + result.stderr[-2000:]
    summary = result.stdout[result.stdout.index("contract summary") :]
    assert f"{operation} · {check} ·" in summary, summary
    assert "result: FAIL" in summary
    failed = {case.get("name") for case in ET.parse(junit).getroot().iter("testcase") if case.find("failure") is not None}
    expected = (
        "test_every_operation_accepted_the_credentials" if check == "missing_auth" else f"test_operation_honours_the_spec[{operation}]"
    )
    assert expected in failed, f"JUnit failures: {failed}"


def test_unknown_response_fields_pass_and_the_client_keeps_them() -> None:
    result = run_suite("--app", f"{VARIANTS}:adds_unknown_fields", "--operation", "ShowPool")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "test_model_round_trips_the_json_received" not in result.stdout  # passed: to_dict() gave the new fields back
    assert "3 passed" in result.stdout


def test_the_built_in_mock_passes_the_same_runs(tmp_path: Path) -> None:
    operations = sorted({operation for operation, _ in BROKEN.values()})
    junit = tmp_path / "junit.xml"
    result = run_suite(*(f"--operation={op}" for op in operations), junit=junit)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "result: PASS" in result.stdout
    cases = list(ET.parse(junit).getroot().iter("testcase"))
    names = {case.get("name") for case in cases}
    for operation in operations:  # per operation, schemathesis and the client round trip
        assert {f"test_operation_honours_the_spec[{operation}]", f"test_model_round_trips_the_json_received[{operation}]"} <= names
    assert len(cases) == 2 * len(operations) + 1  # plus the missing_auth check
    assert all(case.find("failure") is None for case in cases)


def _digest(output: str) -> str:
    return output.split("cases digest ")[1].split(")")[0]


def test_the_seed_makes_a_run_repeatable() -> None:
    runs = [run_suite("--operation", "ShowServiceEvents", "-k", "api", "--seed", seed) for seed in ("5", "5", "6")]
    assert all(r.returncode == 0 for r in runs), runs[0].stdout[-2000:]
    digests = [_digest(r.stdout) for r in runs]
    assert digests[0] == digests[1] != digests[2]
    assert "repeat this run with --seed 5" in runs[0].stdout


def _without_credentials() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith(("HUAWEICLOUD_", "MODELARTS_"))}


def test_a_real_run_reads_ids_and_credentials_and_skips_what_it_cannot_address(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """The mock on a socket stands in for a real endpoint: AK/SK from the environment, ids from a file."""
    ak, sk = "REALRUNAK0000000001", "real-run-secret"
    ids = tmp_path / "ids.yaml"
    ids.write_text(f"pool_name: {POOL}\nShowPluginTemplate:\n  plugintemplate_name: npu-driver\n", encoding="utf-8")
    env = {
        **_without_credentials(),
        "HUAWEICLOUD_SDK_AK": ak,
        "HUAWEICLOUD_SDK_SK": sk,
        "HUAWEICLOUD_SDK_PROJECT_ID": DEFAULT_PROJECT_ID,
        "MODELARTS_SERVICE_ID": "f76f20ba-78f5-44e8-893a-37c8c600c02f",
    }
    caplog.set_level(logging.INFO, logger="mock_server")  # one record per request the "real endpoint" received
    with running_mock(Settings(keys={ak: sk}, validate_responses=True)) as url:
        result = run_suite("--base-url", url, "--ids", str(ids), *REAL_RUN_OPTIONS, env=env)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    summary = result.stdout[result.stdout.index("contract summary") :]
    assert f"against {url} (AK/SK)" in summary
    for operation in ("ShowPool", "ShowPluginTemplate", "ShowService", "ShowOsQuota"):
        assert f"\n  {operation} " in summary
    assert "not run (no resource ids given): ShowSaveImageJob" in summary  # its training job id was not given
    assert "real-run-secret" not in result.stdout + result.stderr
    methods = {record.args[0] for record in caplog.records if isinstance(record.args, tuple) and len(record.args) == 4}
    assert methods == {"GET"}, f"a real run sent {methods}"


def test_a_real_run_refuses_to_start_without_credentials(tmp_path: Path) -> None:
    env = {**_without_credentials(), "HUAWEICLOUD_SDK_PROJECT_ID": DEFAULT_PROJECT_ID, "HOME": str(tmp_path)}  # no profile file either
    result = run_suite("--base-url", "https://modelarts.example.invalid", env=env)
    assert result.returncode == 4  # pytest's usage error: nothing was collected, nothing sent
    assert "no credentials: set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK" in result.stderr
