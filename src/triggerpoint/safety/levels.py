"""Safety levels, lowest to highest, and what each means for a person at home."""

from __future__ import annotations

from typing import Final

from triggerpoint.knowledge.models import SafetyLevel

__all__ = ["LEVELS", "LEVEL_ADVICE", "SELF_CARE_LEVELS", "highest", "rank"]

LEVELS: Final[tuple[SafetyLevel, ...]] = ("self-care", "therapist", "doctor", "urgent", "emergency")

#: Levels at which self-treatment steps may be shown.
SELF_CARE_LEVELS: Final[frozenset[SafetyLevel]] = frozenset({"self-care", "therapist"})

LEVEL_ADVICE: Final[dict[SafetyLevel, str]] = {
    "self-care": "Gentle self-care is reasonable. Stop if pain turns sharp, electric or spreads.",
    "therapist": "Self-care can continue gently, but book a licensed therapist or physiotherapist "
    "to look at this.",
    "doctor": "See a doctor before any self-treatment. Mention the muscles listed here.",
    "urgent": "Contact a doctor or an urgent care service today (in the UK, NHS 111). Do not "
    "self-treat until you have been checked.",
    "emergency": "Call an ambulance now (999 in the UK, 911 in the US, 112 in Europe) or go to "
    "the emergency department. Do not self-treat.",
}


def rank(level: SafetyLevel) -> int:
    """Position of a level: 0 for self-care up to 4 for emergency."""
    return LEVELS.index(level)


def highest(levels: list[SafetyLevel]) -> SafetyLevel:
    """The most serious of several levels (self-care when there are none)."""
    return max(levels, key=rank, default="self-care")
