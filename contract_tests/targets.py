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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.spec_model import operations, parameters
from generator.yaml_source import load_yaml
from mock_server import Settings, create_app
from mock_server.testing import running_mock

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "modelarts.yaml"

# Credentials the suite gives the mock it starts (not secrets: the mock is ours and local).
MOCK_TOKEN = "contract-suite-token"
MOCK_AK = "CONTRACTSUITEAK00001"
MOCK_SK = "contract-suite-secret-key"

KINDS = ("asgi", "socket", "real")


class TargetError(Exception):
    """The target cannot be used as given: the message says what to set."""


@dataclass(frozen=True)
class Credentials:
    """A token or an AK/SK pair (with an optional security token for temporary keys)."""

    token: str | None = field(default=None, repr=False)
    ak: str | None = None
    sk: str | None = field(default=None, repr=False)
    security_token: str | None = field(default=None, repr=False)

    @property
    def kind(self) -> str:
        return "AK/SK" if self.ak else "token"

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Credentials:
        token = env.get("MODELARTS_AUTH_TOKEN")
        ak, sk = env.get("HUAWEICLOUD_SDK_AK"), env.get("HUAWEICLOUD_SDK_SK")
        if ak and sk:
            return cls(ak=ak, sk=sk, security_token=env.get("HUAWEICLOUD_SDK_SECURITY_TOKEN"))
        if token:
            return cls(token=token)
        raise TargetError(
            "a real target needs credentials: set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK "
            "(plus HUAWEICLOUD_SDK_SECURITY_TOKEN for temporary keys), or MODELARTS_AUTH_TOKEN"
        )


@dataclass(frozen=True)
class Target:
    kind: str
    description: str  # for the summary line: no secrets
    project_id: str
    credentials: Credentials
    ids: Mapping[str, Mapping[str, str]]  # operationId -> path parameter -> value every positive case uses
    app: Any = None  # the ASGI app, in-process only
    base_url: str | None = None
    rate_limit: str | None = None  # e.g. "5/s": real targets only


def spec_data() -> dict[str, Any]:
    data = load_yaml(SPEC).data
    assert isinstance(data, dict)
    return data


def example_ids(spec: dict[str, Any], project_id: str) -> dict[str, dict[str, str]]:
    """Per operation, its path parameters' `example:` values: the resources the mock is seeded with."""
    ids: dict[str, dict[str, str]] = {}
    for op in operations(spec):
        pinned = {"project_id": project_id}
        for param, _ in parameters(spec, op):
            if param["in"] == "path" and param["name"] != "project_id" and "example" in param:
                pinned[param["name"]] = str(param["example"])
        ids[op.operation_id] = pinned
    return ids


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
        document = load_yaml(ids_file)
        if not isinstance(document.data, dict):
            raise TargetError(f"{ids_file}: expected a mapping of path parameter names (or operationIds) to ids")
        for key, value in document.data.items():
            if isinstance(value, dict):
                per_op[str(key)] = {str(k): str(v) for k, v in value.items()}
            else:
                shared[str(key)] = str(value)
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
        module_spec.loader.exec_module(module)
    else:
        module = importlib.import_module(target)
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
        credentials = Credentials.from_env(env)
        project_id = env.get("HUAWEICLOUD_SDK_PROJECT_ID")
        if not project_id:
            raise TargetError("a real run needs HUAWEICLOUD_SDK_PROJECT_ID (the project whose resources are read)")
        ids = real_ids(spec, project_id, ids_file, env)
        yield Target(
            kind, f"{url} ({credentials.kind})", project_id, credentials, ids, base_url=url.rstrip("/"), rate_limit=rate_limit or "5/s"
        )
        return
    settings = mock_settings()
    app = load_app_factory(app_factory)(settings) if app_factory else create_app(settings)
    name = f"mock {app_factory}" if app_factory else "the built-in mock"
    ids = example_ids(spec, settings.project_id)
    if kind == "asgi":
        yield Target(kind, f"{name}, in-process (token)", settings.project_id, Credentials(token=MOCK_TOKEN), ids, app=HTTP11Framing(app))
        return
    with running_mock(app=app) as url:
        credentials = Credentials(ak=MOCK_AK, sk=MOCK_SK)
        yield Target(kind, f"{name} at {url} (AK/SK)", settings.project_id, credentials, ids, base_url=url, rate_limit=rate_limit)
