"""The report's charts as PNG bytes (matplotlib, Agg canvas, no pyplot state shared).

- pain trend: daily means, the 3- and 7-day rolling means, and the MCID band around the
  first-week mean (inside it, a change is not clinically important);
- region trends: the 7-day rolling mean of each region logged most;
- sessions: pain before and after each rated session.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from typing import Any, Final

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import AutoDateLocator, DateFormatter
from matplotlib.figure import Figure

from triggerpoint.analytics.sessions import SessionChange
from triggerpoint.analytics.thresholds import MCID_PERCENT, MCID_POINTS, MIN_POINTS
from triggerpoint.analytics.trends import Trend
from triggerpoint.reports.data import Names

__all__ = ["mcid_margin", "region_trends_png", "sessions_png", "trend_png"]

_DPI: Final = 150
_SIZE: Final = (7.2, 2.7)
_INK, _MUTED, _GRID = "#1f2933", "#8a94a0", "#e4e7eb"
_BETTER, _WORSE, _SAME = "#2e7d32", "#b71c1c", "#7b8794"
_LINES: Final = ("#1565c0", "#c2185b", "#ef6c00", "#00897b", "#6a1b9a", "#5d4037")
#: At most this many regions in the region chart (the most often logged).
MAX_REGIONS: Final = 6


def mcid_margin(baseline: float) -> float:
    """The smallest change from ``baseline`` that counts: 2 points or 30 %, at least 1 point."""
    if baseline <= 0:
        return MCID_POINTS
    return max(MIN_POINTS, min(MCID_POINTS, baseline * MCID_PERCENT / 100))


def trend_png(trend: Trend, title: str) -> bytes:
    """Daily means, 3- and 7-day rolling means, and the MCID band around the first-week mean."""
    figure, axes = _figure(title)
    days = _dates([p.day for p in trend.days])
    margin = mcid_margin(trend.baseline)
    axes.axhspan(max(0.0, trend.baseline - margin), min(10.0, trend.baseline + margin),
                 color="#e8f0e8", zorder=0, label="No important change (MCID)")
    axes.axhline(trend.baseline, color=_SAME, linestyle="--", linewidth=0.9,
                 label=f"First-week mean {trend.baseline:.1f}")
    axes.plot(days, [p.mean for p in trend.days], "o", color=_MUTED, markersize=3,
              label="Daily mean")
    axes.plot(days, [p.mean_3d for p in trend.days], color="#90caf9", linewidth=1.4,
              label="3-day mean")
    axes.plot(days, [p.mean_7d for p in trend.days], color=_LINES[0], linewidth=2.0,
              label="7-day mean")
    _date_axis(axes)
    axes.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=7, frameon=False)
    return _png(figure)


def region_trends_png(trends: Sequence[Trend], names: Names) -> bytes | None:
    """The 7-day rolling mean of the most-logged regions; None when no region was logged."""
    chosen = sorted(trends, key=lambda t: (-t.days_logged, t.region or ""))[:MAX_REGIONS]
    if not chosen:
        return None
    figure, axes = _figure("7-day mean pain by region")
    for colour, trend in zip(_LINES, chosen, strict=False):
        axes.plot(_dates([p.day for p in trend.days]), [p.mean_7d for p in trend.days],
                  color=colour, linewidth=1.6, marker="o", markersize=2,
                  label=names.place(trend.region or "", trend.side))
    _date_axis(axes)
    axes.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=7, frameon=False)
    return _png(figure)


def sessions_png(changes: Sequence[SessionChange]) -> bytes | None:
    """Pain before (open circle) and after (dot) each rated session; None without any."""
    if not changes:
        return None
    figure, axes = _figure("Pain before and after each session")
    for index, change in enumerate(changes):
        colour = _BETTER if change.change.improved else _WORSE if change.change.worsened else _SAME
        axes.plot([index, index], [change.pain_before, change.pain_after], color=colour,
                  linewidth=1.6)
        axes.plot(index, change.pain_before, "o", markerfacecolor="white", color=colour,
                  markersize=4)
        axes.plot(index, change.pain_after, "o", color=colour, markersize=4)
    step = max(1, len(changes) // 8)
    ticks = list(range(0, len(changes), step))
    axes.set_xticks(ticks, [f"{changes[i].day:%d %b}" for i in ticks], fontsize=7)
    axes.set_xlim(-0.8, len(changes) - 0.2)
    for colour, text in ((_BETTER, "Fall of at least the MCID"), (_WORSE, "Rise of at least "
                         "the MCID"), (_SAME, "Smaller change")):
        axes.plot([], [], color=colour, linewidth=1.6, label=text)
    axes.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=7, frameon=False)
    return _png(figure)


def _figure(title: str) -> tuple[Figure, Axes]:
    """A figure with one 0-10 pain axis, styled for print."""
    figure = Figure(figsize=_SIZE, dpi=_DPI, layout="constrained")
    axes = figure.add_subplot()
    axes.set_title(title, fontsize=9, loc="left", color=_INK)
    axes.set_ylim(0, 10.3)
    axes.set_yticks(range(0, 11, 2))
    axes.set_ylabel("Pain 0-10", fontsize=8, color=_INK)
    axes.tick_params(labelsize=7, colors=_INK)
    axes.grid(axis="y", color=_GRID, linewidth=0.6)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    return figure, axes


def _date_axis(axes: Axes) -> None:
    """Compact date ticks that stay readable from a week to a year."""
    axes.xaxis.set_major_locator(AutoDateLocator(minticks=3, maxticks=8))  # type: ignore[no-untyped-call]
    axes.xaxis.set_major_formatter(DateFormatter("%d %b"))  # type: ignore[no-untyped-call]


def _png(figure: Figure) -> bytes:
    """The figure as PNG bytes."""
    FigureCanvasAgg(figure)  # attaches the Agg canvas: no GUI backend, no pyplot state
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def _dates(days: list[date]) -> Any:
    """Dates as x values (matplotlib converts them; its stubs only name numbers)."""
    return days
