"""The contract suite catches breakage: each broken mock variant fails it, naming the operation and the check.

Each run is the real command (`python -m modelarts_contract`) in a subprocess, limited to the broken
operation and a few cases per phase; the built-in mock passes the same limited run. A real-mode run
(the mock on a socket standing in for a real endpoint) sends only GETs, with ids for every operation.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from modelarts_contract.apps import MOCK_AK, MOCK_SK, MOCK_TOKEN
from modelarts_mock import DEFAULT_PROJECT_ID, Settings, create_app
from modelarts_mock.testing import running_mock
from modelarts_spec.loader import load_openapi
from modelarts_spec.openapi import operations

from tests.support import SPEC, documented_by, operation_ids
from tests.support.contract_variants import VARIANTS, RecordingApp, run_contract, spec_example_ids, without_credentials, write_json

pytestmark = pytest.mark.slow  # subprocesses: left out of the fast tier

POOL = "auto-pool-os-86c13962597848eeb29c5861153a391f"
REAL_RUN_OPTIONS = ["--rate-limit", "1000/s", "--max-examples", "5"] + [
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
    "answers_501_to_other_methods": ("ShowOsConfig", "not_a_server_error"),
}
ON_A_SOCKET = {"answers_500"}  # signed with AK/SK over HTTP; the others in-process with a token


def _failure_report(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    for secret in (MOCK_TOKEN, MOCK_AK, MOCK_SK):  # the suite's own credentials for the mock: never in a report
        assert secret not in text
    data: dict[str, Any] = json.loads(text)
    return data


@pytest.mark.parametrize("variant", sorted(BROKEN))
def test_a_broken_mock_fails_the_suite_naming_operation_and_check(variant: str, tmp_path: Path) -> None:
    operation, check = BROKEN[variant]
    junit, report = tmp_path / "junit.xml", tmp_path / "report.json"
    target = ["--target", "socket"] if variant in ON_A_SOCKET else []
    result = run_contract(
        "--app", f"{VARIANTS}:{variant}", "--operation", operation, *target, "--junit-xml", str(junit), "--json-report", str(report)
    )
    assert result.returncode == 1, result.stdout[-3000:] + result.stderr[-2000:]
    summary = result.stdout[result.stdout.index("contract summary") :]
    assert f"{operation} · {check} ·" in summary, summary
    assert "result: FAIL" in summary
    failed = {case.get("name") for case in ET.parse(junit).getroot().iter("testcase") if case.find("failure") is not None}
    expected = (
        "test_every_operation_accepted_the_credentials" if check == "missing_auth" else f"test_operation_honours_the_spec[{operation}]"
    )
    assert expected in failed, f"JUnit failures: {failed}"
    data = _failure_report(report)
    assert data["verdict"] == "FAIL" and data["target"] == f"{VARIANTS}:{variant}"
    if check == "missing_auth":
        assert data["missing_auth"] == [operation]
        return
    found = [f for f in data["failures"] if (f["operation"], f["check"]) == (operation, check)]
    assert found and found[0]["count"] >= 1 and found[0]["curl"].startswith("curl -X "), data["failures"]
    assert found[0]["message"] and "\n" not in found[0]["message"], found[0]  # one line, never empty
    assert data["operations"][operation]["checks"][check]["failed"] == sum(f["count"] for f in found)


def test_unknown_response_fields_pass_and_the_client_keeps_them() -> None:
    result = run_contract("--app", f"{VARIANTS}:adds_unknown_fields", "--operation", "ShowPool")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "3 passed" in result.stdout and "result: PASS" in result.stdout  # to_dict() gave the new fields back


def test_the_built_in_mock_passes_the_same_runs(tmp_path: Path) -> None:
    operations = sorted({operation for operation, _ in BROKEN.values()})
    junit = tmp_path / "junit.xml"
    result = run_contract(*(f"--operation={op}" for op in operations), "--junit-xml", str(junit))
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
    runs = [run_contract("--operation", "ShowServiceEvents", "--seed", seed, "--", "-k", "api") for seed in ("5", "5", "6")]
    assert all(r.returncode == 0 for r in runs), runs[0].stdout[-2000:] + runs[0].stderr[-2000:]
    digests = [_digest(r.stdout) for r in runs]
    assert digests[0] == digests[1] != digests[2]
    assert "repeat this run with --seed 5" in runs[0].stdout


EXCERPT_OPTIONS = [option for operation in documented_by("manual") for option in ("--operation", operation)]


def test_a_real_run_reads_ids_and_credentials_and_skips_what_it_cannot_address(tmp_path: Path) -> None:
    """The mock on a socket stands in for a real endpoint: AK/SK from the environment, ids from a file."""
    ak, sk = "REALRUNAK0000000001", "real-run-secret"
    ids = tmp_path / "ids.yaml"
    ids.write_text(f"pool_name: {POOL}\nShowPluginTemplate:\n  plugintemplate_name: npu-driver\n", encoding="utf-8")
    env = {
        **without_credentials(),
        "HUAWEICLOUD_SDK_AK": ak,
        "HUAWEICLOUD_SDK_SK": sk,
        "HUAWEICLOUD_SDK_PROJECT_ID": DEFAULT_PROJECT_ID,
        "MODELARTS_SERVICE_ID": "f76f20ba-78f5-44e8-893a-37c8c600c02f",
    }
    app = RecordingApp(create_app(Settings(keys={ak: sk}, validate_responses=True)))
    report = tmp_path / "report.json"
    with running_mock(app=app) as url:
        # the manual excerpt's fifteen reads, the operations this account's ids were written for
        result = run_contract(
            "--real", "--base-url", url, "--ids", str(ids), "--json-report", str(report), *REAL_RUN_OPTIONS, *EXCERPT_OPTIONS, env=env
        )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    summary = result.stdout[result.stdout.index("contract summary") :]
    assert f"against {url} (AK/SK), real endpoint: read-only, at most 1000/s" in summary
    ran = sorted(json.loads(report.read_text(encoding="utf-8"))["operations"])
    # every excerpt operation whose ids the file or the seed-free environment gives; its training job and task ids
    # were not given: the summary says so, and how many ran (issue 23)
    skipped = {s["operation"] for s in json.loads(report.read_text(encoding="utf-8"))["skipped"]}
    assert "ShowSaveImageJob" in skipped and ran == sorted(set(documented_by("manual")) - skipped), (ran, skipped)
    assert f"contract: {len(ran)} of " in summary
    assert f"not run ({len(skipped)}), no resource ids given (give them with --ids FILE or MODELARTS_<PARAM>): " in summary
    assert "ShowSaveImageJob (task_id, training_job_id)" in summary
    assert f"result: PASS ({len(skipped)} not run: --fail-on-skip fails a run for that)" in summary
    text = report.read_text(encoding="utf-8")
    assert ak not in text and sk not in text and ak not in result.stdout + result.stderr and sk not in result.stdout + result.stderr
    found = [(s["operation"], s["reason"], s["detail"]) for s in json.loads(text)["skipped"]]
    assert ("ShowSaveImageJob", "no-ids", "task_id, training_job_id") in found and {reason for _, reason, _ in found} == {"no-ids"}
    assert set(app.methods) == {"GET"}, f"a real run sent {app.methods}"
    # Regression (issue 23): with ids, --max-examples 5 still sent 540 requests (every coverage case, auth probes after
    # every answer). Now: the start-up probe, then per operation its example, 5 fuzzing cases and the client round trip.
    assert sum(app.methods.values()) <= 1 + len(ran) * (1 + 5 + 1), app.methods


def test_a_real_run_with_ids_for_every_operation_passes_sending_only_gets(tmp_path: Path) -> None:
    """Regression: ShowPoolTags' own block in schemathesis.toml once undid the read-only setting, so a real run
    probed it with TRACE (refused before sending, failing the run). Every operation runs here, ShowPoolTags included."""
    token = "real-run-token-0d9c"
    ids = write_json(tmp_path / "ids.json", spec_example_ids())  # {operationId: {param: id}} for every operation
    env = {**without_credentials(), "MODELARTS_AUTH_TOKEN": token, "HUAWEICLOUD_SDK_PROJECT_ID": DEFAULT_PROJECT_ID}
    app = RecordingApp(create_app(Settings(tokens=(token,), validate_responses=True)))
    report = tmp_path / "report.json"
    with running_mock(app=app) as url:
        result = run_contract(
            "--real", "--base-url", url, "--ids", str(ids), "--rate-limit", "1000/s", "--json-report", str(report), env=env
        )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    data = json.loads(report.read_text(encoding="utf-8"))
    reads = [op.operation_id for op in operations(load_openapi(SPEC).data) if op.method == "get"]
    assert data["kind"] == "real" and data["verdict"] == "PASS"
    # the writes, each said, and the stateful phase, which writes (tests/contract/test_contract_stateful.py)
    assert {(s["reason"], s["test"]) for s in data["skipped"]} == {("read-only", "all"), ("stateful-read-only", "stateful")}
    assert len(data["skipped"]) == len(operation_ids()) - len(reads) + 1 and data["stateful"] is None
    assert sorted(data["operations"]) == sorted(reads)
    assert set(app.methods) == {"GET"}, f"a real run sent {app.methods}"
    # The smoke profile, a real run's default: one case per operation, its client round trip, no auth probes (issue 23:
    # --max-examples 5 still sent 540 requests), whatever the number of operations.
    assert data["profile"]["name"] == "smoke" and {op["cases"] for op in data["operations"].values()} == {1}
    assert sum(app.methods.values()) == 1 + 2 * len(reads), app.methods  # the start-up probe, then 2 per read
    assert token not in report.read_text(encoding="utf-8") + result.stdout + result.stderr


def test_a_real_run_refuses_to_start_without_credentials(tmp_path: Path) -> None:
    env = {**without_credentials(), "HUAWEICLOUD_SDK_PROJECT_ID": DEFAULT_PROJECT_ID, "HOME": str(tmp_path)}  # no profile file either
    result = run_contract("--base-url", "https://modelarts.example.invalid", env=env)
    assert result.returncode == 4  # pytest's usage error: nothing was collected, nothing sent
    assert "no credentials: set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK" in result.stderr
    assert "Traceback" not in result.stdout + result.stderr
