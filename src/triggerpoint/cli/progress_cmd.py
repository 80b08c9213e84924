"""`triggerpoint history | progress | report | export | backup`: read the journal out.

history lists what was logged; progress judges it (warnings first); report writes the therapist
report as HTML, PDF, CSV or FHIR; export and backup copy it. None of them writes to the journal;
they share the options and helpers of journal_cmds.
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from triggerpoint.cli.journal_cmds import (
    DEFAULT_PROFILE,
    AsJson,
    Db,
    Who,
    Zone,
    check_days,
    open_journal,
    require_profile,
)
from triggerpoint.errors import InputError, StorageError

if TYPE_CHECKING:
    from triggerpoint.analytics.trends import Trend
    from triggerpoint.reports import ReportData

__all__ = ["backup", "daily_chart", "export", "history", "progress", "report", "sparkline"]

_BARS = "▁▂▃▄▅▆▇█"
PerDay = Annotated[int | None, typer.Option(
    "--per-day", metavar="N", help="Sessions planned a day (default: from your saved plans).")]


def history(
    days: Annotated[int, typer.Option(
        metavar="N", help="How many days back, today included.")] = 14,
    db: Db = None, profile: Who = DEFAULT_PROFILE, as_json: AsJson = False, tz: Zone = None,
) -> None:
    """Show what you logged: pain entries, sessions and check-ins, newest first."""
    from triggerpoint.cli import journal_view
    from triggerpoint.reports.clock import local_zone

    check_days(days)
    zone = local_zone(tz)
    first = datetime.now(zone).date() - timedelta(days=days - 1)
    since = datetime(first.year, first.month, first.day, tzinfo=zone)
    with open_journal(db) as journal:
        require_profile(journal, profile)
        entries = journal.pain_entries(profile=profile, since=since)[::-1]
        sessions = journal.sessions(profile=profile, since=since)[::-1]
        checkins = journal.checkins(profile=profile, since=first)[::-1]
    if as_json:
        journal_view.print_json(journal_view.history_json(profile, first, entries, sessions,
                                                          checkins))
    else:
        journal_view.history_view(entries, sessions, checkins, zone=zone, days=days)


def progress(
    days: Annotated[int, typer.Option(
        metavar="N", help="How many days back, today included.")] = 28,
    per_day: PerDay = None,
    db: Db = None, profile: Who = DEFAULT_PROFILE, as_json: AsJson = False, tz: Zone = None,
) -> None:
    """See how your pain is going: warnings first, then trends, what helped and your sessions."""
    data = _collect(db, profile, days, tz, per_day)
    from triggerpoint.cli import journal_view

    if as_json:
        journal_view.print_json(data.to_json())
    else:
        journal_view.progress_view(data, daily_chart(data.summary.overall))


def report(
    fmt: Annotated[str, typer.Option(
        "--format", metavar="FORMAT",
        help="html, pdf, csv (two files: spots and sessions) or fhir (JSON).")],
    out: Annotated[Path, typer.Option("--out", metavar="FILE",
        help="The file to write (readable only by you).")],
    days: Annotated[int, typer.Option(
        metavar="N", help="How many days back, today included.")] = 90,
    per_day: PerDay = None,
    db: Db = None, profile: Who = DEFAULT_PROFILE, tz: Zone = None,
) -> None:
    """Write a report for your therapist: warnings, body charts, trends, what helped, the log.

    Example: triggerpoint report --format pdf --out pain-report.pdf --days 90
    """
    from triggerpoint.reports import FORMATS, write_report

    if fmt.lower() not in FORMATS:
        raise InputError(f"Unknown --format '{fmt}'; use one of: {', '.join(FORMATS)}.")
    data = _collect(db, profile, days, tz, per_day)
    written = write_report(data, fmt.lower(), out)
    entries, sessions = data.summary.entries, len(data.sessions)
    typer.echo(f"Wrote {', '.join(map(str, written))} ({entries} pain "
               f"{'entry' if entries == 1 else 'entries'}, {sessions} "
               f"session{'' if sessions == 1 else 's'}). It holds health data: share it only "
               "with people you choose.")


def _collect(db: str | None, profile: str, days: int, tz: str | None,
             per_day: int | None) -> ReportData:
    """The profile's records and figures for the last ``days``."""
    from triggerpoint.reports import collect_report
    from triggerpoint.reports.clock import local_zone

    check_days(days)
    if per_day is not None and not 0 <= per_day <= 10:
        raise InputError(f"--per-day must be from 0 to 10, not {per_day}.")
    with open_journal(db) as journal:
        require_profile(journal, profile)
        return collect_report(journal, profile.strip(), days=days, tz=local_zone(tz),
                              per_day=per_day)


