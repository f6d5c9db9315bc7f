"""modelarts_core.lazy.LazyModule: the facade's operation modules, imported on their first call."""

from __future__ import annotations

import copy
import pickle
import sys

import pytest
from modelarts_core.lazy import LazyModule


def test_a_module_is_imported_on_the_first_read_and_each_attribute_held() -> None:
    sys.modules.pop("json.tool", None)
    lazy = LazyModule(".tool", "json")
    assert "json.tool" not in sys.modules and "tool" in repr(lazy)
    assert lazy.main is sys.modules["json.tool"].main
    assert vars(lazy)["main"] is lazy.main  # held on the instance: no import machinery on later reads


def test_a_missing_attribute_or_module_is_an_error_naming_it() -> None:
    with pytest.raises(AttributeError, match="nothing_here"):
        LazyModule(".tool", "json").nothing_here  # noqa: B018
    with pytest.raises(ModuleNotFoundError, match=r"json\.no_such_module"):
        LazyModule(".no_such_module", "json").anything  # noqa: B018


def test_copy_and_pickle_probes_do_not_import_or_recurse() -> None:
    sys.modules.pop("json.tool", None)
    lazy = LazyModule(".tool", "json")
    assert copy.copy(lazy)._lazy_target == (".tool", "json")
    assert pickle.loads(pickle.dumps(lazy))._lazy_target == (".tool", "json")
    assert "json.tool" not in sys.modules
