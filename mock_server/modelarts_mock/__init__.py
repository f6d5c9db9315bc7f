"""A spec-driven fake ModelArts: `create_app(Settings(...))` gives an ASGI app; `modelarts-mock` (or `python -m modelarts_mock`) serves it.

Names are imported on first use: the pytest plugin (`modelarts_mock.plugin`, loaded by every pytest run in an
environment where the wheel is installed) must cost nothing, and break nothing, in a run that does not use it.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from modelarts_mock.app import create_app
    from modelarts_mock.control import ControlError, MockControl
    from modelarts_mock.settings import DEFAULT_PROJECT_ID, Settings
    from modelarts_mock.wire import Reply

_WHERE = {
    "create_app": "modelarts_mock.app",
    "ControlError": "modelarts_mock.control",
    "MockControl": "modelarts_mock.control",
    "DEFAULT_PROJECT_ID": "modelarts_mock.settings",
    "Settings": "modelarts_mock.settings",
    "Reply": "modelarts_mock.wire",
}
__all__ = ["DEFAULT_PROJECT_ID", "ControlError", "MockControl", "Reply", "Settings", "create_app"]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'modelarts_mock' has no attribute {name!r}")
    return getattr(import_module(module), name)
