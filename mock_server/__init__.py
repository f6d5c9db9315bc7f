"""A spec-driven fake ModelArts: `create_app(Settings(...))` gives an ASGI app; `python -m mock_server` serves it."""

from mock_server.app import create_app
from mock_server.settings import DEFAULT_PROJECT_ID, Call, Override, Settings
from mock_server.wire import Reply

__all__ = ["DEFAULT_PROJECT_ID", "Call", "Override", "Reply", "Settings", "create_app"]
