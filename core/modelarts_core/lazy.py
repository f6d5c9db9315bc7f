"""Modules imported on first use: the generated facade names one module per operation (~220), and importing them all,
with the models each imports, made `import modelarts_client` take ~2 s whatever a program calls."""

from __future__ import annotations

from importlib import import_module
from typing import Any


class LazyModule:
    """Stands for module `name` (relative to `package`) until an attribute is read: then the module is imported and
    that attribute is held here, so later reads are plain instance-attribute reads (no import machinery per call)."""

    def __init__(self, name: str, package: str) -> None:
        self._lazy_target = (name, package)

    def __getattr__(self, attribute: str) -> Any:
        if attribute.startswith("__") or attribute == "_lazy_target":  # copy, pickle and repr probes: not the module's
            raise AttributeError(attribute)
        value = getattr(import_module(*self._lazy_target), attribute)
        setattr(self, attribute, value)
        return value

    def __repr__(self) -> str:
        name, package = self._lazy_target
        return f"<lazily imported module {package}{name if name.startswith('.') else '.' + name}>"