def daily_chart(trend: Trend | None) -> str:
    """Daily pain as a terminal chart fitted to its width, or a sparkline when not a terminal."""
    if trend is None:
        return ""
    if not sys.stdout.isatty():
        return sparkline([p.mean for p in trend.days], trend)
    from rich.console import Console

    width = max(40, min(Console().width - 1, 120))
    try:
        return _plotext_chart(trend, width)
    except Exception:  # a drawing failure in the terminal must not hide the figures
        return sparkline([p.mean for p in trend.days], trend)


def sparkline(values: list[float], trend: Trend) -> str:
    """'Daily pain 2 Nov ▅▅▄▃▂ 16 Nov (0-10; one bar per logged day)'."""
    bars = "".join(_BARS[min(len(_BARS) - 1, int(v / 10 * len(_BARS)))] for v in values[-60:])
    first = trend.days[-60:][0].day
    return (f"Daily pain {first:%d %b} {bars} {trend.latest_day:%d %b} "
            "(0-10, one bar per day you logged)")


def _plotext_chart(trend: Trend, width: int) -> str:
    """Daily means as dots and the 7-day mean as a line, 0-10, dated ticks at both ends."""
    import plotext  # type: ignore[import-untyped, unused-ignore]

    figure = plotext.figure
    figure.clear()
    figure.plot_size(width, 14)
    figure.theme("simple")
    first = trend.days[0].day
    x = [(p.day - first).days for p in trend.days]
    figure.draw(figure.signal(x, [p.mean for p in trend.days], marker="•"))
    line = figure.signal(x, [p.mean_7d for p in trend.days], marker="braille")
    line.lines()
    figure.draw(line)
    figure.ruler("y").lim(0, 10)
    figure.ruler("x").ticks([0, x[-1]], [f"{first:%d %b}", f"{trend.latest_day:%d %b}"])
    figure.title("Daily pain (dots) and 7-day mean (line), 0-10")
    return str(figure.build())


def export(
    out: Annotated[Path | None, typer.Option(
        "--out", metavar="FILE",
        help="Write to FILE (readable only by you) instead of the screen.")] = None,
    profile: Annotated[str | None, typer.Option(
        "--profile", metavar="NAME",
        help="Export only this profile (default: every profile).")] = None,
    db: Db = None,
) -> None:
    """Export the journal as JSON, to move it or keep a copy you can read."""
    import json

    from triggerpoint.storage import export_journal

    with open_journal(db) as journal:
        if profile is not None:
            require_profile(journal, profile)
        document = export_journal(journal)
    if profile is not None:
        document["profiles"] = [p for p in document["profiles"] if p["name"] == profile.strip()]
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    if out is None:
        sys.stdout.write(text)
        return
    from triggerpoint.reports.write import write_private

    write_private(out, text.encode("utf-8"))
    count = len(document["profiles"])
    typer.echo(f"Exported {count} profile{'s' if count != 1 else ''} to {out}. It holds health "
               "data: keep it private.")


def backup(
    out: Annotated[Path | None, typer.Option(
        "--out", metavar="FILE",
        help="The copy's file (default: triggerpoint-backup-DATE-TIME.sqlite3 here).")]
    = None,
    force: Annotated[bool, typer.Option("--force", help="Replace FILE if it exists.")] = False,
    db: Db = None,
) -> None:
    """Copy the SQLite journal safely, even while it is in use (PostgreSQL: use pg_dump)."""
    import os

    from triggerpoint.storage import backup as copy_journal

    url = db or os.environ.get("TRIGGERPOINT_DATABASE_URL", "")
    if url.strip().lower().startswith("postgres"):
        raise StorageError("backup copies SQLite journals; back up PostgreSQL with pg_dump, e.g. "
                           "pg_dump --format=custom --file=journal.dump 'postgresql://user@host/db'")
    target = out or Path.cwd() / f"triggerpoint-backup-{datetime.now():%Y%m%d-%H%M%S}.sqlite3"
    if target.exists() and not force:
        raise InputError(f"{target} already exists; choose another --out, or add --force.")
    with open_journal(db) as journal:
        copy_journal(journal, target)
    typer.echo(f"Backed up the journal to {target} ({target.stat().st_size // 1024 + 1} KB). "
               "It holds health data: keep it private.")
