"""`triggerpoint session`: be guided through one self-care session, step by step, with a timer.

Which session (a saved plan's due one, a plan file's, or a one-off) and the safety level come
from the session use case (triggerpoint.services.sessions); this module runs the walk in the
terminal and hands the record back to be kept.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from triggerpoint.cli.common import Db, Who

if TYPE_CHECKING:
    from rich.console import Console

    from triggerpoint.cli.session_ui import LineUI, TerminalUI
    from triggerpoint.records import SessionRecord
    from triggerpoint.services.sessions import DueSession
    from triggerpoint.sessions import SessionRunner, SpeedClock

__all__ = ["session"]

LEAD_IN_S = 5.0  # seconds to get into position before a step's timer starts


def session(
    muscle: Annotated[list[str] | None, typer.Argument(
        help="The muscle(s) to work on, e.g. upper trapezius. Not needed with --plan.")] = None,
    side: Annotated[str, typer.Option(
        "--side", help="Which side: left, right or both.")] = "right",
    plan: Annotated[Path | None, typer.Option(
        "--plan", help="A plan file saved with 'triggerpoint plan --out-json'.")] = None,
    saved: Annotated[bool, typer.Option(
        "--saved", help="Walk the plan you saved with 'triggerpoint plan ... --save'.")]
    = False,
    day: Annotated[int | None, typer.Option(
        "--day", min=1, help="With a plan: which day of it (default: the next session).")]
    = None,
    slot: Annotated[int | None, typer.Option(
        "--slot", min=1, help="With a plan: which session of that day, 1 = first.")] = None,
    minutes: Annotated[int, typer.Option(
        "--minutes", min=3, max=45, help="About how long the session may take.")] = 10,
    speed: Annotated[float, typer.Option(
        "--speed", min=0.01, hidden=True, help="Run time faster (demos and tests only).")] = 1.0,
    record: Annotated[Path | None, typer.Option(
        "--record", help="Also save what was done to this JSON file.")] = None,
    answers: Annotated[Path | None, typer.Option(
        "--answers", help="Screening answers file (see 'triggerpoint screen --help').")] = None,
    condition: Annotated[list[str] | None, typer.Option(
        "--condition", "-c",
        help="A condition or medication, e.g. pregnancy, warfarin. Repeatable.")] = None,
    save: Annotated[bool, typer.Option(
        "--save/--no-save", help="Save the session in your journal (default: save).")] = True,
    db: Db = None,
    profile: Who = None,
) -> None:
    """Be guided through one session: each step on screen, with a timer you can pause.

    Keys: P or Space pauses, S skips a step, Q stops. Your pain is asked before and after.
    Example: triggerpoint session upper trapezius --side right   or   triggerpoint session --saved
    """
    from rich.console import Console

    from triggerpoint.cli.common import app_context
    from triggerpoint.cli.safety_view import terminal_ask
    from triggerpoint.safety.answers import read_answers
    from triggerpoint.services.sessions import SessionRequest, due
    from triggerpoint.services.sessions import record as keep
    from triggerpoint.sessions import SpeedClock

    _check_record_path(record)
    with app_context(db).session() as ctx:
        given = read_answers(answers, ctx.kb) if answers is not None else None
        request = SessionRequest(muscles=muscle or [], side=side, plan_file=plan, saved_plan=saved,
                                 day=day, slot=slot, minutes=minutes, answers=given,
                                 conditions=condition or [], profile=profile, save=save)
        chosen = due(ctx, request, terminal_ask())
        console = Console(highlight=False)
        runner, result = _run(console, chosen, SpeedClock(speed))
        _finish(console, runner, result, chosen, record)
        if save:
            kept = keep(ctx, profile, result)
            from triggerpoint.cli.journal_view import warnings_panel
            from triggerpoint.inputs import terminal_safe

            console.print(terminal_safe(f"Saved to your journal (session {kept.session_id}, "
                                        f"profile '{kept.profile}')."), markup=False)
            if kept.warnings:
                console.print(warnings_panel(kept.warnings))


def _check_record_path(record: Path | None) -> None:
    """Fail before the session, not after it, when the record cannot be written there."""
    from triggerpoint.errors import InputError, InvalidQuery
    from triggerpoint.inputs import check_output, shown

    if record is not None:
        try:
            check_output(record)
        except InputError as exc:
            raise InvalidQuery(f"Cannot save the record to {shown(str(record))}: {exc}") from None


def _interactive() -> bool:
    """A live screen only when both ends are a terminal that supports single keys."""
    try:
        import termios  # noqa: F401
    except ImportError:  # pragma: no cover - not on POSIX
        return False
    return sys.stdin.isatty() and sys.stdout.isatty()


def _run(console: Console, chosen: DueSession, clock: SpeedClock
         ) -> tuple[SessionRunner, SessionRecord]:
    """Intro, then the walk with the live screen or with plain prompts."""
    from triggerpoint.cli.session_ui import LineUI, TerminalUI
    from triggerpoint.cli.session_view import intro
    from triggerpoint.sessions import walked_steps

    live = _interactive()
    intro(console, chosen.title, walked_steps(chosen.session.steps), live)
    if not live:
        runner = _runner(chosen, clock, LineUI(console), lead_in_s=0.0)
        return runner, runner.run()
    with TerminalUI(console) as terminal:
        runner = _runner(chosen, clock, terminal, lead_in_s=LEAD_IN_S)
        return runner, runner.run()


def _runner(chosen: DueSession, clock: SpeedClock, ui: LineUI | TerminalUI,
            lead_in_s: float) -> SessionRunner:
    """The runner for a session; ticks are about a tenth of a real second at any speed."""
    from triggerpoint.sessions import SessionRunner

    return SessionRunner(chosen.session.steps, clock=clock, events=ui, display=ui,
                         safety_level=chosen.level, tick_s=min(1.0, 0.1 * clock.speed),
                         lead_in_s=lead_in_s, plan_id=chosen.plan_id)


def _finish(console: Console, runner: SessionRunner, result: SessionRecord,
            chosen: DueSession, record: Path | None) -> None:
    """The summary, and the record file when one was asked for."""
    from triggerpoint.cli.session_view import summary
    from triggerpoint.inputs import terminal_safe, write_private

    summary(console, result, runner.outcomes, chosen.after_care)
    if record is None:
        return
    write_private(record, (result.model_dump_json(indent=2) + "\n").encode("utf-8"))
    console.print(f"Saved the record to {terminal_safe(str(record))}.", markup=False)
