"""A spec split into files: the root lists its parts under `x-parts`; `load_openapi` merges them into one document.

The curated spec is ~200 operations and ~1,000 schemas, too much for one file a maintainer can find their way
in. The root (`spec/modelarts.yaml`) keeps what every operation shares (info, servers, security, tags, the
shared parameters, responses and schemas) and lists part files, one per area of the manual. A part is a
mapping with `paths` and/or `components` only; its `$ref`s point into the merged document
(`#/components/schemas/Pool`), so a schema may be defined in one part and used in another. Merging adds each
part's entries after the root's, in the order listed; an entry defined twice is refused, naming both places.
Every tool reads the merged document, so diagnostics inside a part name the part file and its line
(`YamlDocument.file_of`). The published bundle is the merged document, without `x-parts`.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import Any

from modelarts_spec.diagnostics import Diagnostic, InputError, Level, pointer_join

PARTS_KEY = "x-parts"
PART_SECTIONS = ("paths", "components")
MAX_PARTS = 64  # a bound on hostile roots; the curated spec has about ten


def part_paths(root: Any, root_path: str) -> list[Path]:
    """The part files a root lists, each a plain relative path inside the root's folder (refused otherwise)."""
    listed = root.get(PARTS_KEY)
    if not isinstance(listed, list) or not listed or len(listed) > MAX_PARTS:
        _refuse(root_path, f"/{PARTS_KEY}", f"`{PARTS_KEY}` must be a list of 1 to {MAX_PARTS} relative file paths")
    base = Path(root_path).resolve().parent
    found: list[Path] = []
    for index, name in enumerate(listed):
        pointer = pointer_join(f"/{PARTS_KEY}", index)
        if not isinstance(name, str) or not name or "\\" in name:
            _refuse(root_path, pointer, f"a part must be a relative path inside the spec's folder, found {name!r}")
        pure = PurePosixPath(name)
        if pure.is_absolute() or ".." in pure.parts:
            _refuse(root_path, pointer, f"a part must be a relative path inside the spec's folder, found {name!r}")
        path = base.joinpath(*pure.parts)
        if not path.resolve().is_relative_to(base):  # a symlink out of the spec's folder
            _refuse(root_path, pointer, f"part {name!r} resolves outside the spec's folder")
        if path in found:
            _refuse(root_path, pointer, f"part {name!r} is listed twice")
        found.append(path)
    return found


def merge_part(merged: dict[str, Any], part: Any, part_path: str, owners: dict[str, str], lines_of: Any) -> None:
    """Add one part's entries to `merged`; `owners` maps each merged entry's pointer to the file that defines it."""
    if not isinstance(part, dict) or not part or not set(part) <= set(PART_SECTIONS):
        keys = sorted(part) if isinstance(part, dict) else type(part).__name__
        _refuse(part_path, "", f"a part holds only {' and '.join(PART_SECTIONS)}, found {keys}")
    for section in PART_SECTIONS:
        if section not in part:
            continue
        if not isinstance(part[section], dict):
            _refuse(part_path, f"/{section}", f"`{section}` must be a mapping")
        groups = [("paths", part[section])] if section == "paths" else _component_groups(part[section], part_path)
        for prefix, entries in groups:
            target = _target(merged, prefix)
            for name, value in entries.items():
                pointer = pointer_join(f"/{prefix}", name)
                if name in target:
                    first = owners.get(pointer, "the root")
                    _refuse(part_path, pointer, f"{pointer} is defined twice: here and in {first}", line=lines_of(pointer))
                target[name] = value
                owners[pointer] = part_path


def _component_groups(components: dict[str, Any], part_path: str) -> list[tuple[str, dict[str, Any]]]:
    groups = []
    for kind, entries in components.items():
        if not isinstance(entries, dict):
            _refuse(part_path, pointer_join("/components", kind), "a component kind must be a mapping of names")
        groups.append((f"components/{kind}", entries))
    return groups


def _target(merged: dict[str, Any], prefix: str) -> dict[str, Any]:
    node = merged
    for token in prefix.split("/"):
        child = node.setdefault(token, {})
        if not isinstance(child, dict):
            raise InputError(Diagnostic("spec-part-invalid", Level.ERROR, f"the root's /{prefix} is not a mapping"))
        node = child
    return node


def _refuse(file: str, pointer: str, message: str, line: int | None = None) -> None:
    hint = f"the root lists its part files under `{PARTS_KEY}` (spec/README.md)"
    raise InputError(Diagnostic("spec-part-invalid", Level.ERROR, message, file=file, pointer=pointer, line=line, hint=hint))
