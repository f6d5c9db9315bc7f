"""A spec-driven fake ModelArts: `create_app(Settings(...))` gives an ASGI app; `modelarts-mock` (or `python -m modelarts_mock`) serves it."""

from modelarts_mock.app import create_app
from modelarts_mock.settings import DEFAULT_PROJECT_ID, Call, Override, Settings
from modelarts_mock.wire import Reply

__all__ = ["DEFAULT_PROJECT_ID", "Call", "Override", "Reply", "Settings", "create_app"]
