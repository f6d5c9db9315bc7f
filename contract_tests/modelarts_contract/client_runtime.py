"""What the suite takes from modelarts-core, the client's runtime: credentials, the signer, redaction. The one module that imports it.

The suite signs, finds credentials and redacts exactly as the generated client does, so it uses the client's own
runtime; every other module of the suite imports these names from here (one line to change if the runtime moves).
"""

from __future__ import annotations

from modelarts_core.auth import AkSkAuth, TokenAuth
from modelarts_core.credentials import (
    AK,
    CREDENTIALS_FILE,
    ENDPOINT,
    PROJECT_ID,
    SECURITY_TOKEN,
    SK,
    TOKEN,
    EnvSettings,
    from_environment,
)
from modelarts_core.errors import REDACTED, ConfigurationError, redact

__all__ = [
    "AK",
    "CREDENTIALS_FILE",
    "ENDPOINT",
    "PROJECT_ID",
    "REDACTED",
    "SECURITY_TOKEN",
    "SK",
    "TOKEN",
    "AkSkAuth",
    "ConfigurationError",
    "EnvSettings",
    "TokenAuth",
    "from_environment",
    "redact",
]
