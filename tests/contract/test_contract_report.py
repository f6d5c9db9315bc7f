"""modelarts_contract/report.py and summary.py: the one-screen summary and the JSON report follow every kind of failure and
skip, say where each failure is, and show no secret."""

from __future__ import annotations

import json
from typing import Any

import pytest
from modelarts_contract.failures import FailureText
from modelarts_contract.profiles import PROFILES
from modelarts_contract.report import ContractReport, Result
from modelarts_contract.skips import Skip
from modelarts_contract.summary import RunFacts, render, to_json

PASS = Result("status_code_conformance", True)


def _facts(**changes: Any) -> RunFacts:
    fields: dict[str, Any] = {
        "target": "http://127.0.0.1:8080",
        "description": "mock",
        "kind": "url",
        "auth": "token",
        "seed": 7,
        "profile": PROFILES["standard"],
        "in_spec": 3,
        "writes_in_spec": 1,
        "selected": 3,
    }
    return RunFacts(**{**fields, **changes})


def _failure(check: str, where: str, message: str, title: str = "Failure") -> Result:
    return Result(check, False, FailureText(title, where, message))


def test_clean_run_passes_and_counts_operations_and_cases() -> None:
    report = ContractReport()
    report.record_case("ShowPool", 200, [PASS], "")
    report.record_case("ShowPool", 404, [PASS], "")
    text = render(report, _facts())
    assert report.ok() and text.endswith("result: PASS")
    assert "contract: 1 of 3 operations tested (2 reads, 1 writes in the spec) × 1 checks × 2 cases against mock" in text
    assert "profile standard: examples, coverage (1 per kind of probe), fuzzing" in text


def test_a_check_failure_says_where_it_is_with_a_curl_line() -> None:
    """Regression (issue 23): the summary said `"2" is not of type "integer"` but not where."""
    report = ContractReport()
    report.record_case(
        "ShowPool",
        200,
        [_failure("response_schema_conformance", "/spec/resources/0/count", '"2" is not of type "integer"')],
        "curl -X GET x",
    )
    text = render(report, _facts())
    assert not report.ok() and text.endswith("result: FAIL (1 of 1 operations failed)")
    assert 'ShowPool · response_schema_conformance · /spec/resources/0/count: "2" is not of type "integer" (×1)' in text
    assert "    curl -X GET x" in text and "in-process" not in text


def test_an_in_process_run_says_how_to_replay_its_curl_lines() -> None:
    """Regression (issue 23): in-process curl lines pointed at http://testserver, which nobody can run."""
    report = ContractReport()
    report.record_case("ShowPool", 500, [_failure("not_a_server_error", "", "GET /x answered 500")], "curl -X GET http://127.0.0.1:8080/x")
    text = render(report, _facts(kind="asgi"))
    assert "the run was in-process: the curl lines assume the target on a socket at http://127.0.0.1:8080" in text
    assert "rerun with --target socket --seed 7" in text


def test_failed_tests_are_listed_even_beside_check_failures_of_the_same_operation() -> None:
    report = ContractReport()
    report.record_case("ShowPool", 200, [_failure("response_schema_conformance", "/a", "wrong")], "curl")
    report.record_test_failure("ShowPool", "schemathesis", "E   FailureGroup")  # explained by the check failure
    report.record_test_failure("ShowPool", "client", "    def f():\nE   ModelArtsResponseError: /a does not fit\n")
    assert report.errors == {("ShowPool", "client"): "ModelArtsResponseError: /a does not fit"}
    assert "ShowPool · client test failed · ModelArtsResponseError: /a does not fit" in render(report, _facts())


def test_every_response_refused_is_missing_auth() -> None:
    report = ContractReport()
    for _ in range(3):
        report.record_case("ShowPool", 401, [PASS], "")
    assert report.missing_auth() == ["ShowPool"] and not report.ok()
    assert "ShowPool · missing_auth · all 3 responses were 401/403" in render(report, _facts())


def test_operations_not_run_are_counted_grouped_by_reason() -> None:
    """Regression (issue 23): a real run that ran 6 of 15 operations said PASS without saying the others never ran."""
    report = ContractReport()
    report.record_case("ShowPool", 200, [PASS], "")
    report.record_skip(Skip("CreatePool", "read-only", "POST", hint="a real run is read-only"))
    report.record_skip(Skip("ShowService", "no-ids", "service_id", hint="give them with --ids FILE or MODELARTS_SERVICE_ID"))
    report.record_skip(Skip("ShowPool", "not-in-client", "", test="client"))
    text = render(report, _facts())
    assert "not run (1), writes, not sent to this target (a real run is read-only): CreatePool" in text
    assert "not run (1), no resource ids given (give them with --ids FILE or MODELARTS_<PARAM>): ShowService (service_id)" in text
    assert "not run (1), client round trip: not in the generated client" in text
    assert report.ok() and text.endswith("result: PASS (3 not run: --fail-on-skip fails a run for that)")
    assert not report.ok(fail_on_skip=True) and render(report, _facts(fail_on_skip=True)).endswith(
        "result: FAIL (3 not run: a failure (--fail-on-skip))"
    )


