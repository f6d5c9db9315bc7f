"""Secrets out of everything the mock writes down: recordings, the journal, deviation reports, log lines.

Two kinds: values of secret-looking keys (`token`, `secret_key`, `password`, signature parameters inside
URLs), found by name; and the credentials the mock knows (its tokens and keys, the proxy's upstream
credentials), found by value wherever they appear, also echoed in free text by an upstream.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

MASK = "***"
SECRET_KEY = re.compile(r"(token|secret|password|passwd|signature|credential|authorization|access_?key|^ak$|^sk$)", re.IGNORECASE)
SIGNED_URL = re.compile(
    r"((?:AWSAccessKeyId|AccessKeyId|Signature|X-Amz-[A-Za-z-]+|x-obs-security-token|Expires|token)=)[^&\s\"]*", re.IGNORECASE
)
# `"secret_key": "value"` in JSON text, also text cut short (the journal keeps a body's first 4 KiB)
_JSON_SECRET = re.compile(
    r'("[^"\\]{0,80}(?:token|secret|password|passwd|signature|credential|authorization|access_?key)[^"\\]{0,80}"\s*:\s*")'
    r'(?:[^"\\]|\\.)*',
    re.IGNORECASE,
)
MIN_SECRET = 4  # shorter known values are not searched for: they would mask ordinary text


def scrub(value: Any) -> Any:
    """A copy with secrets replaced: values of secret-looking keys, and signature parameters inside URLs."""
    if isinstance(value, dict):
        return {k: (MASK if isinstance(v, str) and SECRET_KEY.search(str(k)) else scrub(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [scrub(v) for v in value]
    if isinstance(value, str) and "=" in value:
        return SIGNED_URL.sub(r"\1" + MASK, value)
    return value


def scrub_text(text: str) -> str:
    """JSON text (maybe cut short) with the values of secret-looking keys and URL signatures replaced."""
    text = _JSON_SECRET.sub(r"\1" + MASK, text)
    return SIGNED_URL.sub(r"\1" + MASK, text) if "=" in text else text


class Redactor:
    """Known secret values (credentials) replaced by *** wherever they occur, in text or inside JSON values."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        self.secrets = sorted({s for s in secrets if s and len(s) >= MIN_SECRET}, key=len, reverse=True)

    def text(self, text: str) -> str:
        for secret in self.secrets:
            if secret in text:
                text = text.replace(secret, MASK)
        return text

    def value(self, value: Any) -> Any:
        """A copy of a JSON value with every known secret masked, in strings and keys; then `scrub`."""
        return scrub(self._mask(value)) if self.secrets else scrub(value)

    def _mask(self, value: Any) -> Any:
        if isinstance(value, dict):
            return {self.text(str(k)) if isinstance(k, str) else k: self._mask(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self._mask(v) for v in value]
        return self.text(value) if isinstance(value, str) else value
