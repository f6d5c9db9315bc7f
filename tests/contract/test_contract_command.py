"""modelarts_contract/cli.py and progress.py, without running the suite: the pytest command line the CLI builds, usage
errors answered before pytest starts, and the progress line's words."""

from __future__ import annotations

from pathlib import Path

import pytest
from modelarts_contract import cli
from modelarts_contract.options import TargetError
from modelarts_contract.progress import progress_line


def test_the_suite_runs_with_its_own_configuration_and_the_options_verbatim() -> None:
    args = cli.pytest_args(["-q", "--base-url", "http://127.0.0.1:8080", "--json-report", "r.json", "--", "-k", "client", "-x"])
    assert args[0] == str(cli.SUITE) and (cli.SUITE / "test_api_contract.py").is_file()
    assert args[args.index("-c") + 1] == str(cli.INI) and cli.INI.is_file()
    assert args[args.index("--rootdir") + 1] == str(cli.PACKAGE)
    assert args[args.index("-p") + 1] == "modelarts_contract.plugin" and "no:cacheprovider" in args
    assert args[-8:] == ["-q", "--base-url", "http://127.0.0.1:8080", "--json-report", "r.json", "-k", "client", "-x"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--no-such-option"], "unrecognized arguments: --no-such-option"),
        (["--base"], "unrecognized arguments: --base"),  # no abbreviations: pytest would read them differently
        (["--seed", "x"], "argument --seed: invalid int value: 'x'"),
        (["--target", "moon"], "argument --target: invalid choice: 'moon'"),
        (["-k", "api"], "unrecognized arguments: -k api"),  # pytest's own options go after --
    ],
)
def test_bad_options_are_refused_before_pytest_starts(argv: list[str], message: str) -> None:
    with pytest.raises(TargetError, match=message):
        cli.pytest_args(argv)


def test_main_answers_a_usage_error_with_one_line_and_exit_4(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--max-examples"]) == 4
    err = capsys.readouterr().err
    assert err == "modelarts-contract: error: argument --max-examples: expected one argument (see modelarts-contract --help)\n"


def test_main_prints_help_and_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--help"]) == 0
    assert "--json-report FILE" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("nodeid", "outcome", "cases", "failed", "line"),
    [
        (
            "suite/test_api_contract.py::test_operation_honours_the_spec[ShowPool]",
            "passed",
            152,
            [],
            "[3/31] ShowPool · schemathesis: passed (152 cases, 2.1 s)",
        ),
        (
            "suite/test_api_contract.py::test_operation_honours_the_spec[ShowOsQuota]",
            "FAILED",
            1,
            ["not_a_server_error", "status_code_conformance"],
            "[3/31] ShowOsQuota · schemathesis: FAILED (1 case, 2.1 s): not_a_server_error, status_code_conformance",
        ),
        (
            "suite/test_client_contract.py::test_model_round_trips_the_json_received[ShowPool]",
            "passed",
            None,
            [],
            "[3/31] ShowPool · client: passed (2.1 s)",
        ),
        (
            "suite/test_api_contract.py::test_every_operation_accepted_the_credentials",
            "error in setup",
            None,
            [],
            "[3/31] all operations · missing_auth: error in setup (2.1 s)",
        ),
    ],
)
def test_a_progress_line_names_operation_test_outcome_cases_and_time(
    nodeid: str, outcome: str, cases: int | None, failed: list[str], line: str
) -> None:
    assert progress_line(3, 31, nodeid, outcome, 2.1, cases, failed) == line


def test_help_documents_every_exit_status_the_command_gives(capsys: pytest.CaptureFixture[str]) -> None:
    """pytest's codes, each with when the command gives it (the epilog's lines as printed, not reflowed)."""
    assert cli.main(["--help"]) == 0
    out = capsys.readouterr().out
    epilog = out[out.index("exit status") :].splitlines()
    for code, meaning in [
        (0, "passed"),
        (1, "nothing was tested"),
        (2, "interrupted"),
        (3, "internal error"),
        (4, "usage error"),
        (5, "no test"),
    ]:
        assert any(line.startswith(f"  {code}  ") and meaning in line for line in epilog), (code, epilog)


def test_hypothesis_caches_go_to_the_users_cache_folder_unless_the_caller_chose_one(tmp_path: Path) -> None:
    assert cli.hypothesis_home({"XDG_CACHE_HOME": str(tmp_path)}) == tmp_path / "modelarts-contract" / "hypothesis"
    environ = {"HOME": str(tmp_path)}
    with cli.hypothesis_storage(environ):
        assert environ[cli.HYPOTHESIS_STORAGE] == str(tmp_path / ".cache" / "modelarts-contract" / "hypothesis")
    assert cli.HYPOTHESIS_STORAGE not in environ  # main() may run in the caller's process: its environment is restored
    chosen = {cli.HYPOTHESIS_STORAGE: "/somewhere/else"}
    with cli.hypothesis_storage(chosen):
        assert chosen[cli.HYPOTHESIS_STORAGE] == "/somewhere/else"
    assert chosen == {cli.HYPOTHESIS_STORAGE: "/somewhere/else"}
