"""validate, generate, publish and mock start-up on synthetic specs 1x, 10x and 100x a base: time, peak memory, growth;
and the mock's start-up on the published spec; Prism's first start on the same specs as the mock's peer.

Usage: python -m bench.scale [--copies 1,10,100] [--base manual|all] [--share-components] [--format yaml|json] [--rounds N]
       [--skip STEPS] [--keep DIR] [--record]

The base is the spec's operations the manual documents (`--base manual`: the 15 of the issue's goals, so the sizes
are 15, 150 and 1,500 operations) with the components they reach, or the whole spec (`--base all`). On the manual
base, `validate` is `modelarts-spec validate` (the spec rules, as the mock checks them: the manual rules want every
operation the manual documents) and `publish` (which checks the manual rules) is left out. Each size is a
synthetic spec (`bench/scale_spec.py`: renamed copies of every path and, unless
--share-components, of every component), written as YAML (or JSON) into a temporary folder. Every step is its own
process, the command a maintainer types, so imports count and peak memory is that process's own maximum
resident set (`os.wait4`). Mock start-up is process start to the first answered ShowPool: "mock" on the
first start (the spec is validated), "mock again" on a restart (its verdict is remembered). Growth is the
ratio of times between consecutive sizes against the ratio of operations (10x operations, 10x time or
less = linear or better). Then the mock as it ships: the command without `--spec` (the published bundle, whose
validation publish vouches for, `validated.sha256`), first start with a fresh cache folder, best of the rounds.
The peer ("prism"): Prism 5.16 (bench/npm, installed by `npm ci` when missing) started on the same file, process
start to the first answered ShowPool, in the same rounds; the mock's first start is given as a ratio of it.
Nothing is written into the checkout, except with `--record`: the figures go to bench/results/mock-startup.json
(`make figures` puts them in the READMEs).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from modelarts_mock.routing import Router  # noqa: E402
from modelarts_mock.settings import DEFAULT_PROJECT_ID  # noqa: E402
from modelarts_spec import published_spec  # noqa: E402
from modelarts_spec.loader import load_openapi  # noqa: E402
from modelarts_spec.openapi import operations  # noqa: E402
from modelarts_spec.servable import key_parameters  # noqa: E402

from bench.mock_throughput import ensure_prism, free_port  # noqa: E402
from bench.results import record, table  # noqa: E402
from bench.scale_spec import derive, operation_count, subset  # noqa: E402

STEPS = ("validate", "generate", "publish", "mock", "mock again", "prism")
PUBLISHED = "mock published"  # the command on its default spec, first start (and Prism on the same bundle)
ROUTE = "route"  # in-process Router.match of ShowPool's path (and the last copy's), µs per request
# The goals at 1,500 operations (issue 14): seconds, and MB of peak memory for every step.
GOALS = {"validate": 5.0, "generate": 20.0, "mock": 2.0, "mock again": 2.0}
PUBLISHED_GOAL = 1.0  # issue 19: the mock's first start on the real spec, seconds
MEMORY_GOAL_MB = 512
TOKEN = "bench-token"
PROBE = "/v2/{project_id}/pools/{pool_name}"  # copy 0 keeps the spec's own paths, so ShowPool is always there


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float


def wait_with_usage(process: subprocess.Popen[bytes]) -> tuple[int, float]:
    """Exit code and peak resident memory (MB) of this one child, children of its own included by the kernel."""
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return process.returncode, usage.ru_maxrss / 1024  # Linux: kilobytes


def timed(command: list[str], cwd: Path) -> Run:
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert process.stderr is not None
    errors = process.stderr.read()  # read before waiting: a full pipe would block the child
    code, peak = wait_with_usage(process)
    seconds = time.perf_counter() - started
    if code != 0:
        raise RuntimeError(f"{' '.join(command[2:5])} exited {code}:\n{errors.decode(errors='replace')[-2000:]}")
    return Run(seconds, peak)


def first_answer(command: list[str], probe: str, port: int, env: dict[str, str] | None = None) -> Run:
    """Process start to the first 200 of ShowPool at `probe`, then a clean stop; peak memory over the whole life."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    url = f"http://127.0.0.1:{port}{probe}"
    try:
        while True:
            try:
                if httpx.get(url, headers={"X-Auth-Token": TOKEN}, timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None or time.perf_counter() - started > 300:
                raise RuntimeError(f"{' '.join(command[:4])} did not answer {probe}")
            time.sleep(0.01)
        seconds = time.perf_counter() - started
    finally:
        if process.returncode is None:
            os.killpg(process.pid, signal.SIGTERM)
    _, peak = wait_with_usage(process)
    return Run(seconds, peak)


def mock_startup(python: str, spec: Path | None, probe: str, cache: Path) -> Run:
    """The mock's start on `spec` (None: the command's default, the published spec), its verdicts in `cache`."""
    port = free_port()
    command = [python, "-m", "modelarts_mock", "--port", str(port), "--token", TOKEN, *(["--spec", str(spec)] if spec else [])]
    return first_answer(command, probe, port, {**os.environ, "MODELARTS_MOCK_CACHE": str(cache)})


def prism_startup(spec: Path, probe: str) -> Run:
    """The peer: Prism's start on the same file (`-m false`: static examples, as the mock answers)."""
    port = free_port()
    command = [str(ensure_prism()), "mock", str(spec), "-h", "127.0.0.1", "-p", str(port), "-m", "false", "-v", "error"]
    return first_answer(command, probe, port)


def published_startup(rounds: int, work: Path, skip: set[str]) -> tuple[int, Run, Run | None]:
    """The mock as it ships (no --spec): operations of the published spec, its best first start of `rounds`, and
    Prism's best start on the same bundle (its YAML form) in the same rounds."""
    spec = load_openapi(published_spec("json")).data
    runs: list[Run] = []
    peers: list[Run] = []
    for index in range(rounds):
        runs.append(mock_startup(sys.executable, None, probe_path(spec), work / f"published-{index}"))
        if "prism" not in skip:
            peers.append(prism_startup(published_spec(), probe_path(spec)))
    best = min(runs, key=lambda run: run.seconds)
    peer = min(peers, key=lambda run: run.seconds) if peers else None
    shown = f"  (Prism {peer.seconds:.2f} s)" if peer else ""
    print(f"  {operation_count(spec):5} operations  {PUBLISHED} {best.seconds:6.2f} s  {best.peak_mb:5.0f} MB{shown}", file=sys.stderr)
    return operation_count(spec), best, peer


def base_spec(which: str) -> dict[str, Any]:
    """The spec the sizes multiply: the operations the manual documents (`manual`), or every operation (`all`)."""
    spec: dict[str, Any] = load_openapi(ROOT / "spec" / "modelarts.yaml").data
    if which == "all":
        return spec
    manual = {op.operation_id for op in operations(spec) if any(e.get("source") == "manual" for e in op.data.get("x-documented-by") or [])}
    return subset(spec, manual)


def probe_path(spec: dict[str, Any]) -> str:
    """ShowPool's path for the mock's default project and the pool its success example describes (the seeded one)."""
    show_pool = next(op for op in operations(spec) if op.path == PROBE and op.method == "get")
    path = PROBE.replace("{project_id}", DEFAULT_PROJECT_ID)
    for param, _ in key_parameters(spec, show_pool):
        path = path.replace("{" + str(param["name"]) + "}", str(param["example"]))
    return path


def route_cost(spec: dict[str, Any], copies: int, calls: int = 20_000) -> float:
    """Microseconds per routing of ShowPool's path, original and last copy's alike (in this process, best of 3)."""
    router = Router([(op.path, op.method.upper(), op.operation_id) for op in operations(spec)], "bench")
    path = probe_path(spec)
    paths = [path] + ([f"/copy{copies - 1:03d}{path}"] if copies > 1 else [])
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for index in range(calls):
            router.match("GET", paths[index % len(paths)])
        best = min(best, (time.perf_counter() - started) / calls * 1e6)
    return best


def measure(copies: int, base: dict[str, Any], work: Path, args: argparse.Namespace) -> tuple[int, dict[str, Run]]:
    spec = derive(base, copies, share_components=args.share_components)
    path = work / f"scale-{copies}.{args.format}"
    text = (
        json.dumps(spec, ensure_ascii=False, separators=(",", ":"))
        if args.format == "json"
        else yaml.safe_dump(spec, sort_keys=False, allow_unicode=True, width=100)
    )
    path.write_text(text, encoding="utf-8")
    python = sys.executable
    runs: dict[str, Run] = {}
    out = work / f"out-{copies}"
    # The manual rules of `generator validate` (and publish) want every operation the manual documents: on a part of
    # the spec, the spec rules alone are checked, as `modelarts-spec validate` and the mock's start-up check them.
    validator = ["generator"] if args.base == "all" else ["modelarts_spec"]
    commands = {
        "validate": [python, "-m", *validator, "validate", str(path)],
        "generate": [python, "-m", "generator", "generate", "--spec", str(path), "-o", str(out / "client")],
        "publish": [python, "-m", "generator", "publish", "--spec", str(path), "-o", str(out / "spec")],
    }
    for round_ in range(args.rounds):  # rounds run every step in turn, so a busy moment hits them alike
        for step in (s for s in STEPS if s not in args.skip):
            if step.startswith("mock"):  # first start: validated; again: the verdict is remembered (modelarts_mock/spec_cache.py)
                run = mock_startup(python, path, probe_path(spec), work / f"verdicts-{copies}-{round_}")
            elif step == "prism":
                run = prism_startup(path, probe_path(spec))
            else:
                run = timed(commands[step], ROOT)
            best = runs.get(step)
            runs[step] = Run(min(run.seconds, best.seconds), max(run.peak_mb, best.peak_mb)) if best else run
            print(f"  {operation_count(spec):5} operations  {step:10} {run.seconds:6.2f} s  {run.peak_mb:5.0f} MB", file=sys.stderr)
    runs[ROUTE] = Run(route_cost(spec, copies) / 1e6, 0.0)  # per request: should not grow with the spec
    return operation_count(spec), runs


def render(results: list[tuple[int, dict[str, Run]]], steps: list[str]) -> str:
    shown = [*steps, ROUTE]
    lines = ["| operations | " + " | ".join(shown) + " | peak memory |", "|---:|" + "---:|" * (len(shown) + 1)]
    for ops, runs in results:
        cells = [f"{runs[s].seconds:.2f} s" for s in steps] + [f"{runs[ROUTE].seconds * 1e6:.1f} µs"]
        lines.append(f"| {ops:,} | " + " | ".join(cells) + f" | {ours_peak(runs):.0f} MB |")
    for (ops_a, a), (ops_b, b) in itertools.pairwise(results):
        factors = [f"{b[s].seconds / a[s].seconds:.1f}x" for s in shown]
        lines.append(f"| growth {ops_a:,} → {ops_b:,} ({ops_b / ops_a:.0f}x ops) | " + " | ".join(factors) + " | |")
    return "\n".join(lines)


def ours_peak(runs: dict[str, Run]) -> float:
    """The largest peak memory of our steps (the peer's is its own)."""
    return max((run.peak_mb for step, run in runs.items() if step != "prism"), default=0.0)


def verdict(results: list[tuple[int, dict[str, Run]]]) -> list[str]:
    ops, runs = results[-1]
    found = [
        f"{step} {runs[step].seconds:.2f} s (goal <= {goal:g} s at {ops:,} operations)" for step, goal in GOALS.items() if step in runs
    ]
    found.append(f"peak memory {ours_peak(runs):.0f} MB (goal <= {MEMORY_GOAL_MB} MB)")
    if "mock" in runs and "prism" in runs:
        found.append(f"mock first start / Prism's: {runs['mock'].seconds / runs['prism'].seconds:.2f}x at {ops:,} operations")
    for (ops_a, a), (ops_b, b) in itertools.pairwise(results):
        worse = [s for s in a if b[s].seconds / a[s].seconds > ops_b / ops_a]
        found.append(f"{ops_a:,} → {ops_b:,}: " + (f"worse than linear: {', '.join(worse)}" if worse else "linear or better"))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", default="1,10,100", help="sizes as multiples of the base (default: 1,10,100)")
    parser.add_argument("--base", choices=("manual", "all"), default="manual", help="the operations the manual documents, or all")
    parser.add_argument("--share-components", action="store_true", help="copies share the components (only paths repeated)")
    parser.add_argument("--skip", default="", help=f"comma-separated steps to leave out, of {', '.join([*STEPS, PUBLISHED])}")
    parser.add_argument("--format", choices=("yaml", "json"), default="yaml", help="how the specs are written (default: yaml)")
    parser.add_argument("--rounds", type=int, default=1, help="runs of every step per size; the fastest counts (default 1)")
    parser.add_argument("--keep", type=Path, help="write the specs and outputs here instead of a temporary folder")
    parser.add_argument("--record", action="store_true", help="write the mock's start-up figures to bench/results/mock-startup.json")
    args = parser.parse_args()
    args.skip = {s for s in args.skip.split(",") if s}
    if "mock" in args.skip:
        args.skip.add("mock again")
    if args.base != "all":  # publish validates with the manual rules, which a part of the spec cannot pass
        args.skip.add("publish")
    base = base_spec(args.base)
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        results = [measure(int(n), base, work, args) for n in args.copies.split(",")]
        published = None if PUBLISHED in args.skip else published_startup(args.rounds, work, args.skip)
    steps = [s for s in STEPS if s not in args.skip]
    mode = "components shared" if args.share_components else "components renamed per copy"
    print(
        f"\nsynthetic specs ({args.base} operations x copies, {mode}, {args.format.upper()}), each step a fresh process,"
        f" best of {args.rounds}, {os.cpu_count()} cores shared\n"
    )
    print(render(results, steps))
    print()
    for line in verdict(results):
        print(line)
    if published is not None:
        ops, run, peer = published
        versus = f", {run.seconds / peer.seconds:.2f}x Prism's {peer.seconds:.2f} s" if peer else ""
        print(f"mock on the published spec ({ops:,} operations): first start {run.seconds:.2f} s (goal <= {PUBLISHED_GOAL:g} s){versus}")
    if args.record:
        print(f"recorded in {record_startup(results, published, args)}")
    return 0


def record_startup(
    results: list[tuple[int, dict[str, Run]]], published: tuple[int, Run, Run | None] | None, args: argparse.Namespace
) -> Path:
    """The mock's start-up at each size and on the published spec, with Prism's, as `make figures` shows them."""
    kind = f"{args.format.upper()}, components {'shared' if args.share_components else 'renamed per copy'}"
    rows = [
        [f"{ops:,} (synthetic, {kind})", *_startup_cells(runs["mock"], runs.get("mock again"), runs.get("prism"), runs.get("validate"))]
        for ops, runs in results
        if "mock" in runs
    ]
    if published is not None:
        rows.append([f"{published[0]:,} (the published spec, as shipped)", *_startup_cells(published[1], None, published[2], None)])
    command = "python -m bench.scale " + " ".join(sys.argv[1:])
    values = {"published": f"{published[1].seconds:.2f} s"} if published else {}
    if results and "mock" in results[-1][1]:
        values["largest"] = f"{results[-1][1]['mock'].seconds:.2f} s"
    columns = ["operations", "first start", "restart", "validate alone", "Prism's first start", "first start / Prism's"]
    return record("mock-startup", command, values=values, tables={"table": table(columns, rows)})


def _startup_cells(first: Run, again: Run | None, peer: Run | None, validate: Run | None) -> list[str]:
    """First start, restart, the spec's validation as a command of its own (most of a first start), the peer's start."""
    return [
        f"{first.seconds:.2f} s",
        f"{again.seconds:.2f} s" if again else "—",
        f"{validate.seconds:.2f} s" if validate else "—",
        f"{peer.seconds:.2f} s" if peer else "—",
        f"{first.seconds / peer.seconds:.2f}×" if peer else "—",
    ]


if __name__ == "__main__":
    sys.exit(main())
