"""pytest plugin of the contract suite: options, start-up checks, the target's lifetime, progress lines, the summary and
the JSON report; and no credential in any of pytest's own reports of a test (the console, --junit-xml)."""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest

import modelarts_contract.session as suite_session
from modelarts_contract.options import OPTIONS, TargetError
from modelarts_contract.preflight import check_reachable, check_report_path
from modelarts_contract.progress import Progress
from modelarts_contract.redaction import redact_report
from modelarts_contract.targets import choose_kind, open_target

_exit_stack = contextlib.ExitStack()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("contract", "ModelArts contract suite")
    for flags, kwargs in OPTIONS:
        group.addoption(*flags, **kwargs)


def pytest_configure(config: pytest.Config) -> None:
    try:
        _start(config.option)
    except TargetError as exc:
        _exit_stack.close()
        raise pytest.UsageError(f"contract suite: {exc}") from None
    except BaseException:
        _exit_stack.close()  # never leave a mock server running behind a crash
        raise
    config.pluginmanager.register(Progress(config), "modelarts-contract-progress")


def _start(option: Any) -> None:
    """Check what can be checked before any test (cheapest first, nothing sent until the options are sound), then bind
    the run to its target."""
    junit_xml = option.xmlpath and Path(os.path.expanduser(os.path.expandvars(option.xmlpath)))  # as pytest's junitxml reads it
    for name, path in (("--json-report", option.json_report), ("--junit-xml", junit_xml)):
        if path:
            check_report_path(name, path)
    kind = choose_kind(option.target, base_url=option.base_url, real=option.real, app=option.app)
    target = _exit_stack.enter_context(
        open_target(
            kind,
            base_url=option.base_url,
            app_factory=option.app,
            ids_file=option.ids,
            rate_limit=option.rate_limit,
            project_id=option.project_id,
        )
    )
    if target.kind in ("url", "real") and target.base_url:  # a target the suite did not start itself
        check_reachable(target.base_url)
    suite_session.start(target, seed=option.seed, max_examples=option.max_examples, only=option.operation)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Name each generated test after its operation (JUnit, -k) and deselect the operations this run leaves out."""
    run = suite_session.current()
    selected: list[pytest.Item] = []
    deselected: list[pytest.Item] = []
    for item in items:
        label = getattr(item, "operation_label", None)
        operation = run.labels.get(label) if label else None
        if operation is None:
            selected.append(item)
            continue
        _name_after(item, operation)
        (selected if run.selects(operation) else deselected).append(item)
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = selected


def _name_after(item: pytest.Item, operation: str) -> None:
    """pytest 9 builds item ids from callspecs, so schemathesis' "[GET /path]" suffix is lost and all operations share
    one id (one JUnit name): give each its operationId, through pytest 9.2's NodeId API. That API is private, so a
    pytest without it keeps schemathesis' own ids instead of crashing the run with an INTERNALERROR."""
    node_id = getattr(item, "_id", None)
    with_params = getattr(node_id, "with_params", None)
    if callable(with_params) and getattr(node_id, "params", "") is None:
        item._id = with_params(operation)


@pytest.hookimpl(tryfirst=True)  # before pytest's terminal reporter and junitxml, which show the report as they get it
def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Redact the report; then note which operations were tested, and failures no check tally explains (a client round
    trip, a connection error), for the summary."""
    run = suite_session.current()
    redact_report(report, run.report.secrets)
    if report.when != "call" or "[" not in report.nodeid:
        return
    operation = report.nodeid.rsplit("[", 1)[1].rstrip("]")
    if report.passed or report.failed:
        run.report.record_tested(operation)
    if report.failed:
        test = report.nodeid.split("::")[-1].split("[")[0]
        run.report.record_test_failure(operation, test, report.longreprtext)


@pytest.hookimpl(wrapper=True)
def pytest_exception_interact(report: pytest.TestReport | pytest.CollectReport) -> Generator[None, None, None]:
    """After the failure's report left pytest_runtest_logreport, schemathesis' own hook rewrites it from the exception
    (shorter, but the target's echo again), and the terminal shows that at the end: redact it once more."""
    try:
        yield
    finally:
        redact_report(report, suite_session.current().report.secrets)


def pytest_sessionfinish(session: pytest.Session) -> None:
    """A run that tested nothing fails; then the JSON report, beside pytest's JUnit: written whole or not at all."""
    run = suite_session.current()
    if not run.report.tested and session.exitstatus == pytest.ExitCode.OK and not session.config.option.collectonly:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED  # not a green CI job: the summary says why
    path: Path | None = session.config.option.json_report
    if path is None:
        return
    target = run.target
    data = run.report.to_json(
        target=target.name, kind=target.kind, auth=target.auth_kind, seed=run.seed, skipped=run.skipped, exit_status=int(session.exitstatus)
    )
    try:
        write_atomically(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    except OSError as exc:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.write_line(f"contract suite: cannot write --json-report {path}: {exc.strerror or exc}", red=True)
        session.exitstatus = pytest.ExitCode.INTERNAL_ERROR


def write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # A unique name beside the file (same file system, so the rename is atomic); opened "x", it honours the umask.
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        with open(temporary, "x", encoding="utf-8") as file:
            file.write(text)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def pytest_unconfigure(config: pytest.Config) -> None:
    _exit_stack.close()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    if config.option.collectonly:  # nothing ran: no summary to give
        return
    run = suite_session.current()
    terminalreporter.write_sep("=", "contract summary")
    terminalreporter.write_line(run.report.render(run.target.description, run.skipped))
    terminalreporter.write_line(f"seed {run.seed}: repeat this run with --seed {run.seed}")
    if run.skipped:
        terminalreporter.write_line("not run (no resource ids given): " + ", ".join(run.skipped))
    if config.option.json_report is not None and config.option.json_report.is_file():
        terminalreporter.write_line(f"json report: {config.option.json_report}")
