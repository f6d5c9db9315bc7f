"""Load YAML or text files with a JSON-pointer → line map, turning every failure into an InputError."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from modelarts_spec.diagnostics import Diagnostic, InputError, Level, pointer_join


@dataclass
class YamlDocument:
    path: str
    data: Any
    lines: dict[str, int] = field(default_factory=dict)  # JSON pointer → 1-based line
    duplicate_keys: list[tuple[str, int]] = field(default_factory=list)  # (pointer, line): PyYAML keeps the last silently

    def line_of(self, pointer: str) -> int | None:
        """Line of the pointer, or of its nearest ancestor that has one."""
        while True:
            if pointer in self.lines:
                return self.lines[pointer]
            if not pointer:
                return None
            pointer = pointer.rsplit("/", 1)[0]

    def diagnostic(self, code: str, pointer: str, message: str, level: Level = Level.ERROR, hint: str | None = None) -> Diagnostic:
        return Diagnostic(code, level, message, file=self.path, pointer=pointer, line=self.line_of(pointer), hint=hint)

    def located(self, diagnostic: Diagnostic) -> Diagnostic:
        """A diagnostic found in this document's data without knowing the file (e.g. by `modelarts_spec.openapi`): add file and line."""
        return replace(diagnostic, file=self.path, line=self.line_of(diagnostic.pointer or ""))


def read_text(path: str | Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(Diagnostic("file-unreadable", Level.ERROR, "no such file", file=str(path))) from None
    except IsADirectoryError:
        raise InputError(Diagnostic("file-unreadable", Level.ERROR, "is a directory, expected a file", file=str(path))) from None
    except PermissionError:
        raise InputError(Diagnostic("file-unreadable", Level.ERROR, "permission denied", file=str(path))) from None
    except UnicodeDecodeError as exc:
        raise InputError(Diagnostic("file-unreadable", Level.ERROR, f"not UTF-8 text (byte {exc.start})", file=str(path))) from None


def load_yaml(path: str | Path) -> YamlDocument:
    text = read_text(path)
    return parse_yaml(text, str(path))


def load_openapi(path: str | Path) -> YamlDocument:
    """A spec file: YAML or JSON whose top level is a mapping with `paths`. Anything else is unusable input
    (InputError `spec-not-object`), the same answer from every tool that reads a spec."""
    doc = load_yaml(path)
    if not isinstance(doc.data, dict) or not isinstance(doc.data.get("paths"), dict):
        found = {type(None): "an empty document", dict: "a mapping without `paths`"}.get(type(doc.data), f"a {type(doc.data).__name__}")
        message = f"not an OpenAPI document: expected a mapping with `paths`, found {found}"
        raise InputError(Diagnostic("spec-not-object", Level.ERROR, message, file=doc.path, pointer="", line=doc.line_of("") or 1))
    return doc


def parse_yaml(text: str, name: str) -> YamlDocument:
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or exc.context or "malformed YAML"
        if exc.context and exc.context_mark and exc.problem:
            problem += f" ({exc.context} at line {exc.context_mark.line + 1})"
        raise InputError(Diagnostic("yaml-malformed", Level.ERROR, f"malformed YAML: {problem}", file=name, line=line)) from None
    except yaml.YAMLError as exc:
        raise InputError(Diagnostic("yaml-malformed", Level.ERROR, f"malformed YAML: {exc}", file=name)) from None
    finally:
        loader.dispose()
    doc = YamlDocument(name, data)
    if node is not None:
        _index_lines(node, "", doc)
    return doc


def _index_lines(node: yaml.Node, pointer: str, doc: YamlDocument) -> None:
    doc.lines[pointer] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            child = pointer_join(pointer, key_node.value)
            if key_node.value in seen:
                doc.duplicate_keys.append((child, key_node.start_mark.line + 1))
            seen.add(key_node.value)
            _index_lines(value_node, child, doc)
            doc.lines[child] = key_node.start_mark.line + 1  # point at the key, where readers look
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _index_lines(item, pointer_join(pointer, index), doc)
