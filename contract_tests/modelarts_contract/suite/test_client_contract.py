"""Client contract: every operation through the generated facade against the same target.

The parsed model must serialise back to exactly the JSON the target sent: no field lost, renamed
or retyped on the way (unknown fields and unknown enum values included). In-process the async
facade runs on the ASGI app; on a socket or a real endpoint the sync facade goes over HTTP.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from modelarts_client import AsyncModelArts, ModelArts
from modelarts_client.facade import OPERATIONS
from modelarts_spec.openapi import operations

from modelarts_contract import session
from modelarts_contract.resources import spec_data

run = session.current()
SPEC = spec_data()


def facade_call(operation_id: str) -> tuple[str, str, dict[str, str]]:
    """(group attribute, method name, path arguments) of an operation, as the generated facade names them."""
    group, method, path_params = OPERATIONS[operation_id]
    ids = run.target.ids[operation_id]
    return group, method, {argument: ids[name] for name, argument in path_params}


def received_json(responses: list[httpx.Response]) -> Any:
    body = responses[-1].content
    return json.loads(body) if body else None


def selected() -> list[str]:
    return [op.operation_id for op in operations(SPEC) if run.selects(op.operation_id)]


@pytest.mark.parametrize("operation_id", selected())
def test_model_round_trips_the_json_received(operation_id: str) -> None:
    group, method, path_args = facade_call(operation_id)
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
                return await getattr(getattr(ma, group), method)(**path_args)

        model = asyncio.run(call())
    else:
        assert run.target.base_url is not None
        with ModelArts(endpoint=run.target.base_url, **options) as ma:
            model = getattr(getattr(ma, group), method)(**path_args)

    assert 200 <= responses[-1].status_code < 300
    sent = received_json(responses)
    if sent is None:  # ShowPoolTags' 204: HTTP/1.1 delivers no content, and the facade says so
        assert model is None
        return
    assert model is not None
    assert model.to_dict() == sent
