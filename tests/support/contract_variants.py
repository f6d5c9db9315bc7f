"""Deliberately broken mocks the contract suite must fail on (tests/contract/), and how those tests run the suite.

Each factory takes the suite's mock `Settings` (its credentials, project) and returns an ASGI app,
as `modelarts-contract --app tests/support/contract_variants.py:NAME` expects. Response validation is
off where the variant sends what the spec forbids (the mock's self-check would turn it into a 500).
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

from modelarts_mock import Call, Reply, Settings, create_app
from modelarts_spec.loader import load_yaml
from modelarts_spec.openapi import operations, parameters

# The suite loads this file by its path (`--app FILE.py:NAME`), outside the test run: tests.support is imported
# only by the helpers that need it, so loading it needs nothing but the installed products.
VARIANTS = Path(__file__).resolve()
COMMAND = Path(sys.executable).with_name("modelarts-contract")  # the console script pip installed beside this Python


def run_contract(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m modelarts_contract -q ARGS` in a subprocess (from the repository unless `cwd`): 10 fuzzing cases per
    operation and seed 1 unless given."""
    from tests.support import ROOT

    command = [sys.executable, "-m", "modelarts_contract", "-q", *args]
    pytest_args = command.index("--") if "--" in command else len(command)  # defaults go before pytest's own arguments
    defaults = [*(["--max-examples", "10"] if "--max-examples" not in args else []), *(["--seed", "1"] if "--seed" not in args else [])]
    command[pytest_args:pytest_args] = defaults
    return subprocess.run(command, cwd=cwd or ROOT, capture_output=True, text=True, timeout=300, env=env)


def without_credentials() -> dict[str, str]:
    """This process's environment without any credential, project, endpoint or resource id a run would read."""
    return {k: v for k, v in os.environ.items() if not k.startswith(("HUAWEICLOUD_", "MODELARTS_"))}


def spec_example_ids() -> dict[str, dict[str, str]]:
    """Per operation, its path parameters' `example:` values (project_id aside), read from the YAML: the mock's seeded ids."""
    from tests.support import SPEC

    data = load_yaml(SPEC).data
    return {
        op.operation_id: {p["name"]: str(p["example"]) for p, _ in parameters(data, op) if p["in"] == "path" and p["name"] != "project_id"}
        for op in operations(data)
    }


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


class RecordingApp:
    """An ASGI app in front of another that counts the HTTP methods it received: what a run really sent."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.methods: Counter[str] = Counter()

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            self.methods[scope["method"]] += 1
        await self.app(scope, receive, send)


class HeaderEcho:
    """A fake that answers every request 200 with the request's headers as its JSON body, and keeps them: a target that
    echoes the credentials it receives (token, AK in the signature, security token) into the suite's failure output."""

    def __init__(self) -> None:
        self.received: list[dict[str, str]] = []

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        headers = {name.decode("latin-1"): value.decode("latin-1") for name, value in scope["headers"]}
        self.received.append(headers)
        body = json.dumps({"headers": headers}).encode()
        start = {"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]}
        await send(start)
        await send({"type": "http.response.body", "body": body})

    def signatures(self) -> set[str]:
        """The AK/SK signatures received (each could be replayed for a while): no output may show one."""
        found = {value.rpartition("Signature=")[2] for h in self.received for name, value in h.items() if name.lower() == "authorization"}
        return {s for s in found if s}


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
