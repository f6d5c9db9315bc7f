"""The vendor extensions the spec may use: one list, read from `EXTENSIONS.md` (each "## `x-…`" heading).

The file is the documentation a maintainer edits; validate reads the same file (shipped inside this
package), so a key documented there is known and a key not documented is refused.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

HEADING = re.compile(r"^## `(x-[A-Za-z0-9-]+)`\s*$", re.MULTILINE)


@cache
def known_extensions() -> frozenset[str]:
    text = (resources.files(__package__) / "EXTENSIONS.md").read_text(encoding="utf-8")
    return frozenset(HEADING.findall(text))
