"""Client contract: every operation through the generated facade against the same target.

The parsed model must serialise back to exactly the JSON the target sent: no field lost, renamed or retyped on
the way (unknown fields and unknown enum values included). A write sends the spec's request example as its body
(the facade's `body` argument). In-process the async facade runs on the ASGI app; on a socket or a real endpoint
the sync facade goes over HTTP, within the run's rate limit.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from modelarts_client import AsyncModelArts, ModelArts
from modelarts_client.facade import OPERATIONS, REQUIRED_ARGUMENTS

from modelarts_contract import session
from modelarts_contract.skips import REASONS, Skip

run = session.current()


def facade_call(operation_id: str) -> tuple[str, str, dict[str, Any]]:
    """(group attribute, method name, arguments) of an operation, as the generated facade names them; skipped (and
    recorded) when the client cannot make the call."""
    info = run.spec.operation(operation_id)
    assert info is not None
    if operation_id not in OPERATIONS:
        skip(Skip(operation_id, "not-in-client", "", test="client", hint="regenerate the client from this spec"))
    if info.has_body and info.request_example is None:
        skip(Skip(operation_id, "no-request-example", "", test="client", hint="give the request body an example"))
    group, method, path_params = OPERATIONS[operation_id]
    ids = run.target.ids[operation_id]
    arguments: dict[str, Any] = {argument: ids[name] for name, argument in path_params}
    for name, argument in REQUIRED_ARGUMENTS.get(operation_id, ()):
        if name not in info.argument_examples:
            skip(Skip(operation_id, "no-argument-example", name, test="client", hint=f"give the parameter {name!r} an example"))
        arguments[argument] = info.argument_examples[name]
    if info.has_body:
        arguments["body"] = info.request_example
    return group, method, arguments


def skip(reason: Skip) -> None:
    run.report.record_skip(reason)
    pytest.skip(f"{REASONS[reason.code]} ({reason.hint})")


def received_json(responses: list[httpx.Response]) -> Any:
    body = responses[-1].content
    return json.loads(body) if body else None


@pytest.mark.parametrize("operation_id", [op.operation_id for op in run.spec.operations if run.selects(op.operation_id)])
def test_model_round_trips_the_json_received(operation_id: str) -> None:
    group, method, arguments = facade_call(operation_id)
    responses: list[httpx.Response] = []
    options: dict[str, Any] = {
        "project_id": run.target.project_id,
        "auth": run.target.auth,
        "on_response": [responses.append],
        "strict": True,
    }
    if run.target.app is not None:

        async def call() -> Any:
            transport = httpx.ASGITransport(app=run.target.app)
            async with AsyncModelArts(endpoint="http://modelarts.in-process", transport=transport, **options) as ma:
                return await getattr(getattr(ma, group), method)(**arguments)

        model = asyncio.run(call())
    else:
        assert run.target.base_url is not None
        run.throttle()
        with ModelArts(endpoint=run.target.base_url, **options) as ma:
            model = getattr(getattr(ma, group), method)(**arguments)

    assert 200 <= responses[-1].status_code < 300
    sent = received_json(responses)
    if sent is None:  # a 204 (ShowPoolTags' too: HTTP/1.1 delivers no content), and the facade says so
        assert model is None
        return
    assert model is not None
    assert model.to_dict() == sent
