"""Deliberately broken mocks the contract suite must fail on (tests/contract/), and how those tests run the suite.

Each factory takes the suite's mock `Settings` (its credentials, project) and returns an ASGI app,
as `modelarts-contract --app tests/support/contract_variants.py:NAME` expects. Response validation is
off where the variant sends what the spec forbids (the mock's self-check would turn it into a 500).
"""

from __future__ import annotations

import copy
import json
import os
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from modelarts_mock import Settings, create_app
from modelarts_mock.errors import MockError
from modelarts_mock.routing import Router
from modelarts_spec.loader import load_openapi
from modelarts_spec.openapi import operations, parameters

# The suite loads this file by its path (`--app FILE.py:NAME`), outside the test run: tests.support is imported
# only by the helpers that need it, so loading it needs nothing but the installed products.
VARIANTS = Path(__file__).resolve()
COMMAND = Path(sys.executable).with_name("modelarts-contract")  # the console script pip installed beside this Python


def run_contract(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None, quiet: bool = True
) -> subprocess.CompletedProcess[str]:
    """`python -m modelarts_contract [-q] ARGS` in a subprocess (from the repository unless `cwd`), the target's default
    profile, seed 1 unless given."""
    from tests.support import ROOT

    command = [sys.executable, "-m", "modelarts_contract", *(["-q"] if quiet else []), *args]
    pytest_args = command.index("--") if "--" in command else len(command)  # defaults go before pytest's own arguments
    command[pytest_args:pytest_args] = ["--seed", "1"] if "--seed" not in args else []
    return subprocess.run(command, cwd=cwd or ROOT, capture_output=True, text=True, timeout=300, env=env)


def mock_stateful_gaps() -> list[str]:
    """The creates `make contract` leaves out of the stateful phase against the built-in mock (the Makefile's
    MOCK_STATEFUL_GAPS): the mock answers them without keeping what they make."""
    from tests.support import ROOT

    found = re.search(r"^MOCK_STATEFUL_GAPS \?=(.*)$", (ROOT / "Makefile").read_text(encoding="utf-8"), re.MULTILINE)
    assert found, "the Makefile names the mock's stateful gaps in MOCK_STATEFUL_GAPS"
    return found.group(1).split()


def without_credentials() -> dict[str, str]:
    """This process's environment without any credential, project, endpoint or resource id a run would read."""
    return {k: v for k, v in os.environ.items() if not k.startswith(("HUAWEICLOUD_", "MODELARTS_"))}


def spec_example_ids() -> dict[str, dict[str, str]]:
    """Per operation, its path parameters' `example:` values (project_id aside), read from the YAML: the mock's seeded ids."""
    from tests.support import SPEC

    data = load_openapi(SPEC).data
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


