"""Guided sessions: walk a plan session's steps in time and end with a SessionRecord."""

from triggerpoint.sessions.runner import (
    PAIN_QUESTION,
    Clock,
    Display,
    EventSource,
    Key,
    Moment,
    Outcome,
    Phase,
    Progress,
    SessionRunner,
    SpeedClock,
    StepOutcome,
    parse_pain,
    walked_steps,
)

__all__ = [
    "PAIN_QUESTION",
    "Clock",
    "Display",
    "EventSource",
    "Key",
    "Moment",
    "Outcome",
    "Phase",
    "Progress",
    "SessionRunner",
    "SpeedClock",
    "StepOutcome",
    "parse_pain",
    "walked_steps",
]
