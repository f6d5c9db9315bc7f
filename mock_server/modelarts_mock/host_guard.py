"""Which requests an open control plane answers on a socket: those addressed to this machine, from no other web origin.

With --no-auth and no admin token the control plane checks no credentials, so a web page the user visits could drive
it: by a name that resolves to 127.0.0.1 (DNS rebinding: same origin for the browser, a foreign `Host` here), or by
posting to it from another site (CSRF: a foreign `Origin`; the JSON content type asked of every body already makes
a browser ask first). Requests with credentials, and in-process ones, have no such attacker.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from modelarts_mock.wire import RawRequest, Reply

FORBIDDEN = "Mock.Forbidden"
ANY_HOST = "*"


def loopback(host: str) -> bool:
    """Whether a Host (or Origin host), port stripped, names this machine: localhost, *.localhost, 127/8, ::1."""
    name = host.strip().lower()
    if name.startswith("["):
        name = name[1 : name.find("]")] if "]" in name else name
    elif name.count(":") == 1:
        name = name.split(":", 1)[0]
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


class HostGuard:
    """`--allow-host` names (besides loopback ones) an open control plane answers; `*` accepts any Host (a mock in a
    container, reached by its service name), never any Origin."""

    def __init__(self, allowed_hosts: tuple[str, ...] = ()) -> None:
        self.allowed = {h.strip().lower() for h in allowed_hosts}

    def refusal(self, request: RawRequest) -> Reply | None:
        """A 403 naming what was refused and how to allow it, or None."""
        host = request.headers.get("host", "")
        if ANY_HOST not in self.allowed and not self.names_this_machine(host):
            hint = "start the mock with --allow-host NAME (or '*') to accept it, or give it credentials (--token, --admin-token)"
            return _forbidden(f"Host {host[:60]!r} is not this machine: {hint}")
        origin = request.headers.get("origin")
        if origin is not None and not self.names_this_machine(urlsplit(origin).netloc if origin != "null" else ""):
            hint = "a web page may not drive an open control plane; name its host with --allow-host NAME"
            return _forbidden(f"requests from the web origin {origin[:60]!r} are refused: {hint}")
        return None

    def names_this_machine(self, host: str) -> bool:
        """Loopback, or a name given (with or without its port)."""
        if loopback(host):
            return True
        name = host.strip().lower()
        return name in self.allowed or name.rsplit(":", 1)[0] in self.allowed


def _forbidden(message: str) -> Reply:
    return Reply(403, {"error_code": FORBIDDEN, "error_msg": message})
