"""Bounded journal reads give the same figures and warnings as reading the whole record.

The oracle is the way the app worked before reads were bounded: every record of the profile
read and validated, then filtered in Python (``old_collect`` below, ``current_warnings`` over all
rows). A seeded three-year journal with flares, new places, gaps, entries near midnight and a
few unsafe sessions is judged at many moments, in zones far from UTC, both ways.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import insert

from triggerpoint.analytics import progress_summary
from triggerpoint.errors import StorageError
from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.reports import collect_report
from triggerpoint.reports.data import (
    ReportData,
    current_warnings,
    journal_warnings,
    planned_from_plans,
)
from triggerpoint.storage import Journal, import_journal
from triggerpoint.storage.tables import PainEntryRow

PROFILE = "long"
DAYS = 3 * 365
FIRST = date(2023, 1, 2)
CORE = [
    ("back-of-neck", "left"),
    ("back-of-neck", "right"),
    ("top-of-shoulder", "both"),
    ("temple", "right"),
]
RARE = [
    ("sacrum", "midline"),
    ("calf", "left"),
    ("shoulder-blade", "left"),
    ("shoulder-blade", "both"),
]
#: Places that come back 25 and 27 days after they were last logged: not new (28-day rule).
RETURNS = {("calf", "right"): (600, 625), ("temple", "left"): (700, 727)}
ZONES = ["Europe/London", "Pacific/Kiritimati", "America/Los_Angeles"]


def _document(zone: tzinfo, seed: int = 12) -> dict[str, Any]:
    """An export of one profile: flares, new places, a long gap, late-night entries."""
    rng = random.Random(seed)
    entries, sessions, checkins = [], [], []
    flare_until = rare_until = -1
    rare: tuple[str, str] = RARE[0]
    for n in range(DAYS):
        if 400 <= n < 470 or n > DAYS - 30 and n % 3 == 0:  # a gap, then patchy logging
            continue
        day = FIRST + timedelta(days=n)
        if rng.random() < 0.03:
            flare_until = n + rng.randint(1, 6)
        if rng.random() < 0.02:
            rare_until, rare = n + rng.randint(0, 4), rng.choice(RARE)
        base = 4 + 2 * rng.random() - 2 * n / DAYS + (4 if n <= flare_until else 0)
        for hour, minute in ((8, 0), (23, rng.randint(0, 59)) if n % 5 == 0 else (20, 0)):
            at = datetime.combine(day, time(hour, minute), zone)
            places = rng.sample(CORE, rng.randint(1, 3)) + ([rare] if n <= rare_until else [])
            places += [place for place, on in RETURNS.items() if n in on]
            spots = [
                {
                    "region": r,
                    "side": s,
                    "intensity": max(0, min(10, round(base + rng.gauss(0, 1.2)))),
                }
                for r, s in places
            ]
            entries.append(
                {
                    "at": at.isoformat(),
                    "spots": spots,
                    "qualities": ["aching"] if n % 2 else [],
                    "note": f"day {n}",
                }
            )
            before = max(0, min(10, round(base)))
            start = at + timedelta(minutes=5)
            level = "self-care" if rng.random() > 0.01 else rng.choice(["therapist", "doctor"])
            sessions.append(
                {
                    "started_at": start.isoformat(),
                    "ended_at": (start + timedelta(minutes=8)).isoformat(),
                    "pain_before": before,
                    "pain_after": None if n % 7 == 0 else max(0, before - rng.randint(0, 3)),
                    "safety_level": level,
                    "stopped_early": n % 11 == 0,
                    "steps": [
                        {
                            "muscle": "upper-trapezius",
                            "side": "left",
                            "technique": "ischemic-compression",
                            "tool": "ball",
                            "duration_s": 60,
                            "pressure": rng.choice([None, 4]),
                            "completed": n % 4 != 0,
                        }
                    ],
                }
            )
        checkins.append(
            {
                "day": day.isoformat(),
                "sleep_quality": rng.randint(3, 8),
                "stress": rng.randint(2, 7),
                "medications": [],
                "note": "",
            }
        )
    profile = {
        "name": PROFILE,
        "created_at": datetime.combine(FIRST, time(), zone).isoformat(),
        "pain_entries": entries,
        "sessions": sessions,
        "checkins": checkins,
    }
    return {"format": "triggerpoint-journal", "version": 1, "profiles": [profile]}


def _moments(zone: tzinfo) -> list[datetime]:
    """Moments to judge at: before the first entry, every few weeks, long after the last."""
    days = [-3, 1, 5, 13, 14, 20, 631, 735, *range(30, DAYS + 60, 37), DAYS + 400]
    return [datetime.combine(FIRST + timedelta(days=d), time(21, 30), zone) for d in days]


@pytest.fixture(params=ZONES)
def zone(request: pytest.FixtureRequest) -> tzinfo:
    return ZoneInfo(request.param)


@pytest.fixture
def long_journal(journal: Journal, zone: tzinfo) -> Iterator[Journal]:
    import_journal(journal, _document(zone))
    yield journal


def old_collect(
    journal: Journal, every: dict[str, list[Any]], days: int, now: datetime, tz: tzinfo
) -> dict[str, Any]:
    """The report data the way it was collected before reads were bounded (the oracle).

    ``every`` holds every record of the profile read and validated (the whole-record way).
    """
    first_day = now.date() - timedelta(days=days - 1)
    start = datetime.combine(first_day, time(), tzinfo=tz)
    entries = [e for e in every["entries"] if e.at <= now]
    sessions = [s for s in every["sessions"] if s.started_at <= now]
    checkins = [c for c in every["checkins"] if first_day <= c.day <= now.date()]
    planned = planned_from_plans(journal.plans(profile=PROFILE), first_day)
    in_range = [e for e in entries if e.at >= start]
    sessions_in_range = [s for s in sessions if s.started_at >= start]
    summary = progress_summary(
        in_range, sessions_in_range, checkins, now=now, planned_sessions=planned, tz=tz
    )
    return {
        "entries": tuple(in_range),
        "sessions": tuple(sessions_in_range),
        "checkins": tuple(checkins),
        "summary": summary,
        "warnings": current_warnings(entries, sessions, now=now, tz=tz),
    }


@pytest.mark.parametrize("zone", [ZoneInfo("Europe/London")])
def test_trusted_reads_equal_validated_reads(long_journal: Journal, zone: tzinfo) -> None:
    since = datetime.combine(FIRST + timedelta(days=300), time(), zone)
    until = since + timedelta(days=200)
    windows: list[tuple[datetime | None, datetime | None]] = [(None, None), (since, until)]
    for start, end in windows:
        validated = long_journal.pain_entries(profile=PROFILE, since=start, until=end)
        trusted = long_journal.pain_entries(profile=PROFILE, trusted=True, since=start, until=end)
        assert trusted == validated and len(trusted) > 200
        assert [e.model_dump(mode="json") for e in trusted] == [
            e.model_dump(mode="json") for e in validated
        ]
        sessions = long_journal.sessions(profile=PROFILE, since=start, until=end)
        assert (
            long_journal.sessions(profile=PROFILE, trusted=True, since=start, until=end) == sessions
        )
    unsafe = long_journal.sessions(profile=PROFILE, unsafe_only=True, trusted=True)
    every = long_journal.sessions(profile=PROFILE)
    assert unsafe == [s for s in every if s.safety_level != "self-care"] and unsafe


@pytest.mark.parametrize("zone", [ZoneInfo("Europe/London")])
def test_pain_span_is_the_first_and_latest_moment(long_journal: Journal, zone: tzinfo) -> None:
    every = long_journal.pain_entries(profile=PROFILE)
    assert long_journal.pain_span(profile=PROFILE) == (every[0].at, every[-1].at)
    middle = every[len(every) // 2].at
    assert long_journal.pain_span(profile=PROFILE, until=middle) == (
        every[0].at,
        every[len(every) // 2 - 1].at,
    )
    assert long_journal.pain_span(profile=PROFILE, until=every[0].at) is None
    assert long_journal.pain_span(profile="anna") is None


def test_bounded_warnings_equal_the_whole_record(long_journal: Journal, zone: tzinfo) -> None:
    entries = long_journal.pain_entries(profile=PROFILE)
    sessions = long_journal.sessions(profile=PROFILE)
    kinds: set[str] = set()
    for now in _moments(zone):
        expected = current_warnings(entries, sessions, now=now, tz=zone)
        assert journal_warnings(long_journal, PROFILE, now=now, tz=zone) == expected, now
        kinds |= {w.kind for w in expected}
    assert kinds == {"safety-level", "pain-spread", "pain-spiked", "no-improvement"}


def test_bounded_report_equals_the_whole_record(
    long_journal: Journal, zone: tzinfo, kb: KnowledgeBase
) -> None:
    every: dict[str, list[Any]] = {
        "entries": long_journal.pain_entries(profile=PROFILE),
        "sessions": long_journal.sessions(profile=PROFILE),
        "checkins": long_journal.checkins(profile=PROFILE),
    }
    for now, days in zip(_moments(zone)[::3], [28, 400, 1, 90] * 10, strict=False):
        data: ReportData = collect_report(long_journal, PROFILE, days=days, now=now, tz=zone, kb=kb)
        expected = old_collect(long_journal, every, days, now.astimezone(zone), zone)
        got = {
            "entries": data.entries,
            "sessions": data.sessions,
            "checkins": data.checkins,
            "summary": data.summary,
            "warnings": data.warnings,
        }
        assert got == expected, now
        assert data.to_json()["warnings"] == [w.to_json() for w in expected["warnings"]]


def test_an_entry_without_spots_is_refused_by_the_trusted_read(journal: Journal) -> None:
    moment = datetime(2026, 1, 5, 8, tzinfo=ZoneInfo("UTC"))
    with journal.engine.begin() as connection:
        profile_id = journal.profile("anna").id
        connection.execute(
            insert(PainEntryRow).values(profile_id=profile_id, at=moment, qualities=[], note="")
        )
    with pytest.raises(StorageError, match="has no pain spot"):
        journal.pain_entries(profile="anna", trusted=True)
