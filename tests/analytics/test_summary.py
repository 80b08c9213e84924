"""progress_summary: every part together, as of `now`, and its JSON."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from analytics_records import checkin, daily_neck, day, neck, session

import triggerpoint.analytics as analytics
from triggerpoint.analytics import progress_summary
from triggerpoint.errors import InputError

ENTRIES = daily_neck([6] * 7 + [5, 4, 3, 3, 2, 2, 2])
SESSIONS = [session(day(n, 9), 6, 3) for n in range(14)]
CHECKINS = [checkin(day(n).date(), sleep_quality=4 + n // 7, medications=["ibuprofen"])
            for n in range(14)]


def test_a_clear_improvement_summarised() -> None:
    summary = progress_summary(ENTRIES, SESSIONS, CHECKINS, now=day(14), planned_sessions=2)
    assert summary.overall is not None and summary.overall.change.improved
    assert [(t.region, t.side) for t in summary.regions] == [("neck", "left")]
    assert (summary.sessions.rated, summary.sessions.improved) == (14, 14)
    assert summary.helped[0].enough_data and summary.helped[0].next_day.count == 13
    assert summary.warnings == ()
    assert (summary.adherence.done, summary.adherence.planned) == (14, 30)  # days 0-14
    assert summary.checkins.measures[0].first_week == 4
    assert summary.checkins.medications[0].days == 14


def test_records_after_now_are_left_out() -> None:
    summary = progress_summary(ENTRIES, SESSIONS, CHECKINS, now=day(3, 12))
    assert summary.entries == 4 and summary.sessions.rated == 4 and summary.checkins.days == 4
    assert summary.today == day(3).date()


def test_json_is_plain_and_complete() -> None:
    summary = progress_summary(ENTRIES, SESSIONS, CHECKINS, now=day(14))
    data = summary.to_json()
    assert json.loads(json.dumps(data)) == data
    assert set(data) == {"now", "today", "entries", "overall", "regions", "sessions", "helped",
                         "warnings", "adherence", "checkins"}


def test_warnings_reach_the_summary() -> None:
    summary = progress_summary(daily_neck([5] * 14), [], [], now=day(14))
    assert [w.kind for w in summary.warnings] == ["no-improvement"]


def test_a_daily_plan_without_sessions_counts_from_the_first_entry() -> None:
    summary = progress_summary([neck(day(0), 4)], [], [], now=day(2), planned_sessions=2)
    assert (summary.adherence.planned, summary.adherence.rate) == (6, 0)


def test_empty_records() -> None:
    summary = progress_summary([], [], [], now=day(0))
    assert summary.overall is None and summary.helped == () and summary.warnings == ()


def test_now_must_have_a_time_zone() -> None:
    with pytest.raises(InputError, match="time zone"):
        progress_summary([], [], [], now=datetime(2026, 3, 2, 8))  # noqa: DTZ001


def test_the_package_exports_what_it_lists() -> None:
    assert analytics.__all__ == sorted(analytics.__all__)
    for name in analytics.__all__:
        assert getattr(analytics, name) is not None
