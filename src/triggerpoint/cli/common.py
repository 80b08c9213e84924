"""What every command shares: the options for the journal, profile, JSON and time zone, and
the one place a command gets its use-case context."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from triggerpoint.services import AppContext

__all__ = ["AsJson", "Db", "Who", "Zone", "app_context"]

Db = Annotated[str | None, typer.Option(
    "--db", metavar="URL",
    help="Journal database, e.g. sqlite:///path/journal.sqlite3 (overrides "
    "TRIGGERPOINT_DATABASE_URL; default: your private journal file).")]
def _profile_name(value: str | None) -> str | None:
    """A profile name from the command line or TRIGGERPOINT_PROFILE: bounded, valid text."""
    if value is None:
        return None
    from triggerpoint.inputs import MAX_NAME, check_text

    return check_text(value, "The profile name", MAX_NAME)


Who = Annotated[str | None, typer.Option(
    "--profile", metavar="NAME", envvar="TRIGGERPOINT_PROFILE", callback=_profile_name,
    help="Whose journal (default: your first profile; add one with 'triggerpoint profile "
    "add NAME').")]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON.")]
Zone = Annotated[str | None, typer.Option(
    "--tz", metavar="ZONE",
    help="Time zone for days and times, e.g. Europe/London (default: this computer's).")]


def app_context(db: str | None = None, tz: str | None = None) -> AppContext:
    """The context for one command: the knowledge base loaded once, settings, clock, zone."""
    from triggerpoint.services import AppContext

    return AppContext.create(db=db, tz=tz)
