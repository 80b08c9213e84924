"""Small server-rendered SVG charts for the progress page (the report's charts are PNGs).

Every chart is an ``img`` with a name and a description that says in words what it shows;
lines differ by dash pattern and marker as well as colour, and colours come from the style
sheet (classes only: the page's Content-Security-Policy allows no inline style).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape, quoteattr

from triggerpoint.analytics.sessions import SessionChange
from triggerpoint.analytics.trends import Trend
from triggerpoint.reports.data import Names

__all__ = [
    "DASHES",
    "MAX_REGION_LINES",
    "MAX_SESSIONS",
    "ChartSvg",
    "regions_svg",
    "sessions_svg",
    "trend_svg",
]

_W, _H = 720, 250
_LEFT, _RIGHT, _TOP, _BOTTOM = 44, 706, 14, 214
#: Dash patterns of the region lines, so they differ without colour.
DASHES = ("", "8 4", "2 4", "12 4 2 4", "4 4", "1 8")
MAX_REGION_LINES = len(DASHES)
#: The session chart shows the latest sessions only, so each stays readable.
MAX_SESSIONS = 60


@dataclass(frozen=True)
class ChartSvg:
    """One chart: its SVG, and its legend as (css class, dash pattern, label)."""

    svg: str
    legend: tuple[tuple[str, str, str], ...]


def _y(value: float) -> float:
    return _BOTTOM - (max(0.0, min(10.0, value)) / 10) * (_BOTTOM - _TOP)


class _DayAxis:
    """Days on the x axis, from the first to the last (one day spans at least a little)."""

    def __init__(self, first: date, last: date) -> None:
        self.first, self.span = first, max(1, (last - first).days)

    def x(self, day: date) -> float:
        return _LEFT + (day - self.first).days / self.span * (_RIGHT - _LEFT)

    def ticks(self, count: int = 5) -> list[tuple[float, str]]:
        from datetime import timedelta

        steps = min(count, self.span)
        days = [self.first + timedelta(days=round(i * self.span / steps)) for i in range(steps + 1)]
        fmt = "%b %Y" if self.span > 400 else "%d %b"
        return [(self.x(d), d.strftime(fmt).lstrip("0")) for d in dict.fromkeys(days)]


def _frame(label: str, description: str, ticks: list[tuple[float, str]]) -> list[str]:
    """The svg element, its name and description, the 0-10 grid and the x labels."""
    out = [
        f'<svg class="chart" viewBox="0 0 {_W} {_H}" role="img" '
        f"aria-label={quoteattr(label + '. ' + description)} "
        'xmlns="http://www.w3.org/2000/svg">'
    ]
    for level in range(0, 11, 2):
        y = _y(level)
        out.append(f'<line class="grid" x1="{_LEFT}" x2="{_RIGHT}" y1="{y:.1f}" y2="{y:.1f}"/>')
        out.append(
            f'<text class="tick" x="{_LEFT - 8}" y="{y + 4:.1f}" text-anchor="end">{level}</text>'
        )
    for index, (x, text) in enumerate(ticks):
        anchor = "end" if index and index == len(ticks) - 1 and x > _RIGHT - 30 else "middle"
        out.append(
            f'<text class="tick" x="{x:.1f}" y="{_BOTTOM + 22}" '
            f'text-anchor="{anchor}">{escape(text)}</text>'
        )
    return out


def _line(points: Sequence[tuple[float, float]], css: str, dash: str = "") -> str:
    if not points:
        return ""
    d = "M" + "L".join(f"{x:.1f} {y:.1f}" for x, y in points)
    dashes = f' stroke-dasharray="{dash}"' if dash else ""
    return f'<path class="{css}" d="{d}"{dashes}/>'


def trend_svg(trend: Trend, words: str) -> ChartSvg:
    """Daily means (dots), the 7-day mean (line) and the band of no important change."""
    from triggerpoint.reports.charts import mcid_margin  # the report's band (loads matplotlib)

    axis = _DayAxis(trend.days[0].day, trend.days[-1].day)
    margin = mcid_margin(trend.baseline)
    low, high = max(0.0, trend.baseline - margin), min(10.0, trend.baseline + margin)
    description = (
        f"From {trend.first_day:%d %b %Y} to {trend.latest_day:%d %b %Y}: first-week "
        f"mean {trend.baseline:.1f}, latest 7-day mean {trend.recent:.1f}. {words}"
    )
    out = _frame("Overall pain, 0-10", description, axis.ticks())
    out.append(
        f'<rect class="band" x="{_LEFT}" width="{_RIGHT - _LEFT}" y="{_y(high):.1f}" '
        f'height="{_y(low) - _y(high):.1f}"/>'
    )
    out.append(
        _line([(_LEFT, _y(trend.baseline)), (_RIGHT, _y(trend.baseline))], "baseline", "6 4")
    )
    daily = [(axis.x(p.day), _y(p.mean)) for p in trend.days]
    if len(daily) > 400:  # ten years of dots would be a blur: a thin line instead
        out.append(_line(daily, "daily-line"))
    else:
        out += [f'<circle class="daily" cx="{x:.1f}" cy="{y:.1f}" r="2.6"/>' for x, y in daily]
    out.append(_line([(axis.x(p.day), _y(p.mean_7d)) for p in trend.days], "mean7"))
    out.append("</svg>")
    legend = (
        (
            "legend-band",
            "",
            f"No important change: within {margin:.1f} points of the "
            f"first-week mean ({trend.baseline:.1f}, dashed)",
        ),
        ("legend-daily", "", "Daily mean (dots)"),
        ("legend-mean7", "", "7-day mean (thick line)"),
    )
    return ChartSvg("\n".join(out), legend)


def regions_svg(trends: Sequence[Trend], names: Names) -> ChartSvg | None:
    """The 7-day mean of the most-logged places, each line with its own dash pattern."""
    chosen = sorted(trends, key=lambda t: (-t.days_logged, t.region or ""))[:MAX_REGION_LINES]
    if not chosen:
        return None
    axis = _DayAxis(min(t.days[0].day for t in chosen), max(t.days[-1].day for t in chosen))
    places = [names.place(t.region or "", t.side) for t in chosen]
    description = "; ".join(
        f"{place}: first week {t.baseline:.1f}, latest 7 days {t.recent:.1f}"
        for place, t in zip(places, chosen, strict=True)
    )
    out = _frame("7-day mean pain by place", description, axis.ticks())
    for index, trend in enumerate(chosen):
        out.append(
            _line(
                [(axis.x(p.day), _y(p.mean_7d)) for p in trend.days],
                f"region r{index}",
                DASHES[index],
            )
        )
    out.append("</svg>")
    legend = tuple((f"r{i}", DASHES[i], place) for i, place in enumerate(places))
    return ChartSvg("\n".join(out), legend)


def sessions_svg(changes: Sequence[SessionChange]) -> ChartSvg | None:
    """Pain before (open circle) and after (dot) each of the latest rated sessions."""
    shown = list(changes)[-MAX_SESSIONS:]
    if not shown:
        return None
    step = (_RIGHT - _LEFT) / max(1, len(shown))
    every = max(1, len(shown) // 6)
    ticks = [
        (_LEFT + (i + 0.5) * step, f"{c.day:%d %b}".lstrip("0"))
        for i, c in enumerate(shown)
        if i % every == 0
    ]
    better = sum(c.change.improved for c in shown)
    worse = sum(c.change.worsened for c in shown)
    description = (
        f"{len(shown)} sessions from {shown[0].day:%d %b %Y} to "
        f"{shown[-1].day:%d %b %Y}: pain fell by a meaningful amount in {better}, "
        f"rose by a meaningful amount in {worse}."
    )
    out = _frame("Pain before and after each session", description, ticks)
    for index, change in enumerate(shown):
        tone = "better" if change.change.improved else "worse" if change.change.worsened else "same"
        x = _LEFT + (index + 0.5) * step
        out.append(
            f'<g class="session {tone}">'
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{_y(change.pain_before):.1f}" '
            f'y2="{_y(change.pain_after):.1f}"/>'
            f'<circle class="before" cx="{x:.1f}" cy="{_y(change.pain_before):.1f}" r="4"/>'
            f'<circle class="after" cx="{x:.1f}" cy="{_y(change.pain_after):.1f}" r="4"/>'
            "</g>"
        )
    out.append("</svg>")
    legend = (
        ("legend-before", "", "Before (open circle)"),
        ("legend-after", "", "After (dot)"),
        ("legend-better", "", "Green: fell by at least the MCID"),
        ("legend-worse", "", "Red: rose by at least the MCID"),
        ("legend-same", "", "Grey: smaller change"),
    )
    return ChartSvg("\n".join(out), legend)