def test_a_long_list_of_operations_is_cut_on_screen_and_whole_in_the_json() -> None:
    report = ContractReport()
    report.record_case("ShowPool", 200, [PASS], "")
    for index in range(30):
        report.record_skip(Skip(f"Write{index:02d}", "read-only", "POST"))
    assert "Write11 and 18 more" in render(report, _facts())
    assert len(to_json(report, _facts(), 0)["skipped"]) == 30


def test_the_json_report_has_every_operation_and_check_in_a_fixed_order() -> None:
    report = ContractReport()
    report.record_case("ShowPool", 200, [PASS, Result("not_a_server_error", True)], "")
    report.record_case("ShowPool", 500, [PASS, _failure("not_a_server_error", "", "GET /p answered 500", "Server error")], "curl -X GET u")
    report.record_case("ShowOsQuota", 200, [PASS], "")
    report.record_test_failure("ShowService", "client", "E   ConnectError: refused")
    report.record_skip(Skip("ShowSaveImageJob", "no-ids", "task_id", hint="h"))
    data = to_json(report, _facts(), 1)
    assert list(data) == [
        "target", "kind", "auth", "seed", "cases_digest", "verdict", "exit_status", "profile",
        "counts", "stateful", "checks", "operations", "failures", "errors", "missing_auth", "skipped",
    ]  # fmt: skip
    assert (data["target"], data["kind"], data["seed"], data["verdict"]) == ("http://127.0.0.1:8080", "url", "7", "FAIL")
    assert data["counts"] == {"in_spec": 3, "writes_in_spec": 1, "selected": 3, "tested": 2, "not_run": 1}
    assert data["profile"]["name"] == "standard" and data["checks"] == ["not_a_server_error", "status_code_conformance"]
    assert list(data["operations"]) == ["ShowOsQuota", "ShowPool", "ShowService"]
    assert data["operations"]["ShowPool"] == {
        "cases": 2,
        "not_sent": 0,
        "checks": {"not_a_server_error": {"passed": 1, "failed": 1}, "status_code_conformance": {"passed": 2, "failed": 0}},
    }
    assert data["failures"] == [
        {
            "operation": "ShowPool",
            "check": "not_a_server_error",
            "title": "Server error",
            "where": "",
            "message": "GET /p answered 500",
            "count": 1,
            "curl": "curl -X GET u",
        }
    ]
    assert data["errors"] == [{"operation": "ShowService", "test": "client", "error": "ConnectError: refused"}]
    assert data["skipped"] == [{"operation": "ShowSaveImageJob", "test": "all", "reason": "no-ids", "detail": "task_id", "hint": "h"}]
    assert json.loads(json.dumps(data)) == data


@pytest.mark.parametrize(("exit_status", "verdict"), [(0, "PASS"), (1, "FAIL"), (5, "FAIL")])
def test_the_json_verdict_needs_a_clean_report_and_a_clean_pytest_exit(exit_status: int, verdict: str) -> None:
    """pytest may fail what the report cannot see (a teardown error, nothing collected): the verdict says so."""
    report = ContractReport()
    report.record_case("ShowPool", 200, [PASS], "")
    assert to_json(report, _facts(), exit_status)["verdict"] == verdict


@pytest.mark.parametrize("secrets", [("tok-3f9a-never-shown",), ("HPUAMOCKACCESSKEY001", "mock-secret-key+/never=shown")])
def test_no_credential_reaches_the_summary_or_the_json_report(secrets: tuple[str, ...]) -> None:
    """A token, or an AK/SK pair, echoed by a target in a message, a curl line or a traceback is redacted as recorded."""
    report = ContractReport(secrets=secrets)
    echoed = " ".join(secrets)
    report.record_case(
        "ShowPool", 200, [_failure("ignored_auth", f"/{echoed}", f"sent {echoed}", f"Auth {echoed}")], f"curl -H 'X: {echoed}' u"
    )
    report.record_test_failure("ShowOsQuota", "client", f"E   AssertionError: {echoed}")
    text = json.dumps(to_json(report, _facts(), 1)) + render(report, _facts())
    assert "ShowPool" in text and "ShowOsQuota" in text and "<redacted>" in text
    for secret in secrets:
        assert secret not in text
    assert secrets[0] not in repr(report)


@pytest.mark.parametrize("skipped", [True, False])
def test_a_run_that_tested_nothing_fails_saying_why(skipped: bool) -> None:
    """Regression: no operation run (all left out for lack of ids, or deselected) was a green PASS."""
    report = ContractReport()
    if skipped:
        report.record_skip(Skip("ShowService", "no-ids", "service_id"))
    text = render(report, _facts())
    why = "every operation was left out (above)" if skipped else "every operation's tests were deselected"
    assert not report.ok() and f"nothing was tested: {why}" in text and "result: FAIL" in text
    assert to_json(report, _facts(), 0)["verdict"] == "FAIL"


