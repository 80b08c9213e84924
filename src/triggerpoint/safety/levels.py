"""The safety levels, lowest to highest: one definition of each level's title, time frame and
advice, used by the CLI, plans, sessions, reports, warnings and (later) the web app.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from triggerpoint.knowledge.models import SafetyLevel

__all__ = [
    "LEVELS",
    "LEVEL_ADVICE",
    "LEVEL_INFO",
    "SELF_CARE_LEVELS",
    "LevelInfo",
    "highest",
    "rank",
]


@dataclass(frozen=True)
class LevelInfo:
    """What a level means for a person at home."""

    id: SafetyLevel
    title: str
    time_frame: str
    advice: str
    self_care_allowed: bool

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "title": self.title, "time_frame": self.time_frame,
                "advice": self.advice, "self_care_allowed": self.self_care_allowed}


LEVELS: Final[tuple[SafetyLevel, ...]] = ("self-care", "therapist", "doctor", "urgent", "emergency")

LEVEL_INFO: Final[dict[SafetyLevel, LevelInfo]] = {
    "self-care": LevelInfo(
        "self-care", "Gentle self-care is reasonable", "now",
        "Gentle self-care is reasonable. Stop if pain turns sharp, electric or spreads, and see a "
        "professional if it is no better after two weeks.", True),
    "therapist": LevelInfo(
        "therapist", "See a therapist", "in the next week or two",
        "Self-care can continue gently, but book a licensed therapist or physiotherapist to look "
        "at this.", True),
    "doctor": LevelInfo(
        "doctor", "See a doctor first", "this week",
        "See a doctor this week, before any self-treatment. Mention the muscles listed here.",
        False),
    "urgent": LevelInfo(
        "urgent", "Get medical help today", "today",
        "Contact a doctor or an urgent care service today (in the UK, NHS 111). Do not "
        "self-treat until you have been checked.", False),
    "emergency": LevelInfo(
        "emergency", "Call an ambulance now", "now",
        "Call an ambulance now (999 in the UK, 911 in the US, 112 in Europe) or go to the "
        "emergency department. Do not self-treat.", False),
}

#: Each level's advice (kept for callers that only need the sentence).
LEVEL_ADVICE: Final[dict[SafetyLevel, str]] = {k: v.advice for k, v in LEVEL_INFO.items()}

#: Levels at which self-treatment steps may be shown.
SELF_CARE_LEVELS: Final[frozenset[SafetyLevel]] = frozenset(
    k for k, v in LEVEL_INFO.items() if v.self_care_allowed
)


def rank(level: SafetyLevel) -> int:
    """Position of a level: 0 for self-care up to 4 for emergency."""
    return LEVELS.index(level)


def highest(levels: Iterable[SafetyLevel]) -> SafetyLevel:
    """The most serious of several levels (self-care when there are none)."""
    return max(levels, key=rank, default="self-care")
