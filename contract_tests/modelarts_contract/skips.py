"""Why an operation, or one test of it, or the stateful phase, is not run: a stable code, a reason in words, the detail.

Every run says how many operations ran and lists those that did not, grouped by reason (the summary, the JSON
report); `--fail-on-skip` turns any of them into a failure. Operations left out by `--operation` or `-k` are the
user's choice, not skips.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from modelarts_contract.contract_spec import ContractSpec
from modelarts_contract.path_ids import env_name
from modelarts_contract.profiles import Profile
from modelarts_contract.targets import Target

REASONS = {
    "read-only": "writes, not sent to this target",
    "no-ids": "no resource ids given",
    "not-in-client": "client round trip: not in the generated client",
    "no-request-example": "client round trip: the spec has no request example to send",
    "no-argument-example": "client round trip: a required query or header parameter has no example to send",
    "stateful-read-only": "the stateful phase (it creates, then follows the spec's links: updates, actions, deletes)",
}
READ_ONLY_HINT = {"real": "a real run is read-only"}  # by target kind; any other:
WRITES_HINT = "--allow-writes sends them with the credentials"


@dataclass(frozen=True)
class Skip:
    operation: str
    code: str  # a key of REASONS
    detail: str  # what about this operation: its method, the ids it lacks
    test: str = "all"  # "all": nothing of the operation ran; "client": only its client round trip did not; "stateful": the
    # stateful phase did not run (operation "": it is the run's, not one operation's)
    hint: str = ""  # what would make it run

    def to_json(self) -> dict[str, str]:
        return {"operation": self.operation, "test": self.test, "reason": self.code, "detail": self.detail, "hint": self.hint}


def operation_skips(spec: ContractSpec, target: Target, only: Iterable[str]) -> dict[str, Skip]:
    """The operations of the spec this run cannot send (among those asked for), each with its reason."""
    asked = set(only)
    skips: dict[str, Skip] = {}
    for op in spec.operations:
        if asked and op.operation_id not in asked:
            continue
        if op.writes and not target.writes:
            hint = READ_ONLY_HINT.get(target.kind, WRITES_HINT)
            skips[op.operation_id] = Skip(op.operation_id, "read-only", op.method, hint=hint)
        elif op.operation_id in target.path_ids.missing:
            lacking = target.path_ids.missing[op.operation_id]
            hint = f"give them with --ids FILE or {', '.join(env_name(name) for name in lacking)}"
            skips[op.operation_id] = Skip(op.operation_id, "no-ids", ", ".join(lacking), hint=hint)
    return skips


def stateful_skip(profile: Profile, target: Target) -> Skip | None:
    """The stateful phase on a target that takes reads only: it cannot run, and the run says why (whatever the profile,
    unless --phases left it out: a real run's smoke profile would not run it anyway, but the target is the reason)."""
    if target.writes or (profile.phases_given and "stateful" not in profile.phases):
        return None
    return Skip("", "stateful-read-only", "writes", test="stateful", hint=READ_ONLY_HINT.get(target.kind, "--allow-writes runs it"))


def grouped(skips: Iterable[Skip]) -> dict[str, list[Skip]]:
    """Skips by reason, in REASONS' order, operations sorted."""
    by_code: dict[str, list[Skip]] = {code: [] for code in REASONS}
    for skip in skips:
        by_code.setdefault(skip.code, []).append(skip)
    return {code: sorted(found, key=lambda s: s.operation) for code, found in by_code.items() if found}
