"""The stateful phase (modelarts_contract/stateful.py): a fake that forgets what it created fails it, and so does one that
keeps what it deleted; the built-in mock passes it, its known gaps aside (each held here as a failure, so that a fixed one
leaves the Makefile's list); a target that takes reads only gets no write, the phase skipped and said; a target at a URL
that allows writes gets the phase.

Subprocess runs of the command, as in test_contract_suite.py; most run the phase's test alone (`-- -k stateful`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from modelarts_contract.contract_spec import load_contract_spec
from modelarts_mock import DEFAULT_PROJECT_ID, Settings, create_app
from modelarts_mock.testing import running_mock

from tests.support.contract_variants import (
    VARIANTS,
    RecordingApp,
    mock_stateful_gaps,
    run_contract,
    spec_example_ids,
    without_credentials,
    write_json,
)

pytestmark = pytest.mark.slow  # subprocesses: left out of the fast tier

STATEFUL_ONLY = ("--", "-k", "stateful")
STATEFUL_CHECKS = ("created_resource_available", "use_after_free")
# A kind of resource the mock keeps, its create and what the create's links lead to: the phase with these alone.
ALGORITHMS = ("CreateAlgorithm", "ShowAlgorithmByUuid", "ChangeAlgorithm", "DeleteAlgorithm")


def _options(flag: str, values: list[str] | tuple[str, ...]) -> list[str]:
    return [option for value in values for option in (flag, value)]


def _report(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _failed(data: dict[str, Any]) -> dict[str, int]:
    """check -> failures, over every operation."""
    found: dict[str, int] = {}
    for row in data["operations"].values():
        for check, tally in row["checks"].items():
            found[check] = found.get(check, 0) + tally["failed"]
    return found


def test_the_built_in_mock_passes_the_stateful_phase(tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    result = run_contract(*_options("--exclude-from-stateful", mock_stateful_gaps()), "--json-report", str(report), *STATEFUL_ONLY)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    data = _report(report)
    stateful = data["stateful"]
    assert stateful["scenarios"] >= data["profile"]["scenarios"] and stateful["steps"] > stateful["scenarios"], stateful
    assert stateful["rereads"] > 0, stateful  # deletes with a lifecycle ran their course, on the mock's clock
    assert stateful["excluded"] == sorted(mock_stateful_gaps())
    spec = load_contract_spec()
    links = {f"{op.operation_id} -> {target}" for op in spec.operations for target in op.links}
    assert stateful["followed"] and set(stateful["followed"]) <= links, stateful["followed"]
    for check in STATEFUL_CHECKS:  # each judged some steps, and failed none
        assert sum(row["checks"][check]["passed"] for row in data["operations"].values()) > 0, check
    assert not any(_failed(data).values()) and data["failures"] == data["errors"] == []
    summary = result.stdout[result.stdout.index("contract summary") :]
    assert f"stateful: {stateful['scenarios']} scenarios, {stateful['steps']} steps" in summary
    assert f"left out by --exclude-from-stateful: {', '.join(sorted(mock_stateful_gaps()))}" in summary


@pytest.mark.parametrize(
    ("variant", "check", "message"),
    [
        ("forgetful", "created_resource_available", "The API answered `404 Not Found` for a resource a create had just made"),
        ("sticky", "use_after_free", "The API did not return a `HTTP 404 Not Found` response (got `HTTP 200 OK`) for a resource that was"),
    ],
)
def test_a_fake_that_forgets_what_it_made_or_keeps_what_it_deleted_fails(variant: str, check: str, message: str, tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    result = run_contract("--app", f"{VARIANTS}:{variant}", "--json-report", str(report), *STATEFUL_ONLY)
    assert result.returncode == 1, result.stdout[-3000:] + result.stderr[-2000:]
    summary = result.stdout[result.stdout.index("contract summary") :]
    assert f" · {check} · {message}" in summary, summary
    assert "all operations · stateful: FAILED" in result.stdout
    data = _report(report)
    found = [f for f in data["failures"] if f["check"] == check]
    assert data["verdict"] == "FAIL" and found and found[0]["curl"].startswith("curl -X GET "), data["failures"]
    assert _failed(data)[check] >= 1 and data["stateful"]["steps"] >= 2


def test_the_other_phases_do_not_see_a_forgetful_fake() -> None:
    """Why the phase exists: each call on its own meets the seeded resources, which the forgetful fake still has."""
    result = run_contract("--app", f"{VARIANTS}:forgetful", *_options("--operation", ALGORITHMS), "--phases", "examples,coverage,fuzzing")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "\nstateful: " not in result.stdout and "stateful (" not in result.stdout  # the phase neither ran nor was asked for
    caught = run_contract("--app", f"{VARIANTS}:forgetful", *_options("--operation", ALGORITHMS), "--phases", "stateful")
    assert caught.returncode == 1 and " · created_resource_available · " in caught.stdout, caught.stdout[-3000:]


@pytest.mark.parametrize("gap", mock_stateful_gaps())
def test_each_known_gap_of_the_mock_still_fails_the_stateful_phase(gap: str) -> None:
    """The Makefile leaves these creates out of the phase against the built-in mock: the mock answers them without keeping
    what they make (or removing it on delete). When it does, this fails: take the create off MOCK_STATEFUL_GAPS."""
    info = load_contract_spec().operation(gap)
    assert info is not None and info.links, gap
    result = run_contract(*_options("--operation", (gap, *info.links)), *STATEFUL_ONLY)
    assert result.returncode == 1, f"the built-in mock now keeps what {gap} makes: take it off MOCK_STATEFUL_GAPS in the Makefile"
    assert any(f" · {check} · " in result.stdout for check in STATEFUL_CHECKS), result.stdout[-3000:]


@pytest.mark.parametrize("kind", ["real", "url", "url --allow-writes"])
def test_only_a_target_that_takes_writes_gets_the_stateful_phase(kind: str, tmp_path: Path) -> None:
    """A real endpoint, and a URL with credentials unless --allow-writes, get reads only: the phase is skipped, saying why,
    and no write reaches them (what the app received, and the mock's own journal); with --allow-writes it runs."""
    token = "stateful-token-7a1"
    env = {**without_credentials(), "MODELARTS_AUTH_TOKEN": token, "HUAWEICLOUD_SDK_PROJECT_ID": DEFAULT_PROJECT_ID}
    ids = write_json(tmp_path / "ids.json", {op: spec_example_ids()[op] for op in ALGORITHMS})
    options = {"real": ["--real", "--ids", str(ids)], "url": [], "url --allow-writes": ["--allow-writes"]}[kind]
    app = RecordingApp(create_app(Settings(tokens=(token,), validate_responses=True)))
    report = tmp_path / "report.json"
    with running_mock(app=app) as url:
        result = run_contract(
            "--base-url",
            url,
            *options,
            *_options("--operation", ALGORITHMS),
            "--rate-limit",
            "1000/s",
            "--json-report",
            str(report),
            env=env,
        )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    data, summary = _report(report), result.stdout[result.stdout.index("contract summary") :]
    sent = {entry["method"] for entry in app.app.state.mock.journal}
    if kind == "url --allow-writes":
        assert data["stateful"]["steps"] > 0 and {"POST", "DELETE"} <= sent <= set(app.methods), (sent, app.methods)
        assert not any(s["test"] == "stateful" for s in data["skipped"])
        return
    assert set(app.methods) == sent == {"GET"}, (app.methods, sent)
    hint = "a real run is read-only" if kind == "real" else "--allow-writes runs it"
    skip = {"operation": "", "test": "stateful", "reason": "stateful-read-only", "detail": "writes", "hint": hint}
    assert data["stateful"] is None and skip in data["skipped"], data["skipped"]
    assert f"not run (1), the stateful phase (it creates, then follows the spec's links: updates, actions, deletes) ({hint})" in summary
