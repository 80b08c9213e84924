"""Hand-made records for the analytics tests: a pain entry, a session, a run of daily entries."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

from triggerpoint.records import (
    CheckIn,
    PainEntry,
    PainSpot,
    SafetyLevel,
    SessionRecord,
    StepRecord,
)

#: A Monday morning; day n of a test is START + n days.
START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
STEP = ("upper-trapezius", "ischemic-compression", "ball")


def day(n: int, hour: float = 8.0) -> datetime:
    """A moment on test day n (0-based), at `hour` UTC."""
    return START.replace(hour=0) + timedelta(days=n, hours=hour)


def entry(at: datetime, *spots: tuple[str, str, int]) -> PainEntry:
    """A pain entry with (region, side, intensity) spots."""
    return PainEntry(at=at, spots=[PainSpot(region=r, side=s, intensity=i)
                                   for r, s, i in spots])


def neck(at: datetime, level: int) -> PainEntry:
    """A pain entry with the left neck only."""
    return entry(at, ("neck", "left", level))


def daily_neck(levels: Sequence[int], *, first: int = 0, hour: float = 8.0) -> list[PainEntry]:
    """One neck entry per day from day `first`, with the given levels."""
    return [neck(day(first + n, hour), level) for n, level in enumerate(levels)]


def session(
    at: datetime,
    before: int | None,
    after: int | None,
    steps: Sequence[tuple[str, str, str]] = (STEP,),
    *,
    level: SafetyLevel = "self-care",
    completed: bool = True,
) -> SessionRecord:
    """A ten-minute session with one step per (muscle, technique, tool)."""
    return SessionRecord(
        started_at=at,
        ended_at=at + timedelta(minutes=10),
        pain_before=before,
        pain_after=after,
        safety_level=level,
        steps=[StepRecord(muscle=m, side="left", technique=t, tool=tl, duration_s=90,
                          completed=completed) for m, t, tl in steps],
    )


def checkin(on: date, **scores: int | list[str]) -> CheckIn:
    """A check-in on one day with the given scores."""
    return CheckIn(day=on, **scores)
