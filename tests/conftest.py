"""Fixtures shared by every test folder (shared constants and helpers live in tests/support)."""

from __future__ import annotations

import os

import pytest
from hypothesis import settings
from modelarts_spec.loader import YamlDocument, load_openapi, load_yaml

from tests.support import DOC_TABLES, SPEC

# Property tests draw the same examples on every run of `make test` (a red CI must mean a change broke something,
# not a lucky draw); `HYPOTHESIS_PROFILE=explore make test` draws new ones, as the loop that finds new defects.
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


@pytest.fixture(scope="session")
def spec_doc() -> YamlDocument:
    return load_openapi(SPEC)


@pytest.fixture(scope="session")
def tables_doc() -> YamlDocument:
    return load_yaml(DOC_TABLES)
