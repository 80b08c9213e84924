"""The safety gate: red flags and contraindications that change or stop what is recommended.

The names below are imported from their submodules on first use (PEP 562), so importing one
submodule (``triggerpoint.safety.levels``, as the analytics do) does not import the screen, the
concept reader and their stemmers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from triggerpoint.lazy import keep_functions_over_submodules, lazy_names

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


__getattr__, __dir__ = lazy_names(__name__, _HOMES, __all__)

#: ``safety.screen`` stays the function when the submodule of that name is imported
keep_functions_over_submodules(__name__, ["screen"])
