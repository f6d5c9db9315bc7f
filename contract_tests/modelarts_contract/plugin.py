"""pytest plugin of the contract suite: options, start-up checks, the target's lifetime, the order of the tests, progress
lines, the summary and the JSON report; and no credential in any of pytest's own reports of a test (the console, --junit-xml)."""

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
from modelarts_contract.contract_spec import load_contract_spec
from modelarts_contract.options import OPTIONS, TargetError
from modelarts_contract.preflight import check_reachable, check_report_path
from modelarts_contract.profiles import choose
from modelarts_contract.progress import Progress, label_of, operation_of
from modelarts_contract.redaction import redact_report
from modelarts_contract.summary import RunFacts, render, to_json
from modelarts_contract.targets import Request, choose_kind, open_target

_exit_stack = contextlib.ExitStack()
METHOD_ORDER = {"GET": 0, "HEAD": 0, "DELETE": 2}  # reads first, deletions last, other writes between
STATEFUL = "stateful"  # the label of the stateful phase's test (progress.TEST_LABELS): after the operations, before missing_auth


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
    _quiet_output(config)
    config.pluginmanager.register(Progress(config), "modelarts-contract-progress")


def _quiet_output(config: pytest.Config) -> None:
    """-q is one short screen: the failed tests' progress lines and the summary, which says where each failure is. pytest's
    tracebacks and its short summary (long paths into site-packages) are left out, unless asked for (`-- --tb=long`)."""
    if config.get_verbosity() < 0:
        if config.option.tbstyle == "auto":
            config.option.tbstyle = "no"
        if config.option.reportchars == "fE":  # pytest's default
            config.option.reportchars = "N"
    elif config.option.tbstyle == "auto":
        config.option.tbstyle = "short"


def _start(option: Any) -> None:
    """Check what can be checked before any test (cheapest first, nothing sent until the options are sound), then bind
    the run to its target."""
    junit_xml = option.xmlpath and Path(os.path.expanduser(os.path.expandvars(option.xmlpath)))  # as pytest's junitxml reads it
    for name, path in (("--json-report", option.json_report), ("--junit-xml", junit_xml)):
        if path:
            check_report_path(name, path)
    kind = choose_kind(option.target, base_url=option.base_url, real=option.real, app=option.app)
    profile = choose(option.profile, kind, max_examples=option.max_examples, max_cases=option.max_cases, phases=option.phases)
    spec = load_contract_spec(option.spec)
    request = Request(spec, option.base_url, option.app, option.ids, option.rate_limit, option.project_id, option.allow_writes)
    target = _exit_stack.enter_context(open_target(kind, request))
    if target.kind in ("url", "real") and target.base_url:  # a target the suite did not start itself
        check_reachable(target.base_url)
    suite_session.start(target, spec, profile, seed=option.seed, only=option.operation, not_stateful=option.exclude_from_stateful)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Name each test after its operation (JUnit, -k), deselect the operations this run leaves out, and order the rest:
    reads, then writes, then deletions (the deepest path first), each operation's client round trip before its schemathesis cases (a fake that
    keeps state then still holds what a read looks for; the suite's own mock is reset after every write), then the stateful
    phase, then missing_auth. The stateful phase is deselected where the profile leaves it out or nothing links the operations
    tested (a target that takes reads only keeps it, to skip it saying why); the schemathesis tests where only it runs."""
    run = suite_session.current()
    selected: list[pytest.Item] = []
    deselected: list[pytest.Item] = []
    operations: dict[int, str | None] = {}
    for item in items:
        label = getattr(item, "operation_label", None)
        operation = run.labels.get(label) if label else operation_of(item.nodeid)
        if label and operation is not None:
            _name_after(item, operation)
        operations[id(item)] = operation
        (selected if _selected(run, item, operation) else deselected).append(item)
    if deselected:
        config.hook.pytest_deselected(items=deselected)
    # Deletions deepest first: a parent's delete takes what lies below it (a task version, a workforce's worker).
    position = {
        op.operation_id: (METHOD_ORDER.get(op.method, 1), -len(op.path_params) if op.method == "DELETE" else 0, index)
        for index, op in enumerate(run.spec.operations)
    }

    def order(item: pytest.Item) -> tuple[int, int, int, int]:
        operation = operations[id(item)]
        if operation not in position:  # the stateful phase, then missing_auth, which sums up the operations: last
            return (3 if label_of(item.nodeid) == STATEFUL else 4, 0, 0, 0)
        rank, depth, index = position[operation]
        return (rank, depth, index, 0 if label_of(item.nodeid) == "client" else 1)

    items[:] = sorted(selected, key=order)


def _selected(run: suite_session.Run, item: pytest.Item, operation: str | None) -> bool:
    label = label_of(item.nodeid)
    if label == STATEFUL:
        return run.stateful_runs or run.stateful_skip is not None
    if label == "schemathesis" and not run.profile.stateless:
        return False
    return operation is None or run.selects(operation)


def _name_after(item: pytest.Item, operation: str) -> None:
    """pytest 9 builds item ids from callspecs, so schemathesis' "[GET /path]" suffix is lost and all operations share
    one id (one JUnit name): give each its operationId, through pytest 9.2's NodeId API. That API is private, so a
    pytest without it keeps schemathesis' own ids instead of crashing the run with an INTERNALERROR."""
    node_id = getattr(item, "_id", None)
    with_params = getattr(node_id, "with_params", None)
    if callable(with_params) and getattr(node_id, "params", "") is None:
        item._id = with_params(operation)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    run = suite_session.current()
    operation = operation_of(item.nodeid)
    info = run.spec.operation(operation) if operation else None
    run.before_test(operation, writes=info is not None and info.writes)
    if label_of(item.nodeid) == STATEFUL:
        run.dirty = True  # its scenarios start from the seed (stateful.py); what the last one made stays until reset


