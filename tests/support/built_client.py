"""A client generated into a temporary folder, imported under a name of its own (beside the committed
`modelarts_client`) for as long as a test module needs it, then forgotten by `sys.modules`."""

from __future__ import annotations

import importlib
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType


@contextmanager
def imported_as(built: Path, name: str) -> Iterator[ModuleType]:
    """`built` (a generated `modelarts-client` folder) copied beside it as package `name`, imported."""
    packages = built.parent / "packages"
    shutil.copytree(built / "modelarts_client", packages / name)
    sys.path.insert(0, str(packages))
    try:
        yield importlib.import_module(name)
    finally:
        sys.path.remove(str(packages))
        for module in [n for n in sys.modules if n == name or n.startswith(name + ".")]:
            del sys.modules[module]
