"""The daily check-ins in brief: sleep, stress and stiffness in the first week and the last week.

These are the wider benefits the care aims at. No clinically important difference is applied to
them (the MCID in thresholds.py is for 0-10 pain), so they are shown, not judged.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import fmean
from typing import Final, Literal

from triggerpoint.analytics._json import JsonResult
from triggerpoint.analytics.trends import WINDOW_DAYS
from triggerpoint.records import CheckIn

__all__ = ["CheckInSummary", "Measure", "MeasureName", "MedicationUse", "checkin_summary"]

MeasureName = Literal["sleep_quality", "stress", "stiffness"]
_MEASURES: Final[tuple[MeasureName, ...]] = ("sleep_quality", "stress", "stiffness")


@dataclass(frozen=True, slots=True)
class Measure(JsonResult):
    """One check-in score: how often given, mean of the first and of the last 7 days."""

    name: MeasureName
    count: int
    first_week: float | None
    last_week: float | None


@dataclass(frozen=True, slots=True)
class MedicationUse(JsonResult):
    """A medication: days taken in all, and in the last 7 days of check-ins."""

    name: str
    days: int
    last_week_days: int


@dataclass(frozen=True, slots=True)
class CheckInSummary(JsonResult):
    """Check-in days, the scores, and the medications, for the therapist."""

    days: int
    first_day: date | None
    latest_day: date | None
    measures: tuple[Measure, ...]
    medications: tuple[MedicationUse, ...]


def checkin_summary(checkins: Iterable[CheckIn]) -> CheckInSummary:
    """Summarise check-ins; a day checked in twice keeps its latest check-in."""
    by_day = {c.day: c for c in checkins}
    days = sorted(by_day)
    if not days:
        return CheckInSummary(0, None, None, (), ())
    reach = timedelta(days=WINDOW_DAYS - 1)
    first = [by_day[d] for d in days if d <= days[0] + reach]
    last = [by_day[d] for d in days if d >= days[-1] - reach]
    ordered = [by_day[d] for d in days]
    return CheckInSummary(
        days=len(days),
        first_day=days[0],
        latest_day=days[-1],
        measures=tuple(_measure(name, ordered, first, last) for name in _MEASURES),
        medications=_medications(ordered, last),
    )


def _measure(
    name: MeasureName, every: list[CheckIn], first: list[CheckIn], last: list[CheckIn]
) -> Measure:
    """Count and first/last-week means of one score (None when it was never given)."""
    return Measure(name, len(_scores(name, every)), _mean(_scores(name, first)),
                   _mean(_scores(name, last)))


def _scores(name: MeasureName, checkins: list[CheckIn]) -> list[int]:
    """The given values of one score."""
    return [v for v in (getattr(c, name) for c in checkins) if v is not None]


def _mean(values: list[int]) -> float | None:
    """Mean, or None for no values."""
    return fmean(values) if values else None


def _medications(every: list[CheckIn], last: list[CheckIn]) -> tuple[MedicationUse, ...]:
    """Each medication with its number of days, the most used first."""
    total = Counter(m for c in every for m in set(c.medications))
    recent = Counter(m for c in last for m in set(c.medications))
    return tuple(
        MedicationUse(name, days, recent[name])
        for name, days in sorted(total.items(), key=lambda item: (-item[1], item[0]))
    )
