"""The tally of a contract run: operations × checks × cases, a sample of each distinct failure, failed tests, skips.

Fed by schemathesis' `after_validate` hook (every check result of every case) and by the plugin (test outcomes,
skips); rendered by summary.py. Pure data: no pytest, no I/O. Every text it keeps is redacted of the run's secrets
as it is recorded, so neither the summary nor the JSON report can show one.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from modelarts_contract.failures import FailureText
from modelarts_contract.redaction import redact_text
from modelarts_contract.skips import Skip

AUTH_REFUSALS = (401, 403)


@dataclass(frozen=True)
class Result:
    """One check's verdict on one response."""

    name: str
    passed: bool
    failure: FailureText | None = None


@dataclass
class FailureSample:
    operation: str
    check: str
    title: str
    where: str
    message: str
    curl: str
    count: int = 1


@dataclass
class StatefulTally:
    """What the stateful phase did: scenarios, steps (each judged by the checks), the links a step followed."""

    links: int = 0  # links between the operations the run tests: what the phase can follow
    excluded: list[str] = field(default_factory=list)  # operations --exclude-from-stateful left out of the phase
    ran: bool = False
    scenarios: int = 0
    steps: int = 0
    rereads: int = 0  # reads of a deleted resource while its delete ran (not judged: the last read is a step)
    followed: set[str] = field(default_factory=set)  # "CreatePool -> ShowPool"
    failed_checks: int = 0
    error: str | None = None  # why the phase failed when no check failure says it (an invalid link, a crash)

    def to_json(self) -> dict[str, Any]:
        return {
            "links": self.links,
            "excluded": self.excluded,
            "scenarios": self.scenarios,
            "steps": self.steps,
            "rereads": self.rereads,
            "followed": sorted(self.followed),
        }


@dataclass
class ContractReport:
    cases: Counter[str] = field(default_factory=Counter)  # operation -> cases sent
    passed: Counter[tuple[str, str]] = field(default_factory=Counter)  # (operation, check) -> passes
    failed: Counter[tuple[str, str]] = field(default_factory=Counter)
    failures: dict[tuple[str, str, str], FailureSample] = field(default_factory=dict)  # first sample per kind
    errors: dict[tuple[str, str], str] = field(default_factory=dict)  # (operation, test) -> why it failed, no check explaining it
    refused: Counter[str] = field(default_factory=Counter)  # operation -> responses that were 401/403
    # Operations a test ran for (a schemathesis case, or a client round trip): a run with none tested nothing, and fails.
    tested: set[str] = field(default_factory=set)
    skips: dict[tuple[str, str], Skip] = field(default_factory=dict)  # (operation, test) -> why it did not run
    dropped: Counter[str] = field(default_factory=Counter)  # operation -> cases over the profile's cap, not sent
    stateful: StatefulTally = field(default_factory=StatefulTally)
    # Digest of every request sent, in order: two runs with the same --seed print the same digest.
    digest: hashlib._Hash = field(default_factory=hashlib.sha256)
    # The credentials' values (token, AK, SK, security token): schemathesis filters credential headers
    # from curl lines, this also catches a value echoed anywhere else (a message, a body, a traceback).
    secrets: tuple[str, ...] = field(default=(), repr=False)

    def record_request(self, request_line: str) -> None:
        self.digest.update(request_line.encode("utf-8", "surrogatepass") + b"\n")

    def record_case(self, operation: str, status: int, results: list[Result], curl: str) -> None:
        self.cases[operation] += 1
        self.tested.add(operation)
        if status in AUTH_REFUSALS:
            self.refused[operation] += 1
        for result in results:
            if result.passed or result.failure is None:
                self.passed[operation, result.name] += 1
                continue
            self.failed[operation, result.name] += 1
            text = result.failure
            key = (operation, result.name, self._redact(text.title))
            if key in self.failures:
                self.failures[key].count += 1
            else:
                redacted = (self._redact(text.where), self._redact(text.message), self._redact(curl))
                self.failures[key] = FailureSample(operation, result.name, key[2], *redacted)

    def record_tested(self, operation: str) -> None:
        """A test of the operation ran (passed or failed), whether or not it sent schemathesis cases."""
        self.tested.add(operation)

    def record_stateful_error(self, text: str) -> None:
        """The stateful phase failed and no check failure of its steps explains it."""
        if not self.stateful.failed_checks:
            lines = [line.strip() for line in self._redact(text).splitlines() if line.strip()]
            self.stateful.error = next((line[1:].strip() for line in lines if line.startswith("E ")), lines[-1] if lines else "failed")

    def record_skip(self, skip: Skip) -> None:
        self.skips[skip.operation, skip.test] = skip

    def record_test_failure(self, operation: str, test: str, text: str) -> None:
        """A failed test of an operation; a schemathesis test whose check failures explain it is not repeated."""
        if test == "schemathesis" and any(op == operation for op, _ in self.failed):
            return
        text = self._redact(text)
        lines = [line.strip() for line in text.splitlines() if line.strip().startswith("E ")]
        reason = lines[0][1:].strip() if lines else (text.strip().splitlines() or ["failed"])[-1]
        self.errors.setdefault((operation, test), reason)

    def _redact(self, text: str) -> str:
        return redact_text(text, self.secrets)

    def missing_auth(self) -> list[str]:
        """Operations whose every response refused the credentials: nothing but auth was tested there."""
        return sorted(op for op, count in self.cases.items() if count and self.refused[op] == count)

    @property
    def checks(self) -> list[str]:
        return sorted({check for _, check in (*self.passed, *self.failed)})

    @property
    def operations(self) -> list[str]:
        return sorted(set(self.cases) | {op for op, _ in self.errors} | self.tested)

    def failing(self, operation: str) -> list[str]:
        """What failed for an operation: its failed checks, then its failed tests no check explains."""
        checks = sorted(check for op, check in self.failed if op == operation)
        return checks + sorted(f"{test} test" for op, test in self.errors if op == operation)

    def ok(self, *, fail_on_skip: bool = False) -> bool:
        skipped = fail_on_skip and bool(self.skips)
        clean = not self.failed and not self.errors and not self.missing_auth() and self.stateful.error is None
        return bool(self.tested) and clean and not skipped
