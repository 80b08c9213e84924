"""Body charts of where it hurt: the first week, the last week and the whole range side by side.

Each region is shaded by its mean intensity over the spots logged there in the window (days it
was not logged are left out, not counted as 0), so the therapist sees both where the pain is and
how strong it was when present. Drawn with the atlas body chart.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from statistics import fmean

from triggerpoint.atlas.chart import region_shapes, render_svg
from triggerpoint.records import PainEntry
from triggerpoint.reports.data import ReportData

__all__ = ["BodyMap", "body_maps", "mean_intensities"]

_WEEK = timedelta(days=6)
ChartKey = tuple[str, str]


@dataclass(frozen=True)
class BodyMap:
    """One body chart: its title, the days it covers, how many entries, and the SVG."""

    title: str
    first_day: date
    last_day: date
    entries: int
    means: dict[ChartKey, float]
    svg: str


def body_maps(data: ReportData) -> list[BodyMap]:
    """First week, last week and whole range of the report (fewer when the log is short)."""
    days = [data.local(e.at).date() for e in data.entries]
    if not days:
        return []
    first, last = min(days), max(days)
    windows = [("Whole range", first, last)]
    if last - first > _WEEK:
        windows = [("First week", first, first + _WEEK), ("Last week", last - _WEEK, last),
                   *windows]
    maps = []
    for title, start, end in windows:
        chosen = [e for e, day in zip(data.entries, days, strict=True) if start <= day <= end]
        means = mean_intensities(chosen)
        weights = {key: value / 10 for key, value in means.items()}
        svg = render_svg(weights, title=title, legend=False, names=data.names.regions)
        maps.append(BodyMap(title, start, end, len(chosen), means, svg))
    return maps


def mean_intensities(entries: Iterable[PainEntry]) -> dict[ChartKey, float]:
    """Mean 0-10 intensity per chart shape (region, side); a 'both' spot counts on each side."""
    values: dict[ChartKey, list[int]] = defaultdict(list)
    for entry in entries:
        for spot in entry.spots:
            for key in _chart_keys(spot.region, spot.side):
                values[key].append(spot.intensity)
    return {key: fmean(found) for key, found in sorted(values.items())}


def _chart_keys(region: str, side: str) -> list[ChartKey]:
    """The chart shapes a spot covers; none for a region the chart does not draw."""
    drawn = _drawn()
    if side == "both" or (side == "midline" and (region, "midline") not in drawn):
        keys = [(region, "left"), (region, "right")]
    elif side in ("left", "right") and (region, side) not in drawn:
        keys = [(region, "midline")]
    else:
        keys = [(region, side)]
    return [key for key in keys if key in drawn]


@cache
def _drawn() -> frozenset[ChartKey]:
    """Every (region, side) the body chart has a shape for."""
    return frozenset((s.region, s.side) for s in region_shapes())
