"""Every operation of spec/modelarts.yaml, through schemathesis: examples, coverage and fuzzing phases, all checks."""

from __future__ import annotations

from typing import Any

import schemathesis

from modelarts_contract import session

run = session.current()


@run.schema.parametrize()
def test_operation_honours_the_spec(case: schemathesis.Case[Any]) -> None:
    run.call_and_validate(case)


def test_every_operation_accepted_the_credentials() -> None:
    """missing_auth: an operation that refused every request (401/403) was never really tested (runs after the above)."""
    refused = run.report.missing_auth()
    assert not refused, f"missing_auth: every request was refused with 401/403 for {', '.join(refused)}: check the credentials"
