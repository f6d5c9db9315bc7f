"""Where the contract suite sends its requests: the mock in-process (default), the mock on a socket, or a real ModelArts.

A `Target` carries everything the tests need and nothing secret in its repr: the ASGI app or
base URL, the credentials to send, the resource ids path parameters are pinned to, the
request-rate bound. Building one validates the user's input (clear errors, nothing sent).
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import httpx
from modelarts_client.runtime.auth import AkSkAuth, TokenAuth
from modelarts_client.runtime.credentials import ENDPOINT, from_environment
from modelarts_client.runtime.errors import ConfigurationError
from modelarts_mock import Settings, create_app
from modelarts_mock.app import cached_spec
from modelarts_mock.spec import DEFAULT_SPEC
from modelarts_mock.testing import running_mock
from modelarts_spec.diagnostics import InputError
from modelarts_spec.loader import load_yaml
from modelarts_spec.openapi import operations, parameters

SPEC = DEFAULT_SPEC  # the spec the mock serves is the one the suite checks against

# Credentials the suite gives the mock it starts (not secrets: the mock is ours and local).
MOCK_TOKEN = "contract-suite-token"
MOCK_AK = "CONTRACTSUITEAK00001"
MOCK_SK = "contract-suite-secret-key"

KINDS = ("asgi", "socket", "real")


class TargetError(Exception):
    """The target cannot be used as given: the message says what to set."""


@dataclass(frozen=True)
class Target:
    kind: str
    description: str  # for the summary line: no secrets
    project_id: str
    auth: httpx.Auth = field(repr=False)  # the client runtime's TokenAuth or AkSkAuth (reprs redact secrets anyway)
    ids: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # operationId -> path parameter -> value every positive case uses
    app: Any = None  # the ASGI app, in-process only
    base_url: str | None = None
    rate_limit: str | None = None  # e.g. "5/s": real targets only

    @property
    def auth_kind(self) -> str:
        return "AK/SK" if isinstance(self.auth, AkSkAuth) else "token"


def spec_data() -> dict[str, Any]:
    data = load_yaml(SPEC).data
    assert isinstance(data, dict)
    return data


def example_ids(project_id: str) -> dict[str, dict[str, str]]:
    """Per operation, the path ids of the resource the mock seeds from its success example."""
    return {
        op.operation_id: {"project_id": project_id, **dict(zip(op.key_names, op.key_example, strict=True))}
        for op in cached_spec(SPEC).operations
    }


def path_parameter_names(spec: dict[str, Any]) -> dict[str, set[str]]:
    return {op.operation_id: {p["name"] for p, _ in parameters(spec, op) if p["in"] == "path"} for op in operations(spec)}


def env_name(parameter: str) -> str:
    """MODELARTS_POOL_NAME for pool_name: where a real run reads a path parameter's value."""
    return "MODELARTS_" + re.sub(r"[^A-Za-z0-9]", "_", parameter).upper()


def real_ids(spec: dict[str, Any], project_id: str, ids_file: Path | None, env: Mapping[str, str]) -> dict[str, dict[str, str]]:
    """Path ids of real resources: the ids file (`{param: value}` or `{operationId: {param: value}}`), then MODELARTS_<PARAM>.

    Operations whose ids are not all given are left out of a real run (listed in the summary), never guessed.
    """
    per_op: dict[str, dict[str, str]] = {}
    shared: dict[str, str] = {}
    if ids_file is not None:
        try:
            document = load_yaml(ids_file)
        except InputError as exc:
            raise TargetError(f"--ids: {exc.diagnostic.message} ({ids_file})") from None
        if not isinstance(document.data, dict):
            raise TargetError(f"{ids_file}: expected a mapping of path parameter names (or operationIds) to ids")
        for key, value in document.data.items():
            if isinstance(value, dict):
                per_op[str(key)] = {str(k): _id(ids_file, f"{key}.{k}", v) for k, v in value.items()}
            else:
                shared[str(key)] = _id(ids_file, str(key), value)
    result: dict[str, dict[str, str]] = {}
    for operation_id, names in path_parameter_names(spec).items():
        pinned = {"project_id": project_id}
        for name in sorted(names - {"project_id"}):
            value = per_op.get(operation_id, {}).get(name) or shared.get(name) or env.get(env_name(name))
            if value:
                pinned[name] = value
        if names <= set(pinned):
            result[operation_id] = pinned
    return result


def _id(ids_file: Path, where: str, value: object) -> str:
    """An id as a non-empty string: an empty YAML value would otherwise be sent as the id "None"."""
    if value is None or isinstance(value, dict | list) or str(value).strip() == "":
        raise TargetError(f"{ids_file}: {where}: expected an id (a non-empty string or number), got {value!r}")
    return str(value)


