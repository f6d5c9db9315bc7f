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
    """The models and the facade; the operation modules (request building, used by the facade) load on first call."""
    loaded = loaded_after("import modelarts_client as m; assert m.models.Pool and m.facade.OPERATIONS")
    assert "modelarts_client.models" in loaded


@pytest.mark.slow
def test_the_client_imports_no_operation_module_and_no_model_until_one_is_used() -> None:
    """~1,000 models and ~220 operation modules: importing them all took ~2 s; a program pays for what it calls."""
    loaded = loaded_after("from modelarts_client import ModelArts")
    assert "modelarts_client.facade" in loaded
    eager = sorted(n for n in loaded if n.startswith(("modelarts_client.api.", "modelarts_client.models.")))
    assert eager == [], eager
    loaded = loaded_after("import modelarts_client.facade as f; f.api_show_pool._get_kwargs; f._models.Pool")
    assert {"modelarts_client.api.pools.show_pool", "modelarts_client.models.pool"} <= loaded
    assert "modelarts_client.api.pools.list_pools" not in loaded  # only what was used


@pytest.mark.slow
def test_the_lazy_check_sees_an_eager_import() -> None:
    loaded = loaded_after("from modelarts_client import ModelArts; from modelarts_client.models import *")
    assert len([n for n in loaded if n.startswith("modelarts_client.models.")]) == len(modelarts_client.models.__all__)


def test_every_model_name_is_listed_reachable_and_held_once_read() -> None:
    from modelarts_client import models

    for name in models.__all__:
        assert getattr(models, name).__name__ == name
        assert name in vars(models)  # held: the next read is a plain attribute read
    assert set(models.__all__) <= set(dir(models))
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        models.Nope  # noqa: B018
