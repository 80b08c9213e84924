"""Rich rendering of the journal for a person at home: confirmations, history, progress, warnings.

Plain words throughout; warnings always come first and stand out.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import datetime, time, tzinfo
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from triggerpoint.cli.log_view import logged, warnings_panel
from triggerpoint.cli.render import stored_text
from triggerpoint.inputs import terminal_safe
from triggerpoint.records import CheckIn, PainEntry, SessionRecord
from triggerpoint.reports.data import Names, ReportData
from triggerpoint.reports.words import MEASURE_NAMES, day_text, mean_text
from triggerpoint.services.journal import ImportSummary, Profile

__all__ = ["ask_scores", "checked_in", "history_view", "imported", "logged", "profiles_view",
           "print_json", "progress_view", "warnings_panel"]

_TONE = {"better": "green", "worse": "bold red", "same": ""}
_PROMPTS = {"sleep": "Sleep last night, 0 very poor ... 10 great",
            "stress": "Stress today, 0 none ... 10 extreme",
            "stiffness": "Stiffness today, 0 none ... 10 cannot move"}


def _console() -> Console:
    return Console(soft_wrap=False)


def print_json(data: Any) -> None:
    """Write JSON to stdout: UTF-8, two-space indent, standard JSON only (no NaN)."""
    from triggerpoint.cli.render import json_text

    sys.stdout.write(json_text(data) + "\n")


def checked_in(record: CheckIn, *, updated: bool) -> None:
    """One line with the day's check-in as saved."""
    parts = [f"{label} {value}/10" for label, value in (
        ("sleep", record.sleep_quality), ("stress", record.stress),
        ("stiffness", record.stiffness)) if value is not None]
    if record.medications:
        parts.append("took " + ", ".join(record.medications))
    if record.note:
        parts.append("note saved")
    verb = "Updated the check-in" if updated else "Checked in"
    typer.echo(terminal_safe(f"{verb} for {day_text(record.day)}: "
                             f"{'; '.join(parts) or 'nothing yet'}."))


def ask_scores() -> dict[str, int | None]:
    """Ask for the three scores at a terminal; Enter skips one, anything else asks again."""
    scores: dict[str, int | None] = {}
    for name, question in _PROMPTS.items():
        while True:
            answer = typer.prompt(f"{question} (Enter to skip)", default="", show_default=False)
            if not answer.strip():
                scores[name] = None
                break
            if answer.strip().isdigit() and 0 <= int(answer) <= 10:
                scores[name] = int(answer)
                break
            typer.echo("Please type a whole number from 0 to 10, or press Enter to skip.")
    return scores


def profiles_view(profiles: Sequence[Profile], added: str | None) -> None:
    """The owner's profiles, the one just added marked."""
    console = _console()
    if added is not None:
        console.print(terminal_safe(f"Added the profile '{added}'. Log for it with --profile "
                                    f"{added}."), markup=False)
    for profile in profiles:
        mark = "  (new)" if profile.name == added else ""
        console.print(terminal_safe(f"  {profile.name}  since {profile.created_at:%d %b %Y}"
                                    f"{mark}"), markup=False)


def imported(summary: ImportSummary, file: Path) -> None:
    """What an import added."""
    typer.echo(f"Imported from {terminal_safe(str(file))}: {summary.profiles} profile(s), "
               f"{summary.pain_entries} pain entries, {summary.sessions} sessions, "
               f"{summary.checkins} check-ins, "
               f"{summary.plans} plans.")


def history_view(names: Names, entries: Sequence[PainEntry], sessions: Sequence[SessionRecord],
                 checkins: Sequence[CheckIn], *, zone: tzinfo, days: int) -> None:
    """Everything logged in the last days as one timeline, newest first."""
    rows: list[tuple[datetime, str, str, str]] = []
    for e in entries:
        spots = ", ".join(f"{names.place(s.region, s.side)} {s.intensity}" for s in e.spots)
        extra = "; ".join(x for x in (", ".join(e.qualities), e.note) if x)
        at = e.at.astimezone(zone)
        rows.append((at, f"{at:%a} {day_text(at.date())} {at:%H:%M}", "pain",
                     spots + (f" ({extra})" if extra else "")))
    for s in sessions:
        at = s.started_at.astimezone(zone)
        rows.append((at, f"{at:%a} {day_text(at.date())} {at:%H:%M}", "session", _session(s)))
    for c in checkins:
        end = datetime.combine(c.day, time.max, tzinfo=zone)
        rows.append((end, f"{c.day:%a} {day_text(c.day)}", "check-in", _checkin(c)))
    if not rows:
        typer.echo(f"Nothing logged in the last {days} days.")
        return
    table = Table(title=f"The last {days} days, newest first", title_justify="left")
    for column in ("when", "what", "details"):
        table.add_column(column, no_wrap=column != "details")
    for _, when, kind, details in sorted(rows, key=lambda r: r[0], reverse=True):
        table.add_row(when, kind, stored_text(details))  # notes are data, never markup
    _console().print(table)


