"""`triggerpoint session`: be guided through one self-care session, step by step, with a timer."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from rich.console import Console

    from triggerpoint.cli.session_view import LineUI, TerminalUI
    from triggerpoint.knowledge import KnowledgeBase
    from triggerpoint.plans import Plan, PlanSession
    from triggerpoint.records import SafetyLevel, SessionRecord
    from triggerpoint.safety import SafetyAssessment
    from triggerpoint.sessions import SessionRunner, SpeedClock

__all__ = ["load_plan", "pick_session", "session"]

LEAD_IN_S = 5.0  # seconds to get into position before a step's timer starts
LATE_S = 2 * 3600  # a session up to two hours late is still 'next'


@dataclass(frozen=True)
class _Chosen:
    """The session to walk, what to call it, and the safety level and plan it comes under."""

    session: PlanSession
    title: str
    level: SafetyLevel
    plan_id: str | None = None


def session(
    muscle: Annotated[list[str] | None, typer.Argument(
        help="The muscle(s) to work on, e.g. upper trapezius. Not needed with --plan.")] = None,
    side: Annotated[str, typer.Option(
        "--side", help="Which side: left, right or both.")] = "right",
    plan: Annotated[Path | None, typer.Option(
        "--plan", help="A plan file saved with 'triggerpoint plan --json'.")] = None,
    day: Annotated[int | None, typer.Option(
        "--day", min=1, help="With --plan: which day of the plan (default: the next session).")]
    = None,
    slot: Annotated[int | None, typer.Option(
        "--slot", min=1, help="With --plan: which session of that day, 1 = first.")] = None,
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
    db: Annotated[str | None, typer.Option(
        "--db", help="Journal database URL (default: TRIGGERPOINT_DATABASE_URL or the "
        "file in your data folder).")] = None,
    profile: Annotated[str, typer.Option(
        "--profile", help="Whose journal the session belongs to.")] = "me",
) -> None:
    """Be guided through one session: each step on screen, with a timer you can pause.

    Keys: P or Space pauses, S skips a step, Q stops. Your pain is asked before and after.
    Example: triggerpoint session upper trapezius --side right
    """
    from rich.console import Console

    from triggerpoint.knowledge import KnowledgeBase
    from triggerpoint.safety import screen
    from triggerpoint.safety.answers import read_answers
    from triggerpoint.sessions import SpeedClock

    _check_record_path(record)
    kb = KnowledgeBase.load()
    from triggerpoint.cli.plan_cmd import resolve_targets
    from triggerpoint.cli.safety_view import triaged
    from triggerpoint.plans import target_regions

    given = read_answers(answers, kb) if answers is not None else None
    named = resolve_targets(kb, muscle or [], side) if muscle else []
    regions = target_regions(kb, named)
    safety = triaged(lambda a: screen(kb, answers=a, conditions=condition or [],
                                      regions=regions), given)
    clock = SpeedClock(speed)
    if plan is not None:
        chosen = _from_plan(plan, muscle, safety, clock.now(), day, slot)
    else:
        chosen = _one_off(kb, muscle or [], side, minutes, safety, day, slot)
    console = Console(highlight=False)
    runner, result = _run(console, chosen, clock)
    _finish(console, runner, result, chosen.session, record)
    if save:
        _save_to_journal(console, result, db, profile)


def _save_to_journal(console: Console, result: SessionRecord, db: str | None,
                     profile: str) -> None:
    """Hand the finished record to the journal, and show any warning it now raises."""
    from triggerpoint.cli.journal_cmds import open_journal
    from triggerpoint.cli.journal_view import warnings_panel
    from triggerpoint.reports.data import current_warnings

    now = max(datetime.now().astimezone(), result.ended_at)  # a sped-up clock ends later
    zone = now.tzinfo or UTC
    with open_journal(db) as journal:
        session_id = journal.add_session(profile=profile, record=result)
        warnings = current_warnings(journal.pain_entries(profile=profile),
                                    journal.sessions(profile=profile), now=now, tz=zone)
    console.print(f"Saved to your journal (session {session_id}, profile '{profile}').",
                  markup=False)
    if warnings:
        console.print(warnings_panel(warnings))


def _from_plan(path: Path, muscles: list[str] | None, safety: SafetyAssessment,
               now: datetime, day: int | None, slot: int | None) -> _Chosen:
    """The chosen session of a saved plan, under the stricter of its and today's safety."""
    from triggerpoint.errors import InvalidQuery, SafetyStop, TriageIncomplete
    from triggerpoint.safety import highest

    if muscles:
        raise InvalidQuery("Give either muscles or --plan, not both.")
    if not safety.self_care_allowed:
        raise SafetyStop(safety.level, safety.advice, [r.text for r in safety.reasons][:3])
    if not safety.triage_complete:
        raise TriageIncomplete([(q.id, q.text) for q in safety.open_questions])
    loaded, plan_id = load_plan(path)
    picked = pick_session(loaded, now, day, slot)
    title = f"{loaded.title}: day {picked.day}, session {picked.slot}"
    return _Chosen(picked, title, highest([loaded.safety_level, safety.level]), plan_id)


