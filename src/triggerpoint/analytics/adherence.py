"""Sessions done against sessions planned, day by day (e.g. the seed's twice-daily plan)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo

from triggerpoint.analytics._json import JsonResult
from triggerpoint.analytics.log import local_day
from triggerpoint.errors import InputError
from triggerpoint.records import SessionRecord

__all__ = ["Adherence", "DayAdherence", "PlannedSessions", "adherence"]

#: Sessions planned per day: the same number every day, or a number for each planned day.
PlannedSessions = int | Mapping[date, int]


@dataclass(frozen=True, slots=True)
class DayAdherence(JsonResult):
    """One calendar day: sessions done (and stopped early), and planned when a plan is given."""

    day: date
    done: int
    stopped_early: int
    planned: int | None


@dataclass(frozen=True, slots=True)
class Adherence(JsonResult):
    """Every day from the first session (or plan day) to today, and the totals.

    `rate` is the share of planned sessions done, counting at most the planned number each
    day, so extra sessions on one day do not hide a missed day; None without a plan.
    """

    days: tuple[DayAdherence, ...]
    done: int
    planned: int | None
    rate: float | None
    days_on_plan: int | None


def adherence(
    sessions: Iterable[SessionRecord],
    *,
    today: date,
    planned: PlannedSessions | None = None,
    tz: tzinfo | None = None,
    start: date | None = None,
) -> Adherence:
    """Sessions per day against the plan, from `start` (or the first session) to `today`."""
    _check_plan(planned)
    done: Counter[date] = Counter()
    stopped: Counter[date] = Counter()
    for session in sessions:
        day = local_day(session.started_at, tz)
        done[day] += 1
        stopped[day] += session.stopped_early
    first = start or min([*done, *(planned if isinstance(planned, Mapping) else ())], default=None)
    if first is None or first > today:
        return Adherence((), 0, 0 if planned is not None else None, None, None)
    days = tuple(
        DayAdherence(day, done[day], stopped[day], _planned_on(planned, day))
        for day in _calendar(first, today)
    )
    return _totals(days)


def _check_plan(planned: PlannedSessions | None) -> None:
    """Refuse a plan with negative numbers of sessions."""
    counts = planned.values() if isinstance(planned, Mapping) else [planned or 0]
    if any(c < 0 for c in counts):
        raise InputError("planned sessions must be 0 or more per day")


def _planned_on(planned: PlannedSessions | None, day: date) -> int | None:
    """How many sessions the plan asks for on one day (None without a plan)."""
    if planned is None:
        return None
    return planned.get(day, 0) if isinstance(planned, Mapping) else planned


def _calendar(first: date, last: date) -> Iterable[date]:
    """Every calendar day from `first` to `last`, both included."""
    return (first + timedelta(days=n) for n in range((last - first).days + 1))


def _totals(days: tuple[DayAdherence, ...]) -> Adherence:
    """Sum the days; the rate counts at most the planned number of sessions per day."""
    done = sum(d.done for d in days)
    if any(d.planned is None for d in days):
        return Adherence(days, done, None, None, None)
    planned = sum(d.planned or 0 for d in days)
    kept = sum(min(d.done, d.planned or 0) for d in days)
    on_plan = sum(d.done >= (d.planned or 0) for d in days)
    return Adherence(days, done, planned, kept / planned if planned else None, on_plan)
