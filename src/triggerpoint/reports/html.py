"""The therapist report as one self-contained HTML page: charts embedded as data: URIs.

No scripts, web fonts or links to fetch, so the page opens offline, prints the same from any
browser and is what the PDF is made from. Everything a person typed is autoescaped.
"""

from __future__ import annotations

import base64
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from triggerpoint import __version__
from triggerpoint.analytics.thresholds import MCID_PERCENT, MCID_POINTS
from triggerpoint.atlas.chart import weight_colour
from triggerpoint.reports import charts
from triggerpoint.reports.bodymaps import body_maps
from triggerpoint.reports.data import ReportData
from triggerpoint.reports.view import (
    entry_rows,
    helped_rows,
    session_rows,
    trend_rows,
    view_basics,
)
from triggerpoint.reports.words import NOT_A_DIAGNOSIS, day_text

__all__ = ["data_uri", "report_html"]


def data_uri(content: bytes | str, mime: str) -> str:
    """Embed an image in the page itself, so the file stands alone."""
    raw = content.encode("utf-8") if isinstance(content, str) else content
    return f"data:{mime};base64,{base64.b64encode(raw).decode('ascii')}"


def report_html(data: ReportData) -> str:
    """The whole report page."""
    template = _env().get_template("report.html")
    return template.render(
        r=view_basics(data),
        body_maps=_body_maps(data),
        legend=[(level, weight_colour(level / 10)) for level in range(1, 11)],
        charts=_charts(data),
        trends=trend_rows(data),
        helped=helped_rows(data),
        sessions=data.summary.sessions,
        session_rows=session_rows(data),
        entries=entry_rows(data),
        not_a_diagnosis=NOT_A_DIAGNOSIS,
        mcid=f"{MCID_POINTS:.0f} points or {MCID_PERCENT:.0f} %",
        version=__version__,
    )


def _env() -> Environment:
    """The template environment: package templates, autoescaping always on."""
    return Environment(loader=PackageLoader("triggerpoint.reports", "templates"),
                       autoescape=select_autoescape(default=True, default_for_string=True),
                       trim_blocks=True, lstrip_blocks=True)


def _body_maps(data: ReportData) -> list[dict[str, Any]]:
    """Each body chart with its caption and embedded SVG."""
    return [
        {"title": m.title, "uri": data_uri(m.svg, "image/svg+xml"), "entries": m.entries,
         "days": f"{day_text(m.first_day)} – {day_text(m.last_day)}",
         "top": _highest(data, m.means)}
        for m in body_maps(data)
    ]


def _highest(data: ReportData, means: dict[tuple[str, str], float]) -> list[tuple[str, str]]:
    """The five most intense places; left and right alike read as one 'both sides' place."""
    merged: dict[tuple[str, str], float] = {}
    for (region, side), mean in means.items():
        other = {"left": "right", "right": "left"}.get(side)
        if other and means.get((region, other)) == mean:
            merged[(region, "both")] = mean
        else:
            merged[(region, side)] = mean
    ranked = sorted(merged.items(), key=lambda item: (-item[1], item[0]))[:5]
    return [(data.names.place(region, side), f"{mean:.1f}") for (region, side), mean in ranked]


def _charts(data: ReportData) -> dict[str, str | None]:
    """The trend, region and session charts as PNG data URIs (None when there is no data)."""
    overall = data.summary.overall
    trend = charts.trend_png(overall, "Overall pain (worst spot per entry)") if overall else None
    regions = charts.region_trends_png(data.summary.regions, data.names)
    sessions = charts.sessions_png(data.summary.sessions.changes)
    return {name: data_uri(png, "image/png") if png else None
            for name, png in (("trend", trend), ("regions", regions), ("sessions", sessions))}
