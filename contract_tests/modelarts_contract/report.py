"""One-screen summary of a contract run: operations × checks × cases, failures with a curl line to reproduce.

Fed by schemathesis' `after_validate` hook (every check result of every case), printed by
the pytest plugin at the end of the session, and given as JSON data (`to_json`) for machines.
Pure data + rendering: no pytest, no I/O. Every text it keeps is redacted of the run's secrets
as it is recorded, so neither the summary nor the JSON can show one.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from modelarts_contract.redaction import redact_text

AUTH_REFUSALS = (401, 403)


@dataclass
class FailureSample:
    operation: str
    check: str
    title: str
    message: str
    curl: str
    count: int = 1


@dataclass
class ContractReport:
    cases: Counter[str] = field(default_factory=Counter)  # operation -> cases sent
    passed: Counter[tuple[str, str]] = field(default_factory=Counter)  # (operation, check) -> passes
    failed: Counter[tuple[str, str]] = field(default_factory=Counter)
    failures: dict[tuple[str, str, str], FailureSample] = field(default_factory=dict)  # first sample per kind
    errors: dict[str, str] = field(default_factory=dict)  # operation -> error that stopped it (not a check failure)
    refused: Counter[str] = field(default_factory=Counter)  # operation -> responses that were 401/403
    # Operations a test ran for (a schemathesis case, or a client round trip): a run with none tested nothing, and fails.
    tested: set[str] = field(default_factory=set)
    # Digest of every request sent, in order: two runs with the same --seed print the same digest.
    digest: hashlib._Hash = field(default_factory=hashlib.sha256)
    # The credentials' values (token, AK, SK, security token): schemathesis filters credential headers
    # from curl lines, this also catches a value echoed anywhere else (a message, a body, a traceback).
    secrets: tuple[str, ...] = field(default=(), repr=False)

    def record_request(self, request_line: str) -> None:
        self.digest.update(request_line.encode("utf-8", "surrogatepass") + b"\n")

    def record_case(self, operation: str, status: int, results: list[tuple[str, bool, str, str]], curl: str) -> None:
        """`results`: (check name, passed, failure title, failure message) for each check run on one response."""
        self.cases[operation] += 1
        self.tested.add(operation)
        if status in AUTH_REFUSALS:
            self.refused[operation] += 1
        for check, ok, title, message in results:
            if ok:
                self.passed[operation, check] += 1
                continue
            self.failed[operation, check] += 1
            title = self._redact(title)
            key = (operation, check, title)
            if key in self.failures:
                self.failures[key].count += 1
            else:
                self.failures[key] = FailureSample(operation, check, title, self._redact(message), self._redact(curl))

    def record_tested(self, operation: str) -> None:
        """A test of the operation ran (passed or failed), whether or not it sent schemathesis cases."""
        self.tested.add(operation)

    def record_test_failure(self, operation: str, test: str, text: str) -> None:
        """A failed test of an operation; ignored when its check failures already explain it."""
        if any(op == operation for op, _ in self.failed):
            return
        text = self._redact(text)
        lines = [line.strip() for line in text.splitlines() if line.strip().startswith("E ")]
        self.errors.setdefault(operation, f"{test}: {(lines[0][1:].strip() if lines else text.strip().splitlines()[-1])}")

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
        return sorted(set(self.cases) | set(self.errors))

    @property
    def ok(self) -> bool:
        return bool(self.tested) and not self.failed and not self.errors and not self.missing_auth()

    def render(self, target: str, skipped: Sequence[str] = ()) -> str:
        """The summary; `skipped`: operations not run for lack of resource ids (they say why a run tested nothing)."""
        checks = self.checks
        total_cases = sum(self.cases.values())
        lines = [
            f"contract: {len(self.operations)} operations × {len(checks)} checks × {total_cases} cases against {target} "
            f"(cases digest {self.digest.hexdigest()[:12]})"
        ]
        lines.extend(self._table() if self.operations else ["(no cases ran)"])
        lines.extend(self._problems())
        if not self.tested:
            why = (
                f"not run for lack of resource ids: {', '.join(sorted(skipped))}" if skipped else "every operation's tests were deselected"
            )
            lines.append(f"nothing was tested: {why}")
        lines.append("result: " + ("PASS" if self.ok else "FAIL"))
        return "\n".join(lines)

    def _table(self) -> list[str]:
        """Operations × checks: FAIL, ok, or - where the check did not run."""
        checks, ops = self.checks, self.operations
        lines: list[str] = []
        abbreviations = {check: f"c{i + 1}" for i, check in enumerate(checks)}
        name_width = max(len(op) for op in ops)
        header = f"  {'operation':<{name_width}}  {'cases':>5}  " + " ".join(f"{abbreviations[c]:>4}" for c in checks)
        lines.append(header)
        for op in ops:
            cells = []
            for check in checks:
                bad, good = self.failed[op, check], self.passed[op, check]
                cells.append(f"{'FAIL' if bad else ('ok' if good else '-'):>4}")
            status = "  (test failed)" if op in self.errors else ""
            lines.append(f"  {op:<{name_width}}  {self.cases[op]:>5}  " + " ".join(cells) + status)
        lines.append("  checks: " + ", ".join(f"{abbreviations[c]}={c}" for c in checks))
        return lines

    def _problems(self) -> list[str]:
        """Each distinct check failure with its curl line, failed tests no check explains, missing_auth."""
        lines: list[str] = []
        if self.failures:
            lines.append(f"failures ({len(self.failures)} distinct):")
            for sample in sorted(self.failures.values(), key=lambda s: (s.operation, s.check, s.title)):
                first = sample.message.strip().splitlines()[0] if sample.message.strip() else ""
                lines.append(f"  {sample.operation} · {sample.check} · {sample.title} (×{sample.count}): {first}")
                lines.append(f"    {sample.curl}")
        for op, error in sorted(self.errors.items()):
            lines.append(f"  {op} · test failed · {error}")
        for op in self.missing_auth():
            lines.append(
                f"  {op} · missing_auth · all {self.cases[op]} responses were 401/403: the credentials were refused, nothing else was tested"
            )
        return lines

    def to_json(self, *, target: str, kind: str, auth: str, seed: int, skipped: list[str], exit_status: int) -> dict[str, Any]:
        """The run as JSON data, keys in a fixed order. `exit_status` is pytest's: any failure it saw fails the verdict too."""
        checks = self.checks
        return {
            "target": target,
            "kind": kind,
            "auth": auth,
            "seed": str(seed),  # a string: schemathesis' seeds exceed what a JSON number holds exactly in most readers
            "cases_digest": self.digest.hexdigest(),
            "verdict": "PASS" if self.ok and exit_status == 0 else "FAIL",
            "exit_status": exit_status,
            "checks": checks,
            "operations": {
                op: {
                    "cases": self.cases[op],
                    "checks": {c: {"passed": self.passed[op, c], "failed": self.failed[op, c]} for c in checks},
                }
                for op in self.operations
            },
            "failures": [
                {"operation": s.operation, "check": s.check, "title": s.title, "message": s.message, "count": s.count, "curl": s.curl}
                for s in sorted(self.failures.values(), key=lambda s: (s.operation, s.check, s.title))
            ],
            "errors": [{"operation": op, "error": error} for op, error in sorted(self.errors.items())],
            "missing_auth": self.missing_auth(),
            "skipped": sorted(skipped),
        }
