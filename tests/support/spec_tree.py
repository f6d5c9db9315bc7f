"""The spec as files: the root `spec/modelarts.yaml` and the part files it lists (`x-parts`).

Tests that break the spec do so on a copy of the whole tree in `tmp_path` (the root alone would lose its
parts), editing the one file that holds the text to change; lines are checked in that file. Which part holds
what is never assumed: `file_with` finds it.
"""

from __future__ import annotations

import copy
import functools
import shutil
from pathlib import Path
from typing import Any

import yaml

from tests.support import SPEC, committed_spec, yaml_text


def spec_data() -> dict[str, Any]:
    """The committed spec merged from its files (a fresh copy, for a test to change and `write_tree`)."""
    return copy.deepcopy(committed_spec())


def spec_files(root: Path = SPEC) -> list[Path]:
    """The root, then its parts in the order it lists them."""
    data = yaml.safe_load(root.read_text(encoding="utf-8"))
    return [root, *(root.parent / name for name in data.get("x-parts") or [])]


def spec_text(root: Path = SPEC) -> str:
    """Every file's text, root first: for counting what the spec says, wherever it is written."""
    return "".join(path.read_text(encoding="utf-8") for path in spec_files(root))


def spec_copy(tmp_path: Path, name: str = "modelarts.yaml", source: Path = SPEC) -> Path:
    """A copy of the root (as `name`) and its parts under `tmp_path`; returns the copied root.
    Copying over an earlier copy restores it."""
    root = tmp_path / name
    root.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, root)
    for part in spec_files(source)[1:]:
        target = root.parent / part.relative_to(source.parent)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(part, target)
    return root


def file_with(needle: str, root: Path = SPEC) -> Path:
    """The one file of the tree whose text contains `needle`."""
    holders = [path for path in spec_files(root) if needle in path.read_text(encoding="utf-8")]
    assert len(holders) == 1, f"{needle!r} is in {len(holders)} spec files: {holders}"
    return holders[0]


def edit(root: Path, old: str, new: str, count: int = 1, first: bool = False) -> Path:
    """Replace the first `count` occurrences of `old` in the one file of the tree at `root` that holds it
    (a copy: never the committed spec); returns that file, where the edit's lines are to be checked.
    `first`: in the first file, root then parts in order, that holds it (the spec's first occurrence)."""
    assert root.resolve() != SPEC.resolve(), "edit a copy of the spec (spec_copy), not the committed files"
    holders = [path for path in spec_files(root) if old in path.read_text(encoding="utf-8")]
    path = holders[0] if first and holders else file_with(old, root)
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= count, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return path


def edited_spec(tmp_path: Path, old: str, new: str, count: int = 1, name: str = "modelarts.yaml") -> Path:
    """A copy of the spec tree with the first `count` occurrences of `old` replaced in the one file that holds it."""
    root = spec_copy(tmp_path, name)
    edit(root, old, new, count)
    return root


def _entries(part: dict[str, Any]) -> list[tuple[str, ...]]:
    """The entries a part file defines: ("paths", path) and ("components", kind, name)."""
    found: list[tuple[str, ...]] = [("paths", path) for path in part.get("paths") or {}]
    for kind, names in (part.get("components") or {}).items():
        found += [("components", kind, name) for name in names or {}]
    return found


def _holders(root: Path) -> dict[tuple[str, ...], Path]:
    """Each entry of the tree at `root` and the part file that defines it (read here with plain yaml, independently
    of the loader's bookkeeping; libyaml's parser: the parts are ~10 MB, the pure-Python one took seconds per call)."""
    texts = tuple((path, path.read_text(encoding="utf-8")) for path in spec_files(root)[1:])
    return _holders_of(texts)


@functools.lru_cache(maxsize=4)  # a few trees at a time: each key holds the texts of a whole tree
def _holders_of(texts: tuple[tuple[Path, str], ...]) -> dict[tuple[str, ...], Path]:
    holder: dict[tuple[str, ...], Path] = {}
    for path, text in texts:
        holder.update(dict.fromkeys(_entries(yaml.load(text, Loader=yaml.CSafeLoader)), path))
    return holder


def defining_file(pointer: str, root: Path = SPEC) -> Path:
    """The file of the tree that defines the path or component `pointer` lies in, else the root."""
    tokens = tuple(token.replace("~1", "/").replace("~0", "~") for token in pointer.split("/")[1:])
    holders = _holders(root)
    return holders.get(tokens[:2]) or holders.get(tokens[:3]) or root


def write_tree(tmp_path: Path, data: dict[str, Any], source: Path = SPEC) -> Path:
    """A merged spec `data` (the committed one, changed by a test) written as a tree laid out like `source`:
    each path and component in the file that defines it there, anything new in the root. Returns the root."""
    holder = _holders(source)
    layout: dict[Path, dict[str, Any]] = {path: {} for path in spec_files(source)}
    root_data = layout[source]
    root_data.update({key: value for key, value in data.items() if key not in ("paths", "components")})
    root_data["x-parts"] = [path.relative_to(source.parent).as_posix() for path in spec_files(source)[1:]]
    for entry in [("paths", name) for name in data.get("paths") or {}] + [
        ("components", kind, name) for kind, names in (data.get("components") or {}).items() for name in names
    ]:
        node = layout[holder.get(entry, source)]
        for token in entry[:-1]:
            node = node.setdefault(token, {})
        node[entry[-1]] = _at(data, entry)
    root_data.setdefault("paths", {})
    for path, content in layout.items():
        target = tmp_path / path.relative_to(source.parent)
        target.parent.mkdir(parents=True, exist_ok=True)
        text = yaml_text(content or {"paths": {}}, sort_keys=False, allow_unicode=True, width=10_000)
        target.write_text(text, encoding="utf-8")
    return tmp_path / source.relative_to(source.parent)


def _at(data: Any, tokens: tuple[str, ...]) -> Any:
    for token in tokens:
        data = data[token]
    return data
