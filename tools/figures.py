"""Figures in the docs come from commands: `make figures` rewrites every marked block, `make check-figures` fails
when one differs from what its command gives (docs/decisions/0026-figures-from-commands.md).

A block is `<!-- figures:SET.KEY -->…<!-- /figures -->` in a Markdown file, with SET and KEY in lower case (so
docs can write `SET.KEY` in upper case about blocks); what is between the markers is replaced. SET names a figure
set, KEY a value (inline text) or a table (a Markdown table on lines of its own).

- Computed sets are deterministic and recomputed by every run, check included: `spec` (counts of the spec as
  `load_openapi` reads it, of the manual's transcription and of the published signing vectors) and `wheels`
  (the four wheels built into a temporary folder, as `make dist` builds them).
- Measured sets are machine-dependent: `bench/results/SET.json`, written by the measuring command through
  `bench.results.record` and committed. A check only re-renders them; a table is followed by its stamp (when,
  on what machine, under what load, by which command).

Usage: python -m tools.figures {update,check,show} [FILE.md ...] [--format text|json]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from modelarts_spec.diagnostics import Diagnostic, Level, has_errors, render
from modelarts_spec.loader import STRICT, load_openapi, load_yaml

from tools import walkthrough

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
OPEN = re.compile(r"<!-- figures:([a-z0-9_-]+)\.([a-z0-9_.-]+) -->")  # lower case: docs can write SET.KEY about a block
CLOSE = "<!-- /figures -->"
HINT = "run `make figures` (docs/decisions/0026-figures-from-commands.md)"


@dataclass
class FigureSet:
    values: dict[str, str] = field(default_factory=dict)
    tables: dict[str, dict[str, Any]] = field(default_factory=dict)
    stamp: dict[str, Any] | None = None  # measured sets only
    command: str = ""


def number(value: int) -> str:
    return f"{value:,}"


def spec_figures(root: Path = ROOT) -> FigureSet:
    """Counts of the spec, of the manual's transcription and of the signing vectors (what `make summary` reports)."""
    from generator import summary
    from generator.manual import tables as doc_tables  # the generator runs in place: only a checkout has it

    spec = load_openapi(root / "spec" / "modelarts.yaml").data
    found = summary.counts(spec)
    ops, methods, examples = found.operations, found.methods, found.examples
    transcription = load_yaml(root / "spec" / "doc-tables.yaml", STRICT)
    counts = transcription.data["counts"]
    vectors = json.loads((root / "generated" / "spec" / "signing-vectors.json").read_text(encoding="utf-8"))["vectors"]
    values = {
        "operations": number(len(ops)),
        **{method.lower(): number(methods[method]) for method in ("GET", "POST", "PUT", "DELETE", "PATCH")},
        "writes": number(len(ops) - methods["GET"]),
        "schemas": number(len((spec.get("components") or {}).get("schemas") or {})),
        "tags": number(len(spec.get("tags") or [])),
        "deviations": number(found.deviations),
        "examples-manual": number(examples["manual"]),
        "examples-constructed": number(examples["constructed"]),
        **{f"manual-{key}": number(counts[key]) for key in ("sections", "tables", "rows", "examples")},
        "manual-placements": number(len(doc_tables.fields(transcription.data, [], transcription.path))),
        "signing-vectors": number(len(vectors)),
        **english_figures(spec, root),
    }
    return FigureSet(values, command="make figures")


def english_figures(spec: dict[str, Any], root: Path) -> dict[str, str]:
    """The English edition's coverage, as `make summary` reports it: `english-operations` and `english-rows` as N/M."""
    from generator.summary import coverage

    found = coverage(spec, load_yaml(root / "spec" / "doc-tables-en.json", STRICT))
    return {
        "english-operations": f"{number(found['operations'])}/{number(found['operations-documented'])}",
        "english-rows": f"{number(found['rows'])}/{number(found['rows-documented'])}",
    }


