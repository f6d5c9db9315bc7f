"""One line per test as it finishes: a long run shows where it is and what each operation got.

`[3/31] ShowPool · schemathesis: passed (152 cases, 2.1 s)`. Under -q only the tests that did not pass get one,
so a run of 200 operations stays one screen. Registered by the plugin; written through pytest's terminal
reporter, in place of pytest's dots (which would land between the lines).
"""

from __future__ import annotations

from typing import Any

import pytest

import modelarts_contract.session as suite_session

# What each test of the suite checks, as the progress line, the summary and the JSON report name it.
TEST_LABELS = {
    "test_operation_honours_the_spec": "schemathesis",
    "test_model_round_trips_the_json_received": "client",
    "test_every_operation_accepted_the_credentials": "missing_auth",
    "test_resources_live_as_their_links_say": "stateful",
}


def operation_of(nodeid: str) -> str | None:
    """The operation a test's node id names (`…[ShowPool]`), or None for a test of the whole run."""
    return nodeid.rsplit("[", 1)[1].rstrip("]") if nodeid.endswith("]") else None


def label_of(nodeid: str) -> str:
    test = nodeid.rsplit("::", 1)[-1].partition("[")[0]
    return TEST_LABELS.get(test, test)


def progress_line(
    index: int, total: int, nodeid: str, outcome: str, seconds: float, cases: int | None, failed_checks: list[str], unit: str = "case"
) -> str:
    """`[index/total] Operation · test: outcome (cases, time)`, with the failed checks after a failure."""
    operation = operation_of(nodeid) or "all operations"
    counted = f"{cases} {unit}{'' if cases == 1 else 's'}, " if cases is not None else ""
    checks = f": {', '.join(failed_checks)}" if failed_checks else ""
    return f"[{index}/{total}] {operation} · {label_of(nodeid)}: {outcome} ({counted}{seconds:.1f} s){checks}"


def outcome_of(report: pytest.TestReport) -> str | None:
    """The word for a finished test, or None while it is not finished (or finished well in setup or teardown)."""
    if report.when == "call":
        return "FAILED" if report.failed else report.outcome
    if report.failed:
        return f"error in {report.when}"
    if report.skipped and report.when == "setup":
        return "skipped"
    return None


class Progress:
    """The plugin object: counts the selected tests, then writes a line for each as it finishes."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self.total = 0
        self.done = 0

    def pytest_collection_finish(self, session: pytest.Session) -> None:
        self.total = len(session.items)
        reporter = self.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None and self.config.get_verbosity() <= 0:
            reporter.showfspath = False  # the progress lines name each test; the file names would come between them

    @pytest.hookimpl(wrapper=True)
    def pytest_report_teststatus(self, report: pytest.TestReport, config: pytest.Config) -> Any:
        result = yield
        if config.get_verbosity() <= 0 and isinstance(result, tuple) and len(result) == 3:
            category, _letter, word = result
            return category, "", word  # no dot: the progress line says it
        return result

    @pytest.hookimpl(trylast=True)  # after pytest's own report of the test, so -v's line is complete
    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        outcome = outcome_of(report)
        reporter = self.config.pluginmanager.get_plugin("terminalreporter")
        if outcome is None or reporter is None:
            return
        if report.when != "teardown":
            self.done += 1
        if outcome in ("passed", "skipped") and self.config.get_verbosity() < 0:
            return
        run = suite_session.current()
        operation = operation_of(report.nodeid)
        label = label_of(report.nodeid)
        cases = run.report.cases[operation] if operation and label == "schemathesis" else None
        failed = sorted(check for op, check in run.report.failed if op == operation) if report.failed and cases is not None else []
        if label == "stateful" and run.report.stateful.ran:  # its steps; the failed checks are in the summary
            cases = run.report.stateful.steps
        unit = "step" if label == "stateful" else "case"
        line = progress_line(self.done, self.total, report.nodeid, outcome, report.duration, cases, failed, unit)
        reporter.write_line(line, red=report.failed, green=outcome == "passed")
