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

Each top-level schema the walk reaches is meta-checked with Python's jsonschema (`OAS30Validator.check_schema`,
half of the walk). jsonschema-rs, compiled once, answers first: a schema it finds valid, whose `pattern`s Python's
`re` also compiles (the meta-schema's one format; jsonschema-rs reads ECMA-262, which accepts `(?<name>…)`), is
valid; any other schema goes to the library's check, so every error is the library's own. Without jsonschema-rs,
or with a release it cannot build a validator with, every schema goes to the library.
"""

from __future__ import annotations

import re
from collections.abc import Callable
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


def _rust_meta_check() -> Callable[[Any], bool] | None:
    """`is_valid` of the schema meta-schema compiled by jsonschema-rs; None where that is not available."""
    try:
        import jsonschema_rs
        from openapi_schema_validator.validators import OAS30Validator

        compiled = jsonschema_rs.Draft4Validator(OAS30Validator.META_SCHEMA, validate_formats=False)
    except Exception:  # not installed, or a release with another API: the library checks every schema
        return None
    return compiled.is_valid


_COMPILED: set[str] = set()  # patterns Python's re compiled (a spec repeats its few patterns thousands of times)


MAX_DEPTH = 256  # deeper schemas go to the library: jsonschema-rs recurses natively (a stack overflow kills the process)


def _patterns_compile(value: Any) -> bool:
    """Every string under a `pattern` key compiles with Python's `re` (the meta-schema's `format: regex`), and the
    value nests at most MAX_DEPTH levels (the loader allows 100)."""
    stack = [(value, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            return False
        if isinstance(node, dict):
            for key, item in node.items():
                if key == "pattern" and isinstance(item, str) and item not in _COMPILED:
                    try:
                        re.compile(item)
                    except (re.error, RecursionError, OverflowError):
                        return False
                    if len(_COMPILED) < 10_000:  # bounded: a hostile spec's million patterns are checked, not kept
                        _COMPILED.add(item)
                elif isinstance(item, (dict, list)):
                    stack.append((item, depth + 1))
        elif isinstance(node, list):
            stack.extend((item, depth + 1) for item in node if isinstance(item, (dict, list)))
    return True


def _fast_validator() -> Any:
    """The set-registry variant where the library has the 0.9 internals it patches; the stock validator (same
    errors, quadratic) on older releases the product still supports (openapi-spec-validator >= 0.7)."""
    base = getattr(keywords, "OpenAPIV30SchemaValidator", None)
    if base is None or not hasattr(base(None), "meta_checked_schema_ids"):
        return OpenAPIV30SpecValidator

    rust_valid = _rust_meta_check() if hasattr(base, "_validate_schema_meta") else None

    class _SchemaValidator(base):  # type: ignore[misc, valid-type]
        def __init__(self, registry: Any) -> None:
            super().__init__(registry)
            self.visited_schema_ids = SeenIds()
            self.meta_checked_schema_ids = SeenIds()

        def _validate_schema_meta(self, schema: Any, schema_value: Any) -> Any:
            if rust_valid is not None and _patterns_compile(schema_value) and rust_valid(schema_value):
                return None
            return super()._validate_schema_meta(schema, schema_value)

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
