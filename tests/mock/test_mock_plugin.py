"""The pytest plugin: loading it imports nothing of the mock (it is loaded by every pytest run where the wheel is
installed); its fixtures work (they are used throughout tests/mock; tests/install runs them from an installed wheel)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from modelarts_mock.in_process import InProcessMock

from tests.support.mock import POOL


@pytest.mark.slow
def test_loading_the_plugin_imports_nothing_else() -> None:
    code = (
        "import sys, modelarts_mock.plugin; print(sorted(m for m in sys.modules if m.startswith(('modelarts', 'starlette', 'jsonschema'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == "['modelarts_mock', 'modelarts_mock.plugin']"


def test_each_test_starts_from_the_seed(modelarts_mock: InProcessMock) -> None:
    assert modelarts_mock.journal == [] and modelarts_mock.injections.listing() == {"faults": [], "stubs": [], "latency": []}
    modelarts_mock.fail("ShowPool", status=500)  # left behind on purpose: the next test must not see it


def test_and_the_next_one_too(modelarts_mock: InProcessMock) -> None:
    assert modelarts_mock.injections.faults == {}
    with modelarts_mock.client() as http:
        assert http.get(modelarts_mock.path("ShowPool", pool_name=POOL)).status_code == 200
