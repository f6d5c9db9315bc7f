"""A spec split into files: the root lists its parts under `x-parts`; `load_openapi` merges them into one document.

The curated spec is ~200 operations and ~1,000 schemas, too much for one file a maintainer can find their way
in. The root (`spec/modelarts.yaml`) keeps what every operation shares (info, servers, security, tags, the
shared parameters, responses and schemas) and lists part files, one per area of the manual. A part is a
mapping with `paths` and/or `components` only; its `$ref`s point into the merged document
(`#/components/schemas/Pool`), so a schema may be defined in one part and used in another. Merging adds each
part's entries after the root's, in the order listed; an entry defined twice is refused, naming both places.
Every tool reads the merged document, so diagnostics inside a part name the part file and its line
(`YamlDocument.file_of`). The published bundle is the merged document, without `x-parts`.

Every problem with the layout itself is an InputError `spec-part-invalid` naming the file, pointer and line.
A part is read by the loader like any input, so its limits (size, depth, aliases) apply to each file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import Any, NoReturn

from modelarts_spec.diagnostics import Diagnostic, InputError, Level, pointer_join

PARTS_KEY = "x-parts"
PART_SECTIONS = ("paths", "components")
MAX_PARTS = 64  # a bound on hostile roots; the curated spec has about ten
MAX_NAME = 255  # characters of a part's relative path

LinesOf = Callable[[str], int | None]


def part_paths(root: Any, root_path: str, lines_of: LinesOf) -> list[Path]:
    """The part files a root lists, each a plain relative path to an existing file inside the root's folder,
    named as the root was (`spec/parts/a.yaml` beside `spec/modelarts.yaml`); refused otherwise."""
    listed = root.get(PARTS_KEY)
    if not isinstance(listed, list) or not listed or len(listed) > MAX_PARTS:
        found = f"{len(listed)} entries" if isinstance(listed, list) else _kind(listed)
        message = f"`{PARTS_KEY}` must be a list of 1 to {MAX_PARTS} relative file paths, found {found}"
        _refuse(root_path, f"/{PARTS_KEY}", message, lines_of)
    base = Path(root_path).resolve().parent
    found_at: dict[Path, str] = {}
    paths: list[Path] = []
    for index, name in enumerate(listed):
        pointer = pointer_join(f"/{PARTS_KEY}", index)
        pure = _plain_relative(name)
        if pure is None:
            _refuse(root_path, pointer, f"a part must be a relative path inside the spec's folder, found {name!r}", lines_of)
        path = Path(root_path).parent.joinpath(*pure.parts)
        real = _resolved(path)
        if real is None or not real.is_relative_to(base):  # a symlink out of the spec's folder, or a loop
            _refuse(root_path, pointer, f"part {name!r} resolves outside the spec's folder", lines_of)
        if real in found_at:
            _refuse(root_path, pointer, f"part {name!r} is listed twice (as {found_at[real]!r} before)", lines_of)
        if not real.is_file():
            _refuse(root_path, pointer, f"part {name!r}: no such file ({path})", lines_of)
        found_at[real] = name
        paths.append(path)
    return paths


def _plain_relative(name: Any) -> PurePosixPath | None:
    """`name` as a relative POSIX path that stays below its folder, or None."""
    if not isinstance(name, str) or not name or len(name) > MAX_NAME or "\\" in name:
        return None
    if any(ord(char) < 32 or ord(char) == 127 for char in name):  # NUL and friends: not a file name we write
        return None
    pure = PurePosixPath(name)
    if pure.is_absolute() or ".." in pure.parts or not pure.parts:
        return None
    return pure


def _resolved(path: Path) -> Path | None:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a symlink loop (RuntimeError before Python 3.13), a name the system refuses
        return None


class Assembly:
    """The root's data (without `x-parts`) with each part's entries added; `owners` maps each pointer a part
    defined (`/paths/<path>`, `/components/<kind>/<name>`) to its file."""

    def __init__(self, root: dict[str, Any], root_path: str, root_lines: LinesOf) -> None:
        self.data = {key: value for key, value in root.items() if key != PARTS_KEY}
        self.root_path, self.root_lines = root_path, root_lines
        self.owners: dict[str, str] = {}

    def add(self, part: Any, part_path: str, lines_of: LinesOf) -> None:
        sections = " and/or ".join(PART_SECTIONS)
        if not isinstance(part, dict) or not part:
            found = "an empty document" if part is None else _kind(part)
            _refuse(part_path, "", f"a part is a mapping of {sections}, found {found}", lines_of)
        for key in part:
            if key not in PART_SECTIONS:  # the root's business (info, servers, x-parts…), or a typo
                _refuse(part_path, pointer_join("", key), f"a part holds only {sections}, found {key!r}", lines_of)
        for section in PART_SECTIONS:
            if section not in part:
                continue
            if not isinstance(part[section], dict):
                _refuse(part_path, f"/{section}", f"`{section}` must be a mapping, found {_kind(part[section])}", lines_of)
            groups = [(("paths",), part[section])] if section == "paths" else _component_groups(part[section], part_path, lines_of)
            for tokens, entries in groups:
                target = self._target(tokens)
                for name, value in entries.items():
                    pointer = pointer_join("", *tokens, name)
                    if name in target:
                        first = self.owners.get(pointer, self.root_path)
                        _refuse(part_path, pointer, f"{pointer} is defined twice: here and in {first}", lines_of)
                    target[name] = value
                    self.owners[pointer] = part_path

    def _target(self, tokens: tuple[str, ...]) -> dict[str, Any]:
        """The root's mapping at `tokens` (made if absent) that a part's entries join."""
        node = self.data
        for depth, token in enumerate(tokens, start=1):
            child = node.setdefault(token, {})
            if not isinstance(child, dict):
                pointer = pointer_join("", *tokens[:depth])
                message = f"the root's {pointer} is {_kind(child)}, where the parts' entries are to join a mapping"
                _refuse(self.root_path, pointer, message, self.root_lines)
            node = child
        return node


def _component_groups(components: dict[str, Any], part_path: str, lines_of: LinesOf) -> list[tuple[tuple[str, ...], dict[str, Any]]]:
    groups: list[tuple[tuple[str, ...], dict[str, Any]]] = []
    for kind, entries in components.items():
        if not isinstance(entries, dict):
            _refuse(
                part_path,
                pointer_join("/components", kind),
                f"a component kind must be a mapping of names, found {_kind(entries)}",
                lines_of,
            )
        groups.append((("components", kind), entries))
    return groups


def _kind(value: Any) -> str:
    kinds = {type(None): "null", dict: "a mapping" if value else "an empty mapping", list: "a list", str: "a string", bool: "a boolean"}
    return kinds.get(type(value), "a number")


_HINT = f"the root lists its part files under `{PARTS_KEY}`; a part holds only paths and components (spec/README.md)"


def _refuse(file: str, pointer: str, message: str, lines_of: LinesOf) -> NoReturn:
    raise InputError(Diagnostic("spec-part-invalid", Level.ERROR, message, file=file, pointer=pointer, line=lines_of(pointer), hint=_HINT))
