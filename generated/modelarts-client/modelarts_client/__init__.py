"""A client library for accessing Huawei Cloud ModelArts API (read operations)"""

from .client import AuthenticatedClient, Client
from .facade import REGIONS, AsyncModelArts, ModelArts
from .runtime.auth import AkSkAuth, TokenAuth
from .runtime.errors import ConfigurationError, ModelArtsAPIError
from .runtime.retry import NO_RETRIES, RetryPolicy

__all__ = (
    "NO_RETRIES",
    "REGIONS",
    "AkSkAuth",
    "AsyncModelArts",
    "AuthenticatedClient",
    "Client",
    "ConfigurationError",
    "ModelArts",
    "ModelArtsAPIError",
    "RetryPolicy",
    "TokenAuth",
)
