"""A plan as one printable A4 page set: safety first, how to do each step, then tick-off days.

The page is plain HTML with print CSS (no scripts, no web fonts), so it prints the same from a
browser or through WeasyPrint. Everything from the knowledge base is autoescaped.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.plans.export_ics import duration_text, session_minutes
from triggerpoint.plans.models import Plan, PlanSession, PlanStep
from triggerpoint.plans.steps import STOP_RULE
from triggerpoint.safety import LEVEL_INFO, SafetyAssessment

__all__ = ["LEVEL_TITLES", "PHASE_WORDS", "dose_words", "plan_html", "reminders_to_show",
           "short_pressure", "step_amount", "step_label", "write_html"]

#: The safety level as a heading a person understands at a glance (one definition: safety.levels).
LEVEL_TITLES = {level: info.title for level, info in LEVEL_INFO.items()}
#: What each phase of the plan means for the person doing it.
PHASE_WORDS = {"gentle": "gentle start: light pressure, short holds",
               "building": "building up: a little firmer and longer each day",
               "steady": "steady: keep to this dose"}
_SLOT_WORDS = {1: "Morning", 2: "Evening", 3: "Midday", 4: "Night"}


@dataclass(frozen=True)
class _HowTo:
    """How to do the work on one muscle and side, told once instead of in every session."""

    name: str
    side: str
    technique: str
    tool: str
    position: str
    find_it: str
    instructions: str
    avoid: list[str]
    stretch: str
    stretch_how: str


def _env() -> Environment:
    """The template environment: package templates, autoescaping always on."""
    env = Environment(loader=PackageLoader("triggerpoint.plans", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["duration"] = duration_text
    return env


def _date_words(day: date) -> str:
    """'Monday 6 January 2025': unambiguous in every country."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def dose_words(kb: KnowledgeBase, step: PlanStep) -> str:
    """A step's dose in a few words: 'hold 30 s × 2', 'roll 60 s', 'slow strokes × 2'."""
    if step.kind not in ("release", "stretch") or not step.rounds:
        return ""
    times = f" × {step.rounds}" if step.rounds > 1 else ""
    technique = kb.techniques.get(step.technique or "")
    kind = technique.kind if technique and step.kind == "release" else "pressure"
    if kind == "stroking":
        return f"slow strokes{times}"
    return f"{'roll' if kind == 'rolling' else 'hold'} {step.hold_s} s{times}"


def short_pressure(step: PlanStep) -> str:
    """'light (4/10)': the pressure words without their explanation."""
    return step.pressure_words.split(":")[0] if step.pressure_words else ""


def step_label(kb: KnowledgeBase, step: PlanStep) -> str:
    """A short name for a step: 'Press: Upper trapezius (right)', then just 'stretch'."""
    muscle = kb.muscles.get(step.muscle or "")
    if step.kind == "release" and muscle is not None:
        return f"Press: {muscle.name} ({step.side})"
    if step.kind == "stretch":
        return "stretch"
    return "Rate your pain" if step.kind == "check" else step.title


def step_amount(kb: KnowledgeBase, step: PlanStep) -> str:
    """How much of a step: its dose, with the total time when there are several rounds."""
    dose = dose_words(kb, step)
    if not dose:
        return duration_text(step.duration_s)
    return f"{dose} ({duration_text(step.duration_s)})" if (step.rounds or 1) > 1 else dose


def _step_row(kb: KnowledgeBase, step: PlanStep) -> dict[str, Any]:
    """A step as the page lists it: short name, amount, and pressure in short words."""
    return {"kind": step.kind, "label": step_label(kb, step), "amount": step_amount(kb, step),
            "pressure": short_pressure(step)}


def _session_row(kb: KnowledgeBase, session: PlanSession) -> dict[str, Any]:
    """A session as a row to tick off."""
    return {"slot": session.slot, "label": _SLOT_WORDS.get(session.slot, f"Session {session.slot}"),
            "time": f"{session.start:%H:%M}", "minutes": session_minutes(session),
            "steps": [_step_row(kb, s) for s in session.steps]}


