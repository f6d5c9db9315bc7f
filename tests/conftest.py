"""Fixtures shared by every test folder (shared constants and helpers live in tests/support)."""

from __future__ import annotations

import pytest
from modelarts_spec.loader import YamlDocument, load_yaml

from tests.support import DOC_TABLES, SPEC


@pytest.fixture(scope="session")
def spec_doc() -> YamlDocument:
    return load_yaml(SPEC)


@pytest.fixture(scope="session")
def tables_doc() -> YamlDocument:
    return load_yaml(DOC_TABLES)
