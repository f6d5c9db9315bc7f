"""The one reader of every YAML or JSON input (spec, fixtures, manual tables, ids files): JSON values with a
JSON-pointer → line map, within `Limits` (size, nesting, alias expansion), every failure an InputError."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from modelarts_spec import parts
from modelarts_spec.diagnostics import Diagnostic, InputError, Level
from modelarts_spec.fast_json import NOT_FAST, fast_json
from modelarts_spec.safe_yaml import DEFAULT_LIMITS, MAX_MB_ENV, build
from modelarts_spec.safe_yaml import STRICT as STRICT  # re-exported: the limits of data files (fixtures, ids, tables)
from modelarts_spec.safe_yaml import Limits as Limits  # re-exported: callers set limits through the loader


@dataclass
class YamlDocument:
    path: str
    data: Any
    _lines: dict[str, int] | None = None  # JSON pointer → 1-based line; None until asked for (see `lines`)
    duplicate_keys: list[tuple[str, int]] = field(default_factory=list)  # (pointer, line) of each repeated key
    _text: str | None = field(default=None, repr=False)  # kept to index lines on demand (JSON read fast)
    # A spec assembled from part files (parts.py): pointer of each entry a part defined → that part's file.
    part_files: dict[str, str] = field(default_factory=dict)

    @property
    def files(self) -> list[str]:
        """Every file the document was read from: the root, then its parts."""
        return [self.path, *dict.fromkeys(self.part_files.values())]

    def file_of(self, pointer: str) -> str:
        """The file that holds the pointer: the part that defines its path or component, else the root."""
        if self.part_files:
            tokens = pointer.split("/")
            for depth in (3, 4):  # /paths/<path>, /components/<kind>/<name>
                owner = self.part_files.get("/".join(tokens[:depth]))
                if owner is not None:
                    return owner
        return self.path

    @property
    def lines(self) -> dict[str, int]:
        """A JSON file is parsed by `json` (fast, no lines); its lines are indexed when a diagnostic first needs one."""
        if self._lines is None:
            self._lines, text, self._text = {}, self._text, None
            with suppress(InputError, yaml.YAMLError):  # JSON that YAML reads otherwise: no lines, still the diagnostic
                self._lines = build(text, self.path).lines if text else {}
        return self._lines

    def line_of(self, pointer: str) -> int | None:
        """Line of the pointer, or of its nearest ancestor that has one."""
        while True:
            if pointer in self.lines:
                return self.lines[pointer]
            if not pointer:
                return None
            pointer = pointer.rsplit("/", 1)[0]

    def diagnostic(self, code: str, pointer: str, message: str, level: Level = Level.ERROR, hint: str | None = None) -> Diagnostic:
        return Diagnostic(code, level, message, file=self.file_of(pointer), pointer=pointer, line=self.line_of(pointer), hint=hint)

    def located(self, diagnostic: Diagnostic) -> Diagnostic:
        """A diagnostic found in this document's data without knowing the file (e.g. by `modelarts_spec.openapi`): add file and line."""
        pointer = diagnostic.pointer or ""
        return replace(diagnostic, file=self.file_of(pointer), line=self.line_of(pointer))


def read_text(path: str | Path, max_bytes: int = DEFAULT_LIMITS.max_bytes) -> str:
    """The file's UTF-8 text, reading at most `max_bytes` + 1 bytes (so /dev/zero or a huge file is refused, not read)."""
    try:
        with open(path, "rb") as stream:
            raw = stream.read(max_bytes + 1)
    except FileNotFoundError:
        raise _unreadable(path, "no such file") from None
    except IsADirectoryError:
        raise _unreadable(path, "is a directory, expected a file") from None
    except PermissionError:
        raise _unreadable(path, "permission denied") from None
    except OSError as exc:
        raise _unreadable(path, exc.strerror or "cannot be read") from None
    if len(raw) > max_bytes:
        message = f"larger than {max_bytes:,} bytes, the limit for an input file"
        raise InputError(
            Diagnostic(
                "file-too-large",
                Level.ERROR,
                message,
                file=str(path),
                hint=f"split the file, or raise the limit: {MAX_MB_ENV}=<MiB> in the environment",
            )
        )
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _unreadable(path, f"not UTF-8 text (byte {exc.start})") from None


