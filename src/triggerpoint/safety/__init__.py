"""The safety gate: red flags and contraindications that change or stop what is recommended."""

from triggerpoint.safety.levels import LEVEL_ADVICE, LEVELS, highest, rank
from triggerpoint.safety.questions import QUESTIONS, Question
from triggerpoint.safety.screen import Reason, Restrictions, SafetyAssessment, screen

__all__ = [
    "LEVELS",
    "LEVEL_ADVICE",
    "QUESTIONS",
    "Question",
    "Reason",
    "Restrictions",
    "SafetyAssessment",
    "highest",
    "rank",
    "screen",
]
