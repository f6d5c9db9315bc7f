"""A client library for accessing Huawei Cloud ModelArts API (read operations)"""

from ._version import __version__
from .facade import REGIONS, AsyncModelArts, ModelArts
from .runtime.auth import AkSkAuth, TokenAuth
from .runtime.errors import (
    BadRequest,
    ConfigurationError,
    Forbidden,
    ModelArtsAPIError,
    ModelArtsArgumentError,
    ModelArtsClientError,
    ModelArtsConnectionError,
    ModelArtsResponseError,
    ModelArtsTimeout,
    NotFound,
    ServerError,
    Throttled,
    Unauthorized,
)
from .runtime.reading import Deviation, SpecDeviationWarning
from .runtime.retry import NO_RETRIES, RetryPolicy
from .runtime.wire import Limits

__all__ = (
    "NO_RETRIES",
    "REGIONS",
    "AkSkAuth",
    "AsyncModelArts",
    "BadRequest",
    "ConfigurationError",
    "Deviation",
    "Forbidden",
    "Limits",
    "ModelArts",
    "ModelArtsAPIError",
    "ModelArtsArgumentError",
    "ModelArtsClientError",
    "ModelArtsConnectionError",
    "ModelArtsResponseError",
    "ModelArtsTimeout",
    "NotFound",
    "RetryPolicy",
    "ServerError",
    "SpecDeviationWarning",
    "Throttled",
    "TokenAuth",
    "Unauthorized",
    "__version__",
)
