"""pytest plugin of the contract suite: options, the target's lifetime, the one-screen summary."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from contract_tests import session
from contract_tests.targets import KINDS, TargetError, open_target

_exit_stack = contextlib.ExitStack()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("contract", "ModelArts contract suite")
    group.addoption("--target", choices=KINDS, default=None, help="asgi (default: the mock in-process), socket (the mock on a loopback port), real")
    group.addoption("--base-url", default=None, help="a real ModelArts endpoint (implies --target real); or set MODELARTS_ENDPOINT")
    group.addoption("--app", default=None, help="MODULE:FACTORY or FILE.py:FACTORY: serve this ASGI app instead of the built-in mock")
    group.addoption("--ids", default=None, type=Path, help="YAML/JSON file of real resource ids: {param: id} or {operationId: {param: id}}")
    group.addoption("--rate-limit", default=None, help="bound on the request rate, e.g. 5/s (a real target defaults to 5/s)")
    group.addoption("--seed", type=int, default=None, help="seed of the generated cases, for a reproducible run")
    group.addoption("--max-examples", type=int, default=None, help="cases generated per operation in the fuzzing phase (default from schemathesis.toml)")


def pytest_configure(config: pytest.Config) -> None:
    option = config.option
    kind = option.target or ("real" if option.base_url else "asgi")
    if option.seed is not None:
        config.option.hypothesis_seed = option.seed  # hypothesis' own pytest option drives every generated case
    try:
        target = _exit_stack.enter_context(
            open_target(kind, base_url=option.base_url, app_factory=option.app, ids_file=option.ids, rate_limit=option.rate_limit)
        )
    except TargetError as exc:
        raise pytest.UsageError(f"contract suite: {exc}") from None
    session.start(target, seed=option.seed, max_examples=option.max_examples)


def pytest_unconfigure(config: pytest.Config) -> None:
    _exit_stack.close()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    run = session.current()
    terminalreporter.write_sep("=", "contract summary")
    terminalreporter.write_line(run.report.render(run.target.description))
    if run.skipped:
        terminalreporter.write_line("not run (no resource ids given): " + ", ".join(run.skipped))
