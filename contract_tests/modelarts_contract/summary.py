"""A contract run told on one screen, and as JSON data: what ran and what did not (and why), each distinct failure
where it is, with a curl line to replay it, and the verdict. Pure rendering of a ContractReport; no I/O."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from modelarts_contract.failures import REPLAY_BASE_URL
from modelarts_contract.profiles import Profile
from modelarts_contract.report import ContractReport
from modelarts_contract.skips import REASONS, grouped

GROUP_HINTS = {"no-ids": "give them with --ids FILE or MODELARTS_<PARAM>"}
_LISTED = 12  # operations named per line of the summary before "and N more" (the JSON report lists every one)


@dataclass(frozen=True)
class RunFacts:
    """What the summary says about the run besides the tally."""

    target: str  # as the user named it, for the JSON report
    description: str  # the target in words, for the summary line
    kind: str
    auth: str
    seed: int
    profile: Profile
    in_spec: int  # operations in the spec
    writes_in_spec: int
    selected: int  # operations asked for (--operation), skipped or not
    fail_on_skip: bool = False
    verbose: bool = False


def verdict(report: ContractReport, facts: RunFacts, exit_status: int = 0) -> str:
    return "PASS" if report.ok(fail_on_skip=facts.fail_on_skip) and exit_status == 0 else "FAIL"


def render(report: ContractReport, facts: RunFacts) -> str:
    tested = len(report.tested)
    reads = facts.in_spec - facts.writes_in_spec
    lines = [
        f"contract: {tested} of {facts.in_spec} operations tested ({reads} reads, {facts.writes_in_spec} writes in the spec) × "
        f"{len(report.checks)} checks × {sum(report.cases.values())} cases against {facts.description} "
        f"(cases digest {report.digest.hexdigest()[:12]})",
        facts.profile.describe() + _capped(report),
    ]
    lines += _stateful(report, facts)
    lines += _skips(report, facts)
    lines += _table(report) if facts.verbose and report.operations else []
    lines += _problems(report, facts)
    if not report.tested:
        why = "every operation was left out (above)" if report.skips else "every operation's tests were deselected"
        lines.append(f"nothing was tested: {why}")
    lines.append(_result(report, facts))
    return "\n".join(lines)


def _capped(report: ContractReport) -> str:
    dropped = [op for op, _ in report.dropped.most_common()] if report.dropped else []
    return f" (capped: {len(dropped)} operation{'s' if len(dropped) != 1 else ''} had more cases)" if dropped else ""


def _stateful(report: ContractReport, facts: RunFacts) -> list[str]:
    """What the stateful phase did (a skip is said with the others)."""
    tally = report.stateful
    if tally.ran:
        rereads = f"; {tally.rereads} more reads of deleted resources while their delete ran" if tally.rereads else ""
        excluded = f"; left out by --exclude-from-stateful: {_names(tally.excluded)}" if tally.excluded else ""
        return [
            f"stateful: {tally.scenarios} scenarios, {tally.steps} steps{rereads}; "
            f"{len(tally.followed)} of the {tally.links} links between the operations tested were followed{excluded}"
        ]
    whole_spec = facts.selected == facts.in_spec and not tally.excluded  # (a chosen few operations may well have none)
    skipped = any(test == "stateful" for _, test in report.skips)
    if "stateful" in facts.profile.phases and not tally.links and whole_spec and not skipped and report.tested:
        return ["stateful: nothing to follow (the spec has no links: from a create's answer to what it made)"]
    return []


def _shown(curl: str, limit: int = 500) -> str:
    """A curl line on screen: whole up to `limit` characters (a fuzzed query can be kilobytes; the JSON report has it all)."""
    return curl if len(curl) <= limit else f"{curl[:limit]}… ({len(curl):,} characters; whole in --json-report)"


def _names(operations: Sequence[str]) -> str:
    shown = ", ".join(operations[:_LISTED])
    return shown + (f" and {len(operations) - _LISTED} more" if len(operations) > _LISTED else "")


def _skips(report: ContractReport, facts: RunFacts) -> list[str]:
    left_out = facts.in_spec - facts.selected
    lines = [f"left out by --operation/-k: {left_out} operations"] if left_out and report.tested else []
    for code, skips in grouped(report.skips.values()).items():
        hint = GROUP_HINTS.get(code, skips[0].hint)
        named = [f"{s.operation} ({s.detail})" if code == "no-ids" else s.operation for s in skips if s.operation]
        listed = f": {_names(named)}" if named else ""  # the stateful phase is the run's, not an operation's
        lines.append(f"not run ({len(skips)}), {REASONS[code]}{f' ({hint})' if hint else ''}{listed}")
    return lines


def _table(report: ContractReport) -> list[str]:
    """Operations × checks (under -v): FAIL, ok, or - where the check did not run."""
    checks, ops = report.checks, report.operations
    abbreviations = {check: f"c{i + 1}" for i, check in enumerate(checks)}
    width = max(len(op) for op in ops)
    lines = [f"  {'operation':<{width}}  {'cases':>5}  " + " ".join(f"{abbreviations[c]:>4}" for c in checks)]
    for op in ops:
        cells = [f"{'FAIL' if report.failed[op, c] else ('ok' if report.passed[op, c] else '-'):>4}" for c in checks]
        status = "  (test failed)" if any(o == op for o, _ in report.errors) else ""
        lines.append(f"  {op:<{width}}  {report.cases[op]:>5}  " + " ".join(cells) + status)
    lines.append("  checks: " + ", ".join(f"{abbreviations[c]}={c}" for c in checks))
    return lines


def _problems(report: ContractReport, facts: RunFacts) -> list[str]:
    """Each distinct check failure, where it is, with its curl line; failed tests no check explains; missing_auth."""
    lines: list[str] = []
    samples = sorted(report.failures.values(), key=lambda s: (s.operation, s.check, s.title))
    distinct = len(samples) + len(report.errors) + (report.stateful.error is not None)
    if distinct:
        lines.append(f"failures ({distinct} distinct):")
    for sample in samples:
        where = f"{sample.where}: " if sample.where else ""
        lines.append(f"  {sample.operation} · {sample.check} · {where}{sample.message} (×{sample.count})")
        lines.append(f"    {_shown(sample.curl)}")
    if samples and facts.kind == "asgi":
        lines.append(
            f"  (the run was in-process: the curl lines assume the target on a socket at {REPLAY_BASE_URL}, e.g. "
            f"`modelarts-mock --port 8080 --token TOKEN` with TOKEN for [Filtered]; or rerun with --target socket --seed {facts.seed})"
        )
    for (op, test), error in sorted(report.errors.items()):
        lines.append(f"  {op} · {test} test failed · {error}")
    if report.stateful.error is not None:
        lines.append(f"  stateful phase failed · {report.stateful.error}")
    for op in report.missing_auth():
        lines.append(
            f"  {op} · missing_auth · all {report.cases[op]} responses were 401/403: the credentials were refused, nothing else was tested"
        )
    return lines


def _result(report: ContractReport, facts: RunFacts) -> str:
    word = verdict(report, facts)
    failing = [op for op in report.operations if report.failing(op)] + report.missing_auth()
    parts = [f"{len(set(failing))} of {len(report.tested)} operations failed"] if failing else []
    if report.skips:  # operations, and client round trips of operations that ran
        consequence = "a failure (--fail-on-skip)" if facts.fail_on_skip else "--fail-on-skip fails a run for that"
        parts.append(f"{len(report.skips)} not run: {consequence}")
    return f"result: {word}" + (f" ({'; '.join(parts)})" if parts else "")


def to_json(report: ContractReport, facts: RunFacts, exit_status: int) -> dict[str, Any]:
    """The run as JSON data, keys in a fixed order. `exit_status` is pytest's: any failure it saw fails the verdict too."""
    checks = report.checks
    return {
        "target": facts.target,
        "kind": facts.kind,
        "auth": facts.auth,
        "seed": str(facts.seed),  # a string: schemathesis' seeds exceed what a JSON number holds exactly in most readers
        "cases_digest": report.digest.hexdigest(),
        "verdict": verdict(report, facts, exit_status),
        "exit_status": exit_status,
        "profile": facts.profile.to_json(),
        "counts": {
            "in_spec": facts.in_spec,
            "writes_in_spec": facts.writes_in_spec,
            "selected": facts.selected,
            "tested": len(report.tested),
            "not_run": len({op for op, test in report.skips if test == "all"}),
        },
        "stateful": report.stateful.to_json() if report.stateful.ran else None,
        "checks": checks,
        "operations": _operations_json(report, checks),
        "failures": [
            {
                "operation": s.operation,
                "check": s.check,
                "title": s.title,
                "where": s.where,
                "message": s.message,
                "count": s.count,
                "curl": s.curl,
            }
            for s in sorted(report.failures.values(), key=lambda s: (s.operation, s.check, s.title))
        ],
        "errors": [{"operation": op, "test": test, "error": error} for (op, test), error in sorted(report.errors.items())]
        + ([{"operation": "", "test": "stateful", "error": report.stateful.error}] if report.stateful.error is not None else []),
        "missing_auth": report.missing_auth(),
        "skipped": [skip.to_json() for skip in sorted(report.skips.values(), key=lambda s: (s.operation, s.test))],
    }


def _operations_json(report: ContractReport, checks: list[str]) -> dict[str, Any]:
    """Every operation tested, with every check (0/0 where it did not run: the same keys for every operation)."""
    return {
        op: {
            "cases": report.cases[op],
            "not_sent": report.dropped[op],
            "checks": {c: {"passed": report.passed[op, c], "failed": report.failed[op, c]} for c in checks},
        }
        for op in report.operations
    }
