"""Property-based: whatever YAML-like text the reader is given, it answers JSON data or one InputError with a
known code — never another exception, never a non-JSON value."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from modelarts_spec.diagnostics import InputError
from modelarts_spec.loader import STRICT, parse_yaml

CODES = {"yaml-malformed", "yaml-unsafe", "file-too-large"}
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Lone surrogates are not text (refused as malformed); control and line-separator characters are left out
# because PyYAML's writer normalises some of them (NEL → space), which is not the reader's business.
text = st.text(st.characters(exclude_categories=("Cs", "Cc", "Zl", "Zp")), max_size=20)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=False, allow_infinity=False),
    text,
)
json_values = st.recursive(
    scalars, lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(text, inner, max_size=4)), max_leaves=30
)
# Pieces that exercise every refusal: anchors and aliases (recursive too), tags, dates, non-finite numbers,
# merge and complex keys, flow brackets, documents, long digit runs.
TOKENS = [
    "a", "b", ": ", "- ", "\n", "  ", "&x ", "*x", "&y ", "*y", "[", "]", "{", "}", ", ", "? ", "<<: ", "!!binary ", "!!set ",
    "!!python/object:os.system ", "!!str ", "2021-01-01", "12:30:00", ".nan", "-.inf", "0x1F", "1_000", "~", "null", "'q'", '"\\u0000"',
    "---\n", "...\n", "#c\n", "9" * 5000, "\t", "%YAML 1.1\n", "|\n  t\n", "\x00", "\ufeff",
]  # fmt: skip
yamlish = st.lists(st.sampled_from(TOKENS), max_size=40).map("".join)


def is_json(value: Any) -> bool:
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, list):
        return all(is_json(v) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, (str, int, float, bool)) or k is None for k in value) and all(is_json(v) for v in value.values())
    return value is None or isinstance(value, (str, int, bool))


@pytest.mark.slow
@SETTINGS
@given(json_values)
def test_json_data_round_trips_through_yaml_and_json(value: Any) -> None:
    for dumped in (yaml.safe_dump(value, allow_unicode=True), json.dumps(value)):
        assert parse_yaml(dumped, "in.yaml", STRICT).data == value


@SETTINGS
@given(yamlish)
def test_any_text_gives_json_data_or_one_known_diagnostic(text: str) -> None:
    try:
        doc = parse_yaml(text, "in.yaml")
    except InputError as exc:
        assert exc.diagnostic.code in CODES and exc.diagnostic.file == "in.yaml", exc.diagnostic
        return
    assert is_json(doc.data), doc.data
    for pointer in doc.lines:
        assert isinstance(doc.line_of(pointer), int)
