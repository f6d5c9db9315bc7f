"""`modelarts-contract`: the contract suite as a command, against the built-in mock, your app, a fake at a URL, or a real ModelArts.

It runs pytest in-process on the packaged suite with the suite's own ini file and root directory, so
neither the working directory nor the pytest configuration of the project it is run from matters.
Exit codes are pytest's: 0 passed, 1 failures, 4 a usage error (one line on stderr, no traceback).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from modelarts_contract.options import OPTIONS, TargetError

PACKAGE = Path(__file__).resolve().parent
SUITE = PACKAGE / "suite"
INI = PACKAGE / "pytest.ini"
PROG = "modelarts-contract"
USAGE_ERROR = 4  # pytest.ExitCode.USAGE_ERROR, without importing pytest before it is needed


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse would print the whole usage block and exit 2
        raise TargetError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Check that a ModelArts endpoint honours spec/modelarts.yaml: schemathesis and the typed client, every operation.",
        epilog="Anything after -- goes to pytest as is, e.g. `-- -k client -x`. Exit status: 0 passed, 1 failures, 4 usage error.",
        allow_abbrev=False,  # pytest, which parses the same options again, accepts no abbreviations either
    )
    for flags, kwargs in OPTIONS:
        parser.add_argument(*flags, **kwargs)
    parser.add_argument("--junit-xml", metavar="FILE", help="pytest's JUnit XML report: one test case per operation and test")
    parser.add_argument("-q", "--quiet", action="count", default=0, help="less output (the progress lines and the summary stay)")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    return parser


def pytest_args(argv: Sequence[str]) -> list[str]:
    """pytest's command line for `argv`, or a TargetError naming the bad option. Our options are checked here, then given
    to pytest verbatim (the plugin declares the same ones); what follows `--` is pytest's own."""
    argv = list(argv)
    ours, rest = (argv[: argv.index("--")], argv[argv.index("--") + 1 :]) if "--" in argv else (argv, [])
    build_parser().parse_args(ours)
    isolated = ["-c", str(INI), "--rootdir", str(PACKAGE), "-p", "modelarts_contract.plugin", "-p", "no:cacheprovider"]
    # A randomising plugin, if installed, would run the missing_auth test before the operations it sums up.
    return [str(SUITE), *isolated, "-p", "no:randomly", *ours, *rest]


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = pytest_args(sys.argv[1:] if argv is None else argv)
    except TargetError as exc:
        print(f"{PROG}: error: {exc} (see {PROG} --help)", file=sys.stderr)
        return USAGE_ERROR
    except SystemExit as exc:  # --help
        return exc.code if isinstance(exc.code, int) else 0
    import pytest  # here: a usage error above is answered without loading pytest and its plugins

    # The suite's modules read the run at import: a second run in this process must import them afresh.
    for name in [name for name in sys.modules if name.startswith("modelarts_contract.suite.")]:
        del sys.modules[name]
    return int(pytest.main(args))
