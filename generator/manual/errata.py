"""Errata of an edition: corrections of text the manual prints broken (an example that is not JSON).

The pages are kept verbatim; what the reader cannot read is corrected here, as data beside the edition's
folder (`<folder>.errata.yaml`), each correction with the page, the line, the text as printed, the text it
becomes and why. A correction applies only where the page still prints exactly that text on that line (a
new edition that fixed the page makes the correction unused, which is reported); each applied correction is
an info diagnostic, so nothing is rewritten silently.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from modelarts_spec.diagnostics import Diagnostic, InputError, Level, pointer_join
from modelarts_spec.loader import STRICT, load_yaml

from generator import shapes

KEYS = ("page", "line", "printed", "corrected", "why")


@dataclass
class Errata:
    by_page: dict[str, list[dict[str, Any]]]
    path: str | None
    used: set[int] = field(default_factory=set)

    def apply(self, page: str, text: str, diagnostics: list[Diagnostic]) -> str:
        """The page's text with each correction whose printed text is still on its line applied."""
        entries = self.by_page.get(page)
        if not entries:
            return text
        lines = text.split("\n")
        for entry in entries:
            index = entry["line"] - 1
            if 0 <= index < len(lines) and entry["printed"] in lines[index]:
                lines[index] = lines[index].replace(entry["printed"], entry["corrected"], 1)
                self.used.add(id(entry))
                message = f"corrected {entry['printed']!r} to {entry['corrected']!r} ({entry['why']}; {self.path})"
                diagnostics.append(Diagnostic("erratum-applied", Level.INFO, message, file=page, line=entry["line"]))
        return "\n".join(lines)

    def unused(self) -> list[Diagnostic]:
        """Corrections whose printed text is no longer where they say: the edition changed, the erratum is stale."""
        return [
            Diagnostic(
                "erratum-unused", Level.WARNING, f"the page no longer prints {e['printed']!r} on this line", file=e["page"], line=e["line"]
            )
            for entries in self.by_page.values()
            for e in entries
            if id(e) not in self.used
        ]


def load(folder: Path) -> Errata:
    """The errata beside an edition's folder, or none. A malformed file is an InputError at the misfit's pointer."""
    path = folder.with_name(folder.name + ".errata.yaml")
    if not path.is_file():
        return Errata({}, None)
    doc = load_yaml(path, STRICT)
    entries = doc.data.get("errata") if isinstance(doc.data, dict) else None
    if not isinstance(entries, list):
        raise InputError(
            doc.diagnostic("errata-shape", "/errata" if isinstance(doc.data, dict) else "", "expected a mapping with a list `errata`")
        )
    by_page: dict[str, list[dict[str, Any]]] = {}
    for index, entry in enumerate(entries):
        problem = _misfit(entry)
        if problem:
            key, message = problem
            raise InputError(doc.diagnostic("errata-shape", f"/errata/{index}{key}", message))
        by_page.setdefault(entry["page"], []).append(entry)
    return Errata(by_page, str(path))


def _misfit(entry: Any) -> tuple[str, str] | None:
    """The first misfit of an erratum: the pointer's tail ('' for the entry itself) and what was expected."""
    expected = f"an erratum is a mapping with exactly {', '.join(KEYS)}"
    if not isinstance(entry, dict):
        return "", expected
    odd = [str(k) for k in entry if k not in KEYS]
    if odd or len(entry) != len(KEYS):
        return (pointer_join("", odd[0]) if odd else ""), f"{expected}; {'unknown ' + repr(odd[0][:60]) if odd else 'some are missing'}"
    line = entry["line"]
    if not isinstance(line, int) or isinstance(line, bool) or line < 1:
        return "/line", "`line` must be a line number (1 or more)"
    bad = next((k for k in KEYS if k != "line" and (not (isinstance(entry[k], str) and entry[k]) or shapes.string(entry[k]))), None)
    return (f"/{bad}", f"`{bad}` must be a non-empty string of text") if bad else None