def load_app_factory(spec: str) -> Callable[[Settings], Any]:
    """`module:attr` or `path/to/file.py:attr`: a callable taking the suite's mock `Settings` and returning an ASGI app."""
    target, _, attr = spec.partition(":")
    if not attr:
        raise TargetError(f"--app {spec!r}: expected MODULE:FACTORY or FILE.py:FACTORY")
    if target.endswith(".py"):
        path = Path(target)
        if not path.is_file():
            raise TargetError(f"--app {spec!r}: no such file {path}")
        module_spec = importlib.util.spec_from_file_location(path.stem, path)
        if module_spec is None or module_spec.loader is None:
            raise TargetError(f"--app {spec!r}: cannot import {path}")
        module = importlib.util.module_from_spec(module_spec)
        try:
            module_spec.loader.exec_module(module)
        except (ImportError, SyntaxError, OSError) as exc:
            raise TargetError(f"--app {spec!r}: cannot load {path}: {exc}") from None
    else:
        try:
            module = importlib.import_module(target)
        except ImportError as exc:
            raise TargetError(f"--app {spec!r}: cannot import {target}: {exc}") from None
    factory = getattr(module, attr, None)
    if not callable(factory):
        raise TargetError(f"--app {spec!r}: {attr} is not a callable in {target}")
    return factory  # type: ignore[no-any-return]


class HTTP11Framing:
    """What any HTTP/1.1 client receives from an app: a 204 ends at its headers (RFC 9110 §15.3.5).

    The mock sends ShowPoolTags' documented body after its 204 (the manual's example); over a socket
    every HTTP/1.1 client skips those bytes. In-process, schemathesis' requests-based ASGI client would
    raise on them instead, so the in-process target drops them here: both targets see the same response.
    """

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        no_content = False

        async def framed_send(message: Any) -> None:
            nonlocal no_content
            if message["type"] == "http.response.start" and message["status"] == 204:
                no_content = True
                message = {**message, "headers": [(k, v) for k, v in message.get("headers", []) if k.lower() != b"content-length"]}
            elif message["type"] == "http.response.body" and no_content:
                message = {**message, "body": b""}
            await send(message)

        await self.app(scope, receive, framed_send)


def mock_settings() -> Settings:
    """The mock the suite starts: a token and an AK/SK pair it knows, every response self-checked against the spec."""
    return Settings(tokens=(MOCK_TOKEN,), keys={MOCK_AK: MOCK_SK}, validate_responses=True)


@contextmanager
def open_target(
    kind: str,
    *,
    base_url: str | None = None,
    app_factory: str | None = None,
    ids_file: Path | None = None,
    rate_limit: str | None = None,
    env: Mapping[str, str] | None = None,
    home: Path | None = None,
) -> Iterator[Target]:
    """Build the target (starting and stopping the mock on a socket if asked)."""
    env = os.environ if env is None else env
    spec = spec_data()
    if kind not in KINDS:
        raise TargetError(f"--target {kind!r}: expected one of {', '.join(KINDS)}")
    if kind == "real":
        url = base_url or env.get("MODELARTS_ENDPOINT")
        if not url:
            raise TargetError("a real run needs --base-url URL or MODELARTS_ENDPOINT")
        if not re.match(r"^https?://[^/\s]+", url):
            raise TargetError(f"--base-url {url!r}: expected http(s)://host[:port]")
        try:  # the client's own chain: environment, then the official SDK's profile file
            found = from_environment({**env, ENDPOINT: url}, home=home)
        except ConfigurationError as exc:
            raise TargetError(f"a real run needs credentials and a project: {exc}") from None
        ids = real_ids(spec, found.project_id, ids_file, env)
        target = Target(kind, "", found.project_id, found.auth, ids, base_url=url.rstrip("/"), rate_limit=rate_limit or "5/s")
        yield replace(target, description=f"{target.base_url} ({target.auth_kind})")
        return
    settings = mock_settings()
    app = load_app_factory(app_factory)(settings) if app_factory else create_app(settings)
    name = f"mock {app_factory}" if app_factory else "the built-in mock"
    ids = example_ids(settings.project_id)
    if kind == "asgi":
        yield Target(kind, f"{name}, in-process (token)", settings.project_id, TokenAuth(MOCK_TOKEN), ids, app=HTTP11Framing(app))
        return
    with running_mock(app=app) as url:
        auth = AkSkAuth(MOCK_AK, MOCK_SK)
        yield Target(kind, f"{name} at {url} (AK/SK)", settings.project_id, auth, ids, base_url=url, rate_limit=rate_limit)
