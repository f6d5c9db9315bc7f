"""Where the contract suite sends its requests: the mock (or your app) in-process or on a socket, a fake at a URL, or a real ModelArts.

A `Target` carries everything the tests need and nothing secret in its repr: the ASGI app or base URL, the
credentials to send, the ids path parameters are pinned to, the request-rate bound, and whether anything but a
read may be sent. Building one validates the user's input (clear errors, nothing sent).
"""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from modelarts_mock import DEFAULT_PROJECT_ID, create_app
from modelarts_mock.testing import running_mock

from modelarts_contract.apps import MOCK_AK, MOCK_SK, MOCK_TOKEN, HTTP11Framing, advance_of, load_app_factory, mock_settings, reset_of
from modelarts_contract.client_runtime import ENDPOINT, PROJECT_ID, AkSkAuth, TokenAuth
from modelarts_contract.contract_spec import ContractSpec
from modelarts_contract.credentials import endpoint_credentials, optional_credentials
from modelarts_contract.options import KINDS, TargetError
from modelarts_contract.path_ids import PathIds, example_ids, resolve_ids

BUILT_IN = "built-in mock"
REAL_RATE_LIMIT = "5/s"  # a real account is shared with its owner's work: never hammer it
PROJECT_ID_PATTERN = re.compile(r"^[A-Za-z0-9-]{1,64}$")  # what the mock accepts; real ones are 32 hex digits
RATE_LIMIT_PATTERN = re.compile(r"^[1-9][0-9]*/[smhd]$")  # schemathesis' format


class NoCredentials(httpx.Auth):
    """Sends requests as they are: a fake at a URL for which the environment names no credentials."""

    def __repr__(self) -> str:
        return "NoCredentials()"


@dataclass(frozen=True)
class Target:
    kind: str
    name: str  # the target as given: "built-in mock", the --app value, or the URL
    project_id: str
    auth: httpx.Auth = field(repr=False)  # the client runtime's TokenAuth or AkSkAuth, or NoCredentials
    path_ids: PathIds = field(default_factory=lambda: PathIds({}))
    app: Any = None  # the ASGI app, in-process only
    base_url: str | None = None
    rate_limit: str | None = None  # e.g. "5/s"
    writes: bool = True  # whether anything but GET may be sent (a write operation, an unexpected-method probe)
    reset: Callable[[], None] | None = field(default=None, repr=False)  # back to the seed, for an app the suite serves
    advance: Callable[[float], Any] | None = field(default=None, repr=False)  # moves its clock on: waiting without sleeping

    @property
    def ids(self) -> Mapping[str, Mapping[str, str]]:
        """operationId -> path parameter -> the value every valid case uses (operations lacking one are absent)."""
        return self.path_ids.ids

    @property
    def auth_kind(self) -> str:
        if isinstance(self.auth, AkSkAuth):
            return "AK/SK"
        return "token" if isinstance(self.auth, TokenAuth) else "no credentials"

    @property
    def secrets(self) -> tuple[str, ...]:
        """What no report may show (the client's auth classes list their own)."""
        found = getattr(self.auth, "secrets", None)
        return tuple(found()) if callable(found) else ()

    @property
    def description(self) -> str:
        """The target for the summary line, as the user named it; no secrets."""
        who = "the built-in mock" if self.name == BUILT_IN else f"your app {self.name}"
        rate = f", at most {self.rate_limit}" if self.rate_limit else ""
        if self.kind == "asgi":
            return f"{who}, in-process ({self.auth_kind})"
        if self.kind == "socket":
            return f"{who} at {self.base_url} ({self.auth_kind}){rate}"
        if self.kind == "real":
            return f"{self.base_url} ({self.auth_kind}), real endpoint: read-only{rate}"
        reads = "" if self.writes else ", reads only (writes need --allow-writes)"
        return f"{self.base_url} ({self.auth_kind}){reads}{rate}"


def check_url(url: str) -> str:
    """The base URL without a trailing slash, or a TargetError saying what is wrong (never echoing a password)."""
    expected = "expected http(s)://host[:port][/path]"
    shown = repr(url) if "@" not in url else "(not shown: it carries user:password@)"
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise TargetError(f"--base-url {shown}: {exc}; {expected}") from None
    if parsed.userinfo:
        raise TargetError(f"--base-url must not carry credentials (user:password@host): they are read from the environment; {expected}")
    if parsed.scheme not in ("http", "https") or not parsed.host or not 0 < (parsed.port or 80) < 65536:
        raise TargetError(f"--base-url {shown}: {expected}")
    if "?" in url or "#" in url:
        raise TargetError(f"--base-url {shown}: {expected}, without a query or fragment")
    return str(parsed).rstrip("/")


