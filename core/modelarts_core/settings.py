"""A client's settings, checked once at construction: a bad set-up fails there, not as a 401 later."""

from __future__ import annotations

import math
import platform
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from .arguments import path_argument, path_segment
from .auth import AkSkAuth
from .bodies import ACCEPT_ENCODING, BodyLimits
from .endpoints import base_url
from .errors import ConfigurationError, ModelArtsArgumentError
from .retry import RetryPolicy
from .tolerance import DeviationHook

RequestHook = Callable[[httpx.Request], None]
ResponseHook = Callable[[httpx.Response], None]  # called with the body already read

DEFAULT_TIMEOUT = 60.0  # seconds for a whole call: connecting, reading, retries and their waits
CONNECT_TIMEOUT = 10.0  # at most this per connection attempt, so a dead address leaves time for a retry


def _major_minor(version: str) -> str:
    return ".".join(version.split(".")[:2])


def _product_version(version: str) -> str:
    # The version comes from the spec's info.version: only a version's characters go into a header.
    return re.sub(r"[^A-Za-z0-9.+_-]", "", version)[:40] or "0"


def user_agent(product: str, version: str) -> str:
    """`<product>/<version> python/3.x httpx/0.x`: the client passes its own name and version."""
    return f"{product}/{_product_version(version)} python/{_major_minor(platform.python_version())} httpx/{_major_minor(httpx.__version__)}"


def check_timeout(timeout: float, what: str = "timeout") -> float:
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not math.isfinite(timeout) or timeout <= 0:
        raise ConfigurationError(f"{what} must be a positive number of seconds (the whole call's deadline), got {timeout!r}")
    return float(timeout)


def _bound_auth(auth: httpx.Auth | None, project_id: str) -> httpx.Auth:
    """The credentials, an AkSkAuth bound to the client's project (it signs X-Project-Id)."""
    if auth is None:
        raise ConfigurationError(
            "no credentials: pass auth=TokenAuth(token) or auth=AkSkAuth(ak, sk) "
            "(from_env reads HUAWEICLOUD_SDK_AK/HUAWEICLOUD_SDK_SK or MODELARTS_AUTH_TOKEN)"
        )
    if isinstance(auth, AkSkAuth):
        if auth.project_id and auth.project_id != project_id:
            raise ConfigurationError(f"AkSkAuth is bound to project {auth.project_id!r}, the client to {project_id!r}")
        return auth.with_project_id(project_id)
    return auth


@dataclass(frozen=True)
class Settings:
    base_url: str
    project_id: str
    auth: httpx.Auth
    timeout: float
    retry: RetryPolicy
    on_request: Sequence[RequestHook]
    on_response: Sequence[ResponseHook]
    headers: Mapping[str, str]
    limits: BodyLimits
    strict: bool
    on_deviation: DeviationHook | None
    user_agent: str

    @classmethod
    def build(
        cls,
        regions: Mapping[str, str],
        *,
        region: str | None,
        endpoint: str | None,
        project_id: str | None,
        auth: httpx.Auth | None,
        timeout: float | None,
        retry: RetryPolicy | None,
        on_request: Sequence[RequestHook],
        on_response: Sequence[ResponseHook],
        headers: Mapping[str, str] | None,
        limits: BodyLimits | None = None,
        strict: bool = False,
        on_deviation: DeviationHook | None = None,
        user_agent: str = "",
        project_id_rule: tuple[str | None, int | None, int | None] = (None, None, None),
    ) -> Settings:
        url = base_url(regions, region, endpoint)
        if not project_id:
            raise ConfigurationError("no project id: pass project_id='…' (from_env reads HUAWEICLOUD_SDK_PROJECT_ID)")
        try:  # one path segment, and what the spec says of project_id: a wrong one fails here, not as a 404 later
            path_segment(project_id, "project_id")
            path_argument(project_id, "project_id", *project_id_rule)
        except ModelArtsArgumentError as exc:
            raise ConfigurationError(f"{exc} (the project id, from the console's My Credentials page)") from None
        return cls(
            url,
            project_id,
            _bound_auth(auth, project_id),
            DEFAULT_TIMEOUT if timeout is None else check_timeout(timeout),
            RetryPolicy() if retry is None else retry,
            tuple(on_request),
            tuple(on_response),
            dict(headers or {}),
            BodyLimits() if limits is None else limits,
            strict,
            on_deviation,
            user_agent,
        )

    def client_args(self) -> dict[str, Any]:
        return {
            "base_url": self.base_url,
            "auth": self.auth,
            "timeout": httpx.Timeout(self.timeout, connect=min(CONNECT_TIMEOUT, self.timeout)),
            "headers": {"User-Agent": self.user_agent, "Accept-Encoding": ACCEPT_ENCODING, **self.headers},
        }

    def attempt_timeout(self, remaining: float) -> httpx.Timeout:
        """Each wait of one attempt ends by the call's deadline at the latest."""
        return httpx.Timeout(remaining, connect=min(CONNECT_TIMEOUT, remaining))

    def secrets(self) -> tuple[str, ...]:
        found = getattr(self.auth, "secrets", None)
        return tuple(found()) if callable(found) else ()

    def __repr__(self) -> str:
        return f"Settings(base_url={self.base_url!r}, project_id={self.project_id!r}, auth={self.auth!r})"
