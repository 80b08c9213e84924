"""A synthetic journal for the report tests: five weeks of two spots a day, then a flare.

Pain falls from about 6 to 3 in the temple and neck, low back pain appears in the last week
(a spread and a spike), sessions every other day credit two muscle x technique x tool
combinations, and one session was done at the 'therapist' safety level.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from triggerpoint.records import CheckIn, PainEntry, PainSpot, SessionRecord, StepRecord
from triggerpoint.storage import Journal

DAYS = 35
PROFILE = "Robin <test>"


def recent_now() -> datetime:
    """Now, to the minute (the CLI judges the same records against the real clock)."""
    return datetime.now(UTC).replace(second=0, microsecond=0)


def seed(url: str, now: datetime) -> None:
    """Write the sample records, oldest first, ending a few hours before ``now``."""
    rnd = random.Random(7)
    with Journal.open(url) as journal:
        journal.add_profile(PROFILE)
        entries, start = [], now - timedelta(days=DAYS)
        for day in range(DAYS):
            level = 6 - 3 * day / DAYS
            for hour in (2, 10):
                at = start + timedelta(days=day, hours=hour)
                spots = [PainSpot(region="temple", side="right", intensity=_nrs(level, rnd)),
                         PainSpot(region="back-of-neck", side="right",
                                  intensity=_nrs(level - 1, rnd))]
                if day >= DAYS - 7:
                    spots.append(PainSpot(region="low-back", side="both", intensity=8))
                entries.append(PainEntry(at=at, spots=spots, qualities=["aching"],
                                         note="=1+1 <b>bold</b>" if day == 3 else ""))
            if day % 2 == 0:
                journal.add_session(profile=PROFILE, record=_session(start, day, level))
            journal.add_checkin(profile=PROFILE, checkin=CheckIn(
                day=(start + timedelta(days=day)).date(), sleep_quality=rnd.randint(3, 8),
                stress=rnd.randint(2, 7), medications=["ibuprofen 400 mg"] if day % 3 else []))
        journal.add_pain_entries(profile=PROFILE, entries=entries)


def _nrs(level: float, rnd: random.Random) -> int:
    return max(0, min(10, round(level + rnd.uniform(-1, 1))))


def _session(start: datetime, day: int, level: float) -> SessionRecord:
    began = start + timedelta(days=day, hours=3)
    return SessionRecord(
        started_at=began, ended_at=began + timedelta(minutes=12), pain_before=round(level) + 1,
        pain_after=max(0, round(level) - 2),
        safety_level="therapist" if day == DAYS - 5 else "self-care",
        steps=[StepRecord(muscle="upper-trapezius", side="right",
                          technique="ischemic-compression", tool="thumb", duration_s=90),
               StepRecord(muscle="suboccipitals", side="both", technique="massage-ball-hold",
                          tool="lacrosse-ball", duration_s=120, completed=day % 4 == 0)],
        note="felt lighter" if day == 0 else "")
