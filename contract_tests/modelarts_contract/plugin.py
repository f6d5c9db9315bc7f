"""pytest plugin of the contract suite: options, the target's lifetime, progress lines, the summary and the JSON report."""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from pathlib import Path

import pytest

import modelarts_contract.session as suite_session
from modelarts_contract.options import OPTIONS, TargetError
from modelarts_contract.progress import Progress
from modelarts_contract.targets import choose_kind, open_target

_exit_stack = contextlib.ExitStack()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("contract", "ModelArts contract suite")
    for flags, kwargs in OPTIONS:
        group.addoption(*flags, **kwargs)


def pytest_configure(config: pytest.Config) -> None:
    option = config.option
    try:
        if option.json_report is not None and option.json_report.is_dir():
            raise TargetError(f"--json-report {option.json_report}: is a directory, expected a file name")
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
        suite_session.start(target, seed=option.seed, max_examples=option.max_examples, only=option.operation)
    except TargetError as exc:
        _exit_stack.close()
        raise pytest.UsageError(f"contract suite: {exc}") from None
    except BaseException:
        _exit_stack.close()  # never leave a mock server running behind a crash
        raise
    config.pluginmanager.register(Progress(config), "modelarts-contract-progress")


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
        # pytest 9 builds item ids from callspecs, so schemathesis' "[GET /path]" suffix is lost and all
        # operations share one id (one JUnit name). Give each its operationId (pytest 9.2's NodeId API).
        if item._id.params is None:
            item._id = item._id.with_params(operation)
        (selected if run.selects(operation) else deselected).append(item)
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = selected


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """A failed test the check tallies do not explain (a client round trip, a connection error) reaches the summary too."""
    if report.when != "call" or not report.failed or "[" not in report.nodeid:
        return
    operation = report.nodeid.rsplit("[", 1)[1].rstrip("]")
    test = report.nodeid.split("::")[-1].split("[")[0]
    suite_session.current().report.record_test_failure(operation, test, report.longreprtext)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """The JSON report, beside pytest's JUnit: written whole or not at all, so a reader never sees half of one."""
    path: Path | None = session.config.option.json_report
    if path is None:
        return
    run = suite_session.current()
    target = run.target
    data = run.report.to_json(
        target=target.name, kind=target.kind, auth=target.auth_kind, seed=run.seed, skipped=run.skipped, exit_status=int(exitstatus)
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
    run = suite_session.current()
    terminalreporter.write_sep("=", "contract summary")
    terminalreporter.write_line(run.report.render(run.target.description))
    terminalreporter.write_line(f"seed {run.seed}: repeat this run with --seed {run.seed}")
    if run.skipped:
        terminalreporter.write_line("not run (no resource ids given): " + ", ".join(run.skipped))
    if config.option.json_report is not None and config.option.json_report.is_file():
        terminalreporter.write_line(f"json report: {config.option.json_report}")
