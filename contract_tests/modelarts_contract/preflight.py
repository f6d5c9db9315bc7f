"""Start-up checks of a run, before any test: the report files can be written, and the target at a URL answers.

Without them an unwritable report is noticed only once the whole run is over, and an unreachable target fails every
test with a traceback each, after the client's retries. Here each is one usage-error line, and nothing runs.
"""

from __future__ import annotations

import os
import socket
import ssl
import tempfile
from collections.abc import Iterator
from pathlib import Path

import requests

from modelarts_contract.options import TargetError

PROBE_TIMEOUT = 5.0  # seconds, to connect and then to answer: any endpoint answers a GET within that


def check_report_path(option: str, path: Path) -> None:
    """The report's folder exists or can be created, and a file can be created in it."""
    if path.is_dir():
        raise TargetError(f"{option} {path}: is a directory, expected a file name")
    folder = path.absolute().parent
    # The nearest folder that exists: the report's own, or the one its missing folders will be created in.
    existing = next(candidate for candidate in (folder, *folder.parents) if os.path.exists(candidate))
    if not existing.is_dir():
        raise TargetError(f"{option} {path}: {existing} is not a folder")
    try:
        # Creating a file is the only sure test: permission bits do not bind root, and some file systems refuse all files.
        with tempfile.NamedTemporaryFile(dir=existing, prefix=".modelarts-contract-"):
            pass
    except OSError as exc:
        raise TargetError(f"{option} {path}: cannot create a file in {existing} ({exc.strerror or type(exc).__name__})") from None


def check_reachable(url: str, timeout: float = PROBE_TIMEOUT) -> None:
    """One GET of the base URL, without credentials: any HTTP answer (a 404, a 401) means something is there.

    Sent with requests, as schemathesis sends every case, so the same proxy and CA settings apply.
    """
    try:
        with requests.get(url, timeout=timeout, allow_redirects=False, stream=True):
            pass  # the status and the body do not matter
    except requests.RequestException as exc:
        # The reason is picked from the causes, never the exception's text: a proxy URL there may carry a password.
        raise TargetError(f"cannot connect to {url}: {reason(exc, timeout)}") from None


def reason(exc: BaseException, timeout: float) -> str:
    causes = list(_causes(exc))
    if any(isinstance(cause, ConnectionRefusedError) for cause in causes):
        return "connection refused"
    if any(isinstance(cause, socket.gaierror) for cause in causes):
        return "unknown host"
    if any(isinstance(cause, requests.Timeout | TimeoutError) for cause in causes):
        return f"no answer within {timeout:g} s"
    if any(isinstance(cause, requests.exceptions.ProxyError) for cause in causes):
        return "the proxy failed (HTTP_PROXY, HTTPS_PROXY, NO_PROXY)"
    tls = next((cause for cause in causes if isinstance(cause, ssl.SSLError)), None)
    if tls is not None:
        # e.g. "unable to get local issuer certificate", else "WRONG_VERSION_NUMBER" (set by the ssl module, not always)
        return f"TLS: {getattr(tls, 'verify_message', None) or getattr(tls, 'reason', None) or type(tls).__name__}"
    system = next((cause for cause in reversed(causes) if isinstance(cause, OSError) and cause.strerror), None)
    return system.strerror.lower() if system is not None and system.strerror else type(exc).__name__


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """The exception and what it wraps: requests and urllib3 keep the socket's error as an argument or a `reason`."""
    stack, seen = [exc], set()
    while stack:
        cause = stack.pop()
        if id(cause) in seen:
            continue
        seen.add(id(cause))
        yield cause
        wrapped = [cause.__cause__, cause.__context__, getattr(cause, "reason", None), *cause.args]
        stack.extend(item for item in wrapped if isinstance(item, BaseException))