def _unreadable(path: str | Path, message: str) -> InputError:
    return InputError(Diagnostic("file-unreadable", Level.ERROR, message, file=str(path)))


def load_yaml(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> YamlDocument:
    """YAML or JSON → JSON values with their lines. `limits.duplicate_keys=False` makes a repeated key an InputError
    (fixtures, ids files); the spec keeps them as `duplicate_keys`, which `validate` reports with its other findings."""
    text = read_text(path, limits.max_bytes)
    return parse_yaml(text, str(path), limits)


def load_openapi(path: str | Path) -> YamlDocument:
    """A spec file: YAML or JSON whose top level is a mapping with `paths`. Anything else is unusable input
    (InputError `spec-not-object`), the same answer from every tool that reads a spec. A root that lists part
    files (`x-parts`) is returned merged with them (parts.py)."""
    doc = load_yaml(path)
    if isinstance(doc.data, dict) and parts.PARTS_KEY in doc.data:
        doc = _assembled(doc)
    if not isinstance(doc.data, dict) or not isinstance(doc.data.get("paths"), dict):
        found = {type(None): "an empty document", dict: "a mapping without `paths`"}.get(type(doc.data), f"a {type(doc.data).__name__}")
        message = f"not an OpenAPI document: expected a mapping with `paths`, found {found}"
        raise InputError(Diagnostic("spec-not-object", Level.ERROR, message, file=doc.path, pointer="", line=doc.line_of("") or 1))
    return doc


def _assembled(root: YamlDocument) -> YamlDocument:
    """The root merged with its parts: one document whose lines and files follow each entry to where it is written."""
    assembly = parts.Assembly(root.data, root.path, root.line_of)
    read = []
    for part_path in parts.part_paths(root.data, root.path, root.line_of):
        part = load_yaml(part_path)
        assembly.add(part.data, part.path, part.line_of)
        read.append(part)
    lines = {p: n for p, n in root.lines.items() if p != f"/{parts.PARTS_KEY}" and not p.startswith(f"/{parts.PARTS_KEY}/")}
    doc = YamlDocument(root.path, assembly.data, lines, list(root.duplicate_keys), part_files=assembly.owners)
    for part in read:  # a part's lines and repeated keys within the entries it defines; the containers are the root's
        lines.update({p: n for p, n in part.lines.items() if doc.file_of(p) == part.path})
        for pointer, line in part.duplicate_keys:
            if doc.file_of(pointer) != part.path:  # e.g. `paths:` twice: half the part would be dropped unseen
                message = f"duplicate key {pointer}: YAML keeps only the last one, and a part's sections are read whole"
                raise InputError(Diagnostic("spec-part-invalid", Level.ERROR, message, file=part.path, pointer=pointer, line=line))
            doc.duplicate_keys.append((pointer, line))
    return doc


def parse_yaml(text: str, name: str, limits: Limits = DEFAULT_LIMITS) -> YamlDocument:
    if len(text) > limits.max_bytes:
        raise InputError(
            Diagnostic("file-too-large", Level.ERROR, f"larger than {limits.max_bytes:,} bytes, the limit for an input", file=name)
        )
    fast = fast_json(text, name, limits)
    if fast is not NOT_FAST:
        return YamlDocument(name, fast, _text=text)
    try:
        built = build(text, name, limits)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or exc.context or "malformed YAML"
        if exc.context and exc.context_mark and exc.problem:
            problem += f" ({exc.context} at line {exc.context_mark.line + 1})"
        raise InputError(Diagnostic("yaml-malformed", Level.ERROR, f"malformed YAML: {problem}", file=name, line=line)) from None
    except yaml.YAMLError as exc:
        raise InputError(Diagnostic("yaml-malformed", Level.ERROR, f"malformed YAML: {exc}", file=name)) from None
    return YamlDocument(name, built.data, built.lines, built.duplicate_keys)