class Rewrite:
    """ASGI middleware in front of the mock that rewrites the JSON replies of one operation: the broken variants live
    here, outside the mock's request path. The operation is found with the mock's own router."""

    def __init__(self, app: Any, operation_id: str, change: Callable[[int, Any], tuple[int, Any]]) -> None:
        self.app, self.operation_id, self.change = app, operation_id, change
        self.router = app.state.pipeline.router

    def _operation(self, scope: Any) -> str | None:
        raw = scope.get("raw_path")
        try:
            op, _ = self.router.match(scope["method"], raw.decode("latin-1") if raw else scope["path"])
        except MockError:
            return None
        return str(op.operation_id)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or self._operation(scope) != self.operation_id:
            await self.app(scope, receive, send)
            return
        started: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: Any) -> None:
            if message["type"] == "http.response.start":
                started.update(message)
            else:
                chunks.append(message.get("body", b""))

        await self.app(scope, receive, capture)
        body = b"".join(chunks)
        status = started["status"]
        if status != 401:  # unauthenticated requests still fail as the mock answers them
            status, data = self.change(status, json.loads(body) if body else None)
            body = b"" if data is None else json.dumps(data).encode()
        headers = [(k, v) for k, v in started["headers"] if k.lower() != b"content-length"] + [(b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def _rewrite_success(operation_id: str, settings: Settings, change: Any) -> Any:
    def rewrite(status: int, body: Any) -> tuple[int, Any]:
        if 200 <= status < 300 and isinstance(body, dict):
            body = copy.deepcopy(body)
            change(body)
        return status, body

    return Rewrite(create_app(replace(settings, validate_responses=False)), operation_id, rewrite)


def wrong_type(settings: Settings) -> Any:
    """ShowPool's metadata.name becomes a number."""
    return _rewrite_success("ShowPool", settings, lambda body: body["metadata"].update(name=12345))


def drops_required_field(settings: Settings) -> Any:
    """ShowPluginTemplate loses its required `kind`."""
    return _rewrite_success("ShowPluginTemplate", settings, lambda body: body.pop("kind"))


def answers_500(settings: Settings) -> Any:
    """ShowOsQuota fails with a 500 in the ModelArts error shape."""
    app = create_app(replace(settings, validate_responses=False))
    return Rewrite(app, "ShowOsQuota", lambda status, body: (500, {"error_code": "ModelArts.0000", "error_msg": "internal error"}))


def ignores_auth(settings: Settings) -> Any:
    """Every request is answered, credentials or not."""
    return create_app(replace(settings, auth=False))


def accepts_out_of_range(settings: Settings) -> Any:
    """ShowPoolMonitor takes any numeric `period` (the spec allows 60, 300, 900, 3600) and answers 200: its query
    parameters are coerced but not checked against their schemas (the mock's router is given a lax copy)."""
    app = create_app(settings)
    pipeline = app.state.pipeline
    strict = pipeline.spec.operation("ShowPoolMonitor")
    lax = copy.copy(strict)  # the same operation, its parameters (derived on first use) replaced by lax ones
    lax.parameters = [replace(p, schema={}, _valid={}) if p.location == "query" else p for p in strict.parameters]  # {}: any value
    table = ((op.operation.path, op.operation.method, lax if op is strict else op) for op in pipeline.spec.operations)
    pipeline.router = Router(table, pipeline.spec.bad_request_code)
    return app


class OtherMethodsNotImplemented:
    """In front of the mock: every method an operation does not declare (TRACE, DELETE, …) is answered 501 with no body,
    as some gateways do."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["method"] != "GET":
            await send({"type": "http.response.start", "status": 501, "headers": [(b"content-length", b"0")]})
            await send({"type": "http.response.body", "body": b""})
            return
        await self.app(scope, receive, send)


def answers_501_to_other_methods(settings: Settings) -> Any:
    """Unexpected methods get 501 Not Implemented instead of 405 (a server error the suite must name, with a message)."""
    return OtherMethodsNotImplemented(create_app(settings))


def refuses_the_credentials(settings: Settings) -> Any:
    """Knows other credentials than the suite's: every request gets 401."""
    return create_app(replace(settings, tokens=("someone-else",), keys={}))


def adds_unknown_fields(settings: Settings) -> Any:
    """Not broken: ShowPool grows fields the spec does not know (the real service adds fields). The suite must pass."""

    def grow(body: dict[str, Any]) -> None:
        body["newTopLevelField"] = {"nested": [1, "two"]}
        body["metadata"]["newMetadataField"] = "kept"

    return _rewrite_success("ShowPool", settings, grow)


def forgetful(settings: Settings) -> Any:
    """Answers every create with a new id and keeps nothing: the show its link names answers 404 (the mock's state files
    no created resource)."""
    app = create_app(settings)
    app.state.pipeline.state.file = lambda *args: None
    return app


def sticky(settings: Settings) -> Any:
    """Answers every delete and removes nothing: the show its create's link names still answers 200 (the mock's state
    never takes a deleted resource away; one with a lifecycle stays in its deleting state)."""
    app = create_app(settings)
    app.state.pipeline.state.writes._remove = lambda *args: None
    return app
