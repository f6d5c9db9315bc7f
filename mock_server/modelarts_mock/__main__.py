"""`modelarts-mock --host 127.0.0.1 --port 8080 [--spec S] [--project-id P] [--fixtures F] [--time-scale N] [--token T]… [--ak AK --sk SK]… [--no-auth]`.

Exit codes: 0 stopped by SIGINT/SIGTERM (after a graceful shutdown); 2 usage error, unusable spec or fixtures,
a project id the spec refuses, or an address it cannot listen on.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import socket
import sys
from pathlib import Path
from types import FrameType

import uvicorn
from modelarts_core.errors import ConfigurationError
from modelarts_spec.diagnostics import InputError
from starlette.applications import Starlette

from modelarts_mock.app import create_app, served
from modelarts_mock.auth import ENV_ACCESS_KEYS, ENV_SECRET_KEYS, ENV_TOKENS, env_credentials
from modelarts_mock.clock import MAX_SCALE
from modelarts_mock.fixtures import FixturesError
from modelarts_mock.proxy import Proxy, create_proxy
from modelarts_mock.requestlog import StreamRequestLog
from modelarts_mock.settings import DEFAULT_PROJECT_ID, Settings
from modelarts_mock.spec import DEFAULT_SPEC, SpecError
from modelarts_mock.testing import server_config

log = logging.getLogger("modelarts_mock")
ENV_ADMIN_TOKEN = "MODELARTS_MOCK_ADMIN_TOKEN"
WILDCARDS = ("0.0.0.0", "::", "")  # listening everywhere names no host a client would use


class Stopped(Exception):
    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="modelarts-mock", description="A spec-driven fake ModelArts on a local port.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=port_number, default=8080, help="TCP port, 0 for any free one (default: %(default)s)")
    parser.add_argument(
        "--spec",
        type=Path,
        default=DEFAULT_SPEC,
        help="OpenAPI document to serve, validated first (default: the published spec inside modelarts-spec)",
    )
    parser.add_argument("--project-id", default=DEFAULT_PROJECT_ID, help="project that owns the seeded resources (default: %(default)s)")
    parser.add_argument("--fixtures", type=Path, help="YAML or JSON file with more resources (see the README: fixtures)")
    parser.add_argument(
        "--token", action="append", default=[], help=f"accepted X-Auth-Token value (repeatable; or ${ENV_TOKENS}, not visible in ps)"
    )
    parser.add_argument("--ak", action="append", default=[], help="accepted access key, paired with the --sk at the same position")
    parser.add_argument(
        "--sk",
        action="append",
        default=[],
        help=f"secret key of the --ak at the same position (or ${ENV_ACCESS_KEYS} and ${ENV_SECRET_KEYS})",
    )
    parser.add_argument("--no-auth", action="store_true", help="accept every request without credentials")
    parser.add_argument("--validate-responses", action="store_true", help="check every response against the spec (a mismatch is a 500)")
    parser.add_argument(
        "--admin-token",
        help=f"opens the control plane (/_mock/) with header X-Mock-Admin-Token, besides the mock's credentials (or ${ENV_ADMIN_TOKEN})",
    )
    parser.add_argument(
        "--time-scale",
        type=time_scale,
        default=1.0,
        metavar="N",
        help="run the mock's clock N times as fast as the wall clock: lifecycles move on sooner (default: %(default)s)",
    )
    parser.add_argument("--journal-size", type=int, default=1000, help="requests kept by the journal (default: %(default)s)")
    parser.add_argument("--proxy", metavar="URL", help="forward to a real ModelArts, re-signed with your credentials, checking answers")
    parser.add_argument(
        "--record",
        type=Path,
        metavar="FILE",
        help="with --proxy: write valid answers as a fixtures file (FILE.json or FILE.yaml, a new file)",
    )
    parser.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="NAME",
        help="a Host name (besides loopback ones) the control plane answers when it is open (--no-auth without "
        "--admin-token); repeatable; '*' for any (a mock in a container reached by its service name)",
    )
    return parser


def parse_args(argv: list[str] | None) -> tuple[argparse.Namespace, Settings]:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.admin_token = args.admin_token or os.environ.get(ENV_ADMIN_TOKEN) or None  # kept out of `ps`, as the credentials
    tokens, access_keys, secret_keys = env_credentials(os.environ)  # kept out of `ps`: see the README
    args.token, args.ak, args.sk = args.token + tokens, args.ak + access_keys, args.sk + secret_keys
    if len(args.ak) != len(args.sk):
        parser.error(f"--ak and --sk come in pairs: got {len(args.ak)} --ak and {len(args.sk)} --sk")
    if not (args.token or args.ak or args.no_auth):
        parser.error("no credentials: give --token T, --ak AK --sk SK, or --no-auth")
    if args.record is not None and args.proxy is None:
        parser.error("--record needs --proxy URL")
    if not 1 <= args.journal_size <= 1_000_000:
        parser.error("--journal-size: expected 1 to 1000000")
    settings = Settings(
        spec_path=args.spec,
        project_id=args.project_id,
        fixtures=args.fixtures,
        tokens=tuple(args.token),
        keys=dict(zip(args.ak, args.sk, strict=True)),
        auth=not args.no_auth,
        validate_responses=args.validate_responses,
        admin_token=args.admin_token,
        journal_size=args.journal_size,
        time_scale=args.time_scale,
        allowed_hosts=tuple(args.allow_host) + ((args.host,) if args.host not in WILDCARDS else ()),
    )
    return args, settings


def time_scale(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not 0 < value <= MAX_SCALE:  # NaN fails too
        raise argparse.ArgumentTypeError(f"expected a number above 0 and at most {MAX_SCALE:,.0f}, got {text[:40]!r}")
    return value


def port_number(text: str) -> int:
    if not (text.isascii() and text.isdigit()) or len(text) > 5 or not 0 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"expected a port number 0-65535, got {text!r}")
    return int(text)


def listen(host: str, port: int) -> socket.socket:
    """Bind before serving, so a taken port or a bad host is one clear line (exit 2), not uvicorn's exit 3."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except (OSError, OverflowError) as exc:
        sock.close()
        raise OSError(f"cannot listen on {host}:{port}: {getattr(exc, 'strerror', None) or exc}") from None
    return sock


