"""`triggerpoint history | progress | report | export | backup`: read the journal out.

history lists what was logged; progress judges it (warnings first); report writes the therapist
report as HTML, PDF, CSV or FHIR; export and backup copy it. None of them writes to the journal;
each calls one use case of triggerpoint.services.journal.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from triggerpoint.cli.common import AsJson, Db, Who, Zone, app_context

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
    db: Db = None, profile: Who = None, as_json: AsJson = False, tz: Zone = None,
) -> None:
    """Show what you logged: pain entries, sessions and check-ins, newest first."""
    from triggerpoint.cli import journal_view
    from triggerpoint.reports.data import Names
    from triggerpoint.services.journal import history as read_history

    with app_context(db, tz).session() as ctx:
        view = read_history(ctx, profile, days)
    if as_json:
        journal_view.print_json(view.to_json())
    else:
        journal_view.history_view(Names.of(ctx.kb), view.entries, view.sessions, view.checkins,
                                  zone=ctx.zone, days=days)


def progress(
    days: Annotated[int, typer.Option(
        metavar="N", help="How many days back, today included.")] = 28,
    per_day: PerDay = None,
    db: Db = None, profile: Who = None, as_json: AsJson = False, tz: Zone = None,
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
    db: Db = None, profile: Who = None, tz: Zone = None,
) -> None:
    """Write a report for your therapist: warnings, body charts, trends, what helped, the log.

    Example: triggerpoint report --format pdf --out pain-report.pdf --days 90
    """
    from triggerpoint.services.journal import report as write_report

    with app_context(db, tz).session() as ctx:
        written = write_report(ctx, profile, fmt=fmt, out=out, days=days, per_day=per_day)
    entries, sessions, files = written.entries, written.sessions, written.files
    typer.echo(f"Wrote {', '.join(map(str, files))} ({entries} pain "
               f"{'entry' if entries == 1 else 'entries'}, {sessions} "
               f"session{'' if sessions == 1 else 's'}). It holds health data: share it only "
               "with people you choose.")


def _collect(db: str | None, profile: str | None, days: int, tz: str | None,
             per_day: int | None) -> ReportData:
    """The profile's records and figures for the last ``days``."""
    from triggerpoint.services.journal import collect

    with app_context(db, tz).session() as ctx:
        return collect(ctx, profile, days, per_day)


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
    from triggerpoint.cli.render import json_text
    from triggerpoint.inputs import check_output, write_private
    from triggerpoint.services.journal import export as export_document

    if out is not None:
        check_output(out)
    with app_context(db).session() as ctx:
        document = export_document(ctx, profile)
    text = json_text(document) + "\n"
    if out is None:
        sys.stdout.write(text)
        return

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
    from triggerpoint.services.journal import backup as copy_journal

    with app_context(db).session() as ctx:
        target = copy_journal(ctx, out, force=force)
    typer.echo(f"Backed up the journal to {target} ({target.stat().st_size // 1024 + 1} KB). "
               "It holds health data: keep it private.")
