"""modelarts_contract/plugin.py's hooks, called directly (no run), its start-up checks, and the floors of what the package needs.

pytest shows a failed test's report (the console, the JUnit XML) from the report object the hooks receive: the
plugin redacts it first. Naming each test after its operation uses a private pytest API, which must degrade.
"""

from __future__ import annotations

import socket
import ssl
import tomllib
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import requests
from modelarts_contract import plugin
from modelarts_contract import session as suite_session
from modelarts_contract.options import TargetError
from modelarts_contract.preflight import check_reachable, check_report_path, reason
from modelarts_contract.report import ContractReport
from modelarts_mock.testing import running_mock
from packaging.requirements import Requirement

from tests.support import ROOT, free_port

SECRETS = ("EchoedTok9876", "ECHOEDAK0000000001", "echoed-sts-token")
NODE = "suite/test_api_contract.py::test_operation_honours_the_spec[ShowPool]"


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch) -> Any:
    """The plugin's view of a run: its report (which knows the secrets); the target and the schema are not needed."""
    fake = SimpleNamespace(report=ContractReport(secrets=SECRETS))
    monkeypatch.setattr(suite_session, "_current", fake)
    return fake


def _failed(message: str, sections: list[tuple[str, str]]) -> pytest.TestReport:
    try:
        raise AssertionError(message)
    except AssertionError:
        longrepr = pytest.ExceptionInfo[AssertionError].from_current().getrepr(style="long")
    return pytest.TestReport(NODE, ("suite/test_api_contract.py", 1, "t"), {}, "failed", longrepr, "call", sections)


def test_a_failed_report_loses_the_secrets_before_the_terminal_and_junit_see_it(run: Any) -> None:
    """Regression: the summary and the JSON were redacted, pytest's own failure output and --junit-xml were not."""
    signature = "9f" * 32
    echoed = f"{SECRETS[0]} Access={SECRETS[1]}, SignedHeaders=host, Signature={signature} {SECRETS[2]}"
    report = _failed(f"response echoed {echoed}", [("Captured stdout call", f"echo {echoed}"), ("Captured log call", SECRETS[0])])
    plugin.pytest_runtest_logreport(report)
    assert report.longrepr is not None
    crash = report.longrepr.reprcrash  # type: ignore[union-attr]
    shown = {
        "terminal": report.longreprtext,  # what the terminal reporter writes (pytest renders it through toterminal)
        "JUnit text": str(report.longrepr),
        "crash line": crash.message,  # the short summary's and JUnit's message attribute
        "sections": repr(report.sections),
    }
    for where, text in shown.items():
        assert "<redacted>" in text, where
        for secret in (*SECRETS, signature):
            assert secret not in text, (where, secret)
    assert crash.message.startswith("AssertionError: response echoed <redacted>") and "\n" not in str(crash)
    assert run.report.errors["ShowPool", "schemathesis"].startswith("AssertionError: response echoed <redacted>")


def test_a_report_without_secrets_is_left_as_pytest_made_it(run: Any) -> None:
    report = _failed("an honest failure", [("Captured stdout call", "nothing secret")])
    longrepr, sections = report.longrepr, list(report.sections)
    plugin.pytest_runtest_logreport(report)
    assert report.longrepr is longrepr and report.sections == sections


def test_a_skip_reason_is_redacted_and_stays_pytests_tuple(run: Any) -> None:
    report = pytest.TestReport(NODE, ("f.py", 1, "t"), {}, "skipped", ("f.py", 3, f"Skipped: {SECRETS[0]}"), "setup", [])
    plugin.pytest_runtest_logreport(report)
    assert report.longrepr == ("f.py", 3, "Skipped: <redacted>")


