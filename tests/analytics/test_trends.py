"""Trends: daily means, rolling calendar-day means, overall vs region, local days."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from analytics_records import START, daily_neck, day, entry, neck
from hypothesis import given
from hypothesis import strategies as st

from triggerpoint.analytics.log import DailyMeans, PainLog, Reading
from triggerpoint.analytics.trends import overall_trend, region_trends, rolling_means


def test_rolling_means_on_known_numbers() -> None:
    trend = overall_trend(PainLog.from_entries(daily_neck([2, 4, 6, 8, 10])))
    assert trend is not None
    assert [p.mean for p in trend.days] == [2, 4, 6, 8, 10]
    assert [p.mean_3d for p in trend.days] == [2, 3, 4, 6, 8]
    assert [p.mean_7d for p in trend.days] == [2, 3, 4, 5, 6]


def test_rolling_means_use_calendar_days_not_entries() -> None:
    log = PainLog.from_entries([neck(day(0), 2), neck(day(4), 6), neck(day(8), 4)])
    trend = overall_trend(log)
    assert trend is not None
    assert [p.mean_3d for p in trend.days] == [2, 6, 4]  # day 0 is outside day 4's 3 days
    assert [p.mean_7d for p in trend.days] == [2, 4, 5]  # day 8's 7 days are days 2-8


def test_a_day_with_many_entries_weighs_as_one_day() -> None:
    log = PainLog.from_entries([neck(day(0, 8), 2), neck(day(0, 12), 4), neck(day(0, 20), 6),
                                neck(day(1), 8)])
    trend = overall_trend(log)
    assert trend is not None
    assert [(p.mean, p.readings) for p in trend.days] == [(4, 3), (8, 1)]
    assert trend.days[-1].mean_3d == 6  # (4 + 8) / 2, not (2 + 4 + 6 + 8) / 4


def test_overall_is_the_worst_spot_and_regions_are_separate() -> None:
    log = PainLog.from_entries([
        entry(day(0), ("neck", "left", 3), ("shoulder", "right", 7)),
        entry(day(0, 18), ("neck", "left", 5)),
    ])
    overall = overall_trend(log)
    assert overall is not None and overall.days[0].mean == 6  # (7 + 5) / 2
    regions = {(t.region, t.side): t.days[0].mean for t in region_trends(log)}
    assert regions == {("neck", "left"): 4, ("shoulder", "right"): 7}


def test_change_compares_the_first_week_with_the_latest_seven_days() -> None:
    trend = overall_trend(PainLog.from_entries(daily_neck([6] * 7 + [5, 4, 3, 3, 2, 2, 2])))
    assert trend is not None
    assert (trend.first, trend.latest, trend.baseline) == (6, 2, 6)
    assert trend.recent == 3  # days 7-13: 5 4 3 3 2 2 2
    assert trend.change.improved and trend.change.band == "substantial"
    assert (trend.days_logged, trend.span_days) == (14, 14)
    assert (trend.first_day, trend.latest_day) == (date(2026, 3, 2), date(2026, 3, 15))


def test_no_entries_no_trend() -> None:
    log = PainLog.from_entries([])
    assert overall_trend(log) is None and region_trends(log) == ()


def test_an_entry_at_2330_local_belongs_to_that_local_day() -> None:
    new_york = timezone(timedelta(hours=-5))
    late = datetime(2026, 3, 2, 23, 30, tzinfo=new_york)  # 04:30 UTC on 3 March
    in_own_offset = overall_trend(PainLog.from_entries([neck(late, 5)]))
    assert in_own_offset is not None and in_own_offset.first_day == date(2026, 3, 2)
    stored_in_utc = neck(late.astimezone(ZoneInfo("UTC")), 5)
    as_utc = overall_trend(PainLog.from_entries([stored_in_utc]))
    assert as_utc is not None and as_utc.first_day == date(2026, 3, 3)
    zoned = overall_trend(PainLog.from_entries([stored_in_utc], tz=ZoneInfo("America/New_York")))
    assert zoned is not None and zoned.first_day == date(2026, 3, 2)


def test_local_days_follow_daylight_saving_time() -> None:
    berlin = ZoneInfo("Europe/Berlin")  # UTC+2 in summer: 22:30 UTC is 00:30 the next day
    summer = datetime(2026, 7, 1, 22, 30, tzinfo=UTC)
    winter = datetime(2026, 1, 1, 22, 30, tzinfo=UTC)  # UTC+1: 23:30 the same day
    trend = overall_trend(PainLog.from_entries([neck(summer, 4), neck(winter, 4)], tz=berlin))
    assert trend is not None
    assert [p.day for p in trend.days] == [date(2026, 1, 1), date(2026, 7, 2)]


days_and_values = st.lists(
    st.tuples(st.integers(0, 40), st.integers(0, 10)), min_size=1, max_size=60
)


@given(days_and_values, st.integers(1, 10))
def test_rolling_means_stay_within_the_window(values: list[tuple[int, int]], width: int) -> None:
    readings = [Reading(START + timedelta(days=d), (START + timedelta(days=d)).date(), v)
                for d, v in values]
    daily = DailyMeans.of(readings)
    for current, mean in zip(daily.days, rolling_means(daily, width), strict=True):
        window = [m for d, m in zip(daily.days, daily.means, strict=True)
                  if timedelta(0) <= current - d < timedelta(days=width)]
        assert min(window) - 1e-9 <= mean <= max(window) + 1e-9


@given(days_and_values)
def test_a_one_day_window_is_the_daily_mean(values: list[tuple[int, int]]) -> None:
    readings = [Reading(START + timedelta(days=d), (START + timedelta(days=d)).date(), v)
                for d, v in values]
    daily = DailyMeans.of(readings)
    assert [round(m, 9) for m in rolling_means(daily, 1)] == [round(m, 9) for m in daily.means]
