"""modelarts_contract/session.py, transport.py, budget.py, skips.py: the schemathesis schema a run is bound to, the cases it
picks and the operations it leaves out (built, never sent: no server needed)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from modelarts_contract import session, transport
from modelarts_contract.budget import Budget
from modelarts_contract.client_runtime import AkSkAuth, TokenAuth
from modelarts_contract.contract_spec import ContractSpec, load_contract_spec
from modelarts_contract.options import TargetError
from modelarts_contract.path_ids import PathIds, example_ids
from modelarts_contract.profiles import PROFILES, Profile, choose
from modelarts_contract.skips import operation_skips
from modelarts_contract.targets import NoCredentials, Target
from modelarts_spec.loader import load_openapi
from modelarts_spec.openapi import operations
from schemathesis.core.result import Ok
from schemathesis.generation.meta import TestPhase

from tests.support import SPEC as SPEC_PATH
from tests.support.contract_writes import writes_spec
from tests.support.spec_tree import edit, spec_copy

PROJECT = "0123456789abcdef0123456789abcdef"
SPEC = load_contract_spec()
STANDARD = PROFILES["standard"]


def _target(kind: str, auth: Any = None, spec: ContractSpec = SPEC, writes: bool | None = None) -> Target:
    ids = PathIds(example_ids(spec, PROJECT))
    url = "https://modelarts.example"
    return Target(kind, url, PROJECT, auth or TokenAuth("t0k"), ids, base_url=url, writes=kind != "real" if writes is None else writes)


def _run(kind: str, auth: Any = None, profile: Profile = STANDARD, **options: Any) -> session.Run:
    return session.Run(_target(kind, auth), SPEC, profile, seed=1, **options)


def _probed_methods(run: session.Run) -> dict[str, set[str]]:
    """Per operation, the other methods the coverage phase would send (schemathesis' per-operation view of the config)."""
    found: dict[str, set[str]] = {}
    for result in run.schema.get_all_operations():
        assert isinstance(result, Ok), result  # the spec is valid: every operation loads
        operation = result.ok()
        found[operation.definition.raw["operationId"]] = set(run.schema.config.phases_for(operation=operation).coverage.unexpected_methods)
    return found


def test_a_read_only_run_probes_no_other_method_on_any_operation() -> None:
    run = _run("real")
    probed = _probed_methods(run)
    reads = {op.operation_id for op in SPEC.operations if op.method == "GET"}
    assert set(probed) == reads and {op: methods for op, methods in probed.items() if methods} == {}
    # the writes are not even in the schema it tests (it builds only the operations it sends), nor in the whole one's probes
    whole = {r.ok().definition.raw["operationId"]: r.ok() for r in run.whole_schema.get_all_operations() if isinstance(r, Ok)}
    assert len(whole) == len(SPEC.operations)
    assert not any(run.whole_schema.config.phases_for(operation=op).coverage.unexpected_methods for op in whole.values())


def test_a_run_of_a_few_operations_builds_only_theirs() -> None:
    """schemathesis builds each operation's cases at collection (~80 ms each): a run asked for two builds two."""
    run = _run("asgi", only=["ShowPool", "ListPools"])
    assert set(_probed_methods(run)) == {"ShowPool", "ListPools"}
    assert set(_probed_methods(_run("asgi"))) == {op.operation_id for op in SPEC.operations}


@pytest.fixture
def config_with_an_operation_block(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """schemathesis.toml plus an [[operations]] block for one operation: its phases replace the project's there."""
    operation = SPEC.operations[0].operation_id
    config = tmp_path / "schemathesis.toml"
    block = f'\n[[operations]]\ninclude-operation-id = "{operation}"\nchecks.response_schema_conformance.enabled = true\n'
    config.write_text(transport.CONFIG.read_text(encoding="utf-8") + block, encoding="utf-8")
    monkeypatch.setattr(transport, "CONFIG", config)
    return operation


def test_read_only_mode_reaches_every_operation_block(config_with_an_operation_block: str) -> None:
    probed = _probed_methods(_run("real"))
    assert {op: methods for op, methods in probed.items() if methods} == {}


def test_the_project_level_setting_alone_leaves_an_operation_block_probed(
    config_with_an_operation_block: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Why read_only() sets every [[operations]] block too: the bug it fixed, reproduced (proves the test above can fail)."""

    def project_level_only(config: Any) -> None:
        config.phases.coverage.unexpected_methods = set()

    monkeypatch.setattr(transport, "read_only", project_level_only)
    probed = _probed_methods(_run("real"))
    assert {op for op, methods in probed.items() if methods} == {config_with_an_operation_block}


def test_a_target_taking_writes_is_probed_with_other_methods() -> None:
    assert all(_probed_methods(_run("url")).values())


def test_the_profile_sets_the_phases_on_every_operation(config_with_an_operation_block: str) -> None:
    run = _run("url", profile=PROFILES["smoke"])
    for result in run.schema.get_all_operations():
        phases = run.schema.config.phases_for(operation=result.ok())
        assert (phases.examples.enabled, phases.coverage.enabled, phases.fuzzing.enabled) == (True, False, False)


def test_what_each_kind_of_credentials_sends() -> None:
    assert transport.credential_headers(TokenAuth("t0k")) == {"X-Auth-Token": "t0k"}
    assert transport.credential_headers(AkSkAuth("AK", "SK")) == {"Authorization": transport.SIGN_AT_SEND}
    assert transport.credential_headers(NoCredentials()) == {}
    run = _run("url", NoCredentials())
    assert run.credential_headers == {} and run.transport == {}


def test_an_unknown_operation_is_a_usage_error() -> None:
    with pytest.raises(TargetError, match="--operation ShowNothing"):
        _run("url", only=["ShowNothing"])


@pytest.mark.parametrize(("options", "message"), [({"max_examples": 0}, "--max-examples 0"), ({"max_cases": -1}, "--max-cases -1")])
def test_bad_numbers_of_cases_are_usage_errors(options: dict[str, int], message: str) -> None:
    with pytest.raises(TargetError, match=message):
        choose(None, "asgi", **options)


def test_a_real_run_defaults_to_the_smoke_profile_and_numbers_given_win() -> None:
    assert choose(None, "real").name == "smoke" and choose(None, "url").name == "standard"
    fuzzed = choose("smoke", "real", max_examples=5)  # fuzzing on, and room for its cases under the cap
    assert "fuzzing" in fuzzed.phases and (fuzzed.max_examples, fuzzed.max_cases) == (5, 6)
    assert choose("standard", "url", max_examples=10).max_cases == STANDARD.max_cases + 10 - STANDARD.max_examples
    assert choose("smoke", "real", max_examples=5, max_cases=3).max_cases == 3  # a cap given wins
    assert choose("full", "asgi").max_cases is None and choose("full", "asgi", max_examples=7).max_cases is None


def _coverage_case(scenario: str, parameter: str, query: dict[str, str]) -> Any:
    data = SimpleNamespace(scenario=scenario, parameter_location="query", parameter=parameter)
    return SimpleNamespace(
        meta=SimpleNamespace(phase=SimpleNamespace(name=TestPhase.COVERAGE, data=data)), query=query, headers={}, body=None
    )


def test_the_budget_sends_one_case_per_kind_the_one_with_fewest_other_inputs() -> None:
    """A wrong value beside valid optional parameters is discounted by schemathesis' negative_data_rejection: the
    isolated case is the one that can fail, whichever comes first."""
    budget = Budget(STANDARD, dropped=Counter())
    crowded = _coverage_case("invalid_enum_value", "period", {"period": "AAA", "statistics": "maximum", "time_range": "-1.-1.60"})
    alone = _coverage_case("invalid_enum_value", "period", {"period": "AAA"})
    other_kind = _coverage_case("invalid_enum_value", "statistics", {"statistics": "AAA", "period": "60"})
    assert all(budget.note("ShowPoolMonitor", case) for case in (crowded, alone, other_kind))  # every case passes the hook
    assert [budget.admits("ShowPoolMonitor", case) for case in (crowded, alone, other_kind)] == [False, True, True]


def test_the_budget_caps_the_cases_of_an_operation_leaving_room_for_fuzzing() -> None:
    """Examples and coverage run first: they stop short of the cap by the fuzzing cases, so a rich operation is fuzzed too."""
    dropped: Counter[str] = Counter()
    budget = Budget(Profile("capped", ("examples", "coverage", "fuzzing"), max_examples=2, per_kind=None, max_cases=3), dropped)
    explicit = SimpleNamespace(meta=SimpleNamespace(phase=SimpleNamespace(name=TestPhase.EXAMPLES)))
    fuzzed = SimpleNamespace(meta=SimpleNamespace(phase=SimpleNamespace(name=TestPhase.FUZZING)))
    assert [budget.admits("ShowPool", explicit) for _ in range(3)] == [True, False, False]
    assert [budget.admits("ShowPool", fuzzed) for _ in range(3)] == [True, True, False]
    assert dropped == {"ShowPool": 3} and budget.admits("ShowOsQuota", explicit)


@pytest.mark.slow
def test_a_read_only_target_leaves_the_writes_out_and_says_why(tmp_path: Path) -> None:
    spec = load_contract_spec(writes_spec(tmp_path))
    writes = sorted(op.operation_id for op in spec.operations if op.writes)
    methods = [(op.method, op.operation_id) for op in operations(load_openapi(writes_spec(tmp_path)).data)]
    assert writes == sorted(op_id for method, op_id in methods if method not in ("get", "head")) and "DeletePool" in writes
    real = operation_skips(spec, _target("real", spec=spec), [])
    assert sorted(real) == writes and {s.code for s in real.values()} == {"read-only"}
    assert real["DeletePool"].detail == "DELETE" and real["DeletePool"].hint == "a real run is read-only"
    fake = operation_skips(spec, _target("url", spec=spec, writes=False), [])
    assert fake["CreatePool"].hint == "--allow-writes sends them with the credentials"
    assert operation_skips(spec, _target("url", spec=spec, writes=True), []) == {}


def test_an_operation_without_its_ids_is_left_out_naming_them() -> None:
    target = Target("real", "u", PROJECT, TokenAuth("t"), PathIds({}, {"ShowSaveImageJob": ("task_id", "training_job_id")}), writes=False)
    skip = operation_skips(SPEC, target, ["ShowSaveImageJob"])["ShowSaveImageJob"]
    assert (skip.code, skip.detail) == ("no-ids", "task_id, training_job_id")
    assert "MODELARTS_TASK_ID" in skip.hint and "MODELARTS_TRAINING_JOB_ID" in skip.hint


def test_an_operation_documenting_a_body_on_its_204_has_its_response_schema_check_off() -> None:
    """No HTTP/1.1 client receives it (RFC 9110 §15.3.5): decided from the spec, for the manual's ShowPoolTags as for any other."""
    documented = {op.operation_id for op in SPEC.operations if op.body_on_204}
    raw = load_openapi(SPEC_PATH).data
    with_content = {op.operation_id for op in operations(raw) if "content" in op.data["responses"].get("204", {})}
    assert "ShowPoolTags" in documented and documented == with_content and _run("url").unreadable == documented


def test_required_arguments_come_from_the_spec_examples_else_its_schema(tmp_path: Path) -> None:
    """The client round trip passes a required query parameter its example; without one, the schema's first enum
    value; with neither, nothing (and the round trip is skipped as no-argument-example)."""
    assert SPEC.operation("ListEvents").argument_examples == {"resource": "pools", "name": "pool-5ff6-6f5da086876d4cd084d36f8bd3346036"}
    root = spec_copy(tmp_path)
    edit(root, "          example: 'pools'\n", "")
    edit(root, "          example: 1669711991259\n", "")
    copy = load_contract_spec(root)
    assert copy.operation("ListEvents").argument_examples["resource"] == "pools"  # the enum's only value
    assert "end_time" not in copy.operation("GetDatasetMetrics").argument_examples
    assert copy.operation("GetDatasetMetrics").argument_examples == {"start_time": 1669449696964}


@pytest.mark.parametrize(
    ("phases", "expected"),
    [(["stateful"], ("stateful",)), (["fuzzing,examples"], ("examples", "fuzzing")), (["examples", "stateful"], ("examples", "stateful"))],
)
def test_phases_are_schemathesis_names_in_their_own_order(phases: list[str], expected: tuple[str, ...]) -> None:
    chosen = choose(None, "asgi", phases=phases)
    assert chosen.phases == expected and chosen.phases_given and chosen.stateless == (expected != ("stateful",))


@pytest.mark.parametrize("phases", [["stateless"], [","], ["examples,fuzz"]])
def test_an_unknown_phase_is_a_usage_error_naming_the_valid_ones(phases: list[str]) -> None:
    with pytest.raises(TargetError, match="expected one or more of examples, coverage, fuzzing, stateful"):
        choose(None, "asgi", phases=phases)


def test_the_stateful_phase_runs_where_writes_may_go_and_is_skipped_saying_why_elsewhere() -> None:
    links = sum(len(op.links) for op in SPEC.operations)
    runs = {kind: _run(kind) for kind in ("asgi", "real")}
    assert runs["asgi"].stateful_runs and runs["asgi"].stateful_skip is None and runs["asgi"].report.stateful.links == links
    real = runs["real"]  # smoke, whose phases leave it out: the target is the reason it cannot run, and the run says so
    assert choose(None, "real").phases == ("examples",) and not _run("real", profile=choose(None, "real")).stateful_runs
    assert (
        not real.stateful_runs
        and real.stateful_skip is not None
        and real.stateful_skip.to_json()
        == {
            "operation": "",
            "test": "stateful",
            "reason": "stateful-read-only",
            "detail": "writes",
            "hint": "a real run is read-only",
        }
    )
    assert real.report.skips[("", "stateful")] == real.stateful_skip
    read_only_url = session.Run(_target("url", writes=False), SPEC, STANDARD, seed=1)
    assert read_only_url.stateful_skip is not None and read_only_url.stateful_skip.hint == "--allow-writes runs it"
    left_out = _run("real", profile=choose(None, "real", phases=["examples"]))  # --phases without it: the user's choice
    assert left_out.stateful_skip is None and ("", "stateful") not in left_out.report.skips


def test_the_stateful_phase_follows_links_between_the_operations_asked_for_and_not_left_out() -> None:
    algorithms = ["CreateAlgorithm", "ShowAlgorithmByUuid", "DeleteAlgorithm"]
    assert _run("asgi", only=algorithms).report.stateful.links == 2
    assert _run("asgi", only=["ShowPool"]).report.stateful.links == 0 and not _run("asgi", only=["ShowPool"]).stateful_runs
    excluded = _run("asgi", not_stateful=["CreateAlgorithm"])
    assert excluded.report.stateful.links == sum(len(op.links) for op in SPEC.operations if op.operation_id != "CreateAlgorithm")
    assert excluded.report.stateful.excluded == ["CreateAlgorithm"] and excluded.selects("CreateAlgorithm")  # its other tests run
    with pytest.raises(TargetError, match="--exclude-from-stateful CreateNothing: not an operationId"):
        _run("asgi", not_stateful=["CreateNothing"])


def test_a_stateful_step_keeps_the_ids_its_link_gave_and_gets_the_others_pinned() -> None:
    run = _run("asgi")
    operation = run.schema.find_operation_by_id("ShowTrainingJobDetails")
    linked = operation.as_strategy(phase=TestPhase.STATEFUL, path_parameters={"project_id": PROJECT, "training_job_id": "made-by-a-create"})
    root = operation.as_strategy(phase=TestPhase.STATEFUL)
    from hypothesis import HealthCheck, given, settings

    seen: list[dict[str, Any]] = []

    # what is checked is the ids, not how fast schemathesis draws a case (a loaded machine tripped too_slow once)
    @settings(max_examples=3, database=None, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(linked, root)
    def pin(from_link: Any, generated: Any) -> None:
        seen.append({"link": run._pin_ids(from_link).path_parameters, "root": run._pin_ids(generated).path_parameters})

    pin()
    pinned = run.target.ids["ShowTrainingJobDetails"]
    assert seen and all(s["link"]["training_job_id"] == "made-by-a-create" and s["root"] == pinned for s in seen), seen


def test_the_stateful_phase_builds_schemathesis_state_machine_over_the_links() -> None:
    from modelarts_contract import stateful

    machine = stateful.state_machine(_run("asgi", only=["CreateAlgorithm", "ShowAlgorithmByUuid", "DeleteAlgorithm"]))
    rules = {name for name in dir(machine) if "->" in name or name.startswith("RANDOM")}
    assert machine.__name__ == "ContractScenario" and rules, rules
