"""Wall time of the commands a developer runs, on a fresh clone of the checkout's HEAD, and the test counts pytest
reports: `make`, `make test`, `make test-fast`, `make test-install` (`make bench-build`, several minutes). Recorded in
bench/results/build-times.json (bench.results), from which `make figures` fills the README's "Build and test times".

Run on a machine where the pip cache is warm and npm tools, chromium, Go and Java are installed, as the README says;
the stamp records the load the run had beside it. Options: --steps make,test (a subset), --keep DIR (keep the clone).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.results import record, table

ROOT = Path(__file__).resolve().parent.parent
STEPS = {"make": ["make"], "test": ["make", "test"], "test-fast": ["make", "test-fast"], "install": ["make", "test-install"]}
LABELS = {
    "make": "`make`",
    "test": "`make test`",
    "test-fast": "`make test-fast`",
    "install": "`make test-install` (the wheels on Python 3.11-3.13)",
}
PASSED = re.compile(r"^(?:=+ )?(\d+) passed(?:, [^\n]*?)? in ([\d.]+)s", re.M)


def clone(into: Path) -> Path:
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
    subprocess.run(["git", "clone", "--quiet", "--no-checkout", str(ROOT), str(into)], check=True)
    subprocess.run(["git", "checkout", "--quiet", head], cwd=into, check=True)
    return into


def timed(command: list[str], cwd: Path) -> tuple[float, list[tuple[int, float]]]:
    """Seconds the command took, and (tests passed, seconds) of each pytest run it printed."""
    started = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stdout[-3000:]}{result.stderr[-3000:]}")
    return seconds, [(int(n), float(s)) for n, s in PASSED.findall(result.stdout)]


def measure(steps: list[str], work: Path) -> tuple[dict[str, str], list[list[str]]]:
    values, rows = {}, []
    for step in steps:
        seconds, runs = timed(STEPS[step], work)
        values[step] = f"{seconds:.0f} s"
        tests = " + ".join(f"{n:,}" for n, _ in runs)
        if runs:
            values[f"{step}-tests"] = f"{runs[0][0]:,}"
        if step == "test" and len(runs) > 1:
            values["test-pytest"] = f"{runs[0][1]:.0f} s"
            values["test-contract-tests"] = f"{runs[1][0]:,}"
        rows.append([LABELS[step], values[step], tests or "—"])
        print(f"{' '.join(STEPS[step])}: {seconds:.0f} s {tests}", flush=True)
    return values, rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.build_times", description=__doc__.split("\n\n")[0])
    parser.add_argument("--steps", default=",".join(STEPS), help=f"comma-separated, of {', '.join(STEPS)}")
    parser.add_argument("--keep", type=Path, help="clone into this folder (must not exist) and keep it")
    args = parser.parse_args(argv)
    steps = [s for s in args.steps.split(",") if s]
    unknown = [s for s in steps if s not in STEPS]
    if unknown:
        parser.error(f"unknown steps {unknown}; known: {', '.join(STEPS)}")
    with tempfile.TemporaryDirectory(prefix="modelarts-build-times-") as tmp:
        work = clone(args.keep or Path(tmp) / "clone")
        values, rows = measure(steps, work)
    columns = ["command (fresh clone)", "wall time", "tests passed"]
    path = record("build-times", "make bench-build", values=values, tables={"table": table(columns, rows)})
    print(f"{path.relative_to(ROOT)}: recorded")
    return 0


if __name__ == "__main__":
    sys.exit(main())
