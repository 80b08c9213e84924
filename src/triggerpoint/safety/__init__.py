"""The safety gate: red flags and contraindications that change or stop what is recommended.

The names below are imported from their submodules on first use (PEP 562), so importing one
submodule (``triggerpoint.safety.levels``, as the analytics do) does not import the screen, the
concept reader and their stemmers.
"""

from __future__ import annotations

import sys
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from triggerpoint.safety.levels import (
        LEVEL_ADVICE,
        LEVEL_INFO,
        LEVELS,
        LevelInfo,
        highest,
        rank,
    )
    from triggerpoint.safety.screen import Reason, Restrictions, SafetyAssessment, screen
    from triggerpoint.safety.triage import OpenQuestion, all_questions, questions_for

__all__ = [
    "LEVELS",
    "LEVEL_ADVICE",
    "LEVEL_INFO",
    "LevelInfo",
    "OpenQuestion",
    "Reason",
    "Restrictions",
    "SafetyAssessment",
    "all_questions",
    "highest",
    "questions_for",
    "rank",
    "screen",
]

#: Where each public name lives.
_HOMES = {
    **dict.fromkeys(("LEVELS", "LEVEL_ADVICE", "LEVEL_INFO", "LevelInfo", "highest", "rank"),
                    "levels"),
    **dict.fromkeys(("Reason", "Restrictions", "SafetyAssessment", "screen"), "screen"),
    **dict.fromkeys(("OpenQuestion", "all_questions", "questions_for"), "triage"),
}


def __getattr__(name: str) -> Any:
    """A public name, imported from its submodule on first use (then kept here)."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


class _Package(ModuleType):
    """Keeps ``screen`` the function: importing the submodule ``safety.screen`` sets the
    package's attribute of that name to the module, which the eager imports used to overwrite."""

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(value, ModuleType) and value.__name__ == f"{__name__}.{name}" \
                and _HOMES.get(name) == name:
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