def _days(kb: KnowledgeBase, plan: Plan) -> list[dict[str, Any]]:
    """The sessions grouped by day, in order."""
    days: dict[int, dict[str, Any]] = {}
    for session in plan.sessions:
        day = days.setdefault(session.day, {
            "day": session.day, "date": _date_words(session.date),
            "phase": PHASE_WORDS[session.phase], "sessions": []})
        day["sessions"].append(_session_row(kb, session))
    return list(days.values())


def _how_tos(kb: KnowledgeBase, plan: Plan) -> list[_HowTo]:
    """One entry per muscle and side, from the first session that works it."""
    seen: dict[tuple[str, str], _HowTo] = {}
    for step in (s for session in plan.sessions for s in session.steps):
        m = kb.muscles.get(step.muscle or "")
        if step.kind != "release" or m is None or step.side is None or (m.id, step.side) in seen:
            continue
        technique = kb.techniques.get(step.technique or "")
        tool = kb.tools.get(step.tool or "")
        seen[(m.id, step.side)] = _HowTo(
            name=m.name, side=step.side,
            technique=technique.name if technique else (step.technique or ""),
            tool=tool.name if tool else (step.tool or ""),
            position=m.self_treatment.position, find_it=m.trigger_points[0].location,
            instructions=m.self_treatment.instructions,
            avoid=[kb.danger_zones[z].name.lower() for z in m.danger_zones
                   if z in kb.danger_zones],
            stretch=m.stretch.name, stretch_how=m.stretch.instructions)
    return list(seen.values())


def _limits(kb: KnowledgeBase, safety: SafetyAssessment | None) -> list[str]:
    """This person's own limits in words; the professional-only techniques go without saying."""
    if safety is None:
        return []
    r = safety.restrictions
    own = [kb.techniques[t].name.lower() for t in r.forbid_techniques
           if t in kb.techniques and kb.techniques[t].performed_by == "self"]
    lines = [f"Do not use: {', '.join(own)}." if own else "",
             "Do not use these tools: " + ", ".join(
                 kb.tools[t].name.lower() for t in r.forbid_tools if t in kb.tools) + "."
             if r.forbid_tools else "",
             "Leave these muscles alone: " + ", ".join(
                 kb.muscles[m].name.lower() for m in r.avoid_muscles if m in kb.muscles) + "."
             if r.avoid_muscles else ""]
    told = " ".join(reason.text for reason in safety.reasons)
    return [line for line in lines if line] + [n for n in r.notes if n not in told]


def reminders_to_show(plan: Plan, safety: SafetyAssessment | None) -> list[str]:
    """The plan's reminders, less what the safety box at the top already says."""
    if safety is None:
        return list(plan.reminders)
    told = {safety.advice, *safety.restrictions.notes}
    return [line for line in plan.reminders if line not in told]


def _sources(kb: KnowledgeBase, plan: Plan) -> list[dict[str, str]]:
    """The plan's sources by title, with a link or a citation."""
    found = (kb.sources[s] for s in plan.sources if s in kb.sources)
    return [{"title": s.title, "url": s.url or "", "citation": s.citation or ""} for s in found]


def plan_html(kb: KnowledgeBase, plan: Plan, safety: SafetyAssessment | None = None) -> str:
    """The printable page for a plan; pass the assessment to list the person's own limits."""
    options = plan.options
    reasons = [r.text for r in safety.reasons] if safety else []
    return _env().get_template("plan.html").render(
        plan=plan, start=_date_words(options.start), level_title=LEVEL_TITLES[plan.safety_level],
        advice=safety.advice if safety else "", reasons=reasons, limits=_limits(kb, safety),
        stop_rule=STOP_RULE, how_tos=_how_tos(kb, plan), days=_days(kb, plan),
        sources=_sources(kb, plan), total=len(plan.sessions),
        reminders=reminders_to_show(plan, safety),
    )


def write_html(kb: KnowledgeBase, plan: Plan, path: Path,
               safety: SafetyAssessment | None = None) -> None:
    """Write the printable page to ``path`` as UTF-8."""
    path.write_text(plan_html(kb, plan, safety), encoding="utf-8")
