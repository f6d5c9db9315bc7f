"""One shape for every problem the tools report: collected as values, printed only by the CLI."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from enum import StrEnum


class Level(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Diagnostic:
    code: str  # stable, e.g. "example-invalid"; documented in spec/README.md (and generator/README.md for its own)
    level: Level
    message: str
    file: str | None = None
    pointer: str | None = None  # JSON pointer into the file, "" for the root
    line: int | None = None  # 1-based
    hint: str | None = None

    @property
    def location(self) -> str:
        where = self.file or "<input>"
        if self.pointer is not None:
            where += "#" + self.pointer
        if self.line is not None:
            where += f" (line {self.line})"
        return where

    def to_text(self) -> str:
        text = f"{self.level.value}[{self.code}] {self.location}: {self.message}"
        if self.hint:
            text += f"\n    hint: {self.hint}"
        return text

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data["level"] = self.level.value
        return data


class InputError(Exception):
    """A fatal problem with an input file (unreadable, malformed): carries one diagnostic."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(diagnostic.to_text())
        self.diagnostic = diagnostic


def has_errors(diagnostics: list[Diagnostic]) -> bool:
    return any(d.level is Level.ERROR for d in diagnostics)


def render(diagnostics: list[Diagnostic], fmt: str) -> str:
    if fmt == "json":
        return json.dumps([d.to_json() for d in diagnostics], ensure_ascii=False, indent=2)
    return "\n".join(d.to_text() for d in diagnostics)


def pointer_join(pointer: str, *parts: str | int) -> str:
    """Append reference tokens to a JSON pointer, escaping '~' and '/' (RFC 6901)."""
    for part in parts:
        text = str(part)
        # most tokens need no escaping; the test is cheaper than two replaces (tens of thousands of joins per validate)
        pointer += "/" + (text.replace("~", "~0").replace("/", "~1") if "~" in text or "/" in text else text)
    return pointer


def pointer_split(pointer: str) -> list[str]:
    if not pointer:
        return []
    return [p.replace("~1", "/").replace("~0", "~") for p in pointer.lstrip("#").split("/")[1:]]
