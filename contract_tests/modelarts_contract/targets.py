"""Where the contract suite sends its requests: the mock (or your app) in-process or on a socket, a fake at a URL, or a real ModelArts.

A `Target` carries everything the tests need and nothing secret in its repr: the ASGI app or
base URL, the credentials to send, the resource ids path parameters are pinned to, the
request-rate bound. Building one validates the user's input (clear errors, nothing sent).
"""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from modelarts_core.auth import AkSkAuth, TokenAuth
from modelarts_core.credentials import AK, CREDENTIALS_FILE, ENDPOINT, PROJECT_ID, SK, TOKEN, from_environment
from modelarts_core.errors import ConfigurationError
from modelarts_mock import DEFAULT_PROJECT_ID, create_app
from modelarts_mock.testing import running_mock

from modelarts_contract.apps import MOCK_AK, MOCK_SK, MOCK_TOKEN, HTTP11Framing, load_app_factory, mock_settings
from modelarts_contract.options import KINDS, TargetError
from modelarts_contract.resources import Ids, example_ids, resource_ids, spec_data

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
    ids: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # operationId -> path parameter -> value every positive case uses
    app: Any = None  # the ASGI app, in-process only
    base_url: str | None = None
    rate_limit: str | None = None  # e.g. "5/s"

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
        return f"{self.base_url} ({self.auth_kind}){rate}"


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
    """127.0.0.0/8, ::1 or localhost: a fake on this machine, not someone's account."""
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


def optional_credentials(env: Mapping[str, str], url: str, project_id: str, home: Path | None) -> httpx.Auth:
    """A fake's credentials: found as the client's from_env() finds them if the environment names any, else none."""
    named = any(env.get(name) for name in (AK, SK, TOKEN, CREDENTIALS_FILE))
    try:
        return from_environment({**env, ENDPOINT: url, PROJECT_ID: project_id}, home=home).auth
    except ConfigurationError as exc:
        if named:  # asked for, but unusable: say so rather than silently sending none
            raise TargetError(f"credentials: {exc}") from None
        return NoCredentials()  # the default profile file, if any, has none either


def endpoint_target(
    kind: str,
    url: str | None,
    *,
    ids_file: Path | None,
    rate_limit: str | None,
    project_id: str | None,
    env: Mapping[str, str],
    home: Path | None,
) -> Target:
    """A running endpoint: a fake at a URL (credentials optional, every operation runs) or a real one (read-only, all required)."""
    if not url:
        raise TargetError(f"a {'real' if kind == 'real' else 'URL'} run needs --base-url URL or MODELARTS_ENDPOINT")
    url = check_url(url)
    if kind == "real":
        try:  # the client's own chain: environment, then the official SDK's profile file
            found = from_environment({**env, ENDPOINT: url, **({PROJECT_ID: project_id} if project_id else {})}, home=home)
        except ConfigurationError as exc:
            raise TargetError(f"a real run needs credentials and a project: {exc}") from None
        ids = resource_ids(spec_data(), found.project_id, ids_file, env)  # never guessed on a real account
        return Target(kind, url, found.project_id, found.auth, ids, base_url=url, rate_limit=rate_limit or REAL_RATE_LIMIT)
    project = project_id or env.get(PROJECT_ID) or DEFAULT_PROJECT_ID
    check_inputs(None, project, "--project-id" if project_id else PROJECT_ID)
    auth = optional_credentials(env, url, project, home)
    ids = resource_ids(spec_data(), project, ids_file, env, fallback=example_ids(project))
    return Target(kind, url, project, auth, ids, base_url=url, rate_limit=rate_limit)


@contextmanager
def served_target(
    kind: str, app_factory: str | None, *, ids_file: Path | None, rate_limit: str | None, project_id: str | None
) -> Iterator[Target]:
    """The built-in mock or your app, in-process (token) or on a loopback socket (AK/SK), seeded with the spec's examples."""
    settings = mock_settings(project_id or DEFAULT_PROJECT_ID)
    app = load_app_factory(app_factory)(settings) if app_factory else create_app(settings)
    name = app_factory or BUILT_IN
    # Only an ids file overrides the seeded ids here: MODELARTS_<PARAM> name real resources, unknown to the mock.
    ids: Ids = resource_ids(spec_data(), settings.project_id, ids_file, {}, fallback=example_ids(settings.project_id))
    if kind == "asgi":
        yield Target(kind, name, settings.project_id, TokenAuth(MOCK_TOKEN), ids, app=HTTP11Framing(app))
        return
    with running_mock(app=app) as url:
        yield Target(kind, name, settings.project_id, AkSkAuth(MOCK_AK, MOCK_SK), ids, base_url=url, rate_limit=rate_limit)


@contextmanager
def open_target(
    kind: str,
    *,
    base_url: str | None = None,
    app_factory: str | None = None,
    ids_file: Path | None = None,
    rate_limit: str | None = None,
    project_id: str | None = None,
    env: Mapping[str, str] | None = None,
    home: Path | None = None,
) -> Iterator[Target]:
    """Build the target (starting and stopping the mock on a socket if asked)."""
    env = os.environ if env is None else env
    if kind not in KINDS:
        raise TargetError(f"--target {kind!r}: expected one of {', '.join(KINDS)}")
    check_inputs(rate_limit, project_id)
    if kind in ("url", "real"):
        url = base_url or env.get(ENDPOINT)
        yield endpoint_target(kind, url, ids_file=ids_file, rate_limit=rate_limit, project_id=project_id, env=env, home=home)
        return
    with served_target(kind, app_factory, ids_file=ids_file, rate_limit=rate_limit, project_id=project_id) as target:
        yield target