def _stop(signum: int, _frame: FrameType | None) -> None:
    # uvicorn restores this handler after its graceful shutdown and re-raises the signal it caught.
    raise Stopped(signum)


class Refused(Exception):
    """What stops the mock before it serves, as the one text to print (exit 2)."""


def prepare(
    host: str, port: int, settings: Settings, proxy: str | None = None, record: Path | None = None
) -> tuple[Starlette | Proxy, socket.socket]:
    try:
        app: Starlette | Proxy = create_proxy(settings, proxy, record) if proxy else create_app(settings)
    except ConfigurationError as exc:
        raise Refused(f"modelarts-mock: error: --proxy needs your credentials: {exc}") from None
    except InputError as exc:
        raise Refused(exc.diagnostic.to_text()) from None
    except (SpecError, FixturesError) as exc:
        raise Refused("\n".join(d.to_text() for d in exc.diagnostics)) from None
    except ValueError as exc:
        raise Refused(f"modelarts-mock: error: {exc}") from None
    try:
        return app, listen(host, port)
    except OSError as exc:
        raise Refused(f"modelarts-mock: error: {exc}") from None


def configure_logging() -> None:
    """Log lines on stderr; httpx's request lines (whole URLs, query strings included) silenced."""
    logging.basicConfig(stream=sys.stderr, level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    # One line per request: skip collecting what the format never prints (the "Optimization" section of the
    # logging HOWTO documents these switches, _srcfile included: no caller lookup for each record).
    logging.logThreads = logging.logProcesses = logging.logMultiprocessing = False
    logging._srcfile = None
    # httpx logs each upstream request at INFO with its whole URL, query string included: the proxy's own lines say enough.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)


def main(argv: list[str] | None = None) -> int:
    configure_logging()
    args, settings = parse_args(argv)
    try:
        app, sock = prepare(args.host, args.port, settings, args.proxy, args.record)
    except Refused as refused:
        print(refused, file=sys.stderr)
        return 2
    port = sock.getsockname()[1]  # the one given, or the free one the system chose for --port 0
    projects = (app.pipeline if isinstance(app, Proxy) else app.state.pipeline).state.projects
    auth = "off" if not settings.auth else f"{len(settings.tokens)} token(s), {len(settings.keys)} AK/SK pair(s)"
    log.info(
        "serving %s on http://%s:%d: project %s, %d resource(s) in %d project(s), auth %s, response validation %s",
        settings.spec_path,
        args.host,
        port,
        settings.project_id,
        projects.count(),
        len(projects.by_id),
        auth,
        "on" if settings.validate_responses else "off",
    )
    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    try:
        if not isinstance(app, Proxy):
            app.state.pipeline.log_request = StreamRequestLog(sys.stderr)  # the format above, without a record per request
        uvicorn.Server(server_config(served(app), args.host, port)).run(sockets=[sock])
    except Stopped as stopped:
        log.info("stopped by %s", stopped)
    return 0


if __name__ == "__main__":
    sys.exit(main())
