"""Property-based: hostile spec and fixtures documents against the tools that read them. A spec with any node
replaced by a hostile value gets diagnostics from `validate`, never an exception; a fixtures document of any
shape gets records or one FixturesError/InputError, never another exception."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from modelarts_mock.app import cached_spec
from modelarts_mock.fixtures import FixturesError, load_fixtures
from modelarts_mock.spec import DEFAULT_SPEC
from modelarts_spec.diagnostics import InputError
from modelarts_spec.loader import YamlDocument
from modelarts_spec.validate import validate

from tests.hostile.edits import pointers, replaced
from tests.support import committed_spec
from tests.support.mock import PROJECT

pytestmark = pytest.mark.slow
BASE = committed_spec()
HOSTILE = st.one_of(
    st.sampled_from([None, True, 0, -1, 10**30, 1.5, "", "x", '" + __import__("os").system("id") + "', "{region}", "#/x", "$ref", [], {}]),
    st.dictionaries(
        st.sampled_from(["$ref", "type", "enum", "items", "properties", "required", "x-doc-deviation"]),
        st.sampled_from(["#/", "string", [], {}, None]),
        max_size=3,
    ),
)


POINTERS = pointers(BASE)[1:]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(POINTERS), HOSTILE), min_size=1, max_size=3))
def test_a_spec_with_hostile_nodes_gets_diagnostics_not_exceptions(edits: list[tuple[tuple[Any, ...], Any]]) -> None:
    spec = replaced(BASE, edits)
    diagnostics = validate(YamlDocument("spec.yaml", spec))
    assert all(d.code and d.message for d in diagnostics)


SPEC_FOR_MOCK = cached_spec(DEFAULT_SPEC)
scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=10), st.sampled_from(["2021-01-01", ".nan", "*x", "&x y"]))
fixtures_value = st.recursive(
    scalar,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.sampled_from(["path", "body", "query", "pool_name", "metadata", "x"]), inner, max_size=3),
    ),
    max_leaves=12,
)
documents = st.fixed_dictionaries(
    {
        "projects": st.dictionaries(
            st.sampled_from([PROJECT, "p", ""]),
            st.dictionaries(st.sampled_from(["ShowPool", "ShowOsConfig", "ListServices", "Nope"]), fixtures_value, max_size=2),
            max_size=2,
        )
    }
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.one_of(documents, fixtures_value))
def test_any_fixtures_document_gets_records_or_one_refusal(tmp_path: Path, document: Any) -> None:
    path = tmp_path / "fixtures.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    try:
        load_fixtures(path, SPEC_FOR_MOCK)
    except (FixturesError, InputError) as refused:
        assert str(refused)