@pytest.hookimpl(tryfirst=True)  # before pytest's terminal reporter and junitxml, which show the report as they get it
def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Redact the report; then note which operations were tested, and failures no check tally explains (a client round
    trip, a connection error), for the summary."""
    run = suite_session.current()
    redact_report(report, run.report.secrets)
    operation = operation_of(report.nodeid)
    if report.when == "call" and report.failed and label_of(report.nodeid) == STATEFUL:
        run.report.record_stateful_error(report.longreprtext)
    if report.when != "call" or operation is None:
        return
    if report.passed or report.failed:
        run.report.record_tested(operation)
    if report.failed:
        run.report.record_test_failure(operation, label_of(report.nodeid), report.longreprtext)


@pytest.hookimpl(wrapper=True)
def pytest_exception_interact(report: pytest.TestReport | pytest.CollectReport) -> Generator[None, None, None]:
    """After the failure's report left pytest_runtest_logreport, schemathesis' own hook rewrites it from the exception
    (shorter, but the target's echo again), and the terminal shows that at the end: redact it once more."""
    try:
        yield
    finally:
        redact_report(report, suite_session.current().report.secrets)


def _facts(config: pytest.Config) -> RunFacts:
    run = suite_session.current()
    target, spec = run.target, run.spec
    return RunFacts(
        target=target.name,
        description=target.description,
        kind=target.kind,
        auth=target.auth_kind,
        seed=run.seed,
        profile=run.profile,
        in_spec=len(spec.operations),
        writes_in_spec=sum(op.writes for op in spec.operations),
        selected=len(run.only) if run.only else len(spec.operations),
        fail_on_skip=config.option.fail_on_skip,
        verbose=config.get_verbosity() > 0,
    )


def pytest_sessionfinish(session: pytest.Session) -> None:
    """A run that tested nothing fails, and so does one that skipped anything under --fail-on-skip; then the JSON report,
    beside pytest's JUnit: written whole or not at all."""
    run = suite_session.current()
    untested = not run.report.tested or (session.config.option.fail_on_skip and run.report.skips)
    if session.exitstatus == pytest.ExitCode.OK and not session.config.option.collectonly and untested:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED  # not a green CI job: the summary says why
    path: Path | None = session.config.option.json_report
    if path is None:
        return
    data = to_json(run.report, _facts(session.config), exit_status=int(session.exitstatus))
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
    terminalreporter.write_line(render(run.report, _facts(config)))
    terminalreporter.write_line(f"seed {run.seed}: repeat this run with --seed {run.seed}")
    if config.option.json_report is not None and config.option.json_report.is_file():
        terminalreporter.write_line(f"json report: {config.option.json_report}")
