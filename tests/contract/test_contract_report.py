"""contract_tests/report.py: the one-screen summary's verdict follows every kind of failure."""

from __future__ import annotations

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
