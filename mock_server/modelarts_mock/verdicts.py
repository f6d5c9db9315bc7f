"""Specs that passed `validate`, remembered across processes: a restart on the same spec skips the check.

On a large spec validation is most of the mock's start-up (at 1,500 operations, seconds; compiling is a
fraction of that), and per-test fixtures start the same spec again and again. A clean verdict is an
empty file named by the SHA-256 of the validator's fingerprint and the spec's text. The fingerprint
covers everything `validate` depends on: the source of `modelarts_spec` with its extension list, and the
versions of openapi-spec-validator, openapi-schema-validator, jsonschema and referencing. Change any of
them, or one byte of the spec, and the spec is validated again. Only clean verdicts are stored: a spec
with errors is checked, and refused, on every start. `MODELARTS_MOCK_CACHE` names the folder (default
`$XDG_CACHE_HOME/modelarts-mock`, else `~/.cache/modelarts-mock`); `off` turns the cache off. A folder
that cannot be read or written only costs the time: the cache can skip work, never change an answer.
"""

from __future__ import annotations

import functools
import hashlib
import os
from importlib import metadata
from pathlib import Path

import modelarts_spec

ENV = "MODELARTS_MOCK_CACHE"
LIBRARIES = ("openapi-spec-validator", "openapi-schema-validator", "jsonschema", "referencing")


def folder() -> Path | None:
    configured = os.environ.get(ENV, "")
    if configured.lower() == "off":
        return None
    if configured:
        return Path(configured)
    try:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    except RuntimeError:  # no home directory to be found: no cache, not a failure
        return None
    return Path(base) / "modelarts-mock"


@functools.cache
def fingerprint() -> str:
    """What a verdict depends on besides the spec: our validator's source and the libraries' versions."""
    digest = hashlib.sha256()
    package = Path(modelarts_spec.__file__).resolve().parent
    for source in sorted([*package.glob("*.py"), package / "EXTENSIONS.md"]):
        content = source.read_bytes() if source.is_file() else b"absent"
        digest.update(source.name.encode() + b"\0" + content + b"\0")
    for library in LIBRARIES:
        digest.update(f"{library}=={_version(library)}\0".encode())
    return digest.hexdigest()


def _version(library: str) -> str:
    try:
        return metadata.version(library)
    except metadata.PackageNotFoundError:
        return "absent"


def _marker(text: str) -> Path | None:
    place = folder()
    if place is None:
        return None
    name = hashlib.sha256(fingerprint().encode() + b"\0" + text.encode("utf-8")).hexdigest()
    return place / f"{name}.valid"


def known_valid(text: str) -> bool:
    """Has this exact spec text passed `validate` with this exact validator before?"""
    marker = _marker(text)
    try:
        return marker is not None and marker.is_file()
    except OSError:
        return False


def remember_valid(text: str) -> None:
    marker = _marker(text)
    if marker is None:
        return
    try:
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.touch()  # an empty file: there is nothing half-written to read back
    except OSError:
        pass
