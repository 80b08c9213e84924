"""`triggerpoint plan`: a dated, dosed, safety-checked self-care plan, on screen or as files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from triggerpoint.cli.common import Db, Who

if TYPE_CHECKING:
    from triggerpoint.knowledge import KnowledgeBase
    from triggerpoint.services.planning import PlanView

__all__ = ["plan"]


def plan(
    muscle: Annotated[list[str] | None, typer.Argument(
        help="Muscles by id, name, alias or group, e.g. 'upper trapezius' levator-scapulae.")]
    = None,
    side: Annotated[str, typer.Option(help="Which side: left, right or both.")] = "right",
    from_find: Annotated[str | None, typer.Option(
        "--from-find", help="Describe where it hurts; plan for the muscles 'find' ranks first.")]
    = None,
    days: Annotated[int, typer.Option(help="How many days (1-60).")] = 14,
    per_day: Annotated[int, typer.Option("--per-day", help="Sessions a day (1-4).")] = 2,
    minutes: Annotated[int, typer.Option(help="Minutes per session (3-45).")] = 10,
    tools: Annotated[str | None, typer.Option(
        help="Tools you have, comma-separated, e.g. ball,foam-roller. Hands always count.")]
    = None,
    start: Annotated[str | None, typer.Option(help="First day, YYYY-MM-DD (default today).")]
    = None,
    pain: Annotated[int | None, typer.Option(help="Your pain today, 0-10.")] = None,
    answers: Annotated[Path | None, typer.Option(
        "--answers", help="Screening answers file (see 'triggerpoint screen --help').")] = None,
    condition: Annotated[list[str] | None, typer.Option(
        "--condition", "-c",
        help="A condition or medication, e.g. pregnancy, warfarin. Repeatable.")] = None,
    show_all: Annotated[bool, typer.Option("--all", help="Show every day, not a summary.")]
    = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the plan as JSON.")] = False,
    out_json: Annotated[Path | None, typer.Option("--out-json", help="Write JSON to FILE.")]
    = None,
    ics: Annotated[Path | None, typer.Option(help="Write a calendar (.ics) to FILE.")] = None,
    tz: Annotated[str | None, typer.Option(
        "--tz", help="Time zone for the calendar, e.g. Europe/London (default: floating "
        "local times that follow your device's clock).")] = None,
    html: Annotated[Path | None, typer.Option(help="Write a printable page (.html) to FILE.")]
    = None,
    save: Annotated[bool, typer.Option(
        "--save", help="Keep the plan in your journal: 'session --saved' walks it and "
        "'progress' counts its sessions.")] = False,
    db: Db = None,
    profile: Who = None,
) -> None:
    """Make a day-by-day self-care plan that starts gently and builds up safely.

    Example: triggerpoint plan "upper trapezius" levator-scapulae --side both --days 14 --save
    """
    from triggerpoint.cli.common import app_context
    from triggerpoint.cli.safety_view import terminal_ask
    from triggerpoint.safety.answers import read_answers
    from triggerpoint.services.planning import PlanRequest, make

    _check_outputs(out_json, ics, html)
    if tz is not None:
        from triggerpoint.reports.clock import local_zone

        local_zone(tz)  # a folder of the zone database or a 10 KB name: a clear error, first
    with app_context(db).session() as ctx:
        given = read_answers(answers, ctx.kb) if answers is not None else None
        request = PlanRequest(muscles=muscle or [], side=side, from_find=from_find, days=days,
                              per_day=per_day, minutes=minutes, tools=tools, start=start,
                              pain=pain, answers=given, conditions=condition or [], save=save,
                              profile=profile)
        view = make(ctx, request, terminal_ask())
    written = _write_files(ctx.kb, view, out_json=out_json, ics=ics, tz=tz, html=html)
    if as_json:
        from triggerpoint.cli import render

        render.print_json(view.to_json())
    else:
        from triggerpoint.cli.plan_view import plan_view

        plan_view(ctx.kb, view.plan, view.safety, show_all)
    for note in written:
        typer.echo(note, err=as_json)
    if view.saved_id is not None:
        typer.echo(f"Saved the plan in your journal as {view.saved_id}; walk the next session "
                   "with: triggerpoint session --saved", err=as_json)


def _write_files(kb: KnowledgeBase, view: PlanView, *, out_json: Path | None, ics: Path | None,
                 tz: str | None, html: Path | None) -> list[str]:
    """Write the files asked for (private, whole) before anything is shown; one note each."""
    from triggerpoint.cli.render import json_text
    from triggerpoint.inputs import write_private
    from triggerpoint.plans.export_html import plan_html
    from triggerpoint.plans.export_ics import plan_calendar

    made = view.plan
    writers: list[tuple[Path | None, str, Callable[[], bytes]]] = [
        (out_json, "JSON", lambda: json_text(view.to_json()).encode("utf-8")),
        (ics, "calendar", lambda: plan_calendar(kb, made, tz).to_ical()),
        (html, "printable page", lambda: plan_html(kb, made, view.safety).encode("utf-8")),
    ]
    notes: list[str] = []
    for path, what, render in writers:
        if path is not None:
            write_private(path, render())
            notes.append(f"Wrote {what} with {len(made.sessions)} sessions to {path}")
    return notes


def _check_outputs(*paths: Path | None) -> None:
    """Refuse a file that cannot be written before the plan is made (or saved)."""
    from triggerpoint.inputs import check_output

    for path in paths:
        if path is not None:
            check_output(path)
