"""Takes the run's credentials out of every text the suite shows: the summary, the JSON report, pytest's failure reports.

A target may echo what it received (a body listing the request's headers, an error quoting them), and pytest,
Hypothesis or schemathesis then print it, sometimes cut short (`Access=AKLT…`). So besides the exact values
(token, AK, SK, security token) the values of the credential headers and of a signed Authorization's `Access=`
and `Signature=` are taken out wherever they appear: a signature can be replayed until it expires.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from modelarts_core.errors import REDACTED, redact

if TYPE_CHECKING:  # report.py, pure data, imports this module: no pytest at run time
    import pytest

# A value already filtered (schemathesis' curl lines say [Filtered]) or redacted is left alone.
_NOT_YET = r"(?!\[Filtered\]|<redacted>)"
_CREDENTIAL_HEADER = re.compile(r"(?i)((?:x-auth-token|x-security-token)[\"']?\s*[:=]\s*[\"']?)" + _NOT_YET + r"[^\s\"',;}]+")
_SIGNED_AUTHORIZATION = re.compile(r"\b((?:Access|Signature)=)" + _NOT_YET + r"[^\s\"',;}]+")


def redact_text(text: str, secrets: Iterable[str]) -> str:
    text = redact(text, secrets)
    text = _CREDENTIAL_HEADER.sub(lambda found: found.group(1) + REDACTED, text)
    return _SIGNED_AUTHORIZATION.sub(lambda found: found.group(1) + REDACTED, text)


@dataclass(frozen=True)
class CrashLine:
    """The failure's one-line cause, as pytest's own `reprcrash`: the short summary and JUnit's `message` quote it."""

    path: str
    lineno: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.lineno}: {self.message.partition(chr(10))[0]}"

    def toterminal(self, out: Any) -> None:
        out.line(str(self))


@dataclass(frozen=True)
class RedactedFailure:
    """A failure report's text without the secrets, in place of pytest's `longrepr`: the terminal, `--junit-xml` and
    pytest-xdist read it through `toterminal`, `str` and `reprcrash`, as they read pytest's own."""

    text: str
    reprcrash: CrashLine | None

    def toterminal(self, out: Any) -> None:
        for line in self.text.splitlines():
            out.line(line, red=line.startswith("E "))

    def __str__(self) -> str:
        return self.text


def redact_report(report: pytest.TestReport | pytest.CollectReport, secrets: Iterable[str]) -> None:
    """Redact a test's report in place, before pytest's terminal reporter and junitxml read it (they print it as is)."""
    secrets = tuple(secrets)
    longrepr = report.longrepr
    if isinstance(longrepr, tuple):  # a skip: (path, line, reason), the shape pytest's summary expects
        path, lineno, reason = longrepr
        report.longrepr = (path, lineno, redact_text(reason, secrets))
    elif longrepr is not None:
        text = report.longreprtext
        clean = redact_text(text, secrets)
        if clean != text:  # otherwise pytest's own report stays, with its colours
            crash = getattr(longrepr, "reprcrash", None)
            line = CrashLine(str(crash.path), crash.lineno, redact_text(crash.message, secrets)) if crash is not None else None
            # Not one of pytest's (private) TerminalRepr classes, but read through the same three attributes.
            report.longrepr = RedactedFailure(clean, line)  # type: ignore[assignment]
    report.sections = [(title, redact_text(content, secrets)) for title, content in report.sections]
