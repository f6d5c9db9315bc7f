"""The spec as files: the root `spec/modelarts.yaml` and the part files it lists (`x-parts`).

Tests that break the spec do so on a copy of the whole tree in `tmp_path` (the root alone would lose its
parts), editing the one file that holds the text to change; lines are checked in that file.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from tests.support import SPEC


def spec_files(root: Path = SPEC) -> list[Path]:
    """The root, then its parts in the order it lists them."""
    data = yaml.safe_load(root.read_text(encoding="utf-8"))
    return [root, *(root.parent / name for name in data.get("x-parts") or [])]


def spec_text(root: Path = SPEC) -> str:
    """Every file's text, root first: for counting what the spec says, wherever it is written."""
    return "".join(path.read_text(encoding="utf-8") for path in spec_files(root))


def spec_copy(tmp_path: Path, name: str = "modelarts.yaml") -> Path:
    """A copy of the root (as `name`) and its parts under `tmp_path`; returns the copied root."""
    root = tmp_path / name
    shutil.copyfile(SPEC, root)
    for part in spec_files()[1:]:
        target = root.parent / part.relative_to(SPEC.parent)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(part, target)
    return root


def file_with(needle: str, root: Path = SPEC) -> Path:
    """The one file of the tree whose text contains `needle`."""
    holders = [path for path in spec_files(root) if needle in path.read_text(encoding="utf-8")]
    assert len(holders) == 1, f"{needle!r} is in {len(holders)} spec files: {holders}"
    return holders[0]


def edited_spec(tmp_path: Path, old: str, new: str, count: int = 1, name: str = "modelarts.yaml") -> Path:
    """A copy of the spec tree with the first `count` occurrences of `old` replaced in the one file that holds it."""
    root = spec_copy(tmp_path, name)
    path = file_with(old, root)
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= count, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return root
