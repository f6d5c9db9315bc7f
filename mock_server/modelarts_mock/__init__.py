"""A spec-driven fake ModelArts: `create_app(Settings(...))` gives an ASGI app; `modelarts-mock` (or `python -m modelarts_mock`) serves it."""

from modelarts_mock.app import create_app
from modelarts_mock.control import ControlError, MockControl
from modelarts_mock.settings import DEFAULT_PROJECT_ID, Settings
from modelarts_mock.wire import Reply

__all__ = ["DEFAULT_PROJECT_ID", "ControlError", "MockControl", "Reply", "Settings", "create_app"]
