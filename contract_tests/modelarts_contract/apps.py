"""The apps the suite serves itself: the built-in mock, or your own ASGI app (`--app`), in-process or on a loopback socket."""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from pathlib import Path
from typing import Any

from modelarts_mock import Settings

from modelarts_contract.options import TargetError

# Credentials the suite gives the mock it starts (not secrets: the mock is ours and local).
MOCK_TOKEN = "contract-suite-token"
MOCK_AK = "CONTRACTSUITEAK00001"
MOCK_SK = "contract-suite-secret-key"


def mock_settings(project_id: str, spec_path: Path) -> Settings:
    """The mock the suite starts: the run's spec, a token and an AK/SK pair it knows, every response self-checked."""
    return Settings(spec_path=spec_path, project_id=project_id, tokens=(MOCK_TOKEN,), keys={MOCK_AK: MOCK_SK}, validate_responses=True)


def reset_of(app: Any) -> Callable[[], None] | None:
    """How to put an app the suite serves back to its seed: the built-in mock's control (`app.state.mock.reset`), which
    an app built on the mock may expose too. None for an app without one: its state carries from one test to the next."""
    reset = getattr(getattr(getattr(app, "state", None), "mock", None), "reset", None)
    return reset if callable(reset) else None


def advance_of(app: Any) -> Callable[[float], Any] | None:
    """How to let time pass on an app the suite serves: the built-in mock's clock (`app.state.mock.advance(seconds)`), on
    which its lifecycles run (a delete takes seconds there). None for an app without one: the suite waits in real time."""
    advance = getattr(getattr(getattr(app, "state", None), "mock", None), "advance", None)
    return advance if callable(advance) else None


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
        try:
            module_spec.loader.exec_module(module)
        except (ImportError, SyntaxError, OSError) as exc:
            raise TargetError(f"--app {spec!r}: cannot load {path}: {exc}") from None
    else:
        try:
            module = importlib.import_module(target)
        except ImportError as exc:
            raise TargetError(f"--app {spec!r}: cannot import {target}: {exc}") from None
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
