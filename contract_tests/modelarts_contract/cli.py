"""`modelarts-contract`: the contract suite as a command, against the built-in mock, your app, a fake at a URL, or a real ModelArts.

It runs pytest in-process on the packaged suite with the suite's own ini file and root directory, so
neither the working directory nor the pytest configuration of the project it is run from matters, and
Hypothesis keeps its caches in the user's cache folder, not in that directory. Exit codes are pytest's
(EPILOG says which the command gives, and when).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Iterator, Mapping, MutableMapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

from modelarts_contract.options import OPTIONS, TargetError

PACKAGE = Path(__file__).resolve().parent
SUITE = PACKAGE / "suite"
INI = PACKAGE / "pytest.ini"
PROG = "modelarts-contract"
USAGE_ERROR = 4  # pytest.ExitCode.USAGE_ERROR, without importing pytest before it is needed
HYPOTHESIS_STORAGE = "HYPOTHESIS_STORAGE_DIRECTORY"
EPILOG = """\
Anything after -- goes to pytest as is, e.g. `-- -k client -x`.

exit status (pytest's):
  0  every test passed
  1  a test failed, or nothing was tested (every operation left out for lack of ids, or deselected)
  2  interrupted (Ctrl-C), or the suite could not be collected
  3  internal error: a crash in the suite or your app, or the JSON report could not be written at the end
  4  usage error, nothing run: a bad option, URL or ids file, missing credentials, an unreachable target,
     an unwritable report folder (one line on stderr)
  5  no test selected (e.g. `-- -k` matching none)
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse would print the whole usage block and exit 2
        raise TargetError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Check that a ModelArts endpoint honours spec/modelarts.yaml: schemathesis and the typed client, every operation.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,  # the exit status table keeps its lines
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
    with hypothesis_storage(os.environ):
        return int(pytest.main(args))


@contextmanager
def hypothesis_storage(environ: MutableMapping[str, str]) -> Iterator[None]:
    """Hypothesis' caches go to the user's cache folder, not to .hypothesis/ in the caller's directory (its default).

    Through the environment variable, which Hypothesis reads when it first opens a cache: its other way,
    set_hypothesis_home_dir, means importing hypothesis before pytest, which then warns that it cannot rewrite
    the asserts of Hypothesis' pytest plugin. A caller's own HYPOTHESIS_STORAGE_DIRECTORY stands.
    """
    if environ.get(HYPOTHESIS_STORAGE):
        yield
        return
    environ[HYPOTHESIS_STORAGE] = str(hypothesis_home(environ))
    try:
        yield
    finally:  # main() may run in a caller's process: leave its environment as it was
        environ.pop(HYPOTHESIS_STORAGE, None)


def hypothesis_home(env: Mapping[str, str]) -> Path:
    """Hypothesis' caches (AST constants, the Unicode tables: a run has no example database) in the user's cache folder."""
    if env.get("XDG_CACHE_HOME"):
        return Path(env["XDG_CACHE_HOME"]) / PROG / "hypothesis"
    try:
        home = Path(env["HOME"]) if env.get("HOME") else Path.home()
        return home / ".cache" / PROG / "hypothesis"
    except RuntimeError:  # no home folder to be found
        return Path(tempfile.gettempdir()) / PROG / "hypothesis"
