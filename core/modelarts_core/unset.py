"""`UNSET`: "not given", distinct from None (which the spec may allow as a value). The generated models and
the facade share this one object (the generated `types.py` re-exports it)."""

from __future__ import annotations

from typing import Literal


class Unset:
    """The type of UNSET; falsy, and printed as `UNSET` (a model's repr shows which fields were not given)."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"  # unpickles as the module's one instance


UNSET: Unset = Unset()
