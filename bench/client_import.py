"""What a program pays to import the client, against the official SDK's client in the same run (`make bench-import`).

Each round starts a fresh interpreter per statement, in alternation, and times it from start to exit (so Python's own
start-up is in both); a first round compiles what is not compiled yet and is not counted. Recorded in
bench/results/client-import.json for `make figures`.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

from bench.results import record

STATEMENTS = {
    "ours": "from modelarts_client import ModelArts",
    "sdk": "from huaweicloudsdkmodelarts.v1 import ModelArtsClient",
    "python": "pass",
}


def once(statement: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", statement], check=True)
    return time.perf_counter() - started


def measure(rounds: int) -> dict[str, float]:
    for statement in STATEMENTS.values():
        once(statement)  # compiles what is not compiled yet
    times: dict[str, list[float]] = {name: [] for name in STATEMENTS}
    for _ in range(rounds):
        for name, statement in STATEMENTS.items():
            times[name].append(once(statement))
    return {name: statistics.median(values) for name, values in times.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args(argv)
    median = measure(args.rounds)
    ours, sdk, python = median["ours"], median["sdk"], median["python"]
    values = {
        "ours": f"{ours:.2f} s",
        "sdk": f"{sdk:.2f} s",
        "python": f"{python:.2f} s",
        "ratio": f"{ours / sdk:.2f}×",
    }
    for key, value in values.items():
        print(f"{key}: {value}")
    record("client-import", f"python -m bench.client_import --rounds {args.rounds}", values=values)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
