"""The warnings over a profile's whole record up to now, reading only what they depend on.

Kept apart from ``reports.data`` so that a reader without SQLAlchemy (the lean ``log``, through
``storage.lite``) runs the same windows and reads as ``Journal``: ``journal_warnings`` takes any
journal with ``pain_span``, ``pain_entries`` and ``sessions`` (``WarningReads``).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING, Protocol

from triggerpoint.analytics.log import PainLog, local_day
from triggerpoint.analytics.trends import WINDOW_DAYS
from triggerpoint.analytics.warnings import (
    BASELINE_DAYS,
    RECENT_DAYS,
    SPREAD_BASELINE_DAYS,
    ProgressWarning,
    find_warnings,
)

if TYPE_CHECKING:
    from triggerpoint.storage.models import StoredPainEntry, StoredSession

__all__ = ["LOOK_BACK_DAYS", "WarningReads", "current_warnings", "journal_warnings"]

#: Days before today the recent warnings look at: a spike or spread in the last RECENT_DAYS is
#: judged against the weeks before it (analytics.warnings).
LOOK_BACK_DAYS = RECENT_DAYS - 1 + max(SPREAD_BASELINE_DAYS, BASELINE_DAYS)
#: Extra days read at each end of a window of local days: a local day lies within a day of its
#: UTC day (UTC offsets are under 24 h), so a day at the edge of a window is never read in part.
_MARGIN = timedelta(days=2)
_TICK = timedelta(microseconds=1)  # ``at <= now`` as the half-open ``at < now + _TICK``


class WarningReads(Protocol):
    """The reads the warnings need (``storage.Journal`` and ``storage.lite.LiteJournal``)."""

    def pain_span(self, *, profile: str, until: datetime) -> tuple[datetime, datetime] | None:
        ...

    def pain_entries(self, *, profile: str, since: datetime, until: datetime,
                     trusted: bool) -> list[StoredPainEntry]:
        ...

    def sessions(self, *, profile: str, until: datetime, trusted: bool,
                 unsafe_only: bool) -> list[StoredSession]:
        ...


def current_warnings(
    entries: Iterable[StoredPainEntry], sessions: Iterable[StoredSession], *, now: datetime,
    tz: tzinfo,
) -> tuple[ProgressWarning, ...]:
    """The warnings over the whole record up to ``now`` (spikes and spreads need its past)."""
    log = PainLog.from_entries([e for e in entries if e.at <= now], tz=tz)
    return find_warnings(log, [s for s in sessions if s.started_at <= now], now=now)


def journal_warnings(
    journal: WarningReads, profile: str, *, now: datetime, tz: tzinfo
) -> tuple[ProgressWarning, ...]:
    """The warnings over the whole record up to ``now``, reading only what they depend on.

    Spikes and spreads in the last RECENT_DAYS are judged against the weeks before them
    (LOOK_BACK_DAYS in all); "no improvement" compares the first logged week with the latest
    one, found with an index look-up (``Journal.pain_span``); the safety-level warning reads the
    unsafe sessions only. Equal to ``current_warnings`` over every record.
    """
    span = journal.pain_span(profile=profile, until=now + _TICK)
    entries: list[StoredPainEntry] = []
    if span is not None:
        first, latest = span
        recent = _utc_midnight(local_day(now, tz)) - timedelta(days=LOOK_BACK_DAYS) - _MARGIN
        week = timedelta(days=WINDOW_DAYS)
        windows = [
            (first, _utc_midnight(first.astimezone(UTC).date()) + week + _MARGIN),
            (_utc_midnight(latest.astimezone(UTC).date()) - week - _MARGIN, now + _TICK),
            (recent, now + _TICK),
        ]
        for since, until in _merged(windows):
            entries += journal.pain_entries(profile=profile, since=since, until=until,
                                            trusted=True)
    unsafe = journal.sessions(profile=profile, until=now + _TICK, trusted=True, unsafe_only=True)
    return current_warnings(entries, unsafe, now=now, tz=tz)


def _utc_midnight(day: date) -> datetime:
    """The start of a day in UTC."""
    return datetime.combine(day, time(), tzinfo=UTC)


def _merged(windows: list[tuple[datetime, datetime]]) -> list[tuple[datetime, datetime]]:
    """Half-open time windows with overlapping or touching ones joined, in time order."""
    joined: list[tuple[datetime, datetime]] = []
    for since, until in sorted(windows):
        if joined and since <= joined[-1][1]:
            joined[-1] = (joined[-1][0], max(joined[-1][1], until))
        else:
            joined.append((since, until))
    return joined
