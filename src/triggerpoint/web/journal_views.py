"""Journal page view models, built from the journal use cases' views: the quick entry on the
body chart, check-ins, history, progress, the combined map. Templates render these only; the
safety wording (warning titles, messages, advice) is the analytics' and the report's own."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, tzinfo
from typing import Any

from triggerpoint.analytics import ProgressWarning
from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.records import CheckIn, PainEntry, SessionRecord
from triggerpoint.reports.data import Names, ReportData
from triggerpoint.reports.words import (
    NOT_A_DIAGNOSIS,
    day_text,
    evidence_text,
    time_text,
    warning_title,
)
from triggerpoint.web.journal_charts import ChartSvg, regions_svg, sessions_svg, trend_svg
from triggerpoint.web.state import FindState
from triggerpoint.web.views import AreaRegions, where_page

__all__ = [
    "QUALITY_WORDS",
    "EntryForm",
    "HistoryRow",
    "JournalPage",
    "MapPage",
    "ProgressPage",
    "WarningView",
    "checkin_text",
    "entry_form",
    "history_rows",
    "map_page",
    "marks_of",
    "progress_page",
    "spots_text",
    "warning_views",
]

#: Pain quality words offered as check boxes (the person may add their own); common words of
#: pain drawings and the short-form McGill questionnaire.
QUALITY_WORDS = (
    "aching",
    "dull",
    "deep",
    "throbbing",
    "burning",
    "sharp",
    "stabbing",
    "shooting",
    "tingling",
    "numb",
    "stiff",
    "tender",
)
#: Said when there is no warning (the command line's words).
NO_WARNINGS = (
    "No warnings. Stop and get advice if pain spikes, spreads, or turns sharp, electric or numb."
)
#: Said wherever a file of the journal is downloaded (the command line's words).
HEALTH_DATA = "It holds health data: share it only with people you choose."


@dataclass(frozen=True)
class WarningView:
    """A warning as every front end words it: title, message, what to do, the evidence."""

    kind: str
    title: str
    message: str
    advice: str
    evidence: list[str]


def warning_views(warnings: Iterable[ProgressWarning], evidence: int = 5) -> list[WarningView]:
    return [
        WarningView(
            w.kind,
            warning_title(w),
            w.message,
            w.advice,
            [evidence_text(e) for e in w.evidence[:evidence]],
        )
        for w in warnings
    ]


def spots_text(names: Names, entry: PainEntry) -> str:
    """'Temple (right) 6/10, Neck (both sides) 4/10'."""
    return ", ".join(f"{names.place(s.region, s.side)} {s.intensity}/10" for s in entry.spots)


def marks_of(entry: PainEntry | None) -> dict[str, int | None]:
    """The chart marks of an entry's spots (a 'both sides' spot marks each side)."""
    marks: dict[str, int | None] = {}
    for spot in entry.spots if entry else []:
        sides = ("right", "left") if spot.side == "both" else (spot.side,)
        for side in sides:
            marks[spot.region if side == "midline" else f"{spot.region}:{side}"] = spot.intensity
    return marks


@dataclass(frozen=True)
class EntryForm:
    """The quick entry: both views of the chart, the list of places, qualities, note, time."""

    views: list[tuple[str, str]]
    areas: list[AreaRegions]
    marks: dict[str, int | None]
    qualities: list[tuple[str, bool]]
    other: str = ""
    note: str = ""
    at: str = ""


def entry_form(
    kb: KnowledgeBase,
    marks: Mapping[str, int | None],
    qualities: Sequence[str] = (),
    note: str = "",
    at: str = "",
) -> EntryForm:
    where = where_page(kb, FindState(marks=dict(marks)), [])
    chosen = [q.strip().lower() for q in qualities if q.strip()]
    other = ", ".join(q for q in chosen if q not in QUALITY_WORDS)
    return EntryForm(
        where.views,
        where.areas,
        dict(marks),
        [(q, q in chosen) for q in QUALITY_WORDS],
        other,
        note,
        at,
    )


@dataclass(frozen=True)
class HistoryRow:
    """One line of the timeline: when, what kind, the details."""

    moment: datetime
    when: str
    kind: str
    details: str


def history_rows(
    names: Names,
    entries: Sequence[PainEntry],
    sessions: Sequence[SessionRecord],
    checkins: Sequence[CheckIn],
    zone: tzinfo,
) -> list[HistoryRow]:
    """Pain entries, sessions and check-ins as one timeline, newest first."""
    rows: list[HistoryRow] = []
    for e in entries:
        at = e.at.astimezone(zone)
        extra = "; ".join(x for x in (", ".join(e.qualities), e.note) if x)
        rows.append(
            HistoryRow(
                at,
                f"{at:%a} {time_text(at)}",
                "Pain",
                spots_text(names, e) + (f" ({extra})" if extra else ""),
            )
        )
    for s in sessions:
        at = s.started_at.astimezone(zone)
        rows.append(HistoryRow(at, f"{at:%a} {time_text(at)}", "Session", _session_text(s)))
    for c in checkins:
        end = datetime.combine(c.day, time.max, tzinfo=zone)
        rows.append(HistoryRow(end, f"{c.day:%a} {day_text(c.day)}", "Check-in", checkin_text(c)))
    return sorted(rows, key=lambda r: r.moment, reverse=True)