def _one_off(kb: KnowledgeBase, words: list[str], side: str, minutes: int,
             safety: SafetyAssessment, day: int | None, slot: int | None) -> _Chosen:
    """A one-session plan for the named muscles made today (SafetyStop before anything)."""
    from triggerpoint.cli.plan_cmd import resolve_targets
    from triggerpoint.errors import InvalidQuery
    from triggerpoint.plans import PlanOptions, make_plan

    if day is not None or slot is not None:
        raise InvalidQuery("--day and --slot choose a session of a --plan file.")
    if not words:
        raise InvalidQuery("Name a muscle, e.g. 'triggerpoint session upper trapezius', "
                           "or give a plan with --plan FILE.json.")
    options = PlanOptions(days=1, per_day=1, minutes=minutes, start=datetime.now().date())
    made = make_plan(kb, resolve_targets(kb, words, side), options, safety)
    names = ", ".join(f"{kb.muscles[t.muscle].name} ({t.side})" for t in made.targets)
    return _Chosen(made.sessions[0], f"Today's session: {names}", safety.level)


def load_plan(path: Path) -> tuple[Plan, str | None]:
    """A plan from its JSON file (unknown extra fields are ignored), and its id if it has one."""
    from pydantic import ValidationError

    from triggerpoint.errors import InvalidQuery
    from triggerpoint.plans import Plan

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InvalidQuery(f"Cannot read plan file '{path}': {exc.strerror}.") from None
    except (ValueError, UnicodeDecodeError):
        raise InvalidQuery(f"Plan file '{path}' is not valid JSON.") from None
    plan_id = data.get("id") if isinstance(data, dict) else None
    if isinstance(data, dict) and isinstance(data.get("plan"), dict):
        data = data["plan"]
        plan_id = plan_id or data.get("id")
    try:
        plan = Plan.model_validate(_known(Plan, data))
    except ValidationError as exc:
        where = ".".join(str(p) for p in exc.errors()[0]["loc"])
        raise InvalidQuery(f"Plan file '{path}' is not a plan ({where}: "
                           f"{exc.errors()[0]['msg']}).") from None
    return plan, plan_id if isinstance(plan_id, str) else None


def _known(model: Any, data: Any) -> Any:
    """Data with fields the model does not know dropped, nested models and lists included."""
    from pydantic import BaseModel

    if not isinstance(data, dict):
        return data
    kept: dict[str, Any] = {}
    for name, field in model.model_fields.items():
        if name not in data:
            continue
        inner = next((a for a in (field.annotation, *getattr(field.annotation, "__args__", ()))
                      if isinstance(a, type) and issubclass(a, BaseModel)), None)
        value = data[name]
        if inner is not None:
            value = [_known(inner, v) for v in value] if isinstance(value, list) \
                else _known(inner, value)
        kept[name] = value
    return kept


