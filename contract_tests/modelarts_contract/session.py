"""One contract run: its target, spec, profile and schemathesis schema, how each case is sent, and the report it feeds.

Built once by the pytest plugin (plugin.py) before collection, because which operations run depends on the
target (a real run skips writes and operations whose ids were not given) and on the spec it is given.
"""

from __future__ import annotations

from typing import Any, cast

import schemathesis
from requests.structures import CaseInsensitiveDict
from schemathesis.checks import CHECKS, load_all_checks
from schemathesis.core import NotSet
from schemathesis.core.parameters import ParameterLocation
from schemathesis.core.rate_limit import ratelimit
from schemathesis.generation.meta import TestPhase
from schemathesis.specs.openapi.schemas import OpenApiSchema

import modelarts_contract.stateful  # noqa: F401  (registers its check, created_resource_available, with schemathesis)
from modelarts_contract.budget import Budget
from modelarts_contract.contract_spec import READ_METHODS, ContractSpec
from modelarts_contract.failures import curl_line, describe
from modelarts_contract.options import TargetError
from modelarts_contract.profiles import Profile
from modelarts_contract.report import ContractReport, Result
from modelarts_contract.skips import Skip, operation_skips, stateful_skip
from modelarts_contract.targets import Target
from modelarts_contract.transport import CREDENTIAL_HEADERS, bound_schema, credential_headers, transport_arguments

IGNORED_AUTH = "ignored_auth"
RESPONSE_SCHEMA = "response_schema_conformance"


