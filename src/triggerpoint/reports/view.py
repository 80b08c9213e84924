"""What the report page shows, as plain text and numbers: the template only lays it out."""

from __future__ import annotations

from typing import Any

from triggerpoint.analytics.helped import Effect, HelpedItem
from triggerpoint.analytics.thresholds import ChangeVerdict
from triggerpoint.analytics.trends import Trend
from triggerpoint.records import SessionRecord
from triggerpoint.reports.data import ReportData
from triggerpoint.reports.words import (
    MEASURE_NAMES,
    day_text,
    evidence_text,
    mean_text,
    time_text,
    warning_title,
)
from triggerpoint.safety.levels import LEVELS

__all__ = ["entry_rows", "helped_rows", "session_rows", "tone", "trend_rows", "view_basics"]

_LEVELS = LEVELS


def tone(verdict: ChangeVerdict | None) -> str:
    """'better', 'worse' or 'same': the colour of a change in the report."""
    if verdict is None:
        return "same"
    return "better" if verdict.improved else "worse" if verdict.worsened else "same"


def view_basics(data: ReportData) -> dict[str, Any]:
    """Header, at-a-glance figures, warnings, adherence, check-ins and safety levels."""
    return {
        "profile": data.profile,
        "range": f"{day_text(data.first_day)} – {day_text(data.last_day)} ({data.days} days)",
        "generated": f"{time_text(data.now)} ({data.zone})",
        "zone": data.zone,
        "glance": _glance(data),
        "warnings": [
            {"title": warning_title(w), "message": w.message, "advice": w.advice,
             "evidence": [evidence_text(e) for e in w.evidence]}
            for w in data.warnings
        ],
        "adherence": _adherence(data),
        "checkins": _checkins(data),
        "safety": _safety(data),
    }


def _glance(data: ReportData) -> list[tuple[str, str]]:
    """The few figures a therapist reads first."""
    summary, overall = data.summary, data.summary.overall
    days_logged = overall.days_logged if overall else 0
    rows = [
        ("Pain entries", f"{summary.entries} on {days_logged} of {data.days} days" + (
            f", {day_text(overall.first_day)} to {day_text(overall.latest_day)}" if overall
            else "")),
        ("Sessions", f"{len(data.sessions)} ({summary.sessions.rated} rated before and after)"),
        ("Adherence", _adherence_text(data)),
        ("Check-ins", f"{summary.checkins.days} days"),
        ("Warnings now", str(len(data.warnings)) if data.warnings else "none"),
    ]
    if overall is not None:
        rows.insert(0, ("Overall pain (worst spot, NRS 0-10)",
                        f"first-week mean {overall.baseline:.1f} → latest 7-day mean "
                        f"{overall.recent:.1f}. {overall.change.words}"))
    return rows


def _adherence_text(data: ReportData) -> str:
    """'18 of 24 planned sessions (75 %)', or why there is no rate."""
    adherence = _adherence(data)
    if adherence["rate"] is None:
        return "no saved plan in this range" if adherence["planned"] is None else "nothing planned"
    done, planned, rate = adherence["done"], adherence["planned"], adherence["rate"]
    return f"{done} sessions done, {planned} planned ({rate})"


def trend_rows(data: ReportData) -> list[dict[str, Any]]:
    """Overall and per-region trends: first-week mean, latest 7-day mean, the MCID verdict."""
    overall = data.summary.overall
    trends: list[tuple[str, Trend]] = [("Overall (worst spot)", overall)] if overall else []
    trends += [(data.names.place(t.region or "", t.side), t) for t in data.summary.regions]
    return [
        {"place": place, "days": t.days_logged, "span": t.span_days, "first": mean_text(t.baseline),
         "recent": mean_text(t.recent), "change": t.change.words, "tone": tone(t.change)}
        for place, t in trends
    ]


def helped_rows(data: ReportData) -> list[dict[str, Any]]:
    """What helped: muscle x technique x tool with its immediate and next-day effect."""
    return [_helped_row(data, item) for item in data.summary.helped]


