"""`modelarts-contract` refuses at start-up what would waste or falsify a run, and a run that tested nothing fails.

Subprocess runs of the command: an ids file naming what the spec does not have, an unreachable URL, an unwritable
report path are usage errors (exit 4, one line, nothing run); a run whose every operation lacked ids is a failure,
not a green PASS; and the command leaves the caller's working directory as it found it.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from modelarts_mock import DEFAULT_PROJECT_ID, Settings
from modelarts_mock.testing import running_mock

from tests.support import free_port
from tests.support.contract_variants import COMMAND, run_contract, without_credentials

pytestmark = pytest.mark.slow  # subprocesses: left out of the fast tier

AK, SK = "STARTUPTESTAK0000001", "start-up-test-secret"
REAL_ENV = {"HUAWEICLOUD_SDK_AK": AK, "HUAWEICLOUD_SDK_SK": SK, "HUAWEICLOUD_SDK_PROJECT_ID": DEFAULT_PROJECT_ID}


def _one_line_usage_error(result: subprocess.CompletedProcess[str], *parts: str) -> str:
    """The run stopped before anything ran, with exit 4 and one line on stderr holding every part."""
    assert result.returncode == 4, result.stdout[-3000:] + result.stderr[-2000:]
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and all(part in lines[0] for part in parts), result.stderr
    assert "Traceback" not in result.stdout + result.stderr and "contract summary" not in result.stdout
    assert "[1/" not in result.stdout  # no test ran
    return lines[0]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("NoSuchOp: {x: y}\n", "NoSuchOp"),
        ("ShowPool: {pool: p}\n", "ShowPool.pool: not a path parameter of ShowPool (it has pool_name); did you mean pool_name?"),
        ("plugin_name: p\n", "plugin_name: not a path parameter of any operation (it has "),  # and the names it could be
        ("plugin_name: p\n", "; did you mean plugintemplate_name?"),
    ],
)
def test_an_ids_file_naming_what_the_spec_does_not_have_is_a_usage_error(text: str, key: str, tmp_path: Path) -> None:
    """Regression: an unknown operationId or parameter was ignored, so nothing ran and the run still passed; then it
    was refused without the valid names (issue 23: `plugin_name` for plugintemplate_name)."""
    ids = tmp_path / "ids.yaml"
    ids.write_text(text, encoding="utf-8")
    with running_mock(Settings(keys={AK: SK})) as url:
        result = run_contract(
            "--real", "--base-url", url, "--ids", str(ids), "--operation", "ShowPool", env={**without_credentials(), **REAL_ENV}
        )
    _one_line_usage_error(result, str(ids), key)


def test_a_run_that_tests_nothing_fails_saying_why(tmp_path: Path) -> None:
    """A real run whose only operation lacks its ids tests nothing: FAIL and exit 1, never a green PASS."""
    ids, report = tmp_path / "ids.yaml", tmp_path / "report.json"
    ids.write_text("pool_name: some-pool\n", encoding="utf-8")  # ShowService needs a service_id
    with running_mock(Settings(keys={AK: SK})) as url:
        result = run_contract(
            "--real", "--base-url", url, "--ids", str(ids), "--operation", "ShowService", "--json-report", str(report),
            env={**without_credentials(), **REAL_ENV},
        )  # fmt: skip
    assert result.returncode == 1, result.stdout[-3000:] + result.stderr[-2000:]
    summary = result.stdout[result.stdout.index("contract summary") :]
    assert "not run (1), no resource ids given (give them with --ids FILE or MODELARTS_<PARAM>): ShowService (service_id)" in summary
    assert "nothing was tested: every operation was left out (above)" in summary and "result: FAIL" in summary
    data = json.loads(report.read_text(encoding="utf-8"))
    assert (data["verdict"], data["exit_status"], data["operations"]) == ("FAIL", 1, {})
    assert [(s["operation"], s["reason"]) for s in data["skipped"]] == [("ShowService", "no-ids")]


def test_listing_the_tests_is_not_a_run_that_tested_nothing() -> None:
    result = run_contract("--operation", "ShowPool", "--", "--collect-only", env=without_credentials())
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "test_operation_honours_the_spec[ShowPool]" in result.stdout and "contract summary" not in result.stdout


@pytest.mark.parametrize("real", [False, True], ids=["fake", "real"])
def test_an_unreachable_url_is_one_clear_line_and_a_usage_error(real: bool) -> None:
    """Regression: a refused connection ran every test, retried, and printed pytest's tracebacks."""
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    credentials = {**REAL_ENV, "MODELARTS_POOL_NAME": "some-pool"} if real else {"MODELARTS_AUTH_TOKEN": "UnreachableTok5150"}
    env = {**without_credentials(), **credentials}
    result = run_contract("--base-url", url, "--operation", "ShowPool", *(["--real"] if real else []), env=env)
    line = _one_line_usage_error(result, f"cannot connect to {url}: connection refused")
    for secret in (AK, SK, "UnreachableTok5150"):
        assert secret not in line + result.stdout


