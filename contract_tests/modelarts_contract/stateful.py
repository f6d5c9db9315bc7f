"""The `stateful` phase: schemathesis' state machine over the spec's OpenAPI links, steered so that each scenario shows
what a stateful API must do, and judged by schemathesis' own checks.

schemathesis builds the machine from the links on the answers of the spec's creates (to the show, update, delete and
actions of what was made) and runs scenarios of a few steps: a create, then calls that take their ids from an earlier
answer. Every step is judged by the checks the other phases run (but `positive_data_acceptance`, which a state an
earlier step made can defeat: schemathesis.toml) and by the stateful ones: schemathesis' `use_after_free` (a 2xx for
what a delete removed) and `ensure_resource_availability`, and ours, `created_resource_available` (a 404 for what a
create just made). schemathesis' own judges a step only when every parameter of its operation came from a link, and
every operation of this spec declares its two credential headers (`X-Auth-Token`, `Authorization`) as parameters, so it
never does here; ours asks that the link gave every path parameter and every other input the request carries. Within a few random steps a created resource is
seldom read back, and seldom deleted and read again; so each scenario is steered:

- a create answered 2xx is read at once through its link to the show operation: a target that forgets what it
  created answers 404 there;
- at a scenario's end what it created and has not deleted is deleted through its link to the delete operation, newest
  first. After any delete answered 2xx the resource is read again until it answers 404: a delete may take a while (the
  mock's pools stay `Deleting` for 30 s), so a 2xx is read again after ¼, ½, 1, 2, … s, up to a minute of the target's
  time; on an app the suite serves, that time passes on the mock's clock, at once. A target that keeps what it deleted
  still answers 2xx to the last read: `use_after_free`.

The steered calls are steps of the scenario, recorded as children of the create whose links they follow, so the checks
see where their ids came from. An app the suite can reset starts each scenario from its seed. The budget is the
profile's: scenarios, and the steps each may take besides the steered ones (profiles.py).
"""

from __future__ import annotations

import http.client
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import hypothesis
import schemathesis
from schemathesis.core.parameters import ParameterLocation
from schemathesis.core.result import Ok
from schemathesis.core.transforms import UNRESOLVABLE
from schemathesis.generation.stateful.state_machine import APIStateMachine, StepInput, StepOutput
from schemathesis.openapi.checks import EnsureResourceAvailability
from schemathesis.specs.openapi.checks import resource_was_deleted
from schemathesis.transport.serialization import quote_all

from modelarts_contract.transport import CREDENTIAL_HEADERS

if TYPE_CHECKING:
    from modelarts_contract.session import Run

REREADS = (0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 28.25)  # seconds between the reads of a deleted resource still there: a minute
_LOCATIONS = {"path_parameters": ParameterLocation.PATH, "query": ParameterLocation.QUERY, "headers": ParameterLocation.HEADER}


@dataclass
class Made:
    """A resource a scenario created: the create's step, and its links to the show and delete operations (if any)."""

    output: StepOutput
    show: Any  # schemathesis' OpenApiLink, or None
    delete: Any
    deleted: bool = False


@schemathesis.check
def created_resource_available(ctx: Any, response: Any, case: Any) -> bool | None:
    """A call that a create's answer addressed through a link (every path parameter from it) must find the resource: no
    404 while nothing deleted it. Judges steps of the stateful phase only (the other phases have no earlier answers)."""
    recorder = getattr(ctx.internals, "recorder", None)
    if response.status_code != 404 or recorder is None:
        return None
    parent = ctx.internals.find_parent(case_id=case.id)
    created = ctx.internals.find_response(case_id=parent.id) if parent is not None else None
    if parent is None or created is None or parent.method.upper() != "POST" or not 200 <= created.status_code < 300:
        return None
    if not addressed_by_link(recorder, case):
        return None
    if resource_was_deleted(recorder, case, created_by=parent.id):
        return None
    created_with, used_with = f"{parent.method.upper()} {parent.formatted_path}", f"{case.method.upper()} {case.formatted_path}"
    raise EnsureResourceAvailability(
        operation=parent.operation.label,
        message=(
            f"The API answered `404 {http.client.responses[404]}` for a resource a create had just made, through the create's "
            f"link.\n\nCreated with      : `{created_with}` ({created.status_code})\nNot available with: `{used_with}`"
        ),
        created_with=parent.operation.label,
        not_available_with=case.operation.label,
    )


