"""Shared wording for reports and the command line, so both say the same thing the same way."""

from __future__ import annotations

from datetime import date, datetime
from typing import Final

from triggerpoint.analytics import ProgressWarning
from triggerpoint.analytics.warnings import Evidence

__all__ = [
    "MEASURE_NAMES",
    "NOT_A_DIAGNOSIS",
    "WARNING_TITLES",
    "day_text",
    "evidence_text",
    "mean_text",
    "time_text",
    "warning_title",
]

#: Each warning kind as a heading a person understands at a glance.
WARNING_TITLES: Final[dict[str, str]] = {
    "safety-level": "A session was recorded above self-care",
    "pain-spread": "Pain spread to a new place",
    "pain-spiked": "Pain spiked and stayed up",
    "no-improvement": "No clear improvement after two weeks: see a therapist",
}
#: The check-in scores in plain words, with which end is good.
MEASURE_NAMES: Final[dict[str, str]] = {
    "sleep_quality": "Sleep quality (10 = great)",
    "stress": "Stress (0 = none)",
    "stiffness": "Stiffness (0 = none)",
}
NOT_A_DIAGNOSIS: Final = (
    "Not a diagnosis. These are the person's own records and simple statistics; they support, "
    "and do not replace, a clinical assessment."
)


def warning_title(warning: ProgressWarning) -> str:
    """The heading of a warning."""
    return WARNING_TITLES.get(warning.kind, warning.kind.replace("-", " ").capitalize())


def day_text(day: date) -> str:
    """'3 Nov 2026': unambiguous in every country."""
    return f"{day.day} {day:%b %Y}"


def evidence_text(evidence: Evidence) -> str:
    """'3 Nov 2026: overall pain: pain when it went up: 7'."""
    value = evidence.value
    shown = "" if value is None else f": {value:.1f}" if isinstance(value, float) else f": {value}"
    if isinstance(value, float) and value.is_integer():
        shown = f": {value:.0f}"
    return f"{day_text(evidence.day)}: {evidence.label}{shown}"


def mean_text(value: float | None) -> str:
    """A 0-10 mean to one decimal, or a dash when there is none."""
    return "–" if value is None else f"{value:.1f}"


def time_text(moment: datetime) -> str:
    """'3 Nov 2026 08:05'."""
    return f"{day_text(moment.date())} {moment:%H:%M}"
