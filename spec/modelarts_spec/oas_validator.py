"""openapi-spec-validator's OAS 3.0 validator, with its two "seen" registries made sets.

`SchemaValidator` (openapi-spec-validator 0.9) remembers which schemas it has visited and meta-checked in
two lists and asks `id in list` for every schema it reaches: quadratic in the number of schemas (at
1,500 operations and 6,200 component schemas that was 7 of its 11 seconds). The same registries as
sets answer the same questions, so the walk, its order and every error it yields are unchanged; only
the membership test is O(1).

Its path library (pathable 0.6) asks `isinstance(node, Subscriptable)`, a runtime-checkable Protocol, for
every step into the document: on Python 3.11 each such check lists the protocol's attributes again, a third
of the walk. A plain `dict` or `list` always is Subscriptable, so for exactly those two types the step is
taken directly (same value, same KeyError); any other node goes through the library's own code.
"""

from __future__ import annotations

from typing import Any

from openapi_spec_validator import OpenAPIV30SpecValidator
from openapi_spec_validator.validation import keywords

try:
    from pathable import accessors as _accessors
except ImportError:  # older openapi-spec-validator releases use another path library: nothing to speed up
    _accessors = None  # type: ignore[assignment]


class SeenIds(list[int]):
    """A list (as the library declares the registry) whose `in` is a set lookup."""

    def __init__(self) -> None:
        super().__init__()
        self._members: set[int] = set()

    def __contains__(self, item: object) -> bool:
        return item in self._members

    def append(self, item: int) -> None:
        self._members.add(item)
        super().append(item)


def _fast_validator() -> Any:
    """The set-registry variant where the library has the 0.9 internals it patches; the stock validator (same
    errors, quadratic) on older releases the product still supports (openapi-spec-validator >= 0.7)."""
    base = getattr(keywords, "OpenAPIV30SchemaValidator", None)
    if base is None or not hasattr(base(None), "meta_checked_schema_ids"):
        return OpenAPIV30SpecValidator

    class _SchemaValidator(base):  # type: ignore[misc, valid-type]
        def __init__(self, registry: Any) -> None:
            super().__init__(registry)
            self.visited_schema_ids = SeenIds()
            self.meta_checked_schema_ids = SeenIds()

    class _SpecValidator(OpenAPIV30SpecValidator):
        # RUF012 ignored: the library declares it a plain class attribute (a ClassVar annotation would not type-check)
        keyword_validators = {**OpenAPIV30SpecValidator.keyword_validators, "schema": _SchemaValidator}  # noqa: RUF012

    return _SpecValidator


def _plain_step(original: Any) -> Any:
    """pathable's `_get_subnode`, answering a dict or a list without the Protocol check (others: `original`)."""

    def get_subnode(cls: Any, node: Any, part: Any) -> Any:
        if type(node) is dict or type(node) is list:
            try:
                return node[part]
            except (KeyError, IndexError, TypeError) as exc:
                raise KeyError(part) from exc
        return original(cls, node, part)

    get_subnode.modelarts_original = original  # type: ignore[attr-defined]
    return classmethod(get_subnode)


def _install_plain_step() -> None:
    accessor = getattr(_accessors, "SubscriptableAccessor", None)
    current = accessor.__dict__.get("_get_subnode") if accessor is not None else None
    if not isinstance(current, classmethod) or hasattr(current.__func__, "modelarts_original"):
        return  # not the 0.6 shape this is written for, or installed already
    accessor._get_subnode = _plain_step(current.__func__)  # type: ignore[union-attr]


_install_plain_step()
SpecValidator: Any = _fast_validator()
