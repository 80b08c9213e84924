"""The pain log as time series: one reading per entry, overall and per region, in local days.

Local days: with `tz` given, every moment is converted to that zone before taking its date;
with `tz=None`, each moment keeps the UTC offset it was logged with, so an entry made at 23:30
on the person's phone belongs to that evening's day even after travel or a DST change.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from itertools import accumulate
from typing import NamedTuple

from triggerpoint.records import PainEntry

__all__ = ["DailyMeans", "PainLog", "Reading", "RegionKey", "Series", "local_day"]


class RegionKey(NamedTuple):
    """A body region on one side, as logged in a pain spot."""

    region: str
    side: str


@dataclass(frozen=True, slots=True)
class Reading:
    """One pain value at one moment, with the person's local day."""

    at: datetime
    day: date
    value: float


def local_day(at: datetime, tz: tzinfo | None) -> date:
    """The person's calendar day of a moment: in `tz`, or in the moment's own offset."""
    return (at.astimezone(tz) if tz is not None else at).date()


@dataclass(frozen=True, slots=True)
class DailyMeans:
    """The mean of each logged day, with prefix sums so any calendar window costs O(log n)."""

    days: tuple[date, ...]
    means: tuple[float, ...]
    counts: tuple[int, ...]
    ordinals: tuple[int, ...]
    prefix: tuple[float, ...]

    @classmethod
    def of(cls, readings: Iterable[Reading]) -> DailyMeans:
        """Average the readings of each local day (days without readings are left out)."""
        sums: dict[date, float] = defaultdict(float)
        counts: dict[date, int] = defaultdict(int)
        for reading in readings:
            sums[reading.day] += reading.value
            counts[reading.day] += 1
        days = tuple(sorted(sums))
        means = tuple(sums[d] / counts[d] for d in days)
        return cls(
            days=days,
            means=means,
            counts=tuple(counts[d] for d in days),
            ordinals=tuple(d.toordinal() for d in days),
            prefix=(0.0, *accumulate(means)),
        )

    def span(self, first: date, last: date) -> tuple[int, int]:
        """Index range [lo, hi) of the logged days from `first` to `last`, both included."""
        lo = bisect.bisect_left(self.ordinals, first.toordinal())
        hi = bisect.bisect_right(self.ordinals, last.toordinal())
        return lo, max(lo, hi)

    def window(self, first: date, last: date) -> tuple[float | None, int]:
        """Mean of the daily means from `first` to `last` (each day weighs the same), and days."""
        lo, hi = self.span(first, last)
        if hi == lo:
            return None, 0
        return (self.prefix[hi] - self.prefix[lo]) / (hi - lo), hi - lo

    def mean_on(self, day: date) -> float | None:
        """The mean of one day, or None when nothing was logged that day."""
        lo, hi = self.span(day, day)
        return self.means[lo] if hi > lo else None


@dataclass(frozen=True, slots=True)
class Series:
    """Readings in time order, their times for bisecting, and their daily means."""

    readings: tuple[Reading, ...]
    times: tuple[datetime, ...]
    daily: DailyMeans

    @classmethod
    def of(cls, readings: Iterable[Reading]) -> Series:
        """Sort readings by time and precompute what the analyses look up."""
        ordered = tuple(sorted(readings, key=lambda r: r.at))
        return cls(ordered, tuple(r.at for r in ordered), DailyMeans.of(ordered))

    def first_after(self, moment: datetime) -> Reading | None:
        """The first reading at or after `moment`, if any."""
        index = bisect.bisect_left(self.times, moment)
        return self.readings[index] if index < len(self.readings) else None

    def since(self, first_day: date) -> Sequence[Reading]:
        """Readings whose local day is `first_day` or later (in time order)."""
        start = bisect.bisect_left(self.times, _day_start(first_day))
        return [r for r in self.readings[start:] if r.day >= first_day]


@dataclass(frozen=True, slots=True)
class PainLog:
    """The pain log once prepared: overall pain (worst spot per entry) and each region's pain."""

    overall: Series
    regions: Mapping[RegionKey, Series]
    tz: tzinfo | None

    @classmethod
    def from_entries(cls, entries: Iterable[PainEntry], *, tz: tzinfo | None = None) -> PainLog:
        """Turn entries into series once, so every analysis shares the same local days."""
        overall: list[Reading] = []
        regions: dict[RegionKey, list[Reading]] = defaultdict(list)
        for entry in entries:
            day = local_day(entry.at, tz)
            overall.append(Reading(entry.at, day, max(s.intensity for s in entry.spots)))
            for key, value in _region_values(entry).items():
                regions[key].append(Reading(entry.at, day, value))
        series = {key: Series.of(readings) for key, readings in sorted(regions.items())}
        return cls(Series.of(overall), series, tz)


def _region_values(entry: PainEntry) -> dict[RegionKey, float]:
    """Each region's pain in one entry (the worst, should a region be logged twice)."""
    values: dict[RegionKey, float] = {}
    for spot in entry.spots:
        key = RegionKey(spot.region, spot.side)
        values[key] = max(values.get(key, 0.0), float(spot.intensity))
    return values


def _day_start(day: date) -> datetime:
    """A moment no later than the start of `day` in any zone (UTC offsets stay within 24 h)."""
    return datetime(day.year, day.month, day.day, tzinfo=UTC) - timedelta(days=1)
