"""Deliberately broken mocks: the contract suite must fail on each (tests/test_contract_suite.py).

Each factory takes the suite's mock `Settings` (its credentials, project) and returns an ASGI app,
as `pytest contract_tests --app tests/contract_variants.py:NAME` expects. Response validation is
off where the variant sends what the spec forbids (the mock's self-check would turn it into a 500).
"""

from __future__ import annotations

import copy
from dataclasses import replace
from typing import Any

from modelarts_mock import Call, Reply, Settings, create_app


def _rewrite_success(operation_id: str, settings: Settings, change: Any) -> Any:
    def override(call: Call, reply: Reply) -> Reply:
        if 200 <= reply.status < 300 and isinstance(reply.body, dict):
            body = copy.deepcopy(reply.body)
            change(body)
            return Reply(reply.status, body, reply.headers)
        return reply

    return create_app(replace(settings, validate_responses=False, overrides={operation_id: override}))


def wrong_type(settings: Settings) -> Any:
    """ShowPool's metadata.name becomes a number."""
    return _rewrite_success("ShowPool", settings, lambda body: body["metadata"].update(name=12345))


def drops_required_field(settings: Settings) -> Any:
    """ShowPluginTemplate loses its required `kind`."""
    return _rewrite_success("ShowPluginTemplate", settings, lambda body: body.pop("kind"))


def answers_500(settings: Settings) -> Any:
    """ShowOsQuota fails with a 500 in the ModelArts error shape."""

    def override(call: Call, reply: Reply) -> Reply:
        return Reply(500, {"error_code": "ModelArts.0000", "error_msg": "internal error"})

    return create_app(replace(settings, validate_responses=False, overrides={"ShowOsQuota": override}))


def ignores_auth(settings: Settings) -> Any:
    """Every request is answered, credentials or not."""
    return create_app(replace(settings, auth=False))


def accepts_out_of_range(settings: Settings) -> Any:
    """ShowPoolMonitor takes any `period` (the spec allows 60, 300, 900, 3600) and answers 200."""
    return create_app(replace(settings, unvalidated=frozenset({"ShowPoolMonitor"})))


def refuses_the_credentials(settings: Settings) -> Any:
    """Knows other credentials than the suite's: every request gets 401."""
    return create_app(replace(settings, tokens=("someone-else",), keys={}))


def adds_unknown_fields(settings: Settings) -> Any:
    """Not broken: ShowPool grows fields the spec does not know (the real service adds fields). The suite must pass."""

    def grow(body: dict[str, Any]) -> None:
        body["newTopLevelField"] = {"nested": [1, "two"]}
        body["metadata"]["newMetadataField"] = "kept"

    return _rewrite_success("ShowPool", settings, grow)
