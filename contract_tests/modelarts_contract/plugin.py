"""pytest plugin of the contract suite: options, the target's lifetime, the one-screen summary."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from modelarts_contract import session
from modelarts_contract.targets import KINDS, TargetError, open_target

_exit_stack = contextlib.ExitStack()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("contract", "ModelArts contract suite")
    group.addoption(
        "--target", choices=KINDS, default=None, help="asgi (default: the mock in-process), socket (the mock on a loopback port), real"
    )
    group.addoption("--base-url", default=None, help="a real ModelArts endpoint (implies --target real); or set MODELARTS_ENDPOINT")
    group.addoption("--app", default=None, help="MODULE:FACTORY or FILE.py:FACTORY: serve this ASGI app instead of the built-in mock")
    group.addoption("--ids", default=None, type=Path, help="YAML/JSON file of real resource ids: {param: id} or {operationId: {param: id}}")
    group.addoption("--rate-limit", default=None, help="bound on the request rate, e.g. 5/s (a real target defaults to 5/s)")
    group.addoption("--seed", type=int, default=None, help="seed of the generated cases, for a reproducible run")
    group.addoption("--operation", action="append", default=None, metavar="OPERATION_ID", help="run only this operation (repeatable)")
    group.addoption(
        "--max-examples", type=int, default=None, help="cases generated per operation in the fuzzing phase (default from schemathesis.toml)"
    )


def pytest_configure(config: pytest.Config) -> None:
    option = config.option
    kind = option.target or ("real" if option.base_url else "asgi")
    try:
        target = _exit_stack.enter_context(
            open_target(kind, base_url=option.base_url, app_factory=option.app, ids_file=option.ids, rate_limit=option.rate_limit)
        )
        session.start(target, seed=option.seed, max_examples=option.max_examples, only=option.operation)
    except TargetError as exc:
        _exit_stack.close()
        raise pytest.UsageError(f"contract suite: {exc}") from None
    except BaseException:
        _exit_stack.close()  # never leave a mock server running behind a crash
        raise


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Name each generated test after its operation (JUnit, -k) and deselect the operations this run leaves out."""
    run = session.current()
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
    session.current().report.record_test_failure(operation, test, report.longreprtext)


def pytest_unconfigure(config: pytest.Config) -> None:
    _exit_stack.close()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    run = session.current()
    terminalreporter.write_sep("=", "contract summary")
    terminalreporter.write_line(run.report.render(run.target.description))
    terminalreporter.write_line(f"seed {run.seed}: repeat this run with --seed {run.seed}")
    if run.skipped:
        terminalreporter.write_line("not run (no resource ids given): " + ", ".join(run.skipped))
