"""`modelarts-contract`, the command: a fake at a URL, progress lines, the JSON report, any working directory, usage errors.

Subprocess runs of the installed command (or `python -m modelarts_contract`), as a user would run it.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from modelarts_mock import Settings, create_app
from modelarts_mock.testing import running_mock

from tests.support import operation_ids
from tests.support.contract_variants import COMMAND, RecordingApp, run_contract, without_credentials

pytestmark = pytest.mark.slow  # subprocesses: left out of the fast tier


def test_a_fake_at_a_loopback_url_runs_every_operation_without_ids_or_real_mode_limits(tmp_path: Path) -> None:
    """No --ids, no --real: the spec's example ids (the mock's seed), a token from the environment, no rate limit, and
    with --allow-writes the coverage phase's other methods sent too. Progress lines (without -q: under -q only the
    tests that did not pass get one) and the JSON report come from the same run."""
    token = "fake-run-token-7c1e"
    app = RecordingApp(create_app(Settings(tokens=(token,), validate_responses=True)))
    report = tmp_path / "out" / "report.json"
    with running_mock(app=app) as url:
        result = run_contract(
            "--base-url",
            url,
            "--allow-writes",
            "--profile",  # one case each: 223 operations over a socket stay within the command's timeout
            "smoke",
            "--json-report",
            str(report),
            env={**without_credentials(), "MODELARTS_AUTH_TOKEN": token},
            quiet=False,
        )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert f"against {url} (token) (cases digest" in result.stdout
    assert "not run (" not in result.stdout  # every operation found its ids (no skip line)
    assert set(app.methods) > {"GET"}, app.methods  # not real: unexpected methods are probed (and refused by the mock)

    total = 2 * len(operation_ids()) + 1  # schemathesis and the client per operation, and missing_auth
    progress = re.findall(r"^\[(\d+)/(\d+)\] (.+?) · (schemathesis|client|missing_auth): passed \(", result.stdout, re.MULTILINE)
    assert [int(done) for done, _, _, _ in progress] == list(range(1, total + 1)) and {t for _, t, _, _ in progress} == {str(total)}
    assert {op for _, _, op, test in progress if test == "schemathesis"} == set(operation_ids())

    text = report.read_text(encoding="utf-8")
    assert token not in text and token not in result.stdout + result.stderr
    data = json.loads(text)
    assert list(data) == [
        "target",
        "kind",
        "auth",
        "seed",
        "cases_digest",
        "verdict",
        "exit_status",
        "profile",
        "counts",
        "stateful",
        "checks",
        "operations",
        "failures",
        "errors",
        "missing_auth",
        "skipped",
    ]
    assert (data["target"], data["kind"], data["auth"], data["seed"], data["verdict"]) == (url, "url", "token", "1", "PASS")
    assert data["cases_digest"].startswith(re.search(r"cases digest (\w+)", result.stdout).group(1))  # type: ignore[union-attr]
    assert sorted(data["operations"]) == sorted(operation_ids())
    for operation, row in data["operations"].items():
        assert list(row["checks"]) == data["checks"] and row["cases"] > 0, operation
        assert sum(c["passed"] for c in row["checks"].values()) > 0 and not any(c["failed"] for c in row["checks"].values())
    assert data["failures"] == data["errors"] == data["missing_auth"] == data["skipped"] == []
    assert data["stateful"] is None  # smoke leaves the stateful phase out


def test_the_command_runs_from_any_directory_whatever_its_pytest_configuration(tmp_path: Path) -> None:
    """The caller's pytest.ini, pyproject.toml and conftest.py must not apply; relative report paths are the caller's."""
    (tmp_path / "pytest.ini").write_text("[pytest]\naddopts = --no-such-option\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.pytest.ini_options]\naddopts = "--nor-this"\n', encoding="utf-8")
    (tmp_path / "conftest.py").write_text("raise RuntimeError('the caller conftest.py was loaded')\n", encoding="utf-8")
    command = [
        str(COMMAND),
        "-q",
        "--operation",
        "ShowOsQuota",
        "--max-examples",
        "1",
        "--junit-xml",
        "out/junit.xml",
        "--json-report",
        "out/report.json",
    ]
    result = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=300, env=without_credentials())
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "against the built-in mock, in-process (token)" in result.stdout
    assert json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))["verdict"] == "PASS"
    assert (tmp_path / "out" / "junit.xml").is_file()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--no-such-option"], "modelarts-contract: error: unrecognized arguments: --no-such-option"),
        (["--max-examples", "many"], "argument --max-examples: invalid int value: 'many'"),
        (["--phases", "examples,stateless"], "--phases examples,stateless: expected one or more of examples, coverage, fuzzing, stateful"),
        (["--base-url", "ftp://127.0.0.1:8080"], "--base-url 'ftp://127.0.0.1:8080': expected http(s)://host"),
        (["--base-url", "http://admin:hunter2@127.0.0.1:8080"], "--base-url must not carry credentials (user:password@host)"),
        (
            ["--real", "--base-url", "http://127.0.0.1:8080"],
            "a real run needs credentials and a project: no credentials: set HUAWEICLOUD_SDK_AK",
        ),
    ],
)
def test_usage_errors_are_one_clear_line_and_exit_4(args: list[str], message: str, tmp_path: Path) -> None:
    env = {**without_credentials(), "HUAWEICLOUD_SDK_PROJECT_ID": "0123456789abcdef0123456789abcdef", "HOME": str(tmp_path)}
    result = run_contract(*args, env=env)
    assert result.returncode == 4, result.stdout[-2000:] + result.stderr[-2000:]
    assert message in result.stderr
    assert [line for line in result.stderr.splitlines() if line.strip()] == [
        next(line for line in result.stderr.splitlines() if message in line)
    ]
    assert "Traceback" not in result.stdout + result.stderr and "hunter2" not in result.stdout + result.stderr
    assert "contract summary" not in result.stdout  # nothing ran


def test_help_lists_every_option() -> None:
    result = subprocess.run([sys.executable, "-m", "modelarts_contract", "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    for option in (
        "--target",
        "--base-url",
        "--real",
        "--app",
        "--project-id",
        "--ids",
        "--rate-limit",
        "--seed",
        "--operation",
        "--exclude-from-stateful",
        "--phases",
        "--max-examples",
        "--max-cases",
        "--profile",
        "--spec",
        "--allow-writes",
        "--fail-on-skip",
        "--json-report",
        "--junit-xml",
    ):
        assert option in result.stdout
