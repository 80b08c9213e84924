"""The safety gate: red flags and contraindications that change or stop what is recommended."""

from triggerpoint.safety.levels import LEVEL_ADVICE, LEVEL_INFO, LEVELS, LevelInfo, highest, rank
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
