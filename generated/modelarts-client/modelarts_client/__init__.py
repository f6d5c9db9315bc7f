"""A client library for accessing Huawei Cloud ModelArts API (read operations)"""

from typing import TYPE_CHECKING

from ._version import __version__

if TYPE_CHECKING:  # for type checkers and IDEs; at run time each name is imported on first use (below)
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

# Lazy (PEP 562): `import modelarts_client.runtime.signing` (the mock verifies signatures with it) runs this
# module first, and must not load the facade, every operation module and model, and httpx (~0.2 s).
_WHERE = {
    **dict.fromkeys(("REGIONS", "AsyncModelArts", "ModelArts"), ".facade"),
    **dict.fromkeys(("AkSkAuth", "TokenAuth"), ".runtime.auth"),
    **dict.fromkeys(("Deviation", "SpecDeviationWarning"), ".runtime.reading"),
    **dict.fromkeys(("NO_RETRIES", "RetryPolicy"), ".runtime.retry"),
    "Limits": ".runtime.wire",
}
_SUBMODULES = frozenset(("api", "client", "errors", "facade", "models", "runtime", "types"))

if not TYPE_CHECKING:  # type checkers see the imports above; an unknown name stays an error for them

    def __getattr__(name: str) -> object:
        from importlib import import_module

        if name in _SUBMODULES:  # `import modelarts_client` then `modelarts_client.models.Pool`, as before
            return import_module("." + name, __name__)
        where = _WHERE.get(name, ".runtime.errors" if name in __all__ else None)
        if where is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(where, __name__), name)
        globals()[name] = value  # imported once: later lookups do not come here
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})


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
