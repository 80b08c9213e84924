"""The report's raw data as CSV for a spreadsheet: pain spots in one file, sessions in another.

Two files rather than two sections in one, because spreadsheet tools read one table per CSV.
Text a person typed is guarded against spreadsheet formula injection (a leading =, +, -, @ gets
a leading apostrophe, as OWASP recommends).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Final

from triggerpoint.records import SessionRecord, StepRecord
from triggerpoint.reports.data import ReportData

__all__ = ["SESSION_COLUMNS", "SPOT_COLUMNS", "safe_cell", "sessions_csv", "spots_csv"]

SPOT_COLUMNS: Final = ("time", "profile", "region_id", "region_name", "side", "intensity",
                       "qualities", "note", "entry_id")
SESSION_COLUMNS: Final = ("started_at", "ended_at", "profile", "minutes", "pain_before",
                          "pain_after", "change", "safety_level", "stopped_early", "steps",
                          "plan_id", "note", "session_id")
_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(text: str) -> str:
    """Text a spreadsheet will show, never run: '=1+1' becomes "'=1+1"."""
    return f"'{text}" if text.startswith(_FORMULA_START) else text


def spots_csv(data: ReportData) -> str:
    """One row per pain spot, oldest entry first; times local with their UTC offset."""
    rows = (
        (data.local(entry.at).isoformat(), safe_cell(data.profile), spot.region,
         data.names.region(spot.region), spot.side, spot.intensity,
         safe_cell("; ".join(entry.qualities)), safe_cell(entry.note), entry.id)
        for entry in data.entries
        for spot in entry.spots
    )
    return _table(SPOT_COLUMNS, rows)


def sessions_csv(data: ReportData) -> str:
    """One row per session, oldest first, its steps in one cell."""
    ordered = sorted(data.sessions, key=lambda s: s.started_at)
    rows = (_session_row(data, s) + (s.id,) for s in ordered)
    return _table(SESSION_COLUMNS, rows)


def _session_row(data: ReportData, session: SessionRecord) -> tuple[object, ...]:
    """The cells of one session, before its id."""
    before, after = session.pain_before, session.pain_after
    change = after - before if before is not None and after is not None else ""
    minutes = round((session.ended_at - session.started_at).total_seconds() / 60, 1)
    return (
        data.local(session.started_at).isoformat(), data.local(session.ended_at).isoformat(),
        safe_cell(data.profile), minutes, _blank(before), _blank(after), change,
        session.safety_level, session.stopped_early, "; ".join(map(_step, session.steps)),
        session.plan_id or "", safe_cell(session.note),
    )


def _step(step: StepRecord) -> str:
    """'upper-trapezius right ischemic-compression thumb 90s' (ids: stable for analysis)."""
    skipped = "" if step.completed else " skipped"
    return f"{step.muscle} {step.side} {step.technique} {step.tool} {step.duration_s}s{skipped}"


def _blank(value: int | None) -> int | str:
    """An empty cell for a missing rating."""
    return "" if value is None else value


def _table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """CSV text with a header row, Excel-compatible quoting and line ends."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()
