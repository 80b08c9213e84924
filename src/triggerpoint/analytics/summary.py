"""One call that turns a person's records into everything a progress report shows."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from triggerpoint.analytics._json import JsonResult
from triggerpoint.analytics.adherence import Adherence, PlannedSessions, adherence
from triggerpoint.analytics.checkins import CheckInSummary, checkin_summary
from triggerpoint.analytics.helped import MIN_SESSIONS, HelpedItem, what_helped
from triggerpoint.analytics.log import PainLog, local_day
from triggerpoint.analytics.sessions import SessionOverview, session_overview
from triggerpoint.analytics.trends import Trend, overall_trend, region_trends
from triggerpoint.analytics.warnings import ProgressWarning, find_warnings
from triggerpoint.errors import InputError
from triggerpoint.records import CheckIn, PainEntry, SessionRecord

__all__ = ["ProgressSummary", "progress_summary"]


@dataclass(frozen=True, slots=True)
class ProgressSummary(JsonResult):
    """Everything a progress report shows, as of `now`, in the person's local days."""

    now: datetime
    today: date
    entries: int
    overall: Trend | None
    regions: tuple[Trend, ...]
    sessions: SessionOverview
    helped: tuple[HelpedItem, ...]
    warnings: tuple[ProgressWarning, ...]
    adherence: Adherence
    checkins: CheckInSummary


def progress_summary(
    entries: Iterable[PainEntry],
    sessions: Iterable[SessionRecord],
    checkins: Iterable[CheckIn],
    *,
    now: datetime,
    planned_sessions: PlannedSessions | None = None,
    tz: tzinfo | None = None,
    min_sessions: int = MIN_SESSIONS,
) -> ProgressSummary:
    """Trends, session changes, what helped, warnings and adherence, from records up to `now`.

    Records after `now` are left out, so a report can be rebuilt as it stood on any day. Local
    days use `tz` when given, otherwise each record's own UTC offset (see analytics.log).
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise InputError("now must include a time zone (e.g. 2026-11-20T08:00:00+00:00)")
    today = local_day(now, tz)
    kept_entries = [e for e in entries if e.at <= now]
    kept_sessions = [s for s in sessions if s.started_at <= now]
    kept_checkins = [c for c in checkins if c.day <= today]
    log = PainLog.from_entries(kept_entries, tz=tz)
    return ProgressSummary(
        now=now,
        today=today,
        entries=len(kept_entries),
        overall=overall_trend(log),
        regions=region_trends(log),
        sessions=session_overview(kept_sessions, tz=tz),
        helped=what_helped(kept_sessions, log, min_sessions=min_sessions),
        warnings=find_warnings(log, kept_sessions, now=now),
        adherence=adherence(kept_sessions, today=today, planned=planned_sessions, tz=tz,
                            start=_start_without_sessions(log, kept_sessions, planned_sessions)),
        checkins=checkin_summary(kept_checkins),
    )


def _start_without_sessions(
    log: PainLog, sessions: list[SessionRecord], planned: PlannedSessions | None
) -> date | None:
    """With a daily plan but no session yet, adherence starts at the first pain entry."""
    if sessions or planned is None or isinstance(planned, Mapping) or not log.overall.daily.days:
        return None
    return log.overall.daily.days[0]
