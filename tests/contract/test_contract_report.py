"""modelarts_contract/report.py: the one-screen summary and the JSON report follow every kind of failure, and show no secret."""

from __future__ import annotations

import json
from typing import Any

import pytest
from modelarts_contract.report import ContractReport

PASS = ("status_code_conformance", True, "", "")


def test_clean_run_passes_and_counts_cases() -> None:
    report = ContractReport()
    report.record_case("ShowPool", 200, [PASS], "")
    report.record_case("ShowPool", 404, [PASS], "")
    text = report.render("mock")
    assert report.ok and "1 operations × 1 checks × 2 cases against mock" in text and text.endswith("result: PASS")


def test_a_check_failure_names_operation_check_and_curl() -> None:
    report = ContractReport()
    report.record_case(
        "ShowPool", 200, [("response_schema_conformance", False, "Response violates schema", "12345 is not a string")], "curl -X GET x"
    )
    text = report.render("mock")
    assert not report.ok
    assert "ShowPool · response_schema_conformance · Response violates schema (×1): 12345 is not a string" in text
    assert "curl -X GET x" in text and text.endswith("result: FAIL")


def test_a_failed_test_without_check_failures_fails_the_summary() -> None:
    """E.g. the client round trip, or a connection error: no check result explains it."""
    report = ContractReport()
    report.record_case("ShowPool", 200, [PASS], "")
    report.record_test_failure("ShowPool", "test_model_round_trips_the_json_received", "    def f():\nE   assert {'a': 1} == {'a': 2}\n")
    text = report.render("mock")
    assert not report.ok and text.endswith("result: FAIL")
    assert "ShowPool · test failed · test_model_round_trips_the_json_received: assert {'a': 1} == {'a': 2}" in text


def test_a_failed_test_explained_by_check_failures_is_not_repeated() -> None:
    report = ContractReport()
    report.record_case("ShowPool", 200, [("not_a_server_error", False, "Server error", "500")], "curl")
    report.record_test_failure("ShowPool", "test_operation_honours_the_spec", "E   FailureGroup")
    assert report.errors == {}


def test_every_response_refused_is_missing_auth() -> None:
    report = ContractReport()
    for _ in range(3):
        report.record_case("ShowPool", 401, [PASS], "")
    assert report.missing_auth() == ["ShowPool"] and not report.ok
    assert "ShowPool · missing_auth · all 3 responses were 401/403" in report.render("mock")


def _json(report: ContractReport, exit_status: int = 1, skipped: list[str] | None = None) -> dict[str, Any]:
    return report.to_json(target="http://127.0.0.1:8080", kind="url", auth="token", seed=7, skipped=skipped or [], exit_status=exit_status)


def test_the_json_report_has_every_operation_and_check_in_a_fixed_order() -> None:
    report = ContractReport()
    report.record_case("ShowPool", 200, [PASS, ("not_a_server_error", True, "", "")], "")
    report.record_case("ShowPool", 500, [PASS, ("not_a_server_error", False, "Server error", "500 Internal Server Error")], "curl -X GET u")
    report.record_case("ShowOsQuota", 200, [PASS], "")
    report.record_test_failure("ShowService", "test_model_round_trips_the_json_received", "E   ConnectError: refused")
    data = _json(report, skipped=["ShowSaveImageJob"])
    assert list(data) == [
        "target", "kind", "auth", "seed", "cases_digest", "verdict", "exit_status",
        "checks", "operations", "failures", "errors", "missing_auth", "skipped",
    ]  # fmt: skip
    assert (data["target"], data["kind"], data["seed"], data["verdict"]) == ("http://127.0.0.1:8080", "url", "7", "FAIL")
    assert data["checks"] == ["not_a_server_error", "status_code_conformance"]
    assert list(data["operations"]) == ["ShowOsQuota", "ShowPool", "ShowService"]
    assert data["operations"]["ShowPool"] == {
        "cases": 2,
        "checks": {"not_a_server_error": {"passed": 1, "failed": 1}, "status_code_conformance": {"passed": 2, "failed": 0}},
    }
    assert data["operations"]["ShowOsQuota"]["checks"]["not_a_server_error"] == {"passed": 0, "failed": 0}  # not run there
    assert data["failures"] == [
        {
            "operation": "ShowPool",
            "check": "not_a_server_error",
            "title": "Server error",
            "message": "500 Internal Server Error",
            "count": 1,
            "curl": "curl -X GET u",
        }
    ]
    assert data["errors"] == [{"operation": "ShowService", "error": "test_model_round_trips_the_json_received: ConnectError: refused"}]
    assert data["skipped"] == ["ShowSaveImageJob"] and data["missing_auth"] == []
    assert json.loads(json.dumps(data)) == data


