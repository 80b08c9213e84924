"""Pain over time, overall and per region: daily means, rolling means, and the change so far.

Rolling means cover calendar days, not entries: the 7-day mean on a day averages the daily means
of the logged days among that day and the six before it, so a day with many entries weighs the
same as a day with one, and days without entries are left out rather than counted as zero.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from triggerpoint.analytics._json import JsonResult
from triggerpoint.analytics.log import DailyMeans, PainLog, RegionKey, Series
from triggerpoint.analytics.thresholds import ChangeVerdict, judge_change

__all__ = [
    "SHORT_WINDOW_DAYS",
    "WINDOW_DAYS",
    "DailyPoint",
    "Trend",
    "baseline_and_recent",
    "overall_trend",
    "region_trends",
    "rolling_means",
]

#: Short rolling window, in calendar days (clinical-safety.md 4.6: "rolling 3-7 day average").
SHORT_WINDOW_DAYS: Final = 3
#: Long rolling window, and the length of the baseline period at the start of the log.
WINDOW_DAYS: Final = 7


@dataclass(frozen=True, slots=True)
class DailyPoint(JsonResult):
    """One logged day: its mean pain, how many readings, and the 3- and 7-day rolling means."""

    day: date
    mean: float
    readings: int
    mean_3d: float
    mean_7d: float


@dataclass(frozen=True, slots=True)
class Trend(JsonResult):
    """How one region's pain (or the overall pain, region None) moved since logging began.

    `baseline` is the mean of the first 7 calendar days of the log, `recent` the 7-day rolling
    mean on the latest logged day; `change` judges baseline -> recent against the MCID.
    """

    region: str | None
    side: str | None
    days: tuple[DailyPoint, ...]
    first_day: date
    first: float
    latest_day: date
    latest: float
    baseline: float
    recent: float
    change: ChangeVerdict
    days_logged: int
    span_days: int


def rolling_means(daily: DailyMeans, window_days: int) -> tuple[float, ...]:
    """For each logged day, the mean of the logged days' means in the window ending that day."""
    ordinals, prefix = daily.ordinals, daily.prefix
    means, lo = [], 0
    for hi, ordinal in enumerate(ordinals, start=1):  # two pointers: O(n) for the whole log
        while ordinals[lo] <= ordinal - window_days:
            lo += 1
        means.append((prefix[hi] - prefix[lo]) / (hi - lo))
    return tuple(means)


def baseline_and_recent(daily: DailyMeans) -> tuple[float, float]:
    """Mean of the first 7 calendar days, and the 7-day mean on the latest logged day."""
    reach = timedelta(days=WINDOW_DAYS - 1)
    first, last = daily.days[0], daily.days[-1]
    baseline, _ = daily.window(first, first + reach)
    recent, _ = daily.window(last - reach, last)
    return baseline or 0.0, recent or 0.0


def overall_trend(log: PainLog) -> Trend | None:
    """The trend of overall pain (worst spot per entry, averaged per day); None if no entries."""
    return _trend(log.overall, None)


def region_trends(log: PainLog) -> tuple[Trend, ...]:
    """One trend per region and side that was ever logged, sorted by region then side."""
    trends = (_trend(series, key) for key, series in sorted(log.regions.items()))
    return tuple(t for t in trends if t is not None)


def _trend(series: Series, key: RegionKey | None) -> Trend | None:
    """The trend of one series, or None when it has no readings."""
    daily = series.daily
    if not daily.days:
        return None
    baseline, recent = baseline_and_recent(daily)
    return Trend(
        region=key.region if key else None,
        side=key.side if key else None,
        days=_points(daily),
        first_day=daily.days[0],
        first=daily.means[0],
        latest_day=daily.days[-1],
        latest=daily.means[-1],
        baseline=baseline,
        recent=recent,
        change=judge_change(baseline, recent),
        days_logged=len(daily.days),
        span_days=(daily.days[-1] - daily.days[0]).days + 1,
    )


def _points(daily: DailyMeans) -> tuple[DailyPoint, ...]:
    """The per-day figures of a series, with both rolling means."""
    short = rolling_means(daily, SHORT_WINDOW_DAYS)
    long = rolling_means(daily, WINDOW_DAYS)
    return tuple(
        DailyPoint(day, mean, count, mean_3d, mean_7d)
        for day, mean, count, mean_3d, mean_7d in zip(
            daily.days, daily.means, daily.counts, short, long, strict=True
        )
    )
