"""Reading YAML and JSON input: our bounded reader against PyYAML's loaders and `json`, in one run.

`python -m bench.reader [--mb 4] [--rounds 3]`. The document is a fixtures file of N MB (records with a
path and a small body), written as block YAML (`yaml.safe_dump`) and as indented JSON. Each reader
reads the same text; the figure is the best of the rounds, the ratio is against PyYAML's CSafeLoader
(libyaml) on the same text. Our reader also builds the JSON-pointer → line map; PyYAML's do not.
Also: the time to refuse a 124 KB alias bomb (PyYAML's loaders build it as shared nodes; anything that
walks the result then meets 10**k values).
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from functools import partial
from typing import Any

import yaml
from modelarts_spec.diagnostics import InputError
from modelarts_spec.loader import Limits, parse_yaml

UNLIMITED = Limits(max_bytes=1 << 32, max_nodes=1 << 40)


def document(mb: float) -> dict[str, Any]:
    count = int(mb * 1_000_000 / 190)
    records = [
        {"path": {"service_id": f"id-{i}"}, "body": {"a": i, "b": "text " * 5, "c": [1, 2, 3], "d": {"e": True}}} for i in range(count)
    ]
    return {"projects": {"p" * 32: {"ShowService": records}}}


def best(rounds: int, read: Callable[[], object]) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        read()
        times.append(time.perf_counter() - started)
    return min(times)


def bomb() -> str:
    levels = ["a: &a [" + ", ".join(["lol"] * 10) + "]"]
    levels += [f"{chr(98 + i)}: &{chr(98 + i)} [" + ", ".join([f"*{chr(97 + i)}"] * 10) + "]" for i in range(9)]
    text = "\n".join(levels) + "\n"
    return text * 1 + "".join(f"pad{i}: {'x' * 100}\n" for i in range(1200))  # ~124 KB like the review's


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=4.0)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    data = document(args.mb)
    texts = {"YAML": yaml.safe_dump(data, sort_keys=False), "JSON": json.dumps(data, indent=1)}
    for form, text in texts.items():
        peer = best(args.rounds, partial(yaml.load, text, Loader=yaml.CSafeLoader))
        ours = best(args.rounds, partial(parse_yaml, text, "bench", UNLIMITED))
        line = f"{form} {len(text) / 1e6:.1f} MB: ours {ours:.2f} s, PyYAML CSafeLoader {peer:.2f} s (ratio {ours / peer:.2f})"
        if form == "JSON":
            line += f", json.loads {best(args.rounds, partial(json.loads, text)):.2f} s"
        print(line, flush=True)
    text = bomb()
    started = time.perf_counter()
    try:
        parse_yaml(text, "bomb.yaml")
    except InputError as exc:
        print(f"alias bomb {len(text) / 1e3:.0f} KB refused in {(time.perf_counter() - started) * 1000:.1f} ms: {exc.diagnostic.code}")


if __name__ == "__main__":
    main()