def addressed_by_link(recorder: Any, case: Any) -> bool:
    """Whether the step's link gave every path parameter of the case and every other input it carries (credentials aside),
    as the recorded transition extracted them: a generated or pinned id, or a generated query (`config_type=sample` reads
    another set), may rightly find nothing."""
    node = recorder.cases.get(case.id)
    transition = getattr(node, "transition", None)
    if transition is None:
        return False
    extracted = {container: _values(found) for container, found in transition.parameters.items()}
    linked = extracted.get("path_parameters", {})
    for parameter in case.operation.path_parameters:
        sent = (case.path_parameters or {}).get(parameter.name)
        value = linked.get(parameter.name, _NOTHING)
        if value is _NOTHING or sent not in (value, str(value), quote_all({"v": str(value)})["v"]):
            return False
    for container, given in (("query", case.query), ("headers", case.headers), ("cookies", case.cookies)):
        found = extracted.get(container, {})
        if any(name not in found and name.lower() not in CREDENTIAL_HEADERS for name in given or {}):
            return False
    return True


def _values(extracted: dict[str, Any]) -> dict[str, Any]:
    """The values a transition extracted (those it could)."""
    return {name: e.value.ok() for name, e in extracted.items() if isinstance(e.value, Ok) and e.value.ok() not in (None, UNRESOLVABLE)}


_NOTHING = object()


def run_phase(run: Run) -> None:
    """Run the profile's scenarios against the run's target; a failed check raises (schemathesis' FailureGroup)."""
    machine = state_machine(run)
    machine.rule_order_seed = run.seed  # which creates open the scenarios: the run's seed decides
    hypothesis.seed(run.seed)(machine)
    run.report.stateful.ran = True
    settings = hypothesis.settings(
        max_examples=run.profile.scenarios,
        stateful_step_count=max(run.profile.steps, 1),
        deadline=None,
        phases=[hypothesis.Phase.generate],  # no shrinking: the summary names the failing step, a curl line replays it
        suppress_health_check=list(hypothesis.HealthCheck),
        database=None,
        verbosity=hypothesis.Verbosity.quiet,
        print_blob=False,
    )
    machine.run(settings=settings)


