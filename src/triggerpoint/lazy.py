"""Public names of a package imported from its submodules on first use (PEP 562).

A package's ``__init__`` says where each name lives and takes its ``__getattr__`` and
``__dir__`` from ``lazy_names``, so importing one submodule (``triggerpoint.safety.levels``,
``triggerpoint.storage.lite``) does not import the rest of the package (the screen, SQLAlchemy).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping, Sequence
from importlib import import_module
from types import ModuleType
from typing import Any

__all__ = ["keep_functions_over_submodules", "lazy_names"]


def lazy_names(package: str, homes: Mapping[str, str], public: Sequence[str],
               ) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for ``package``: a name in ``homes`` is imported from the
    submodule named there on first use and kept in the package; any other is an AttributeError."""
    namespace = sys.modules[package].__dict__

    def __getattr__(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(f"{package}.{home}"), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*namespace, *public})

    return __getattr__, __dir__


class _FunctionsOverSubmodules(ModuleType):
    """A package whose public function shares its name with the submodule that defines it
    (``safety.screen``): importing the submodule sets the package's attribute to the module,
    which eager imports used to overwrite with the function; this keeps the function."""

    _same_named: frozenset[str] = frozenset()

    def __setattr__(self, name: str, value: Any) -> None:
        if (isinstance(value, ModuleType) and name in self._same_named
                and value.__name__ == f"{self.__name__}.{name}"):
            value = getattr(value, name)
        super().__setattr__(name, value)


def keep_functions_over_submodules(package: str, names: Sequence[str]) -> None:
    """Make ``package.<name>`` stay the function ``<name>`` after its submodule is imported."""
    module = sys.modules[package]
    module.__class__ = _FunctionsOverSubmodules
    module.__dict__["_same_named"] = frozenset(names)
