"""How fast the HTML reference opens as the spec grows, against Redoc's page of the same spec in the same run
(`make bench-reference`): the published bundle and synthetic copies of it (bench/scale_spec.py) rendered by our
`generator.publish.reference` and by Redocly's `build-docs` (pinned in tools/npm), each opened in headless Debian
chromium (tools/npm/scripts/page-load.cjs), interleaved, best of `--rounds`. "Ready" is the later of the load event
and the end of the last long task before the main thread stays quiet for a second: Redoc renders with script after
the load event, ours before it.

Recorded in bench/results/reference-load.json (bench.results) for `make figures`. Options: --copies 1,15 (15 copies
of the 15-operation spec: 225 operations, 1,230 schemas), --rounds 3.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from modelarts_spec.loader import load_openapi
from modelarts_spec.openapi import operations

from bench.results import record, table
from bench.scale_spec import derive
from generator.publish import reference

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "generated" / "spec" / "modelarts.json"
NPM = ROOT / "tools" / "npm"


def pages(copies: int, folder: Path) -> tuple[dict[str, Any], Path, Path]:
    spec = derive(load_openapi(BUNDLE).data, copies)
    source = folder / f"spec-{copies}.json"
    source.write_text(json.dumps(spec), encoding="utf-8")
    ours = folder / f"ours-{copies}.html"
    ours.write_text(reference.render(spec), encoding="utf-8")
    redoc = folder / f"redoc-{copies}.html"
    built = subprocess.run(
        [str(NPM / "node_modules" / ".bin" / "redocly"), "build-docs", str(source), "-o", str(redoc)], capture_output=True, text=True
    )
    if built.returncode != 0:
        sys.exit(f"redocly build-docs failed:\n{built.stdout}{built.stderr}")
    return spec, ours, redoc


def best(runs: list[dict[str, Any]], key: str) -> float:
    return min(float(run[key]) for run in runs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.reference_load", description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", default="1,15")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    rows, values = [], {}
    with tempfile.TemporaryDirectory(prefix="modelarts-reference-") as tmp:
        built = {int(c): pages(int(c), Path(tmp)) for c in args.copies.split(",")}
        files = [str(path) for _, ours, redoc in built.values() for path in (ours, redoc)]
        probe = subprocess.run(
            ["node", str(NPM / "scripts" / "page-load.cjs"), *files],
            capture_output=True,
            text=True,
            env={**os.environ, "ROUNDS": str(args.rounds)},
        )
        if probe.returncode != 0:
            sys.exit(f"page-load.cjs failed:\n{probe.stderr}")
        runs = json.loads(probe.stdout)
        for copies, (spec, ours, redoc) in built.items():
            size = f"{len(operations(spec)):,} operations, {len((spec.get('components') or {}).get('schemas') or {}):,} schemas"
            mine, theirs = runs[str(ours)], runs[str(redoc)]
            ratio = best(mine, "readyMs") / best(theirs, "readyMs")
            rows.append(
                [
                    size,
                    f"{ours.stat().st_size / 1e6:.1f} MB",
                    f"{best(mine, 'readyMs'):.0f} ms",
                    f"{redoc.stat().st_size / 1e6:.1f} MB",
                    f"{best(theirs, 'readyMs'):.0f} ms",
                    f"**{ratio:.2f}×**",
                ]
            )
            values[f"ours-{copies}"] = f"{best(mine, 'readyMs'):.0f} ms"
            values[f"ratio-{copies}"] = f"{ratio:.2f}×"
            print(" | ".join(rows[-1]), flush=True)
    columns = ["spec", "our page", "ours ready", "Redoc's page", "Redoc ready", "ours / Redoc"]
    path = record("reference-load", "make bench-reference", values=values, tables={"table": table(columns, rows)})
    print(f"{path.relative_to(ROOT)}: recorded")
    return 0


if __name__ == "__main__":
    sys.exit(main())