def wheel_figures(root: Path = ROOT) -> FigureSet:
    """The four wheels' sizes (KB of 1,000 bytes), built from copies of the projects as `make dist` does."""
    from tools.build_wheels import build

    with tempfile.TemporaryDirectory(prefix="modelarts-figures-") as tmp:
        wheels = {path.name.split("-", 1)[0].replace("_", "-"): path.stat().st_size for path in build(Path(tmp))}
    values = {name.removeprefix("modelarts-"): f"{round(size / 1000):,} KB" for name, size in wheels.items()}
    rows = [[f"`{name}`", values[name.removeprefix("modelarts-")]] for name in sorted(wheels)]
    return FigureSet(values, {"table": {"columns": ["wheel (`make dist`)", "size"], "rows": rows}}, command="make dist")


def walkthrough_figures(first: walkthrough.Step, steps: list[walkthrough.Step], root: Path = ROOT) -> FigureSet:
    values = {"first": walkthrough.transcript([first]), "edit": walkthrough.edit_block(root), "steps": walkthrough.transcript(steps)}
    return FigureSet(values, command="make figures")


def run_walkthrough(root: Path = ROOT) -> FigureSet:
    """The README's `make update` walk-through, run on a copy of the project (tools/walkthrough.py)."""
    with tempfile.TemporaryDirectory(prefix="modelarts-walkthrough-") as tmp:
        first, steps = walkthrough.walk(walkthrough.copy_project(Path(tmp) / "project", root))
    return walkthrough_figures(first, steps, root)


COMPUTED: dict[str, Callable[[], FigureSet]] = {"spec": spec_figures, "wheels": wheel_figures, "walkthrough": run_walkthrough}


def measured(folder: Path = RESULTS) -> dict[str, FigureSet]:
    """Every measured set recorded in `folder` (bench/results/*.json)."""
    sets = {}
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        sets[path.stem] = FigureSet(
            dict(data.get("values") or {}), dict(data.get("tables") or {}), data.get("stamp"), data.get("command", "")
        )
    return sets


def needed(texts: dict[Path, str]) -> set[str]:
    return {match.group(1) for text in texts.values() for match in OPEN.finditer(text)}


def figure_sets(names: set[str], folder: Path = RESULTS, skip: frozenset[str] = frozenset()) -> dict[str, FigureSet]:
    """The sets the docs ask for: computed ones computed now (only those asked for, less `skip`), measured ones read."""
    sets = measured(folder)
    sets.update({name: COMPUTED[name]() for name in sorted((names & COMPUTED.keys()) - skip)})
    return sets


def markdown_table(data: dict[str, Any]) -> str:
    def cell(text: Any) -> str:
        return " ".join(str(text).split()).replace("|", "\\|")

    lines = ["| " + " | ".join(cell(c) for c in data["columns"]) + " |", "|" + "---|" * len(data["columns"])]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in data["rows"]]
    return "\n".join(lines)


def stamp_line(figures: FigureSet) -> str:
    stamp = figures.stamp or {}
    load = f", load {stamp['load']}" if stamp.get("load") is not None else ""
    return f"Measured {stamp.get('measured_at', '(unknown)')} on {stamp.get('machine', '(unknown)')}{load}, by `{figures.command}`."


def rendered(figures: FigureSet, key: str) -> str | None:
    if key in figures.values:
        return figures.values[key]
    if key in figures.tables:
        body = markdown_table(figures.tables[key])
        return f"\n{body}\n\n{stamp_line(figures)}\n" if figures.stamp is not None else f"\n{body}\n"
    return None


@dataclass(frozen=True)
class Block:
    figure: str  # SET.KEY
    line: int
    old: str
    new: str


