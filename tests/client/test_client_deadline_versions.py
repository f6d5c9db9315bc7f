"""The one use of third-party private attributes in the client: modelarts_core/deadline.py wraps httpcore's
network backend (no public API sets it). Pinned here to the versions it is valid for; outside them, or when
an attribute is gone, the client takes the public path and still ends a call with ModelArtsTimeout."""

from __future__ import annotations

import ast
from pathlib import Path

import httpcore
import httpx
import pytest
from modelarts_core import deadline
from modelarts_core.errors import ModelArtsTimeout

from tests.support import ROOT

PRIVATE = {"_transport", "_mounts", "_pool", "_network_backend"}


def test_the_installed_httpx_and_httpcore_are_the_versions_the_wrapping_was_tested_with() -> None:
    """Upgrading httpx or httpcore past VALID_FOR fails this test: re-check deadline.py, then widen VALID_FOR."""
    assert deadline.versions_supported(), (httpx.__version__, httpcore.__version__, deadline.VALID_FOR)
    client = httpx.Client()
    try:
        assert deadline.hold_deadlines(client) is True
        assert isinstance(client._transport._pool._network_backend, deadline._Backend)  # type: ignore[attr-defined]
    finally:
        client.close()


def test_other_versions_take_the_public_path(monkeypatch: pytest.MonkeyPatch) -> None:
    assert not deadline.versions_supported({"httpx": "0.29.0", "httpcore": "1.0.9"})
    assert not deadline.versions_supported({"httpx": "0.28.1", "httpcore": "2.0.0"})
    monkeypatch.setattr(deadline, "versions_supported", lambda installed=None: False)
    client = httpx.Client()
    try:
        assert deadline.hold_deadlines(client) is False
        assert not isinstance(client._transport._pool._network_backend, deadline._Backend)  # type: ignore[attr-defined]
    finally:
        client.close()


@pytest.mark.slow
def test_on_the_public_path_a_silent_server_still_ends_in_a_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    from modelarts_client import ModelArts, TokenAuth

    from tests.support.client_mock import RawServer

    monkeypatch.setattr(deadline, "versions_supported", lambda installed=None: False)

    def silent(conn: object) -> None:
        import time

        time.sleep(3)

    with (
        RawServer(silent) as server,
        ModelArts(endpoint=server.url, project_id="p", auth=TokenAuth("token"), timeout=1) as ma,
        pytest.raises(ModelArtsTimeout, match="deadline of 1 s"),
    ):
        ma.pools.show_pool("pool-0123456789abcdef0123456789abcdef")


def private_uses(folder: Path) -> dict[str, list[str]]:
    """Private attribute names of httpx/httpcore objects read or set in the modules under `folder`, but deadline.py."""
    found = {}
    for path in sorted(folder.rglob("*.py")):
        names = {n.attr for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(n, ast.Attribute)}
        used = names & (PRIVATE | {"_content", "_stream", "_cookies", "_decoder"})  # (our own methods have other names)
        if used and path.name != "deadline.py":
            found[path.name] = sorted(used)
    return found


@pytest.mark.slow
def test_no_other_module_of_the_client_uses_a_private_attribute_of_httpx_or_httpcore() -> None:
    """Only deadline.py may (behind the version check above): not in modelarts_core, not in the generated client."""
    assert private_uses(ROOT / "core" / "modelarts_core") == {}
    assert private_uses(ROOT / "generated" / "modelarts-client" / "modelarts_client") == {}


def test_the_check_above_sees_such_a_use(tmp_path: Path) -> None:
    (tmp_path / "engine.py").write_text("def read(response, body):\n    response._content = body\n", encoding="utf-8")
    assert private_uses(tmp_path) == {"engine.py": ["_content"]}
