"""The ModelArts OpenAPI spec as a library: the published document, and the tools that read it.

`published_spec()` is the bundled spec this package was built with (every `$ref` local); `loader`
reads YAML/JSON with a JSON-pointer → line map, `openapi` walks the document, `validate` holds every
spec rule, `diff` compares two versions, `diagnostics` is the one shape every finding takes.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["published_spec"]


def published_spec(suffix: str = "yaml") -> Path:
    """The published bundle shipped inside this package: `yaml` (with line numbers for diagnostics) or `json`."""
    if suffix not in ("yaml", "json"):
        raise ValueError(f"suffix {suffix!r}: expected 'yaml' or 'json'")
    return Path(str(resources.files(__package__) / "published" / f"modelarts.{suffix}"))
