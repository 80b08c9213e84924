"""Pain before and after each guided session, judged against the MCID (Farrar 2001)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from statistics import fmean

from triggerpoint.analytics._json import JsonResult
from triggerpoint.analytics.log import local_day
from triggerpoint.analytics.thresholds import ChangeVerdict, judge_change
from triggerpoint.records import SessionRecord

__all__ = ["SessionChange", "SessionOverview", "session_change", "session_overview"]


@dataclass(frozen=True, slots=True)
class SessionChange(JsonResult):
    """One session's pain before and after: points, percent, IMMPACT band, meaningful or not."""

    started_at: datetime
    day: date
    pain_before: int
    pain_after: int
    change: ChangeVerdict
    stopped_early: bool
    plan_id: str | None


@dataclass(frozen=True, slots=True)
class SessionOverview(JsonResult):
    """All rated sessions, with how many brought a meaningful fall and the mean before/after.

    `unrated` counts sessions without both ratings; they are left out of every figure.
    """

    changes: tuple[SessionChange, ...]
    rated: int
    unrated: int
    improved: int
    worsened: int
    mean_before: float | None
    mean_after: float | None
    mean_change: ChangeVerdict | None


def session_change(session: SessionRecord, *, tz: tzinfo | None = None) -> SessionChange | None:
    """The before/after change of one session, or None when either rating is missing."""
    before, after = session.pain_before, session.pain_after
    if before is None or after is None:
        return None
    return SessionChange(
        started_at=session.started_at,
        day=local_day(session.started_at, tz),
        pain_before=before,
        pain_after=after,
        change=judge_change(before, after),
        stopped_early=session.stopped_early,
        plan_id=session.plan_id,
    )


def session_overview(
    sessions: Iterable[SessionRecord], *, tz: tzinfo | None = None
) -> SessionOverview:
    """Judge every rated session (in time order) and count the meaningful ones."""
    ordered = sorted(sessions, key=lambda s: s.started_at)
    rated = [c for c in (session_change(s, tz=tz) for s in ordered) if c is not None]
    before = fmean(c.pain_before for c in rated) if rated else None
    after = fmean(c.pain_after for c in rated) if rated else None
    return SessionOverview(
        changes=tuple(rated),
        rated=len(rated),
        unrated=len(ordered) - len(rated),
        improved=sum(c.change.improved for c in rated),
        worsened=sum(c.change.worsened for c in rated),
        mean_before=before,
        mean_after=after,
        mean_change=_mean_change(before, after),
    )


def _mean_change(before: float | None, after: float | None) -> ChangeVerdict | None:
    """The mean before -> mean after change, judged like a single session."""
    return judge_change(before, after) if before is not None and after is not None else None