class Run:
    """One contract run: the target, its schema, the transport arguments for each call, the report."""

    def __init__(
        self,
        target: Target,
        spec: ContractSpec,
        profile: Profile,
        *,
        seed: int | None,
        only: list[str] | None = None,
        not_stateful: list[str] | None = None,
    ) -> None:
        self.target, self.spec, self.profile = target, spec, profile
        known = {op.operation_id for op in spec.operations}
        for option, given in (("--operation", only), ("--exclude-from-stateful", not_stateful)):
            unknown = sorted(set(given or ()) - known)
            if unknown:
                raise TargetError(f"{option} {', '.join(unknown)}: not an operationId of {spec.path.name}")
        self.only = set(only or ())
        self.not_stateful = set(not_stateful or ())  # left out of the stateful phase (its other tests run)
        self.skips: dict[str, Skip] = operation_skips(spec, target, self.only)
        self.report = ContractReport(secrets=target.secrets)
        for skip in self.skips.values():
            self.report.record_skip(skip)
        # The links the stateful phase can follow: between operations asked for and not left out of that phase.
        self.report.stateful.excluded = sorted(self.not_stateful)
        self.report.stateful.links = sum(
            1 for op in spec.operations if self.in_stateful(op.operation_id) for target_id in op.links if self.in_stateful(target_id)
        )
        # Wanted, with links to follow, on a target that takes reads only: not run, and said.
        self.stateful_skip = stateful_skip(profile, target) if self.report.stateful.links else None
        if self.stateful_skip is not None:
            self.report.record_skip(self.stateful_skip)
        self.budget = Budget(profile, self.report.dropped)
        schema = bound_schema(target, spec, profile, seed=seed)
        # schemathesis builds every operation's cases (its coverage phase's among them) when the suite is collected,
        # ~80 ms per operation at 223: a run that tests a few builds only theirs (one operation: 19 s -> 6 s).
        # (schemathesis ORs include filters: the stateful phase narrows the whole schema, not this one.)
        self.whole_schema = schema
        tested = [op.operation_id for op in spec.operations if self.selects(op.operation_id)]
        if 0 < len(tested) < len(spec.operations):  # none: schemathesis refuses an empty schema; the run says why
            schema = cast(OpenApiSchema, schema.include(operation_id=tested))  # include() clones the same class
        self.seed = schema.config.seed  # random unless given: printed, so any run can be repeated
        self.labels = {label: op.operation_id for label, op in spec.by_label.items()}  # schemathesis' names
        self.credential_headers = credential_headers(target.auth)
        self.transport: dict[str, Any] = transport_arguments(target)
        load_all_checks()
        self.skipped_checks: list[Any] = list(CHECKS.get_by_names(list(profile.skipped_checks)))  # check functions
        self.ignored_auth: list[Any] = list(CHECKS.get_by_names([IGNORED_AUTH]))
        # A 204 cannot carry content (RFC 9110 §15.3.5): a documented body there never reaches an HTTP/1.1 client,
        # so it cannot be checked (the mock's and the client's own tests read it in-process).
        self.unreadable = {op.operation_id for op in spec.operations if op.body_on_204}
        self.schema_check: list[Any] = list(CHECKS.get_by_names([RESPONSE_SCHEMA]))
        self.auth_confirmed: set[str] = set()  # operations whose auth enforcement was seen once: probed no more
        self.dirty = False  # a write reached an app the suite can reset
        self.changed = False  # the case being sent was a write the target accepted
        # schemathesis hooks must be plain functions (it sets attributes on them).
        schema.hook("filter_case")(lambda context, case: self.budget.note(self.operation_of(case), case))
        schema.hook("map_case")(lambda context, case: self._pin_ids(case))
        schema.hook("after_validate")(lambda context, case, response, results: self._record(case, response, results))
        self.schema = schema

    def operation_of(self, case: schemathesis.Case[Any]) -> str:
        return str(case.operation.definition.raw.get("operationId", case.operation.label))

    def selects(self, operation_id: str) -> bool:
        """Whether this run tests the operation: asked for (--operation), and sendable (ids known, writes allowed)."""
        return (not self.only or operation_id in self.only) and operation_id not in self.skips

    def in_stateful(self, operation_id: str) -> bool:
        """Whether the stateful phase may call the operation: asked for (--operation), not left out (--exclude-from-stateful).
        (It runs only where writes may go, and there every operation has its ids: the spec's examples at least.)"""
        return (not self.only or operation_id in self.only) and operation_id not in self.not_stateful

    @property
    def stateful_runs(self) -> bool:
        """Whether the stateful phase runs: asked for by the profile, writes allowed, links to follow."""
        return "stateful" in self.profile.phases and self.stateful_skip is None and self.report.stateful.links > 0

    def _pin_ids(self, case: schemathesis.Case[Any]) -> schemathesis.Case[Any]:
        """Valid path parameters become the ids of existing resources; deliberately invalid ones are left as generated."""
        # Each declared credential header is an alternative: send ours only, not a generated value for the other.
        if case.headers:
            ours = {name.lower() for name in self.credential_headers}
            case.headers = CaseInsensitiveDict(
                {k: v for k, v in case.headers.items() if k.lower() not in CREDENTIAL_HEADERS or k.lower() in ours}
            )
        if case.meta is not None and case.meta.is_negative_at(ParameterLocation.PATH):
            return case
        pinned = self.target.ids.get(self.operation_of(case), {})
        # A stateful step keeps the ids a link gave it (the resource an earlier step made); the others are pinned.
        linked = case._override.path_parameters if case.meta is not None and case.meta.phase.name == TestPhase.STATEFUL else {}
        if pinned and case.path_parameters is not None:
            kept = {k: v for k, v in pinned.items() if k in case.path_parameters and k not in linked}
            case.path_parameters = {**case.path_parameters, **kept}
        return case

    def _record(self, case: schemathesis.Case[Any], response: Any, results: list[Any]) -> None:
        operation = self.operation_of(case)
        body = "" if isinstance(case.body, NotSet) else repr(case.body)  # NotSet's repr holds an address
        self.report.record_request(f"{operation} {case.method} {case.path_parameters} {case.query} {case.headers} {body}")
        outcomes = [Result(r.name, r.failure is None, describe(r.name, r.failure, case, response) if r.failure else None) for r in results]
        curl = curl_line(case, self.credential_headers, self.target.base_url) if any(not r.passed for r in outcomes) else ""
        self.report.record_case(operation, response.status_code, outcomes, curl)
        if case.meta is None or case.meta.phase.name == TestPhase.STATEFUL:  # a step of the stateful phase, or one it steered
            self.report.stateful.failed_checks += sum(not r.passed for r in outcomes)
        if case.method.upper() not in READ_METHODS and 200 <= response.status_code < 300:
            self.changed = True
        negative_path = case.meta is not None and case.meta.is_negative_at(ParameterLocation.PATH)
        if 200 <= response.status_code < 300 and not negative_path and any(r.name == IGNORED_AUTH and r.passed for r in outcomes):
            self.auth_confirmed.add(operation)

    def refuse_unless_writable(self, case: schemathesis.Case[Any]) -> None:
        """The last line of defence: nothing but a read leaves for a target that takes reads only."""
        if not self.target.writes and case.method.upper() not in READ_METHODS:
            raise RuntimeError(f"refusing to send {case.method} {case.path}: this target takes reads only")

    def excluded_checks(self, operation: str) -> list[Any]:
        """The checks left out for an operation's case: the profile's, ignored_auth once confirmed, the schema of a 204's body."""
        excluded = self.skipped_checks + (self.ignored_auth if operation in self.auth_confirmed else [])
        return excluded + (self.schema_check if operation in self.unreadable else [])

    def call_and_validate(self, case: schemathesis.Case[Any]) -> None:
        operation = self.operation_of(case)
        self.refuse_unless_writable(case)
        if not self.budget.admits(operation, case):
            return  # not picked for its kind of probe, or over the profile's cap: not sent
        self.changed = False
        try:
            case.call_and_validate(headers=self.credential_headers, excluded_checks=self.excluded_checks(operation), **self.transport)
        finally:
            # A write the suite's own app accepted changed its state: the next case meets the seed again (a second create
            # of the example's name would otherwise be refused as taken).
            if self.changed and self.target.reset is not None:
                self.target.reset()

    def throttle(self) -> None:
        """Wait for the run's rate limit before a request schemathesis does not send itself (the client round trip)."""
        ratelimit(self.schema.config.rate_limit_for(), self.target.base_url)

    def before_test(self, operation: str | None, writes: bool) -> None:
        """Put an app the suite serves back to its seed after a write, so each operation finds the seeded resources."""
        if self.dirty and self.target.reset is not None:
            self.target.reset()
            self.dirty = False
        if writes and operation is not None:
            self.dirty = True


_current: Run | None = None


def start(
    target: Target,
    spec: ContractSpec,
    profile: Profile,
    *,
    seed: int | None,
    only: list[str] | None = None,
    not_stateful: list[str] | None = None,
) -> Run:
    global _current
    _current = Run(target, spec, profile, seed=seed, only=only, not_stateful=not_stateful)
    return _current


def current() -> Run:
    if _current is None:
        raise RuntimeError("the contract suite's target is set up by its pytest plugin (modelarts_contract.plugin)")
    return _current
