"""Specs known to pass `validate`, so a start on them skips the check (and, when remembered, the parse).

On a large spec validation is most of the mock's start-up (at 1,500 operations, seconds) and reading the YAML
most of the rest, while per-test fixtures start the same spec again and again. Two kinds of knowledge, both
keyed by the exact text:

- **published**: `make publish` validates the spec before it writes the bundles, and writes the SHA-256 of each
  bundle beside them (`validated.sha256`, shipped inside modelarts-spec). A text with one of those digests is
  the published bundle byte for byte: it is not validated again, wherever the file lies. Any other text, a
  user's `--spec` included, is.
- **remembered**: a text that passed `validate` here is a file named by the SHA-256 of the validator's
  fingerprint and the text, holding the data parsed from that text (`marshal`: exact JSON types, int keys
  included). The fingerprint covers everything `validate` and the parse depend on: the source of
  `modelarts_spec` with its extension list, the versions of openapi-spec-validator, openapi-schema-validator,
  jsonschema, jsonschema-path, pathable, referencing and PyYAML, and Python's own version (marshal's format).
  Change any of them, or one byte of the spec, and the spec is read and validated again. Only clean verdicts
  are stored: a spec with errors is checked, and refused, on every start. The newest `KEEP` verdicts are
  kept. `MODELARTS_MOCK_CACHE` names the folder (default `$XDG_CACHE_HOME/modelarts-mock`, else
  `~/.cache/modelarts-mock`); `off` turns this cache off (the published digests still count).

A folder or file that cannot be read or written, or holds anything unexpected, only costs the time: the
cache can skip work, never change an answer.
"""

from __future__ import annotations

import functools
import hashlib
import marshal
import os
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

import modelarts_spec
from modelarts_spec import published_spec

ENV = "MODELARTS_MOCK_CACHE"
LIBRARIES = (
    "openapi-spec-validator",
    "openapi-schema-validator",
    "jsonschema",
    "jsonschema-rs",
    "jsonschema-path",
    "pathable",
    "referencing",
    "PyYAML",
)
KEEP = 32  # verdicts kept; the oldest go first
PUBLISHED_DIGESTS = "validated.sha256"  # beside the published bundles: `sha256sum` lines of what publish validated


def published(text: str) -> bool:
    """Whether the text is one of the published bundles, byte for byte (publish validated the spec they render)."""
    digests = _published_digests()
    return bool(digests) and hashlib.sha256(text.encode("utf-8")).hexdigest() in digests


@functools.cache
def _published_digests() -> frozenset[str]:
    try:
        lines = (published_spec().parent / PUBLISHED_DIGESTS).read_text(encoding="ascii").splitlines()
    except (OSError, ValueError):  # not shipped (an older modelarts-spec) or unreadable: every spec is validated
        return frozenset()
    return frozenset(line.split()[0] for line in lines if len(line.split()) == 2 and len(line.split()[0]) == 64)


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
    """What a verdict depends on besides the spec: our validator's source, the libraries', Python's version."""
    digest = hashlib.sha256(sys.version.encode() + b"\0")
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


def _entry(text: str) -> Path | None:
    place = folder()
    if place is None:
        return None
    name = hashlib.sha256(fingerprint().encode() + b"\0" + text.encode("utf-8")).hexdigest()
    return place / f"{name}.valid"


def recall(text: str) -> dict[str, Any] | None:
    """The data parsed from this exact text when it passed `validate` with this exact validator; None if it has not."""
    entry = _entry(text)
    if entry is None:
        return None
    try:
        data = marshal.loads(entry.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):  # absent, unreadable or not ours: read and check it again
        return None
    return data if isinstance(data, dict) else None


def remember(text: str, data: dict[str, Any]) -> None:
    """Keep the verdict and the parsed data (written aside, then renamed: a reader never sees half a file)."""
    entry = _entry(text)
    if entry is None:
        return
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        partial = entry.with_name(f".{entry.name}.{os.getpid()}.tmp")
        partial.write_bytes(marshal.dumps(data))
        partial.replace(entry)
        _prune(entry)
    except (OSError, ValueError):  # an unwritable folder, or data marshal cannot hold: no verdict kept
        pass


def _prune(newest: Path) -> None:
    """Keep `newest` and the KEEP - 1 most recent others (file times are coarse: the one just written is named)."""
    others = sorted((p for p in newest.parent.glob("*.valid") if p != newest), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for old in others[KEEP - 1 :]:
        old.unlink(missing_ok=True)
