"""The safety gate: red flags and contraindications that change or stop what is recommended."""

from triggerpoint.safety.levels import LEVEL_ADVICE, LEVEL_INFO, LEVELS, LevelInfo, highest, rank
from triggerpoint.safety.screen import (
    OpenQuestion,
    Reason,
    Restrictions,
    SafetyAssessment,
    screen,
)
from triggerpoint.safety.triage import AskedQuestion, all_questions, questions_for

__all__ = [
    "LEVELS",
    "LEVEL_ADVICE",
    "LEVEL_INFO",
    "AskedQuestion",
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