@pytest.mark.parametrize(("exit_status", "verdict"), [(0, "PASS"), (1, "FAIL"), (5, "FAIL")])
def test_the_json_verdict_needs_a_clean_report_and_a_clean_pytest_exit(exit_status: int, verdict: str) -> None:
    """pytest may fail what the report cannot see (a teardown error, nothing collected): the verdict says so."""
    report = ContractReport()
    report.record_case("ShowPool", 200, [PASS], "")
    assert _json(report, exit_status=exit_status)["verdict"] == verdict


def test_missing_auth_in_the_json_report() -> None:
    report = ContractReport()
    report.record_case("ShowPool", 403, [PASS], "")
    assert _json(report, exit_status=0)["missing_auth"] == ["ShowPool"] and _json(report, exit_status=0)["verdict"] == "FAIL"


@pytest.mark.parametrize("secrets", [("tok-3f9a-never-shown",), ("HPUAMOCKACCESSKEY001", "mock-secret-key+/never=shown")])
def test_no_credential_reaches_the_summary_or_the_json_report(secrets: tuple[str, ...]) -> None:
    """A token, or an AK/SK pair, echoed by a target in a message, a curl line or a traceback is redacted as recorded."""
    report = ContractReport(secrets=secrets)
    echoed = " ".join(secrets)
    report.record_case("ShowPool", 200, [("ignored_auth", False, f"Auth {echoed}", f"sent {echoed}")], f"curl -H 'X: {echoed}' u")
    report.record_test_failure("ShowOsQuota", "test_model_round_trips_the_json_received", f"E   AssertionError: {echoed}")
    text = json.dumps(_json(report)) + report.render("t")
    assert "ShowPool" in text and "ShowOsQuota" in text and "<redacted>" in text
    for secret in secrets:
        assert secret not in text
    assert secrets[0] not in repr(report)


@pytest.mark.parametrize("skipped", [["ShowService"], []])
def test_a_run_that_tested_nothing_fails_saying_why(skipped: list[str]) -> None:
    """Regression: no operation run (all left out for lack of ids, or deselected) was a green PASS."""
    report = ContractReport()
    text = report.render("t", skipped=skipped)
    why = "not run for lack of resource ids: ShowService" if skipped else "every operation's tests were deselected"
    assert not report.ok and f"nothing was tested: {why}" in text and text.endswith("result: FAIL")
    assert _json(report, exit_status=0, skipped=skipped)["verdict"] == "FAIL"


def test_a_client_test_alone_counts_as_tested() -> None:
    """`-- -k client` sends no schemathesis case, but the operations were tested."""
    report = ContractReport()
    report.record_tested("ShowPool")
    assert report.ok and report.render("t").endswith("result: PASS")


def test_a_signature_and_the_credential_headers_are_redacted_even_cut_short() -> None:
    """A signed Authorization echoed back shows the AK and the signature; a display may cut a value short."""
    report = ContractReport(secrets=("AKFULLVALUE0000001",))
    echoed = "authorization: SDK-HMAC-SHA256 Access=AKFULL..., SignedHeaders=host;x-sdk-date, Signature=" + "ab12" * 16
    report.record_test_failure("ShowPool", "test_operation_honours_the_spec", f'E   body {echoed} "X-Auth-Token": "tok-cut-sh..."')
    text = report.render("t")
    assert "AKFULL" not in text and "ab12" not in text and "tok-cut" not in text
    assert "Access=<redacted>" in text and "Signature=<redacted>" in text and "SignedHeaders=host;x-sdk-date" in text
