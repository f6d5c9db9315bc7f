"""The profile's bounds, applied case by case: coverage cases per kind of probe, and a cap on cases per operation.

schemathesis makes an operation's coverage cases (every boundary, wrong type, missing property, unexpected method,
…) when its test is built, before any is sent, and shows each to the `filter_case` hook. The budget notes them
there and picks, for each kind — a scenario at one place: a wrong type for the query parameter `period`, a
missing required property in the body — the case with the fewest other inputs set: schemathesis discounts a
rejected-input check when valid optional parameters travel beside the broken one, so the isolated case is the
one that can fail. Cases not picked are not sent; they cost their generation only. The cap is applied as a case is
about to be sent: an operation's cases beyond it are not sent, and counted. The fuzzing phase runs last, so the
examples and coverage cases stop short of the cap by the profile's fuzzing cases: a rich operation still gets fuzzed.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from schemathesis.core import NotSet
from schemathesis.generation.meta import TestPhase

from modelarts_contract.profiles import Profile

Kind = tuple[str, str, str, str]  # operation, scenario, location, parameter


class Budget:
    def __init__(self, profile: Profile, dropped: Counter[str]) -> None:
        self.profile = profile
        self.candidates: dict[Kind, list[tuple[int, int, int]]] = {}  # kind -> (inputs set, order seen, id of the case)
        self.seen = 0
        self.chosen: set[int] = set()  # ids of the coverage cases to send
        self.sent: Counter[str] = Counter()
        self.sent_before_fuzzing: Counter[str] = Counter()
        self.dropped = dropped  # operation -> cases over the cap, not sent (the report's counter)

    def note(self, operation: str, case: Any) -> bool:
        """schemathesis' `filter_case` hook: every case passes; a coverage case becomes a candidate of its kind."""
        meta = case.meta
        if self.profile.per_kind is None or meta is None or meta.phase.name != TestPhase.COVERAGE:
            return True
        data = meta.phase.data
        kind = (operation, str(data.scenario), str(data.parameter_location or ""), str(data.parameter or ""))
        self.seen += 1
        found = self.candidates.setdefault(kind, [])
        found.append((inputs_set(case), self.seen, id(case)))
        found.sort()
        self.chosen.difference_update(id_ for _, _, id_ in found[self.profile.per_kind :])
        self.chosen.update(id_ for _, _, id_ in found[: self.profile.per_kind])
        return True

    def admits(self, operation: str, case: Any) -> bool:
        """Whether the case is sent: a coverage case its kind picked, and within the operation's cap (then counted)."""
        meta = case.meta
        if self.profile.per_kind is not None and meta is not None and meta.phase.name == TestPhase.COVERAGE and id(case) not in self.chosen:
            return False
        cap = self.profile.max_cases
        fuzzed = meta is not None and meta.phase.name == TestPhase.FUZZING
        if cap is not None and not fuzzed and "fuzzing" in self.profile.phases:
            cap = max(cap - self.profile.max_examples, 1)  # room left for the fuzzing phase
        if cap is not None and (self.sent if fuzzed else self.sent_before_fuzzing)[operation] >= cap:
            self.dropped[operation] += 1
            return False
        self.sent[operation] += 1
        if not fuzzed:
            self.sent_before_fuzzing[operation] += 1
        return True


def inputs_set(case: Any) -> int:
    """How many inputs a case sets besides its path: query parameters, headers, top-level body properties."""
    body = case.body
    body_size = 0 if isinstance(body, NotSet) or body is None else len(body) if isinstance(body, dict | list) else 1
    return len(case.query or {}) + len(case.headers or {}) + body_size