def test_a_client_test_alone_counts_as_tested() -> None:
    """`-- -k client` sends no schemathesis case, but the operations were tested."""
    report = ContractReport()
    report.record_tested("ShowPool")
    assert report.ok() and render(report, _facts()).endswith("result: PASS")


def test_the_table_of_every_operation_and_check_is_shown_under_verbose_only() -> None:
    report = ContractReport()
    report.record_case("ShowPool", 200, [PASS], "")
    assert "checks: c1=status_code_conformance" not in render(report, _facts())
    assert "checks: c1=status_code_conformance" in render(report, _facts(verbose=True))


def test_a_signature_and_the_credential_headers_are_redacted_even_cut_short() -> None:
    """A signed Authorization echoed back shows the AK and the signature; a display may cut a value short."""
    report = ContractReport(secrets=("AKFULLVALUE0000001",))
    echoed = "authorization: SDK-HMAC-SHA256 Access=AKFULL..., SignedHeaders=host;x-sdk-date, Signature=" + "ab12" * 16
    report.record_test_failure("ShowPool", "schemathesis", f'E   body {echoed} "X-Auth-Token": "tok-cut-sh..."')
    text = render(report, _facts())
    assert "AKFULL" not in text and "ab12" not in text and "tok-cut" not in text
    assert "Access=<redacted>" in text and "Signature=<redacted>" in text and "SignedHeaders=host;x-sdk-date" in text


def test_a_huge_curl_line_is_cut_on_screen_and_whole_in_the_json() -> None:
    """A fuzzed query can make a curl line of kilobytes: one screen stays one screen."""
    curl = "curl -X GET 'http://127.0.0.1:8080/x?" + "offset=1&" * 2000 + "'"
    report = ContractReport()
    report.record_case("ShowPool", 414, [_failure("status_code_conformance", "query offset", "Received: 414")], curl)
    text = render(report, _facts())
    assert f"… ({len(curl):,} characters; whole in --json-report)" in text and len(text) < 2000
    assert to_json(report, _facts(), 1)["failures"][0]["curl"] == curl


def test_the_stateful_phase_is_told_what_it_did_or_why_it_did_not_run() -> None:
    report = ContractReport()
    report.record_case("ShowPool", 200, [PASS], "")
    tally = report.stateful
    tally.ran, tally.links, tally.scenarios, tally.steps, tally.rereads = True, 5, 30, 212, 40
    tally.followed, tally.excluded = {"CreatePool -> ShowPool", "CreatePool -> DeletePool"}, ["CreateImage"]
    text = render(report, _facts())
    assert "stateful (30 scenarios of up to 6 steps)" in text  # the profile's line
    assert (
        "stateful: 30 scenarios, 212 steps; 40 more reads of deleted resources while their delete ran; 2 of the 5 links between "
        "the operations tested were followed; left out by --exclude-from-stateful: CreateImage"
    ) in text
    assert to_json(report, _facts(), 0)["stateful"] == {
        "links": 5,
        "excluded": ["CreateImage"],
        "scenarios": 30,
        "steps": 212,
        "rereads": 40,
        "followed": ["CreatePool -> DeletePool", "CreatePool -> ShowPool"],
    }

    skipped = ContractReport()
    skipped.stateful.links = 3
    skipped.record_case("ShowPool", 200, [PASS], "")
    skipped.record_skip(Skip("", "stateful-read-only", "writes", test="stateful", hint="a real run is read-only"))
    text = render(skipped, _facts(kind="real"))
    assert (
        "not run (1), the stateful phase (it creates, then follows the spec's links: updates, actions, deletes) (a real run is read-only)\n"
        in text
    )
    assert "\nstateful: " not in text and text.endswith("result: PASS (1 not run: --fail-on-skip fails a run for that)")
    assert to_json(skipped, _facts(), 0)["stateful"] is None

    nothing = ContractReport()  # a spec without links
    nothing.record_case("ShowPool", 200, [PASS], "")
    assert "stateful: nothing to follow (the spec has no links: from a create's answer to what it made)" in render(nothing, _facts())
    assert "stateful: " not in render(nothing, _facts(selected=1))  # --operation chose a few: no links among them is no news


def test_a_stateful_phase_that_failed_without_a_check_failure_says_why() -> None:
    report = ContractReport()
    report.record_case("ShowPool", 200, [PASS], "")
    report.record_stateful_error("Traceback …\nE   schemathesis.core.errors.InvalidStateMachine: bad link\nmore")
    text = render(report, _facts())
    assert "  stateful phase failed · schemathesis.core.errors.InvalidStateMachine: bad link" in text and not report.ok()
    assert to_json(report, _facts(), 1)["errors"][-1] == {
        "operation": "",
        "test": "stateful",
        "error": "schemathesis.core.errors.InvalidStateMachine: bad link",
    }
    explained = ContractReport()
    explained.stateful.failed_checks = 1  # the steps' check failures say it: no second line
    explained.record_stateful_error("E   FailureGroup")
    assert explained.stateful.error is None