def _unwritable_paths(tmp_path: Path) -> list[Path]:
    a_file = tmp_path / "a-file"
    a_file.write_text("", encoding="utf-8")
    return [a_file / "report", *([Path("/proc/nope/report")] if Path("/proc").is_dir() else [])]  # a file as folder; a kernel one


@pytest.mark.parametrize(("option", "suffix"), [("--json-report", ".json"), ("--junit-xml", ".xml")])
def test_an_unwritable_report_path_is_refused_before_anything_runs(option: str, suffix: str, tmp_path: Path) -> None:
    """Regression: it was noticed only after the whole run (exit 3, or pytest's INTERNALERROR for the JUnit XML)."""
    for path in _unwritable_paths(tmp_path):
        result = run_contract("--operation", "ShowOsQuota", option, f"{path}{suffix}", env=without_credentials())
        _one_line_usage_error(result, f"{option} {path}{suffix}")


def test_the_command_leaves_the_working_directory_as_it_found_it(tmp_path: Path) -> None:
    """Regression: Hypothesis wrote its .hypothesis/ caches into the caller's directory; they go to the user's cache now."""
    work, home = tmp_path / "work", tmp_path / "home"
    work.mkdir()
    env = {k: v for k, v in without_credentials().items() if k not in ("XDG_CACHE_HOME", "HYPOTHESIS_STORAGE_DIRECTORY")}
    command = [str(COMMAND), "-q", "--operation", "ShowOsQuota", "--max-examples", "2", "--seed", "1", "--json-report", "r.json"]
    result = subprocess.run(command, cwd=work, capture_output=True, text=True, timeout=300, env={**env, "HOME": str(home)})
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert sorted(os.listdir(work)) == ["r.json"]
    assert any((home / ".cache" / "modelarts-contract" / "hypothesis").iterdir())


def test_a_non_ascii_token_is_a_usage_error_naming_the_variable_not_the_token() -> None:
    """Regression (issue 21): a non-ASCII MODELARTS_AUTH_TOKEN ended in an INTERNALERROR traceback, exit 3."""
    token = "tökén-4b1d"
    url = f"http://127.0.0.1:{free_port()}"  # never reached: the credentials are refused first
    result = run_contract("--base-url", url, env={**without_credentials(), "MODELARTS_AUTH_TOKEN": token})
    line = _one_line_usage_error(result, "MODELARTS_AUTH_TOKEN: character 2 of 10 is not printable ASCII")
    assert token not in line + result.stdout and "INTERNALERROR" not in result.stdout + result.stderr


def test_a_real_run_without_anything_names_everything_missing_at_once(tmp_path: Path) -> None:
    """Regression (issue 23): without credentials only the missing project id was reported."""
    result = run_contract("--real", env={**without_credentials(), "HOME": str(tmp_path)})  # no profile file either
    _one_line_usage_error(result, "no endpoint", "no credentials: set HUAWEICLOUD_SDK_AK", "no project id")