def _session_text(session: SessionRecord) -> str:
    before, after = session.pain_before, session.pain_after
    pain = f"pain {before} → {after}, " if before is not None and after is not None else ""
    minutes = round((session.ended_at - session.started_at).total_seconds() / 60)
    stopped = ", stopped early" if session.stopped_early else ""
    steps = len(session.steps)
    return (
        f"{pain}{minutes} min, {steps} step{'' if steps == 1 else 's'}, "
        f"{session.safety_level}{stopped}" + (f" ({session.note})" if session.note else "")
    )


def checkin_text(checkin: CheckIn) -> str:
    """'sleep 6/10, stress 4/10, took ibuprofen, note'."""
    parts = [
        f"{label} {value}/10"
        for label, value in (
            ("sleep", checkin.sleep_quality),
            ("stress", checkin.stress),
            ("stiffness", checkin.stiffness),
        )
        if value is not None
    ]
    if checkin.medications:
        parts.append("took " + ", ".join(checkin.medications))
    return ", ".join(parts + ([checkin.note] if checkin.note else [])) or "nothing yet"


@dataclass(frozen=True)
class JournalPage:
    """Log pain now: the form, what was just saved (and its warnings), the latest entries."""

    profile: str
    form: EntryForm
    recent: list[HistoryRow]
    recent_days: int
    last_entry: str | None
    copied: bool = False
    checked_in_today: bool = True
    saved: str | None = None
    warnings: list[WarningView] = field(default_factory=list)
    error: str | None = None


@dataclass(frozen=True)
class ProgressPage:
    """Warnings first, then the figures, the charts with their words, what helped, sessions."""

    days: int
    range: str
    warnings: list[WarningView]
    no_warnings: str
    not_a_diagnosis: str
    glance: list[tuple[str, str]]
    trend_chart: ChartSvg | None
    region_chart: ChartSvg | None
    session_chart: ChartSvg | None
    trends: list[dict[str, Any]]
    helped: list[dict[str, Any]]
    checkins: dict[str, Any]
    adherence: dict[str, Any]
    recent_days: list[tuple[str, str, str]]


def progress_page(data: ReportData) -> ProgressPage:
    from triggerpoint.reports.view import helped_rows, trend_rows, view_basics

    basics = view_basics(data)
    overall = data.summary.overall
    trend_chart = None
    recent: list[tuple[str, str, str]] = []
    if overall is not None:
        trend_chart = trend_svg(overall, overall.change.words)
        recent = [
            (day_text(p.day), f"{p.mean:.1f}", f"{p.mean_7d:.1f}") for p in overall.days[-14:]
        ][::-1]
    return ProgressPage(
        days=data.days,
        range=basics["range"],
        warnings=warning_views(data.warnings),
        no_warnings=NO_WARNINGS,
        not_a_diagnosis=NOT_A_DIAGNOSIS,
        glance=basics["glance"],
        trend_chart=trend_chart,
        region_chart=regions_svg(data.summary.regions, data.names),
        session_chart=sessions_svg(data.summary.sessions.changes),
        trends=trend_rows(data),
        helped=helped_rows(data),
        checkins=basics["checkins"],
        adherence=basics["adherence"],
        recent_days=recent,
    )


@dataclass(frozen=True)
class MapPlace:
    """One place on the combined map: its name, side and mean intensity."""

    region: str
    side: str
    name: str
    mean: float


@dataclass(frozen=True)
class MapPage:
    """Where it hurt from ``first`` to ``last``: mean intensity per place, drawn and listed."""

    profile: str
    first: date
    last: date
    entries: int
    svg: str | None
    places: list[MapPlace]
    legend: list[tuple[int, str]]

    def to_json(self) -> dict[str, Any]:
        return {
            "profile": self.profile,
            "first_day": self.first.isoformat(),
            "last_day": self.last.isoformat(),
            "entries": self.entries,
            "places": [
                {
                    "region": p.region,
                    "side": p.side,
                    "name": p.name,
                    "mean_intensity": round(p.mean, 2),
                }
                for p in self.places
            ],
        }


def map_page(
    names: Names, profile: str, first: date, last: date, entries: Sequence[PainEntry]
) -> MapPage:
    """Mean intensity per chart place over the entries (days without a spot left out)."""
    from triggerpoint.atlas.chart import render_svg, weight_colour
    from triggerpoint.reports.bodymaps import mean_intensities

    means = mean_intensities(entries)
    places = sorted(
        (MapPlace(r, s, names.place(r, s), m) for (r, s), m in means.items()),
        key=lambda p: (-p.mean, p.name),
    )
    svg = None
    if means:
        svg = render_svg(
            {k: v / 10 for k, v in means.items()},
            legend=False,
            title=f"Mean pain, {day_text(first)} to {day_text(last)}",
            names=names.regions,
        )
    legend = [(level, weight_colour(level / 10)) for level in range(1, 11)]
    return MapPage(profile, first, last, len(entries), svg, places, legend)
