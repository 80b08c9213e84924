"""One profile's records and progress figures for a date range, collected once for every format.

The figures (trends, what helped, adherence) cover the chosen range. The warnings cover the whole
record up to now, as the command line shows them: a pain spread is judged against the weeks
before it, which may lie before the range, and an unsafe session is always reported.

Reads are bounded by what is shown, not by the length of the journal (``journal_warnings``): the
range itself, the weeks the recent warnings look back over, the first and the latest logged
week (for "no improvement"), and the unsafe sessions. The warnings equal those computed over the
whole record (tests/storage/test_journal_window.py keeps the whole-record way as the oracle).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from triggerpoint.analytics import ProgressSummary, ProgressWarning, progress_summary
from triggerpoint.analytics.adherence import PlannedSessions
from triggerpoint.errors import InputError
from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.records import CheckIn
from triggerpoint.reports.clock import local_zone, zone_name
from triggerpoint.reports.journal_warnings import _TICK, current_warnings, journal_warnings
from triggerpoint.storage import Journal, StoredPainEntry, StoredPlan, StoredSession

__all__ = ["MAX_DAYS", "Names", "ReportData", "collect_report", "current_warnings",
           "journal_warnings", "planned_from_plans"]

#: The longest range a report or progress view covers (ten years).
MAX_DAYS = 3660


@dataclass(frozen=True)
class Names:
    """Display names for the ids records hold: regions, muscles, techniques, tools."""

    regions: Mapping[str, str] = field(default_factory=dict)
    muscles: Mapping[str, str] = field(default_factory=dict)
    techniques: Mapping[str, str] = field(default_factory=dict)
    tools: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, kb: KnowledgeBase) -> Names:
        """The names of the packaged knowledge base and its atlas."""
        return cls(
            regions={r.id: r.name for r in kb.atlas},
            muscles={m.id: m.name for m in kb.muscles.values()},
            techniques={t.id: t.name for t in kb.techniques.values()},
            tools={t.id: t.name for t in kb.tools.values()},
        )

    def region(self, region: str) -> str:
        """The region's plain name (its id when the atlas no longer has it)."""
        return self.regions.get(region, region)

    def place(self, region: str, side: str | None) -> str:
        """'Temple (right)', 'Low back (both sides)', 'Breastbone': the region with its side."""
        name = self.region(region)
        if side in ("left", "right"):
            return f"{name} ({side})"
        return f"{name} (both sides)" if side == "both" else name

    def combo(self, muscle: str, technique: str, tool: str) -> tuple[str, str, str]:
        """A step's muscle, technique and tool names."""
        return (self.muscles.get(muscle, muscle), self.techniques.get(technique, technique),
                self.tools.get(tool, tool))


@dataclass(frozen=True)
class ReportData:
    """What a report shows: records in [first_day, last_day], their summary, current warnings."""

    profile: str
    first_day: date
    last_day: date
    now: datetime
    tz: tzinfo
    entries: tuple[StoredPainEntry, ...]
    sessions: tuple[StoredSession, ...]
    checkins: tuple[CheckIn, ...]
    summary: ProgressSummary
    warnings: tuple[ProgressWarning, ...]
    names: Names

    @property
    def days(self) -> int:
        """Calendar days in the range, both ends included."""
        return (self.last_day - self.first_day).days + 1

    @property
    def zone(self) -> str:
        """The time zone the days and times are shown in."""
        return zone_name(self.tz)

    def local(self, moment: datetime) -> datetime:
        """A stored (UTC) moment in the person's time zone."""
        return moment.astimezone(self.tz)

    def safety_levels(self) -> Counter[str]:
        """How many sessions in the range were recorded at each safety level."""
        return Counter(s.safety_level for s in self.sessions)

    def to_json(self) -> dict[str, Any]:
        """Plain JSON: the range, the current warnings, and the summary of the range."""
        summary = self.summary.to_json()
        summary.pop("warnings", None)  # the current warnings below replace the range's own
        return {
            "profile": self.profile,
            "first_day": self.first_day.isoformat(),
            "last_day": self.last_day.isoformat(),
            "generated_at": self.now.isoformat(),
            "time_zone": self.zone,
            "warnings": [w.to_json() for w in self.warnings],
            "summary": summary,
        }


def collect_report(
    journal: Journal,
    profile: str,
    *,
    days: int,
    now: datetime | None = None,
    tz: tzinfo | None = None,
    per_day: int | None = None,
    kb: KnowledgeBase,
) -> ReportData:
    """Read the profile's records and judge them, for the ``days`` up to and including today."""
    if not 1 <= days <= MAX_DAYS:
        raise InputError(f"The number of days must be from 1 to {MAX_DAYS}, not {days}.")
    tz = tz or local_zone()
    now = (now or datetime.now(tz)).astimezone(tz)
    last_day = now.date()
    first_day = last_day - timedelta(days=days - 1)
    start = datetime.combine(first_day, time(), tzinfo=tz)
    in_range = journal.pain_entries(profile=profile, since=start, until=now + _TICK, trusted=True)
    sessions_in_range = journal.sessions(profile=profile, since=start, until=now + _TICK,
                                         trusted=True)
    checkins = journal.checkins(profile=profile, since=first_day, until=last_day)
    planned = per_day if per_day is not None else planned_from_plans(
        journal.plans(profile=profile), first_day)
    summary = progress_summary(in_range, sessions_in_range, checkins, now=now,
                               planned_sessions=planned, tz=tz)
    return ReportData(
        profile=profile, first_day=first_day, last_day=last_day, now=now, tz=tz,
        entries=tuple(in_range), sessions=tuple(sessions_in_range), checkins=tuple(checkins),
        summary=summary, warnings=journal_warnings(journal, profile, now=now, tz=tz),
        names=Names.of(kb),
    )


def planned_from_plans(plans: Iterable[StoredPlan], first_day: date) -> PlannedSessions | None:
    """Sessions planned per day from the saved plans (a later plan wins its days); None if none.

    A plan document is the JSON `triggerpoint plan --json` writes: its ``sessions`` each have a
    ``date``. Documents of another shape are skipped.
    """
    planned: dict[date, int] = {}
    for plan in sorted(plans, key=lambda p: p.created_at):
        per_day = Counter(_session_days(plan.document))
        planned.update({day: n for day, n in per_day.items() if day >= first_day})
    return planned or None


def _session_days(document: Mapping[str, Any]) -> list[date]:
    """The date of each session in a plan document (unreadable ones are left out)."""
    days: list[date] = []
    sessions = document.get("sessions")
    for session in sessions if isinstance(sessions, list) else []:
        try:
            days.append(date.fromisoformat(str(session["date"])))
        except (KeyError, TypeError, ValueError):
            continue
    return days
