"""Session change: pain before and after each guided session."""

from __future__ import annotations

import json

from analytics_records import day, session

from triggerpoint.analytics.sessions import session_change, session_overview


def test_a_clear_drop_is_meaningful() -> None:
    change = session_change(session(day(0), 7, 3))
    assert change is not None
    assert (change.change.points, round(change.change.percent or 0)) == (-4, -57)
    assert change.change.band == "substantial" and change.change.improved


def test_a_one_point_drop_from_ten_is_not_meaningful() -> None:
    change = session_change(session(day(0), 10, 9))
    assert change is not None
    assert change.change.band == "minimal" and not change.change.meaningful


def test_two_points_or_thirty_percent_is_enough() -> None:
    two_points = session_change(session(day(0), 9, 7))  # 22 %
    thirty_percent = session_change(session(day(0), 3, 2))  # 1 point, 33 %
    assert two_points is not None and two_points.change.improved
    assert thirty_percent is not None and thirty_percent.change.improved


def test_a_session_without_both_ratings_is_left_out() -> None:
    assert session_change(session(day(0), 6, None)) is None
    assert session_change(session(day(0), None, 4)) is None


def test_overview_counts_and_means() -> None:
    overview = session_overview([
        session(day(1), 6, 6), session(day(0), 8, 4), session(day(2), None, 3),
        session(day(3), 2, 5),
    ])
    assert [c.day.day for c in overview.changes] == [2, 3, 5]  # in time order (March 2, 3, 5)
    assert (overview.rated, overview.unrated, overview.improved, overview.worsened) == (3, 1, 1, 1)
    assert (overview.mean_before, overview.mean_after) == (16 / 3, 5)
    assert overview.mean_change is not None and not overview.mean_change.meaningful
    assert json.loads(json.dumps(overview.to_json()))["changes"][0]["pain_before"] == 8


def test_no_sessions() -> None:
    overview = session_overview([])
    assert (overview.rated, overview.mean_before, overview.mean_change) == (0, None, None)
