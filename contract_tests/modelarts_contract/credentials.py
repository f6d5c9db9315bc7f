"""The credentials a run sends, found as the client's `from_env()` finds them and checked before anything is sent.

A real run needs credentials, a project and an endpoint: whatever is missing is named at once, not one per try.
A credential goes into an HTTP header (the token, the access key in the signature, the security token), so one
that holds anything but printable ASCII is a usage error naming the variable, never a traceback, never its value.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import httpx

from modelarts_contract.client_runtime import (
    AK,
    CREDENTIALS_FILE,
    ENDPOINT,
    PROJECT_ID,
    SECURITY_TOKEN,
    SK,
    TOKEN,
    AkSkAuth,
    ConfigurationError,
    TokenAuth,
    from_environment,
)
from modelarts_contract.options import TargetError

_PLACEHOLDER_URL = "https://endpoint.invalid"  # lets the client's chain look for the rest when no endpoint is given


def endpoint_credentials(url: str | None, project_id: str | None, env: Mapping[str, str], home: Path | None) -> tuple[str, str, httpx.Auth]:
    """A real run's (URL, project, credentials), or a TargetError naming everything missing."""
    given = {**env, ENDPOINT: url or _PLACEHOLDER_URL, **({PROJECT_ID: project_id} if project_id else {})}
    problems = []
    if not url:
        problems.append("no endpoint: set --base-url URL or MODELARTS_ENDPOINT")
    try:  # the credentials alone: any project will do
        from_environment({**given, PROJECT_ID: given.get(PROJECT_ID) or "project"}, home=home)
    except ConfigurationError as exc:
        problems.append(str(exc))
    try:  # the project alone: any credentials will do (the profile file is still read for a project)
        without = {k: v for k, v in given.items() if k not in (AK, SK, SECURITY_TOKEN)}
        from_environment({**without, TOKEN: "token"}, home=home)
    except ConfigurationError as exc:
        problems.append(f"{exc} or give --project-id")
    if problems:
        raise TargetError(f"a real run needs credentials and a project: {'; '.join(problems)}")
    assert url is not None
    found = from_environment(given, home=home)
    check_header_safe(found.auth, env)
    return url, found.project_id, found.auth


def optional_credentials(env: Mapping[str, str], url: str, project_id: str, home: Path | None) -> httpx.Auth:
    """A fake's credentials: found as the client's from_env() finds them if the environment names any, else none."""
    from modelarts_contract.targets import NoCredentials

    named = any(env.get(name) for name in (AK, SK, TOKEN, CREDENTIALS_FILE))
    try:
        auth = from_environment({**env, ENDPOINT: url, PROJECT_ID: project_id}, home=home).auth
    except ConfigurationError as exc:
        if named:  # asked for, but unusable: say so rather than silently sending none
            raise TargetError(f"credentials: {exc}") from None
        return NoCredentials()  # the default profile file, if any, has none either
    check_header_safe(auth, env)
    return auth


def check_header_safe(auth: httpx.Auth, env: Mapping[str, str]) -> None:
    """Every credential sent in a header is printable ASCII; the error names where it came from and the position only."""
    if isinstance(auth, TokenAuth):
        sent = [(TOKEN, auth.secrets()[0])]
    elif isinstance(auth, AkSkAuth):
        secrets = auth.secrets()  # (AK, SK[, security token]); the SK only keys the signature
        sent = [(AK, auth.access_key), *([(SECURITY_TOKEN, secrets[2])] if len(secrets) > 2 else [])]
    else:
        return
    for name, value in sent:
        bad = next((index for index, char in enumerate(value) if not 0x20 < ord(char) < 0x7F), None)
        if bad is not None:
            where = name if env.get(name) else f"{name} (read from the credentials file)"
            raise TargetError(
                f"{where}: character {bad + 1} of {len(value)} is not printable ASCII, and a credential goes in an HTTP header "
                "(a stray character from a copy and paste?)"
            )
