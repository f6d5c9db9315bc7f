"""A short schemathesis negative run against the in-process mock: invalid input never yields a 5xx (the full suite is contract_tests/)."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from conftest import SPEC
from hypothesis import HealthCheck, Phase, given, settings
from mock_support import TOKEN
from schemathesis.checks import not_a_server_error
from schemathesis.generation.modes import GenerationMode
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
)

from mock_server import Call, Reply, Settings, create_app

schema = schemathesis.openapi.from_path(SPEC)
schema.app = create_app(Settings(tokens=(TOKEN,), validate_responses=True))  # a response the spec forbids would be a 500
schema.config.update(headers={"X-Auth-Token": TOKEN})
schema.config.generation.update(modes=[GenerationMode.NEGATIVE])
# No 5xx, and the mock answers invalid input as the spec says: a documented 4xx, JSON, in the documented shape.
CHECKS = [not_a_server_error, negative_data_rejection, status_code_conformance, content_type_conformance, response_schema_conformance]


@schema.parametrize()
@settings(max_examples=12, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_negative_input_never_gets_a_server_error(case: Any) -> None:
    response = case.call_and_validate(checks=CHECKS)
    assert response.status_code < 500
    assert response.headers["content-type"] == ["application/json"]


def test_the_run_catches_a_server_error() -> None:
    """The same checks against a deliberately broken variant (its 400s turned into 500s) must fail."""

    def to_500(call: Call, reply: Reply) -> Reply:
        return Reply(500, reply.body) if reply.status == 400 else reply

    broken = schemathesis.openapi.from_path(SPEC)
    broken.app = create_app(Settings(tokens=(TOKEN,), overrides={"ShowOsConfig": to_500}))
    broken.config.update(headers={"X-Auth-Token": TOKEN})
    operation = broken["/v1/{project_id}/os-user-config"]["GET"]

    @given(case=operation.as_strategy(generation_mode=GenerationMode.NEGATIVE))
    @settings(max_examples=20, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck), phases=[Phase.generate])
    def run(case: Any) -> None:
        case.call_and_validate(checks=CHECKS)

    with pytest.raises(BaseExceptionGroup) as caught:
        run()
    assert "ServerError" in {type(failure).__name__ for failure in caught.value.exceptions}
