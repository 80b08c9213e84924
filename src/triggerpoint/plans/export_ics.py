"""A plan as an iCalendar file: one event per session, with a reminder ten minutes before.

Times are *floating* by default (no time zone): a session at 08:00 stays at 08:00 on the
phone's clock, through summer-time changes and travel, which suits a daily routine at home.
Give an IANA zone name (``Europe/London``) to pin the events to that zone instead; the file
then carries the zone's VTIMEZONE definition.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Alarm, Calendar, Event

from triggerpoint.errors import InvalidQuery
from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.plans.models import Plan, PlanSession, PlanStep

__all__ = [
    "ALARM_BEFORE",
    "duration_text",
    "plan_calendar",
    "session_muscles",
    "session_uid",
    "step_line",
    "write_ics",
]

#: How long before a session its reminder pops up.
ALARM_BEFORE = timedelta(minutes=10)
_PRODID = "-//triggerpoint//self-care plan//EN"


def duration_text(seconds: int) -> str:
    """Seconds as people say them: '45 s', '2 min', '2 min 10 s'."""
    minutes, rest = divmod(seconds, 60)
    if not minutes:
        return f"{rest} s"
    return f"{minutes} min {rest} s" if rest else f"{minutes} min"


def session_minutes(session: PlanSession) -> int:
    """The session's length in whole minutes, rounded up so nobody is rushed."""
    return -(-session.duration_s // 60)


def session_muscles(kb: KnowledgeBase, session: PlanSession) -> list[str]:
    """Lower-case names of the muscles a session works, in order, each once."""
    ids = dict.fromkeys(s.muscle for s in session.steps if s.kind == "release" and s.muscle)
    return [kb.muscles[m].name.lower() if m in kb.muscles else m for m in ids]


def step_line(step: PlanStep) -> str:
    """One line per step for lists: what, how long, and how hard in words."""
    line = f"{step.title} - {duration_text(step.duration_s)}"
    if step.pressure_words:
        line += f"; pressure {step.pressure_words}"
    return line


def session_uid(plan: Plan, session: PlanSession) -> str:
    """Same plan start and muscles give the same UIDs, so re-importing updates, not doubles."""
    return f"{_plan_key(plan)}-day{session.day:02d}-{session.slot}@triggerpoint"


def _plan_key(plan: Plan) -> str:
    """A short digest of the plan's start date and targets: the stable part of every UID."""
    key = plan.options.start.isoformat() + ";" + ";".join(
        f"{t.muscle}:{t.side}" for t in plan.targets
    )
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def _zone(tz: str | None) -> tzinfo | None:
    """The IANA zone named, or None for floating times; a clear error for unknown names."""
    if tz is None:
        return None
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidQuery(f"Unknown time zone '{tz}'; use an IANA name such as "
                           "'Europe/London' or 'America/New_York'.") from None


def _description(plan: Plan, session: PlanSession) -> str:
    """The steps with their durations and the stop rule, readable in any calendar app."""
    lines = [f"Day {session.day} of {plan.options.days} ({session.phase} phase). "
             f"About {session_minutes(session)} min.", ""]
    lines += [f"{n}. {step_line(step)}" for n, step in enumerate(session.steps, start=1)]
    lines += ["", f"STOP RULE: {session.steps[0].stop_rule}"]
    return "\n".join(lines)


def _event(kb: KnowledgeBase, plan: Plan, session: PlanSession, zone: tzinfo | None,
           stamp: datetime) -> Event:
    """One session as a VEVENT with its display alarm."""
    start = datetime.combine(session.date, session.start, tzinfo=zone)
    summary = (f"Self-care: {', '.join(session_muscles(kb, session))} "
               f"({session_minutes(session)} min)")
    event = Event.new(uid=session_uid(plan, session), start=start,
                      end=start + timedelta(seconds=session.duration_s), summary=summary,
                      description=_description(plan, session), stamp=stamp)
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", f"In 10 minutes: {summary}")
    alarm.add("trigger", -ALARM_BEFORE)
    event.add_component(alarm)
    return event


def plan_calendar(kb: KnowledgeBase, plan: Plan, tz: str | None = None,
                  stamp: datetime | None = None) -> Calendar:
    """The plan as a calendar; floating local times unless an IANA zone name is given."""
    zone = _zone(tz)
    calendar = Calendar.new(prodid=_PRODID, name=plan.title,
                            uid=f"{_plan_key(plan)}@triggerpoint")
    stamp = stamp or datetime.now(UTC).replace(microsecond=0)
    for session in plan.sessions:
        calendar.add_component(_event(kb, plan, session, zone, stamp))
    if zone is not None:
        first = plan.options.start
        calendar.add_missing_timezones(first_date=first - timedelta(days=1),
                                       last_date=first + timedelta(days=plan.options.days + 1))
    return calendar


def write_ics(kb: KnowledgeBase, plan: Plan, path: Path, tz: str | None = None) -> None:
    """Write the plan's calendar to ``path`` (bytes, CRLF lines as the standard asks)."""
    path.write_bytes(plan_calendar(kb, plan, tz).to_ical())
