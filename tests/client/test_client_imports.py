"""The package's top level is lazy: the mock imports `modelarts_core.signing` to verify signatures,
and must not pay for the facade, the operation modules and the models (~0.2 s) on every start."""

from __future__ import annotations

import subprocess
import sys

import modelarts_client
import pytest

HEAVY = ("modelarts_client.facade", "modelarts_client.models", "modelarts_client.api", "httpx")


def loaded_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print(' '.join(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    return set(done.stdout.split())


@pytest.mark.slow
def test_importing_the_signer_loads_neither_the_facade_nor_the_models_nor_httpx() -> None:
    loaded = loaded_after("import modelarts_core.signing")
    assert "modelarts_core.signing" in loaded
    assert not [name for name in loaded if name.startswith(HEAVY)], sorted(n for n in loaded if n.startswith(HEAVY))


@pytest.mark.slow
def test_the_check_sees_a_heavy_import() -> None:
    """The same check fails when the top level is imported the eager way (the facade by name)."""
    loaded = loaded_after("import modelarts_core.signing; from modelarts_client import ModelArts")
    assert "modelarts_client.facade" in loaded and "modelarts_client.models" in loaded


def test_every_export_is_reachable_listed_and_in_dir() -> None:
    for name in modelarts_client.__all__:
        assert getattr(modelarts_client, name) is not None, name
    assert set(modelarts_client.__all__) <= set(dir(modelarts_client))
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        modelarts_client.Nope  # noqa: B018
    from modelarts_client import ModelArts, ModelArtsArgumentError  # the `from` form works too

    assert ModelArts.__module__ == "modelarts_client.facade" and issubclass(ModelArtsArgumentError, ValueError)


@pytest.mark.slow
def test_submodules_are_reachable_as_attributes_after_a_bare_import() -> None:
    loaded = loaded_after("import modelarts_client as m; assert m.models.Pool and m.facade.OPERATIONS and m.api.pools")
    assert "modelarts_client.models" in loaded
