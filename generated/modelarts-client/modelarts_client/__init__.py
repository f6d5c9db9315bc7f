"""A client library for accessing Huawei Cloud ModelArts API"""

from modelarts_core.auth import AkSkAuth, TokenAuth
from modelarts_core.bodies import BodyLimits
from modelarts_core.errors import (
    BadRequest,
    ConfigurationError,
    Forbidden,
    ModelArtsAPIError,
    ModelArtsArgumentError,
    ModelArtsClientError,
    ModelArtsConnectionError,
    ModelArtsResponseError,
    ModelArtsTimeout,
    ModelArtsUnsupported,
    ModelArtsWaitError,
    NotFound,
    ResourceFailed,
    ResourceGone,
    ServerError,
    Throttled,
    Unauthorized,
    WaitTimeout,
)
from modelarts_core.retry import NO_RETRIES, RetryPolicy
from modelarts_core.tolerance import Deviation, SpecDeviationWarning
from modelarts_core.waiters import WaitPolicy

from ._version import __version__
from .facade import REGIONS, AsyncModelArts, ModelArts

__all__ = (
    "NO_RETRIES",
    "REGIONS",
    "AkSkAuth",
    "AsyncModelArts",
    "BadRequest",
    "BodyLimits",
    "ConfigurationError",
    "Deviation",
    "Forbidden",
    "ModelArts",
    "ModelArtsAPIError",
    "ModelArtsArgumentError",
    "ModelArtsClientError",
    "ModelArtsConnectionError",
    "ModelArtsResponseError",
    "ModelArtsTimeout",
    "ModelArtsUnsupported",
    "ModelArtsWaitError",
    "NotFound",
    "ResourceFailed",
    "ResourceGone",
    "RetryPolicy",
    "ServerError",
    "SpecDeviationWarning",
    "Throttled",
    "TokenAuth",
    "Unauthorized",
    "WaitPolicy",
    "WaitTimeout",
    "__version__",
)