def rewrite(
    text: str, path: str, sets: dict[str, FigureSet], skip: frozenset[str] = frozenset()
) -> tuple[str, list[Block], list[Diagnostic]]:
    """The text with every block filled from `sets`, its blocks, and the problems found (unknown figures, unclosed
    blocks). Blocks of the sets in `skip` are left as they are."""
    out, blocks, found, at = [], [], [], 0
    for match in OPEN.finditer(text):
        if match.start() < at:  # inside the previous block: it was not closed before this one opened
            continue
        line = text.count("\n", 0, match.start()) + 1
        end = text.find(CLOSE, match.end())
        nested = OPEN.search(text, match.end())
        if end < 0 or (nested is not None and nested.start() < end):
            message = f"block {match.group(0)} has no {CLOSE} before the next block"
            found.append(Diagnostic("figure-unclosed", Level.ERROR, message, path, line=line))
            continue
        name, key = match.groups()
        figures = sets.get(name)
        old = text[match.end() : end]
        value = rendered(figures, key) if figures is not None else old if name in skip else None
        if value is None:
            known = ", ".join(sorted(sets)) if figures is None else ", ".join(sorted([*figures.values, *figures.tables]))
            message = f"unknown figure {name}.{key} (known {'sets' if figures is None else 'keys'}: {known})"
            found.append(Diagnostic("figure-unknown", Level.ERROR, message, path, line=line, hint=HINT))
            value = old
        blocks.append(Block(f"{name}.{key}", line, old, value))
        out += [text[at : match.end()], value]
        at = end
    out.append(text[at:])
    return "".join(out), blocks, found


def markdown_files(root: Path = ROOT) -> list[Path]:
    """The repository's Markdown files (git's list: nothing generated, installed or ignored)."""
    listed = subprocess.run(["git", "ls-files", "-z", "--", "*.md"], cwd=root, capture_output=True, check=True).stdout
    return [root / name for name in sorted(listed.decode("utf-8").split("\0")) if name and not name.startswith("generated/")]


def run(
    command: str, files: list[Path], folder: Path = RESULTS, skip: frozenset[str] = frozenset()
) -> tuple[list[Diagnostic], dict[Path, str]]:
    """`update` or `check` the blocks of `files` (those of the sets in `skip` left as they are): the problems
    found, and the new text of each file that changes."""
    texts = {path: path.read_text(encoding="utf-8") for path in files}
    sets = figure_sets(needed(texts), folder, skip)
    found: list[Diagnostic] = []
    changed = {}
    for path, text in texts.items():
        new, blocks, problems = rewrite(text, shown(path), sets, skip)
        found += problems
        if new != text:
            changed[path] = new
        if command == "check":
            for block in blocks:
                if block.old != block.new:
                    message = f"{block.figure} reads {_short(block.old)}, its command gives {_short(block.new)}"
                    found.append(Diagnostic("figure-stale", Level.ERROR, message, shown(path), line=block.line, hint=HINT))
    return found, changed


def shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return repr(flat if len(flat) <= 60 else flat[:57] + "...")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.figures", description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("update", "check", "show"))
    parser.add_argument("files", nargs="*", type=Path, help="Markdown files (default: every tracked *.md outside generated/)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--skip", action="append", default=[], choices=sorted(COMPUTED), help="leave this computed set's blocks unchecked")
    args = parser.parse_args(argv)
    files = [path.resolve() for path in args.files] or markdown_files()
    if args.command == "show":
        sets = figure_sets(set(COMPUTED))
        print(json.dumps({name: vars(s) for name, s in sorted(sets.items())}, ensure_ascii=False, indent=2))
        return 0
    found, changed = run(args.command, files, skip=frozenset(args.skip))
    if args.command == "update" and not has_errors(found):
        from generator.output import write_atomically  # exclusive temporary name: no symlink planted there is followed

        for path, text in changed.items():
            write_atomically(path, text)
            print(f"{shown(path)}: figures updated")
    if found:
        print(render(found, args.format), file=sys.stderr)
    return 1 if has_errors(found) else 0


if __name__ == "__main__":
    sys.exit(main())