def _session(session: SessionRecord) -> str:
    """'pain 6 -> 3, 12 min, 2 steps, self-care'."""
    before, after = session.pain_before, session.pain_after
    pain = f"pain {before} -> {after}, " if before is not None and after is not None else ""
    minutes = round((session.ended_at - session.started_at).total_seconds() / 60)
    stopped = ", stopped early" if session.stopped_early else ""
    return (f"{pain}{minutes} min, {len(session.steps)} steps, {session.safety_level}{stopped}"
            + (f" ({session.note})" if session.note else ""))


def _checkin(checkin: CheckIn) -> str:
    """'sleep 6, stress 4, took ibuprofen'."""
    parts = [f"{label} {value}" for label, value in (
        ("sleep", checkin.sleep_quality), ("stress", checkin.stress),
        ("stiffness", checkin.stiffness)) if value is not None]
    if checkin.medications:
        parts.append("took " + ", ".join(checkin.medications))
    return ", ".join(parts + ([checkin.note] if checkin.note else [])) or "-"


def progress_view(data: ReportData, chart: str) -> None:
    """Warnings first, then the trend table, the daily chart, what helped and adherence."""
    console = _console()
    if data.warnings:
        console.print(warnings_panel(data.warnings))
    else:
        console.print("[green]No warnings.[/green] Stop and get advice if pain spikes, spreads, "
                      "or turns sharp, electric or numb.")
    console.print(f"\n[bold]Your progress: {day_text(data.first_day)} to "
                  f"{day_text(data.last_day)}[/bold]")
    if data.summary.overall is None:
        console.print(f"No pain logged in the last {data.days} days.")
        return
    console.print(_trend_table(data))
    console.print(Text.from_ansi(chart, no_wrap=True, overflow="crop"))
    console.print(_helped_table(data))
    for line in _adherence_lines(data) + _checkin_lines(data):
        console.print(terminal_safe(line), highlight=False, markup=False)


def _trend_table(data: ReportData) -> Table:
    """Overall and per place: first week, latest 7 days, and the change in plain words."""
    from triggerpoint.reports.view import trend_rows

    table = Table(title="Pain, 0-10: first week against the latest 7 days", title_justify="left")
    table.add_column("where")
    table.add_column("first week", justify="right")
    table.add_column("last 7 days", justify="right")
    table.add_column("change")
    for row in trend_rows(data):
        table.add_row(stored_text(row["place"]), row["first"], row["recent"],
                      Text(row["change"], style=_TONE[row["tone"]]))
    return table


def _helped_table(data: ReportData) -> Table | Text:
    """What helped: muscle, technique, tool; sessions; pain change right after and next day."""
    from triggerpoint.reports.view import helped_rows

    rows = helped_rows(data)
    if not rows:
        return Text("No sessions yet, so nothing to say about what helped.", style="dim")
    table = Table(title="What helped (change in pain; fewer than 3 sessions: not enough data)",
                  title_justify="left")
    for column in ("what you did", "sessions", "right after", "next day", "verdict"):
        table.add_column(column, justify="right" if column == "sessions" else "left")
    for row in rows:
        verdict = row["verdict"] if row["enough"] else "Not enough data yet."
        table.add_row(stored_text(f"{row['muscle']}: {row['technique'].lower()}, "
                                  f"{row['tool'].lower()}"),
                      str(row["sessions"]), row["immediate"], row["next_day"],
                      Text(verdict, style=_TONE[row["tone"]] if row["enough"] else "dim"))
    return table


def _adherence_lines(data: ReportData) -> list[str]:
    """Sessions done against the plan in one line."""
    adherence = data.summary.adherence
    if adherence.rate is not None:
        return [f"Sessions: {adherence.done} done of {adherence.planned} planned "
                f"({adherence.rate:.0%}); the plan was met on {adherence.days_on_plan} of "
                f"{len(adherence.days)} days."]
    return [f"Sessions: {adherence.done} done (no saved plan to compare with)."]


def _checkin_lines(data: ReportData) -> list[str]:
    """Check-in scores first week -> last week, and medications."""
    summary = data.summary.checkins
    if not summary.days:
        return []
    scores = "; ".join(f"{MEASURE_NAMES[m.name].split(' (')[0].lower()} "
                       f"{mean_text(m.first_week)} -> {mean_text(m.last_week)}"
                       for m in summary.measures if m.count)
    lines = [f"Check-ins on {summary.days} days" + (f": {scores} (first week -> last week)."
                                                     if scores else ".")]
    if summary.medications:
        lines.append("Medications: " + ", ".join(f"{m.name} on {m.days} days"
                                                 for m in summary.medications) + ".")
    return lines
