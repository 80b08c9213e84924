"""The Typer application: command registration and the one place errors become exit codes.

The console script enters through ``triggerpoint.cli.app.main``, which offers the
arguments to the lean path (cli/lean.py) before importing this module.
"""

from __future__ import annotations

from typing import Any

import typer
from typer.core import TyperGroup

from triggerpoint.errors import InputError, SafetyStop, TriggerpointError

__all__ = ["app", "kb_app", "profile_app"]


class _Group(TyperGroup):
    """Maps triggerpoint errors to a one-line message and an exit code, never a traceback."""

    def invoke(self, ctx: Any) -> Any:
        from triggerpoint.inputs import message_text

        try:
            return super().invoke(ctx)
        except TriggerpointError as exc:
            typer.echo(f"Error: {message_text(str(exc))}", err=True)
            raise typer.Exit(_exit_code(exc)) from None

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        """Every argument is bounded and checked (triggerpoint.inputs) before any command."""
        from triggerpoint.inputs import check_arguments

        check_arguments(args)
        return super().resolve_command(ctx, args)


def _exit_code(exc: TriggerpointError) -> int:
    """2 for bad input, 3 when safety stops self-treatment, 1 for anything else."""
    if isinstance(exc, InputError):
        return 2
    return 3 if isinstance(exc, SafetyStop) else 1


app = typer.Typer(
    cls=_Group,
    name="triggerpoint",
    help="Find the trigger points behind your pain, and look up muscles and body regions.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode=None,
)

kb_app = typer.Typer(
    cls=_Group, help="Check and tidy the knowledge-base files.", no_args_is_help=True
)
app.add_typer(kb_app, name="kb")
profile_app = typer.Typer(
    cls=_Group, help="List or add the profiles (people) in your journal.", no_args_is_help=True
)
app.add_typer(profile_app, name="profile")


def _register() -> None:
    from triggerpoint.cli import (
        atlas_cmds,
        find_cmd,
        journal_cmds,
        kb_cmds,
        plan_cmd,
        progress_cmd,
        safety_cmds,
        serve_cmd,
        session_cmd,
    )

    app.command("serve")(serve_cmd.serve)
    app.command("find")(find_cmd.find)
    app.command("plan")(plan_cmd.plan)
    app.command("screen")(safety_cmds.screen)
    app.command("questions")(safety_cmds.questions)
    app.command("session")(session_cmd.session)
    app.command("log")(journal_cmds.log)
    app.command("checkin")(journal_cmds.checkin)
    app.command("history")(progress_cmd.history)
    app.command("progress")(progress_cmd.progress)
    app.command("report")(progress_cmd.report)
    app.command("export")(progress_cmd.export)
    app.command("import")(journal_cmds.import_)
    app.command("backup")(progress_cmd.backup)
    profile_app.command("list")(journal_cmds.profile_list)
    profile_app.command("add")(journal_cmds.profile_add)

    app.command("muscles")(atlas_cmds.muscles)
    app.command("muscle")(atlas_cmds.muscle)
    app.command("regions")(atlas_cmds.regions)
    app.command("bodymap")(atlas_cmds.bodymap)
    kb_app.command("lint")(kb_cmds.lint)
    kb_app.command("check")(kb_cmds.check)
    kb_app.command("schema")(kb_cmds.schema)
    kb_app.command("stats")(kb_cmds.stats)


_register()
