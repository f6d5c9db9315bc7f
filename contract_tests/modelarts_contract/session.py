"""The schemathesis schema of one contract run, bound to its target; and the report it feeds.

Built once by the pytest plugin (plugin.py) before collection, because which operations
run depends on the target (a real run skips operations whose resource ids were not given).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import requests
import schemathesis
from modelarts_core.auth import AkSkAuth
from modelarts_spec.openapi import operations
from requests.structures import CaseInsensitiveDict
from schemathesis.config import SchemathesisConfig
from schemathesis.core.parameters import ParameterLocation
from schemathesis.specs.openapi.schemas import OpenApiSchema

from modelarts_contract.options import TargetError
from modelarts_contract.report import ContractReport
from modelarts_contract.resources import SPEC
from modelarts_contract.targets import Target

CONFIG = Path(__file__).with_name("schemathesis.toml")
# The AK/SK signer replaces this Authorization value at send time. Because it is a declared
# credential, schemathesis' ignored_auth probes can remove it (no auth) or replace it (wrong
# auth) and the signer then leaves the probe alone, exactly as for a token.
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


class Run:
    """One contract run: the target, its schema, the transport arguments for each call, the report."""

    def __init__(self, target: Target, *, seed: int | None, max_examples: int | None, only: list[str] | None = None) -> None:
        self.target = target
        self.report = ContractReport(secrets=target.secrets)
        schema = bound_schema(target, seed=seed, max_examples=max_examples)
        ops = operations(schema.raw_schema)
        known = [op.operation_id for op in ops]
        unknown = sorted(set(only or ()) - set(known))
        if unknown:
            raise TargetError(f"--operation {', '.join(unknown)}: not an operationId of {SPEC.name}")
        self.only = set(only or ())
        self.labels = {f"{op.method.upper()} {op.path}": op.operation_id for op in ops}  # schemathesis' labels
        self.skipped = sorted(op for op in known if op not in target.ids and (not only or op in only))
        self.seed = schema.config.seed  # random unless given: printed, so any run can be repeated
        # Passed on each call (not as config) so that schemathesis knows them as explicit credentials.
        self.credential_headers = credential_headers(target.auth)
        self.transport: dict[str, Any] = {}
        if isinstance(target.auth, AkSkAuth):
            self.transport["auth"] = SignAtSend(target.auth.with_project_id(target.project_id))
        # schemathesis hooks must be plain functions (it sets attributes on them).
        schema.hook("map_case")(lambda context, case: self._pin_ids(context, case))
        schema.hook("after_validate")(lambda context, case, response, results: self._record(context, case, response, results))
        self.schema = schema

    def _pin_ids(self, context: schemathesis.HookContext, case: schemathesis.Case[Any]) -> schemathesis.Case[Any]:
        """Valid path parameters become the ids of existing resources; deliberately invalid ones are left as generated."""
        # Each declared credential header is an alternative: send ours only, not a generated value for the other.
        if case.headers:
            ours = {name.lower() for name in self.credential_headers}
            case.headers = CaseInsensitiveDict(
                {k: v for k, v in case.headers.items() if k.lower() not in CREDENTIAL_HEADERS or k.lower() in ours}
            )
        if case.meta is not None and case.meta.is_negative_at(ParameterLocation.PATH):
            return case
        pinned = self.target.ids.get(case.operation.definition.raw.get("operationId", ""), {})
        if pinned and case.path_parameters is not None:
            case.path_parameters = {**case.path_parameters, **{k: v for k, v in pinned.items() if k in case.path_parameters}}
        return case

    def _record(self, context: schemathesis.HookContext, case: schemathesis.Case[Any], response: Any, results: list[Any]) -> None:
        operation = case.operation.definition.raw.get("operationId", case.operation.label)
        outcomes = [
            (r.name, r.failure is None, r.failure.title if r.failure else "", r.failure.message if r.failure else "") for r in results
        ]
        self.report.record_request(f"{operation} {case.path_parameters} {case.query} {case.headers}")
        curl = case.as_curl_command() if any(not ok for _, ok, _, _ in outcomes) else ""
        self.report.record_case(operation, response.status_code, outcomes, curl)

    def selects(self, operation_id: str) -> bool:
        """Whether this run tests the operation: asked for (--operation), and its resource ids are known (real runs)."""
        return (not self.only or operation_id in self.only) and operation_id in self.target.ids

    def call_and_validate(self, case: schemathesis.Case[Any]) -> None:
        if self.target.kind == "real" and case.method.upper() != "GET":
            raise RuntimeError(f"refusing to send {case.method} {case.path} to a real endpoint: contract runs are read-only")
        case.call_and_validate(headers=self.credential_headers, **self.transport)


def bound_schema(target: Target, *, seed: int | None, max_examples: int | None) -> OpenApiSchema:
    """The spec as schemathesis tests it, with schemathesis.toml's settings, aimed at the target."""
    if max_examples is not None and max_examples < 1:
        raise TargetError(f"--max-examples {max_examples}: expected a positive number of cases")
    schema = schemathesis.openapi.from_path(SPEC, config=SchemathesisConfig.from_path(CONFIG))
    if target.kind == "real":
        read_only(schema.config)
    schema.config.update(rate_limit=target.rate_limit)
    if target.app is not None:
        schema.app = target.app  # once, so ignored_auth's probes reach the same app
    else:
        assert target.base_url is not None
        schema.config.update(base_url=target.base_url)
    if seed is not None:
        schema.config.seed = seed  # schemathesis derives one seed per operation from it
    if max_examples is not None:
        schema.config.generation.update(max_examples=max_examples)
    return schema


def read_only(config: Any) -> None:
    """The coverage phase must not probe other methods (TRACE, DELETE, …) on a real account.

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


_current: Run | None = None


def start(target: Target, *, seed: int | None, max_examples: int | None, only: list[str] | None = None) -> Run:
    global _current
    _current = Run(target, seed=seed, max_examples=max_examples, only=only)
    return _current


def current() -> Run:
    if _current is None:
        raise RuntimeError("the contract suite's target is set up by its pytest plugin (modelarts_contract.plugin)")
    return _current
