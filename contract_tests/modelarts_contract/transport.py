"""How a run's cases reach its target: schemathesis' schema aimed at it, credentials on each call, AK/SK signed at send.

Credentials are passed per call (not as configuration) so that schemathesis knows them as explicit credentials
and its `ignored_auth` probes can remove or replace them. For AK/SK the request carries a placeholder
`Authorization` that `SignAtSend` (the client runtime's signer, adapted to `requests`) replaces with the real
signature as it is sent; a probe that removed or replaced it goes out unsigned.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import requests
import schemathesis
from requests.structures import CaseInsensitiveDict
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.schemas import OpenApiSchema

from modelarts_contract.client_runtime import AkSkAuth
from modelarts_contract.contract_spec import ContractSpec
from modelarts_contract.profiles import Profile, configure
from modelarts_contract.targets import Target

CONFIG = Path(__file__).with_name("schemathesis.toml")
SIGN_AT_SEND = "SDK-HMAC-SHA256 sign-at-send"
CREDENTIAL_HEADERS = {"x-auth-token", "authorization"}  # the spec's two security schemes


class SignAtSend(requests.auth.AuthBase):
    """requests adapter of the client's `AkSkAuth`: same signer, same wire format."""

    def __init__(self, signer: AkSkAuth) -> None:
        self._signer = signer

    def __call__(self, prepared: requests.PreparedRequest) -> requests.PreparedRequest:
        if prepared.headers.get("Authorization") != SIGN_AT_SEND:
            return prepared
        del prepared.headers["Authorization"]
        body = prepared.body
        content = body.encode() if isinstance(body, str) else body if isinstance(body, bytes) else b""
        headers = {name: value if isinstance(value, str) else value.decode("latin-1") for name, value in prepared.headers.items()}
        request = httpx.Request(str(prepared.method), str(prepared.url), headers=headers, content=content)
        self._signer.sign(request)
        prepared.url = str(request.url)
        prepared.headers = CaseInsensitiveDict(request.headers.items())
        return prepared

    def __repr__(self) -> str:
        return f"SignAtSend({self._signer!r})"


def bound_schema(target: Target, spec: ContractSpec, profile: Profile, *, seed: int | None) -> OpenApiSchema:
    """The spec as schemathesis tests it, with schemathesis.toml's settings and the profile's depth, aimed at the target."""
    schema = schemathesis.openapi.from_dict(spec.data, config=SchemathesisConfig.from_path(CONFIG))
    configure(profile, schema.config)
    if not target.writes:
        read_only(schema.config)
    schema.config.update(rate_limit=target.rate_limit)
    if target.app is not None:
        schema.app = target.app  # once, so ignored_auth's probes reach the same app
    else:
        assert target.base_url is not None
        schema.config.update(base_url=target.base_url)
    if seed is not None:
        schema.config.seed = seed  # schemathesis derives one seed per operation from it
    return schema


def read_only(config: Any) -> None:
    """The coverage phase must not probe other methods (TRACE, DELETE, …) where writes are not allowed.

    Each `[[operations]]` block of schemathesis.toml carries phases of its own that replace the project's,
    so the setting goes on every one of them too (ShowPoolTags' block once undid it).
    """
    config.phases.coverage.unexpected_methods = set()
    for operation in config.operations.operations:
        operation.phases.coverage.unexpected_methods = set()


def credential_headers(auth: httpx.Auth) -> dict[str, str]:
    """What the run sends as credentials: for AK/SK the placeholder SignAtSend signs; otherwise what the auth adds."""
    if isinstance(auth, AkSkAuth):
        return {"Authorization": SIGN_AT_SEND}
    probe = httpx.Request("GET", "http://credentials.probe/")
    before = set(probe.headers)
    next(auth.sync_auth_flow(probe))
    # With the names' case as the auth wrote them (X-Auth-Token, as the spec declares it): schemathesis'
    # ignored_auth probe removes credentials by their declared name, case-sensitively.
    return {name.decode(): value.decode() for name, value in probe.headers.raw if name.decode().lower() not in before}


def transport_arguments(target: Target) -> dict[str, Any]:
    """What every call passes to schemathesis besides the credential headers: the AK/SK signer, if any; in-process, a
    session that reads no proxy settings from the environment (requests would scan it on every call, for nothing)."""
    arguments: dict[str, Any] = {}
    if isinstance(target.auth, AkSkAuth):
        arguments["auth"] = SignAtSend(target.auth.with_project_id(target.project_id))
    if target.app is not None:
        session = requests.Session()
        session.trust_env = False
        arguments["session"] = session
    return arguments
