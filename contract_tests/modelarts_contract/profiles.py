"""How many cases a run spends on each operation: the profiles `smoke`, `standard` and `full` (`--profile`).

With ~220 operations the suite's old depth (every coverage case, 100 fuzzing cases: about 130 cases and 1.3 s per
operation) would take five minutes in-process and hours against a rate-limited account. A profile bounds each
operation's cases instead, so a run's length follows its operation count:

- `standard` (every run but a real one): the examples, one coverage case per kind of probe (schemathesis'
  coverage scenario at one place: a wrong type in the query, a missing required body property, an unexpected
  method, …), a few fuzzing cases, at most `max_cases` in all;
- `smoke` (a real run's default): one case per operation from the spec's examples, none of the probes that
  send extra requests (`ignored_auth`): a real account's 116 reads (the full API's) in under a minute at
  5 requests/s;
- `full`: every coverage case and 100 fuzzing cases, no cap (the suite's depth before profiles).

Each also bounds the `stateful` phase (stateful.py): how many scenarios schemathesis' state machine runs over the spec's
links and how many steps each may take. It runs only where writes may go, in `standard` and `full` (`smoke` leaves it
out unless `--phases` asks for it).

`--max-examples`, `--max-cases` and `--phases` override a profile's numbers and phases.
docs/decisions/0023-contract-case-budget.md and 0033-stateful-contract-runs.md record the measurements behind them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

STATELESS = ("examples", "coverage", "fuzzing")  # schemathesis' phases that test one operation at a time
PHASES = (*STATELESS, "stateful")  # and the one that chains operations through the spec's links


@dataclass(frozen=True)
class Profile:
    name: str
    phases: tuple[str, ...]  # schemathesis' phases that generate cases
    max_examples: int  # fuzzing cases per operation
    per_kind: int | None  # coverage cases kept per (scenario, location, parameter) of an operation; None: all
    max_cases: int | None  # cases sent per operation at most, whatever their phase; None: no cap
    skipped_checks: tuple[str, ...] = ()  # by schemathesis' names
    scenarios: int = 0  # stateful phase: scenarios of schemathesis' state machine (Hypothesis' max_examples there)
    steps: int = 0  # stateful phase: steps one scenario may take (schemathesis' max-steps), besides the steered ones
    phases_given: bool = False  # the phases are --phases', not the profile's own

    @property
    def stateless(self) -> bool:
        """Whether any phase tests operations one by one (else only the stateful phase runs)."""
        return any(phase in self.phases for phase in STATELESS)

    def describe(self) -> str:
        """One line for the summary: what each operation gets."""
        parts = []
        if "examples" in self.phases:
            parts.append("examples")
        if "coverage" in self.phases:
            parts.append("coverage" + (f" ({self.per_kind} per kind of probe)" if self.per_kind else " (every case)"))
        if "fuzzing" in self.phases:
            parts.append(f"fuzzing ({self.max_examples} cases)")
        if "stateful" in self.phases:
            parts.append(f"stateful ({self.scenarios} scenarios of up to {self.steps} steps)")
        cap = f"; at most {self.max_cases} case{'s' if self.max_cases != 1 else ''} per operation" if self.max_cases else ""
        skipped = f"; not run: {', '.join(self.skipped_checks)}" if self.skipped_checks else ""
        return f"profile {self.name}: {', '.join(parts)}{cap}{skipped}"

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "phases": list(self.phases),
            "max_examples": self.max_examples,
            "per_kind": self.per_kind,
            "max_cases": self.max_cases,
            "skipped_checks": list(self.skipped_checks),
            "scenarios": self.scenarios,
            "steps": self.steps,
        }


PROFILES = {
    "smoke": Profile(
        "smoke",
        ("examples",),
        max_examples=1,
        per_kind=None,
        max_cases=1,
        skipped_checks=("ignored_auth",),
        scenarios=5,
        steps=3,
    ),
    "standard": Profile("standard", PHASES, max_examples=3, per_kind=1, max_cases=30, scenarios=30, steps=6),
    "full": Profile("full", PHASES, max_examples=100, per_kind=None, max_cases=None, scenarios=200, steps=10),
}
DEFAULT = {"real": "smoke"}  # by target kind; any other: standard


def choose(
    name: str | None, kind: str, *, max_examples: int | None = None, max_cases: int | None = None, phases: Sequence[str] | None = None
) -> Profile:
    """The profile a run uses: named, else its kind's default, with the explicit numbers and phases over the profile's."""
    from modelarts_contract.options import TargetError  # options stays free of this module

    for option, value in (("--max-examples", max_examples), ("--max-cases", max_cases)):
        if value is not None and value < 1:
            raise TargetError(f"{option} {value}: expected a positive number of cases")
    profile = PROFILES[name or DEFAULT.get(kind, "standard")]
    if max_examples is not None:  # asking for fuzzing cases turns fuzzing on, and makes room for them under the cap
        before = profile.max_examples if "fuzzing" in profile.phases else 0
        cap = None if profile.max_cases is None else profile.max_cases + max_examples - before
        phases = profile.phases if "fuzzing" in profile.phases else (*profile.phases, "fuzzing")
        profile = replace(profile, phases=phases, max_examples=max_examples, max_cases=cap)
    if max_cases is not None:
        profile = replace(profile, max_cases=max_cases)
    if phases is not None:
        profile = replace(profile, phases=chosen_phases(phases), phases_given=True)
    return profile


def chosen_phases(names: Sequence[str]) -> tuple[str, ...]:
    """`--phases`: schemathesis' names, comma-separated or repeated, in their own order; a TargetError for any other."""
    from modelarts_contract.options import TargetError

    asked = [name.strip() for value in names for name in value.split(",") if name.strip()]
    unknown = [name for name in asked if name not in PHASES]
    if unknown or not asked:
        raise TargetError(f"--phases {','.join(names)}: expected one or more of {', '.join(PHASES)}")
    return tuple(phase for phase in PHASES if phase in asked)


def configure(profile: Profile, config: Any) -> None:
    """Set the profile's phases and fuzzing count on schemathesis' project config.

    Each `[[operations]]` block of schemathesis.toml carries phases of its own that replace the project's, so the
    phases go on every one of them too (read-only mode learnt that the hard way: session.read_only).
    """
    for phases in (config.phases, *(operation.phases for operation in config.operations.operations)):
        for name in PHASES:
            phases.get_by_name(name=name).enabled = name in profile.phases
        phases.examples.fill_missing = True  # an operation without examples still gets one case there
        phases.stateful.max_steps = max(profile.steps, 1)
    config.generation.update(max_examples=profile.max_examples)