def _helped_row(data: ReportData, item: HelpedItem) -> dict[str, Any]:
    """One combination's row."""
    muscle, technique, tool = data.names.combo(item.muscle, item.technique, item.tool)
    return {
        "muscle": muscle, "technique": technique, "tool": tool, "sessions": item.sessions,
        "immediate": _effect_text(item.immediate), "next_day": _effect_text(item.next_day),
        "verdict": item.immediate.words, "enough": item.enough_data,
        "tone": tone(item.immediate.verdict),
    }


def _effect_text(effect: Effect) -> str:
    """'6.0 → 3.3 (−2.7), n=4', or a dash when there is no figure."""
    if effect.mean_before is None or effect.mean_after is None or effect.mean_change is None:
        return "–"
    change = f"{effect.mean_change:+.1f}".replace("-", "−")
    return f"{effect.mean_before:.1f} → {effect.mean_after:.1f} ({change}), n={effect.count}"


def _adherence(data: ReportData) -> dict[str, Any]:
    """Sessions done against planned, with the share and the days the plan was met."""
    adherence = data.summary.adherence
    stopped = sum(d.stopped_early for d in adherence.days)
    rate = None if adherence.rate is None else f"{adherence.rate:.0%}".replace("%", " %")
    return {"done": adherence.done, "planned": adherence.planned, "rate": rate,
            "days_on_plan": adherence.days_on_plan, "days": len(adherence.days),
            "stopped_early": stopped}


def _checkins(data: ReportData) -> dict[str, Any]:
    """Check-in scores in the first and last week, and medications with days taken."""
    summary = data.summary.checkins
    return {
        "days": summary.days,
        "measures": [
            {"name": MEASURE_NAMES.get(m.name, m.name), "count": m.count,
             "first": mean_text(m.first_week), "last": mean_text(m.last_week)}
            for m in summary.measures if m.count
        ],
        "medications": [
            {"name": m.name, "days": m.days, "last_week": m.last_week_days}
            for m in summary.medications
        ],
    }


def _safety(data: ReportData) -> dict[str, Any]:
    """Sessions per safety level in the range, and those done above self-care."""
    counts = data.safety_levels()
    above = [s for s in data.sessions if s.safety_level != "self-care"]
    return {
        "levels": [(level, counts[level]) for level in _LEVELS if counts[level]],
        "above": [(time_text(data.local(s.started_at)), s.safety_level) for s in above],
    }


def session_rows(data: ReportData) -> list[dict[str, Any]]:
    """Every session in the range, oldest first."""
    return [_session_row(data, s) for s in sorted(data.sessions, key=lambda s: s.started_at)]


def _session_row(data: ReportData, session: SessionRecord) -> dict[str, Any]:
    """One session: when, how long, pain before/after, safety level, the steps done."""
    minutes = max(0, round((session.ended_at - session.started_at).total_seconds() / 60))
    before, after = session.pain_before, session.pain_after
    change = "" if before is None or after is None else f"{after - before:+d}".replace("-", "−")
    steps = []
    for step in session.steps:
        muscle, technique, tool = data.names.combo(step.muscle, step.technique, step.tool)
        done = "" if step.completed else ", skipped"
        steps.append(f"{muscle} ({step.side}): {technique.lower()}, {tool.lower()}, "
                     f"{step.duration_s}\u00a0s{done}")
    return {
        "when": time_text(data.local(session.started_at)), "minutes": minutes,
        "before": "–" if before is None else before, "after": "–" if after is None else after,
        "change": change, "level": session.safety_level, "steps": steps,
        "stopped_early": session.stopped_early, "note": session.note,
    }


def entry_rows(data: ReportData) -> list[dict[str, Any]]:
    """Every pain entry in the range, oldest first, each spot with its intensity."""
    return [
        {"when": time_text(data.local(e.at)),
         "spots": [(data.names.place(s.region, s.side), s.intensity) for s in e.spots],
         "qualities": ", ".join(e.qualities), "note": e.note}
        for e in data.entries
    ]
