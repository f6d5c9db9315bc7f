"""The contract suite's length at the full API's size: per profile, seconds per run and per operation, cases per operation.

Usage: python -m bench.contract_scale [--copies 1,11] [--profiles smoke,standard,full] [--keep DIR]

Each size is a synthetic spec (`bench/scale_spec.derive`): the committed spec plus the contract tests' write
operations it lacks (`tests/support/contract_writes.yaml`), copied `--copies` times under renamed paths,
operationIds and components (the spec alone now holds 223 operations; 11 copies were sized when it held 15). Each run is the
command a user types (`python -m modelarts_contract -q --seed 1 --profile P`), in its own process, against the
tests' `WritesFake` in-process (reads by the built-in mock, writes by the fake) and then against the built-in mock
alone on the reads. Start-up (the same command with `--profile smoke -- --collect-only`) is measured too, so the per-operation cost is
(run − start-up) / operations. Ratios are against the `standard` profile of the same size, in the same run.
Nothing is written into the checkout.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from modelarts_spec.loader import load_openapi  # noqa: E402

from bench.scale_spec import derive, operation_count  # noqa: E402
from tests.support import SPEC  # noqa: E402
from tests.support.contract_writes import reads_only, with_writes  # noqa: E402

FAKE = f"{ROOT / 'tests' / 'support' / 'contract_writes.py'}:writes_fake"


def timed(args: list[str], report: Path | None) -> tuple[float, dict[str, Any]]:
    command = [sys.executable, "-m", "modelarts_contract", "-q", "--seed", "1", *args]
    command += ["--json-report", str(report)] if report else []
    started = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=3600)
    seconds = time.perf_counter() - started
    # Exit 1 is a finding of the run (a deep profile may find what a shallow one did not): still a measurement.
    if result.returncode not in (0, 1) or (report is None and result.returncode != 0):
        raise RuntimeError(f"{' '.join(command[3:])} exited {result.returncode}:\n{result.stdout[-3000:]}{result.stderr[-2000:]}")
    return seconds, json.loads(report.read_text(encoding="utf-8")) if report else {}


def measure(spec: Path, target: list[str], profiles: list[str], work: Path) -> list[dict[str, Any]]:
    # Start-up: imports, the spec, the target, collection; under `smoke`, so no coverage case is made (building the
    # tests makes every coverage case of a profile that has them: that is the profile's cost, not start-up's).
    start_up, _ = timed(["--spec", str(spec), *target, "--profile", "smoke", "--", "--collect-only"], None)
    rows = []
    for profile in profiles:
        seconds, data = timed(["--spec", str(spec), *target, "--profile", profile], work / f"{spec.stem}-{profile}.json")
        ops = data["counts"]["tested"]
        cases = sum(op["cases"] for op in data["operations"].values())
        rows.append({"profile": profile, "ops": ops, "seconds": seconds, "start_up": start_up, "cases": cases, "verdict": data["verdict"]})
        print(f"  {spec.stem} {' '.join(target[:1]) or 'built-in mock'} {profile}: {seconds:.1f} s, {cases} cases", file=sys.stderr)
    return rows


def render(title: str, rows: list[dict[str, Any]]) -> list[str]:
    standard = {row["ops"]: row for row in rows if row["profile"] == "standard"}
    lines = [
        f"### {title}",
        "",
        "| operations | profile | run | start-up | per operation | cases per operation | vs standard | verdict |",
        "|---:|---|---:|---:|---:|---:|---:|---|",
    ]
    for row in rows:
        per_op = (row["seconds"] - row["start_up"]) / row["ops"]
        base = standard.get(row["ops"])
        ratio = f"{row['seconds'] / base['seconds']:.1f}x" if base else ""
        lines.append(
            f"| {row['ops']} | {row['profile']} | {row['seconds']:.1f} s | {row['start_up']:.1f} s | {per_op * 1000:.0f} ms "
            f"| {row['cases'] / row['ops']:.0f} | {ratio} | {row['verdict']} |"
        )
    return [*lines, ""]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", default="1,11", help="sizes as copies of the 21-operation spec (default: 1,11)")
    parser.add_argument("--profiles", default="smoke,standard,full", help="profiles to run at every size")
    parser.add_argument("--keep", type=Path, help="write the specs and reports here instead of a temporary folder")
    args = parser.parse_args()
    profiles = args.profiles.split(",")
    base = with_writes(load_openapi(SPEC).data)
    with tempfile.TemporaryDirectory(prefix="bench-contract-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        both, reads = [], []
        for copies in (int(n) for n in args.copies.split(",")):
            spec = derive(base, copies)
            full = work / f"writes-{operation_count(spec)}.json"
            full.write_text(json.dumps(spec), encoding="utf-8")
            read_spec = reads_only(spec)
            only_reads = work / f"reads-{operation_count(read_spec)}.json"
            only_reads.write_text(json.dumps(read_spec), encoding="utf-8")
            both += measure(full, ["--app", FAKE], profiles, work)
            reads += measure(only_reads, [], profiles, work)
    print("\n".join(render("reads and writes (WritesFake in-process)", both) + render("reads (the built-in mock in-process)", reads)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