def pick_session(plan: Plan, now: datetime, day: int | None, slot: int | None) -> PlanSession:
    """The chosen session, or the next one: the first not more than two hours past its time."""
    from triggerpoint.errors import InvalidQuery

    if day is not None or slot is not None:
        wanted_day = day if day is not None else (now.date() - plan.options.start).days + 1
        for candidate in plan.sessions:
            if (candidate.day, candidate.slot) == (wanted_day, slot or 1):
                return candidate
        raise InvalidQuery(f"The plan has no session on day {wanted_day}, slot {slot or 1}; "
                           f"it has days 1-{plan.sessions[-1].day if plan.sessions else 0}.")
    cutoff = now.replace(tzinfo=None) - timedelta(seconds=LATE_S)
    for candidate in plan.sessions:
        if datetime.combine(candidate.date, candidate.start) >= cutoff:
            return candidate
    last = plan.sessions[-1].date.isoformat() if plan.sessions else "?"
    raise InvalidQuery(f"This plan ended on {last}. Choose a session with --day N --slot K, "
                       "or make a new plan.")


def _check_record_path(record: Path | None) -> None:
    """Fail before the session, not after it, when the record cannot be written there."""
    from triggerpoint.errors import InvalidQuery

    if record is None:
        return
    if record.is_dir() or not record.parent.resolve().is_dir():
        raise InvalidQuery(f"Cannot save the record to '{record}': no such folder, or it is "
                           "a folder itself.")


def _interactive() -> bool:
    """A live screen only when both ends are a terminal that supports single keys."""
    try:
        import termios  # noqa: F401
    except ImportError:  # pragma: no cover - not on POSIX
        return False
    return sys.stdin.isatty() and sys.stdout.isatty()


def _run(console: Console, chosen: _Chosen, clock: SpeedClock
         ) -> tuple[SessionRunner, SessionRecord]:
    """Intro, then the walk with the live screen or with plain prompts."""
    from triggerpoint.cli.session_view import LineUI, TerminalUI, intro
    from triggerpoint.sessions import walked_steps

    live = _interactive()
    intro(console, chosen.title, walked_steps(chosen.session.steps), live)
    if not live:
        runner = _runner(chosen, clock, LineUI(console), lead_in_s=0.0)
        return runner, runner.run()
    with TerminalUI(console) as terminal:
        runner = _runner(chosen, clock, terminal, lead_in_s=LEAD_IN_S)
        return runner, runner.run()


def _runner(chosen: _Chosen, clock: SpeedClock, ui: LineUI | TerminalUI,
            lead_in_s: float) -> SessionRunner:
    """The runner for a session; ticks are about a tenth of a real second at any speed."""
    from triggerpoint.sessions import SessionRunner

    return SessionRunner(chosen.session.steps, clock=clock, events=ui, display=ui,
                         safety_level=chosen.level, tick_s=min(1.0, 0.1 * clock.speed),
                         lead_in_s=lead_in_s, plan_id=chosen.plan_id)


def _finish(console: Console, runner: SessionRunner, result: SessionRecord,
            chosen: PlanSession, record: Path | None) -> None:
    """The summary, and the record file when one was asked for."""
    from triggerpoint.cli.session_view import summary
    from triggerpoint.errors import InvalidQuery

    summary(console, result, runner.outcomes, _after_care(chosen))
    if record is None:
        return
    try:
        record.write_text(result.model_dump_json(indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise InvalidQuery(f"Cannot save the record to '{record}': {exc.strerror}.") from None
    console.print(f"Saved the record to {record}.", markup=False)


def _after_care(chosen: PlanSession) -> str | None:
    """The plan's closing advice, without the 'rate your pain' the session already asked."""
    text = next((s.instructions for s in chosen.steps if s.kind == "check"), None)
    if text is None:
        return None
    kept = [part for part in text.split(". ") if not part.startswith("Rate your pain")]
    return ". ".join(kept) or None
