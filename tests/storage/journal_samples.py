"""Sample records for the storage tests, at fixed moments (tests need no clock)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone

from triggerpoint.records import CheckIn, PainEntry, PainSpot, SessionRecord, StepRecord

__all__ = ["BASE", "NewDatabase", "checkin", "pain", "rich_pain", "session"]

#: The ``new_database`` fixture: each call gives the URL of a fresh, empty database.
NewDatabase = Callable[[], str]

BASE = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
PARIS = timezone(timedelta(hours=1))


def pain(minutes: int = 0, *, region: str = "temple", intensity: int = 5) -> PainEntry:
    """A one-spot pain entry ``minutes`` after BASE."""
    return PainEntry(
        at=BASE + timedelta(minutes=minutes),
        spots=[PainSpot(region=region, side="left", intensity=intensity)],
    )


def rich_pain(minutes: int = 0) -> PainEntry:
    """A pain entry using every field, written in a non-UTC zone."""
    return PainEntry(
        at=(BASE + timedelta(minutes=minutes, microseconds=123456)).astimezone(PARIS),
        spots=[
            PainSpot(region="temple", side="right", intensity=7),
            PainSpot(region="back-of-neck", side="both", intensity=4),
            PainSpot(region="forehead", side="midline", intensity=0),
        ],
        qualities=["aching", "pressing"],
        note="Worse after the screen day. Ünïcödé ✓",
    )


def session(minutes: int = 0, *, plan_id: str | None = None) -> SessionRecord:
    """A two-step session ``minutes`` after BASE."""
    start = BASE + timedelta(minutes=minutes)
    return SessionRecord(
        started_at=start,
        ended_at=start + timedelta(minutes=12),
        pain_before=6,
        pain_after=3,
        safety_level="self-care",
        steps=[
            StepRecord(muscle="upper-trapezius", side="right", technique="sustained-pressure",
                       tool="thumb", duration_s=90, pressure=6),
            StepRecord(muscle="levator-scapulae", side="right", technique="stretch",
                       tool="none", duration_s=30, completed=False),
        ],
        stopped_early=True,
        plan_id=plan_id,
        note="stopped: doorbell",
    )


def checkin(day: int = 1, *, stress: int = 4) -> CheckIn:
    """A check-in on March ``day`` 2026."""
    return CheckIn(
        day=date(2026, 3, day), sleep_quality=6, stress=stress, stiffness=3,
        medications=["ibuprofen 400 mg"], note="ok",
    )