def test_without_pytests_node_id_api_the_items_keep_schemathesis_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression: on a pytest without `item._id` (8.4) the run crashed with an INTERNALERROR; now it only loses the names."""
    spec = SimpleNamespace(operations=[SimpleNamespace(operation_id="ShowPool", method="GET")])
    labels = {"GET /a": "ShowPool", "GET /b": "ShowOsQuota"}
    profile = SimpleNamespace(stateless=True)
    fake_run = SimpleNamespace(labels=labels, selects=lambda operation: operation == "ShowPool", spec=spec, profile=profile)
    monkeypatch.setattr(suite_session, "_current", fake_run)
    kept = SimpleNamespace(operation_label="GET /a", nodeid="suite/t.py::test_operation_honours_the_spec[GET /a]")
    left_out = SimpleNamespace(operation_label="GET /b", nodeid="suite/t.py::test_operation_honours_the_spec[GET /b]")
    other = SimpleNamespace(nodeid="suite/t.py::test_every_operation_accepted_the_credentials")
    items: list[Any] = [kept, left_out, other]
    deselected: list[Any] = []
    config = SimpleNamespace(hook=SimpleNamespace(pytest_deselected=lambda items: deselected.extend(items)))
    plugin.pytest_collection_modifyitems(config, items)  # type: ignore[arg-type]
    assert items == [kept, other] and deselected == [left_out]


def _requirements() -> dict[str, Requirement]:
    project = tomllib.loads((ROOT / "contract_tests" / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {requirement.name: requirement for requirement in map(Requirement, project["dependencies"])}


@pytest.mark.parametrize(
    ("package", "too_old", "needed", "why"),
    [
        ("pytest", "9.1.0", "9.2.0", "plugin.py names items through pytest 9.2's NodeId API (item._id.with_params)"),
        ("pytest", "8.4.2", "9.2.0", "pytest 8.4 has no item._id"),
        ("schemathesis", "4.32.0", "4.32.5", "session.py calls case.meta.is_negative_at"),
        ("requests", "2.30.0", "2.31.0", "2.31 stops sending Proxy-Authorization to the target on redirects (CVE-2023-32681)"),
        ("httpx", "0.25.2", "0.27.0", "below 0.26 the client's in-process round trip of ShowPoolMonitor gets a 404"),
    ],
)
def test_the_declared_floors_admit_only_versions_the_code_works_with(package: str, too_old: str, needed: str, why: str) -> None:
    """Regression: `pytest>=8.3` and `schemathesis>=4.32` admitted versions the suite crashes on."""
    specifier = _requirements()[package].specifier
    assert too_old not in specifier and needed in specifier, why


def test_the_installed_versions_meet_the_floors() -> None:
    from importlib.metadata import version

    for name, requirement in _requirements().items():
        assert requirement.specifier.contains(version(name), prereleases=True), (name, version(name))


def test_a_target_that_answers_anything_is_reachable() -> None:
    with running_mock() as url:
        check_reachable(url)  # the mock answers 404 at its root: something is there
        check_reachable(url + "/v2")


def test_an_unreachable_target_is_one_line_saying_why() -> None:
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    with pytest.raises(TargetError) as raised:
        check_reachable(url, timeout=2)
    assert str(raised.value) == f"cannot connect to {url}: connection refused"


@pytest.mark.parametrize(
    ("cause", "why"),
    [
        (socket.gaierror(-2, "Name or service not known"), "unknown host"),
        (requests.ConnectTimeout("timed out"), "no answer within 5 s"),
        (ssl.SSLCertVerificationError(1, "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed"), "TLS: "),
        (OSError(113, "No route to host"), "no route to host"),
    ],
)
def test_the_reason_is_picked_from_the_causes_never_the_message(cause: BaseException, why: str) -> None:
    """requests wraps the socket's error (urllib3 keeps it as an argument or a `reason`); its own text may name a proxy URL."""
    exc = requests.ConnectionError("HTTPSConnectionPool: Caused by ProxyError('http://user:hunter2@proxy:3128')")
    exc.__context__ = cause
    assert reason(exc, 5.0).startswith(why) and "hunter2" not in reason(exc, 5.0)


def test_a_report_path_must_be_a_file_in_a_folder_one_can_write(tmp_path: Path) -> None:
    check_report_path("--json-report", tmp_path / "new" / "folders" / "r.json")  # folders to be created: fine
    assert not (tmp_path / "new").exists() and list(tmp_path.iterdir()) == []  # the check itself leaves nothing
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    with pytest.raises(TargetError, match=r"--junit-xml .*a-file/r\.xml: .*a-file is not a folder"):
        check_report_path("--junit-xml", tmp_path / "a-file" / "r.xml")
    with pytest.raises(TargetError, match="is a directory"):
        check_report_path("--json-report", tmp_path)


def test_deletions_run_last_the_deepest_path_first_then_the_stateful_phase_then_missing_auth(monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression: on a fake at a URL, DeleteProcessorTask (earlier in the spec) took the task's versions with it, and
    DeleteProcessorTaskVersion's client round trip then met a 404."""

    def op(operation_id: str, method: str, *params: str) -> Any:
        return SimpleNamespace(operation_id=operation_id, method=method, path_params=frozenset(params))

    operations = [op("DeleteProcessorTask", "DELETE", "project_id", "task_id"), op("ShowPool", "GET", "project_id", "pool_name")]
    operations.append(op("DeleteProcessorTaskVersion", "DELETE", "project_id", "task_id", "version_id"))
    spec = SimpleNamespace(operations=operations)
    fake_run = SimpleNamespace(labels={}, selects=lambda operation: True, spec=spec, profile=SimpleNamespace(stateless=True))
    fake_run.stateful_runs, fake_run.stateful_skip = True, None
    monkeypatch.setattr(suite_session, "_current", fake_run)
    names = [
        "test_every_operation_accepted_the_credentials",
        "test_resources_live_as_their_links_say",
        "test_operation_honours_the_spec[DeleteProcessorTask]",
        "test_model_round_trips_the_json_received[DeleteProcessorTaskVersion]",
        "test_operation_honours_the_spec[DeleteProcessorTaskVersion]",
        "test_operation_honours_the_spec[ShowPool]",
    ]
    items: list[Any] = [SimpleNamespace(nodeid=f"suite/t.py::{name}") for name in names]
    config = SimpleNamespace(hook=SimpleNamespace(pytest_deselected=lambda items: None))
    plugin.pytest_collection_modifyitems(config, items)  # type: ignore[arg-type]
    assert [item.nodeid.rsplit("::", 1)[1] for item in items] == [names[5], names[3], names[4], names[2], names[1], names[0]]
