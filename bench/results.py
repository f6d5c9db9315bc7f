"""Where a measurement's figures go: `bench/results/<name>.json`, stamped with when, where and by what command.

A bench (or any command that measures) calls `record(...)` at its end; `make figures` then writes the figures into
the marked blocks of the READMEs (tools/figures.py, docs/decisions/0026-figures-from-commands.md). The file is
committed: figures measured on a machine cannot be recomputed by a check, only re-measured by their command.

Format (JSON): {"name", "command", "stamp": {"measured_at" (UTC, ISO 8601), "machine" (CPU, cores, OS, Python),
"load" (1-minute load average at the end)}, "values": {key: text}, "tables": {key: {"columns": [...], "rows": [[...]]}}}.
Values and cells are text as the docs should show them ("310 µs", "1.05×"): the bench decides the rounding.
"""

from __future__ import annotations

import json
import os
import platform
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from generator.output import write_atomically

RESULTS = Path(__file__).resolve().parent / "results"


def machine() -> str:
    """'Intel(R) Xeon(R) …, 2 cores, Linux 6.1, Python 3.11.9': what a figure was measured on."""
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                model = " ".join(line.split(":", 1)[1].split())
                break
    except OSError:
        model = platform.processor()
    parts = [model or platform.machine(), f"{os.cpu_count()} cores", f"{platform.system()} {platform.release()}"]
    return ", ".join([*parts, f"Python {platform.python_version()}"])


def stamp() -> dict[str, Any]:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    now = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    return {"measured_at": now, "machine": machine(), "load": None if load is None else round(load, 2)}


def table(columns: list[str], rows: list[list[Any]]) -> dict[str, Any]:
    if any(len(row) != len(columns) for row in rows):
        raise ValueError(f"every row needs {len(columns)} cells ({', '.join(columns)})")
    return {"columns": list(columns), "rows": [[str(cell) for cell in row] for row in rows]}


def record(
    name: str,
    command: str,
    *,
    values: dict[str, Any] | None = None,
    tables: dict[str, dict[str, Any]] | None = None,
    folder: Path = RESULTS,
) -> Path:
    """Write the figures of one measurement (replacing the previous ones of the same name) and return the file."""
    document = {
        "name": name,
        "command": command,
        "stamp": stamp(),
        "values": {key: str(value) for key, value in (values or {}).items()},
        "tables": tables or {},
    }
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.json"
    write_atomically(path, json.dumps(document, ensure_ascii=False, indent=2) + "\n")  # the project's one writer
    return path