def is_loopback(url: str) -> bool:
    """127.0.0.0/8, ::1 or localhost: a fake on this machine, not someone's account (but maybe a tunnel to one)."""
    host = httpx.URL(url).host
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def choose_kind(target: str | None, *, base_url: str | None, real: bool, app: str | None) -> str:
    """The kind the options ask for: --real or --target say it; otherwise a URL is real unless its host is loopback."""
    if real and target not in (None, "real"):
        raise TargetError(f"--real applies to a URL target, not to --target {target}")
    if target is not None and target not in KINDS:
        raise TargetError(f"--target {target!r}: expected one of {', '.join(KINDS)}")
    kind = "real" if real else target or (("url" if is_loopback(check_url(base_url)) else "real") if base_url else "asgi")
    if base_url and kind in ("asgi", "socket"):
        raise TargetError(f"--base-url names a running target, --target {kind} starts one: pass one of them")
    if app and kind in ("url", "real"):
        raise TargetError(f"--app is served by the suite itself (--target asgi or socket), not a {kind} target: drop --app or --base-url")
    return kind


def check_inputs(rate_limit: str | None, project_id: str | None, project_source: str = "--project-id") -> None:
    if rate_limit is not None and not RATE_LIMIT_PATTERN.match(rate_limit):
        raise TargetError(f"--rate-limit {rate_limit!r}: expected requests per unit, e.g. 5/s, 100/m (units s, m, h, d)")
    if project_id is not None and not PROJECT_ID_PATTERN.match(project_id):  # it becomes a path segment
        raise TargetError(f"{project_source} {project_id!r}: expected 1-64 letters, digits and hyphens")


@dataclass(frozen=True)
class Request:
    """What the options say about the target, besides its kind."""

    spec: ContractSpec
    base_url: str | None = None
    app_factory: str | None = None
    ids_file: Path | None = None
    rate_limit: str | None = None
    project_id: str | None = None
    allow_writes: bool = False


def endpoint_target(kind: str, request: Request, env: Mapping[str, str], home: Path | None) -> Target:
    """A running endpoint: a fake at a URL (credentials optional, every operation runs) or a real one (read-only, all required).

    Anything but a read goes out with credentials only if asked (--allow-writes): a loopback URL may be a tunnel to
    an account, where a DELETE is real. Without credentials nothing sent can change an account.
    """
    url = request.base_url or env.get(ENDPOINT)
    if kind == "real":
        if request.allow_writes:
            raise TargetError("--allow-writes: a real run is read-only (use --target url for a fake that takes writes)")
        url, project, auth = endpoint_credentials(url and check_url(url), request.project_id, env, home)
        path_ids = resolve_ids(request.spec, project, request.ids_file, env)  # never guessed on a real account
        rate = request.rate_limit or REAL_RATE_LIMIT
        return Target(kind, url, project, auth, path_ids, base_url=url, rate_limit=rate, writes=False)
    if not url:
        raise TargetError("a URL run needs --base-url URL or MODELARTS_ENDPOINT")
    url = check_url(url)
    project = request.project_id or env.get(PROJECT_ID) or DEFAULT_PROJECT_ID
    check_inputs(None, project, "--project-id" if request.project_id else PROJECT_ID)
    auth = optional_credentials(env, url, project, home)
    path_ids = resolve_ids(request.spec, project, request.ids_file, env, fallback=example_ids(request.spec, project))
    writes = request.allow_writes or isinstance(auth, NoCredentials)
    return Target(kind, url, project, auth, path_ids, base_url=url, rate_limit=request.rate_limit, writes=writes)


@contextmanager
def served_target(kind: str, request: Request) -> Iterator[Target]:
    """The built-in mock or your app, in-process (token) or on a loopback socket (AK/SK), seeded with the spec's examples."""
    settings = mock_settings(request.project_id or DEFAULT_PROJECT_ID, request.spec.path)
    app = load_app_factory(request.app_factory)(settings) if request.app_factory else create_app(settings)
    name = request.app_factory or BUILT_IN
    # Only an ids file overrides the seeded ids here: MODELARTS_<PARAM> name real resources, unknown to the mock.
    fallback = example_ids(request.spec, settings.project_id)
    path_ids = resolve_ids(request.spec, settings.project_id, request.ids_file, {}, fallback=fallback)
    common: dict[str, Any] = {"path_ids": path_ids, "reset": reset_of(app), "advance": advance_of(app)}
    if kind == "asgi":
        yield Target(kind, name, settings.project_id, TokenAuth(MOCK_TOKEN), app=HTTP11Framing(app), **common)
        return
    with running_mock(app=app) as url:
        yield Target(kind, name, settings.project_id, AkSkAuth(MOCK_AK, MOCK_SK), base_url=url, rate_limit=request.rate_limit, **common)


@contextmanager
def open_target(kind: str, request: Request, *, env: Mapping[str, str] | None = None, home: Path | None = None) -> Iterator[Target]:
    """Build the target (starting and stopping the mock on a socket if asked)."""
    env = os.environ if env is None else env
    if kind not in KINDS:
        raise TargetError(f"--target {kind!r}: expected one of {', '.join(KINDS)}")
    check_inputs(request.rate_limit, request.project_id)
    if kind in ("url", "real"):
        yield endpoint_target(kind, request, env, home)
        return
    with served_target(kind, request) as target:
        yield target