def state_machine(run: Run) -> type[APIStateMachine]:
    """schemathesis' state machine over the operations the run tests, steered as the module says."""
    tested = [op.operation_id for op in run.spec.operations if run.in_stateful(op.operation_id)]
    schema = run.whole_schema.include(operation_id=tested) if len(tested) < len(run.spec.operations) else run.whole_schema
    base: Any = schema.as_state_machine()
    tally = run.report.stateful

    class Scenario(base):  # type: ignore[misc]
        made: list[Made]
        broken: bool

        def setup(self) -> None:
            super().setup()
            if run.target.reset is not None:
                run.target.reset()
            self.made, self.broken = [], False
            tally.scenarios += 1

        def teardown(self) -> None:
            try:
                for made in reversed(self.made):  # newest first: what was made below another goes before it
                    if not self.broken and made.delete is not None and not made.deleted:
                        self._follow(made.delete, made.output)
            finally:
                super().teardown()

        def get_call_kwargs(self, case: Any) -> dict[str, Any]:
            return {"headers": run.credential_headers, **run.transport}

        def call(self, case: Any, **kwargs: Any) -> Any:
            run.refuse_unless_writable(case)
            return super().call(case, **kwargs)

        def validate_response(self, response: Any, case: Any, additional_checks: Any = None, **kwargs: Any) -> None:
            excluded = run.excluded_checks(run.operation_of(case))
            case.validate_response(
                response,
                additional_checks=additional_checks,
                excluded_checks=excluded,
                transport_kwargs=kwargs or None,
                recorder=self.recorder,
            )

        def step(self, input: StepInput) -> StepOutput:
            tally.steps += 1
            if input.transition is not None and input.is_applied:
                parent = self.recorder.cases[input.transition.parent_id].value
                tally.followed.add(f"{run.operation_of(parent)} -> {run.operation_of(input.case)}")
            try:
                output: StepOutput = super().step(input)
            except BaseException:  # a failed check (schemathesis' FailureGroup) or a crash: no cleanup after it
                self.broken = True
                raise
            if 200 <= output.response.status_code < 300:
                if input.case.method.upper() == "DELETE":
                    self._await_gone(input)
                else:
                    self._note_made(output)
            return output

        def _note_made(self, output: StepOutput) -> None:
            """A create answered 2xx: remember it, and read it back at once through its show link."""
            if output.case.method.upper() != "POST":
                return
            transitions = self._transitions.operations.get(output.case.operation.label)
            status = str(output.response.status_code)
            links = [link for link in transitions.outgoing if link.status_code == status] if transitions else []
            show = next((link for link in links if link.target.method.upper() == "GET"), None)
            delete = next((link for link in links if link.target.method.upper() == "DELETE"), None)
            if show is None and delete is None:
                return
            self.made.append(Made(output, show, delete))
            if show is not None:
                self._follow(show, output)

        def _await_gone(self, deleting: StepInput) -> None:
            """After a delete answered 2xx: read what it deleted until it answers 404 (or the time is up), then once more
            as a step, which use_after_free judges."""
            parent = deleting.transition.parent_id if deleting.transition is not None else None
            made = next((m for m in self.made if m.output.case.id == parent), None)
            if made is None:
                return
            made.deleted = True
            if made.show is None:
                return
            for pause in (0.0, *REREADS):
                if pause:
                    wait(run, pause)
                linked = self._linked(made.show, made.output)
                if linked is None:
                    return
                response = self.call(linked[0], **self.get_call_kwargs(linked[0]))
                tally.rereads += 1
                if not 200 <= response.status_code < 300:
                    break
            self._follow(made.show, made.output)

        def _linked(self, link: Any, output: StepOutput) -> tuple[Any, Any, list[tuple[ParameterLocation, str | None]]] | None:
            """The case a link makes from an earlier step's answer (every value from the link), or None if a path
            parameter cannot be had from it."""
            transition = link.extract(output)
            values = {container: _values(extracted) for container, extracted in transition.parameters.items()}
            path = values.get("path_parameters", {})
            if any(parameter.name not in path for parameter in link.target.path_parameters):
                return None
            # Percent-encoded as schemathesis encodes the path values it generates (a name may hold `#`, `/`, `%`).
            case = link.target.Case(
                path_parameters=quote_all(dict(path)), query=values.get("query") or None, headers=values.get("headers") or None
            )
            applied: list[tuple[ParameterLocation, str | None]] = [
                (_LOCATIONS[container], name) for container, found in values.items() if container in _LOCATIONS for name in found
            ]
            return case, transition, applied

        def _follow(self, link: Any, output: StepOutput) -> StepOutput | None:
            """Follow a link from an earlier step's answer, as a step of the scenario."""
            linked = self._linked(link, output)
            if linked is None:
                return None
            case, transition, applied = linked
            self.recorder.record_case(parent_id=transition.parent_id, transition=transition, case=case, is_transition_applied=True)
            return self.step(StepInput(case, transition, applied))

    Scenario.__name__ = Scenario.__qualname__ = "ContractScenario"
    return Scenario


def wait(run: Run, seconds: float) -> None:
    """Let `seconds` of the target's time pass: on the mock's clock if the suite serves it, else in real time."""
    if run.target.advance is not None:
        run.target.advance(seconds)
    else:
        time.sleep(seconds)
