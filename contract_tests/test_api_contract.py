"""Every operation of spec/modelarts.yaml, through schemathesis: examples, coverage and fuzzing phases, all checks."""

from __future__ import annotations

import schemathesis

from contract_tests import session

run = session.current()


@run.schema.parametrize()
def test_operation_honours_the_spec(case: schemathesis.Case) -> None:
    run.call_and_validate(case)
