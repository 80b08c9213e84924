"""`triggerpoint log | checkin | import | profile`: the commands that add to the journal.

Each command turns what was typed into a request, calls one use case (triggerpoint.services.
journal or .profiles) and renders the view; the use case checks all input before anything is
written, so a mistake saves nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from triggerpoint.cli.common import AsJson, Db, Who, app_context

__all__ = ["checkin", "import_", "log", "profile_add", "profile_list"]


def log(
    words: Annotated[list[str] | None, typer.Argument(
        metavar="PLACE PAIN",
        help="Where it hurts, then how much from 0 to 10, e.g. \"right temple\" 6.")] = None,
    spot: Annotated[list[str] | None, typer.Option(
        "--spot", metavar="REGION:SIDE=N",
        help="REGION[:SIDE]=0-10, e.g. temple:right=6. Repeatable.")] = None,
    quality: Annotated[list[str] | None, typer.Option(
        "--quality", metavar="WORD",
        help="What it feels like: aching, burning, sharp... Repeatable.")] = None,
    note: Annotated[str, typer.Option(
        metavar="TEXT", help="Anything else worth remembering.")] = "",
    at: Annotated[str | None, typer.Option(
        metavar="TIME",
        help="When, e.g. 2026-11-20T08:00 (default now; local time unless an offset is given).")]
    = None,
    db: Db = None, profile: Who = None, as_json: AsJson = False,
) -> None:
    """Log pain now: where it hurts and how much (0 none ... 10 worst imaginable).

    Example: triggerpoint log "right temple" 6   or   triggerpoint log --spot temple:right=6
    """
    from triggerpoint.cli import journal_view
    from triggerpoint.reports.data import Names
    from triggerpoint.services.journal import LogRequest, log_pain

    request = LogRequest(words=words or [], spots=spot or [], qualities=quality or [],
                         note=note, at=at, profile=profile)
    with app_context(db).session() as ctx:
        view = log_pain(ctx, request)
    if as_json:
        journal_view.print_json(view.to_json())
    else:
        journal_view.logged(Names.of(ctx.kb), view.entry, ctx.zone, view.warnings)


def checkin(
    sleep: Annotated[int | None, typer.Option(
        metavar="0-10", help="Sleep quality last night: 0 very poor, 10 great.")] = None,
    stress: Annotated[int | None, typer.Option(
        metavar="0-10", help="Stress today: 0 none, 10 extreme.")] = None,
    stiffness: Annotated[int | None, typer.Option(
        metavar="0-10", help="Stiffness today: 0 none, 10 cannot move.")] = None,
    med: Annotated[list[str] | None, typer.Option(
        "--med", metavar="NAME",
        help="A medication taken today, e.g. 'ibuprofen 400 mg'. Repeatable.")] = None,
    note: Annotated[str | None, typer.Option(metavar="TEXT", help="A note for the day.")] = None,
    day: Annotated[str | None, typer.Option(
        metavar="DAY", help="The day, YYYY-MM-DD, 'today' (default) or 'yesterday'.")] = None,
    db: Db = None, profile: Who = None, as_json: AsJson = False,
) -> None:
    """Check in for the day: sleep, stress, stiffness and medications.

    With nothing given at a terminal, it asks for the three scores (Enter skips one). A second
    check-in on the same day updates the first: scores given replace, medications add up.
    """
    from triggerpoint.cli import journal_view
    from triggerpoint.services.journal import CheckInRequest, check_in

    request = CheckInRequest(sleep=sleep, stress=stress, stiffness=stiffness, meds=med or [],
                             note=note, day=day, profile=profile)
    if request.empty and _interactive():
        request = request.model_copy(update=journal_view.ask_scores())
    with app_context(db).session() as ctx:
        view = check_in(ctx, request)
    if as_json:
        journal_view.print_json(view.to_json())
    else:
        journal_view.checked_in(view.checkin, updated=view.updated)


def _interactive() -> bool:
    """Whether a person is at the keyboard to answer questions."""
    return sys.stdin.isatty()


def import_(
    file: Annotated[Path, typer.Argument(metavar="FILE",
        help="A file written by 'triggerpoint export'.")],
    profile: Annotated[str | None, typer.Option(
        "--profile", metavar="NAME",
        help="Import only this profile from the file (default: all).")] = None,
    db: Db = None,
) -> None:
    """Import an exported journal: all of it or nothing, never over an existing profile."""
    from triggerpoint.cli import journal_view
    from triggerpoint.services.journal import import_document, read_export

    document = read_export(file)
    with app_context(db).session() as ctx:
        summary = import_document(ctx, document, profile, source=str(file))
    journal_view.imported(summary, file)


def profile_list(db: Db = None, as_json: AsJson = False) -> None:
    """List the profiles in your journal (whose pain is logged).

    Example: triggerpoint profile list
    """
    from triggerpoint.cli import journal_view
    from triggerpoint.services.profiles import list_profiles

    with app_context(db).session() as ctx:
        view = list_profiles(ctx)
    if as_json:
        journal_view.print_json(view.to_json())
    else:
        journal_view.profiles_view(view.profiles, None)


def profile_add(
    name: Annotated[str, typer.Argument(metavar="NAME", help="A name for the person, e.g. mum.")],
    db: Db = None, as_json: AsJson = False,
) -> None:
    """Add a profile, for another person who uses this computer.

    Example: triggerpoint profile add mum   then   triggerpoint log "low back" 5 --profile mum
    """
    from triggerpoint.cli import journal_view
    from triggerpoint.inputs import check_name
    from triggerpoint.services.profiles import add_profile

    name = check_name(name, "The profile name")  # one line of text, 1 to 100 characters
    with app_context(db).session() as ctx:
        view = add_profile(ctx, name)
    if as_json:
        journal_view.print_json(view.to_json())
    else:
        journal_view.profiles_view(view.profiles, view.added)
