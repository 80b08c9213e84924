"""`triggerpoint plan`: a dated, dosed, safety-checked self-care plan, on screen or as files."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from triggerpoint.knowledge import KnowledgeBase, Muscle
    from triggerpoint.plans import Plan, PlanOptions, Target
    from triggerpoint.safety import SafetyAssessment

__all__ = ["parse_start", "parse_tools", "plan", "plan_json", "resolve_targets"]

_SIDES = {"left": ("left",), "right": ("right",), "both": ("left", "right")}
#: PlanOptions field -> the option a person typed, for error messages.
_OPTION_OF = {"days": "--days", "per_day": "--per-day", "minutes": "--minutes",
              "pain_now": "--pain"}


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
) -> None:
    """Make a day-by-day self-care plan that starts gently and builds up safely.

    Example: triggerpoint plan "upper trapezius" levator-scapulae --side both --days 14
    """
    from triggerpoint.knowledge import KnowledgeBase
    from triggerpoint.plans import make_plan

    kb = KnowledgeBase.load()
    options = _options(kb, days=days, per_day=per_day, minutes=minutes, tools=tools,
                       start=start, pain=pain)
    targets, safety = _targets_and_safety(kb, muscle or [], side, from_find, answers,
                                          condition or [])
    made = make_plan(kb, targets, options, safety)
    written = _write_files(kb, made, safety, out_json=out_json, ics=ics, tz=tz, html=html)
    if as_json:
        from triggerpoint.cli import render

        render.print_json(plan_json(made))
    else:
        from triggerpoint.cli.plan_view import plan_view

        plan_view(kb, made, safety, show_all)
    for note in written:
        typer.echo(note, err=as_json)


def plan_json(made: Plan) -> dict[str, Any]:
    """The plan's JSON (see docs/plans.md): the model dump plus each session's duration_s."""
    data = made.model_dump(mode="json")
    for session, out in zip(made.sessions, data["sessions"], strict=True):
        out["duration_s"] = session.duration_s
    return data


def _options(kb: KnowledgeBase, *, days: int, per_day: int, minutes: int, tools: str | None,
             start: str | None, pain: int | None) -> PlanOptions:
    """Validated plan options; a value out of range names the option and its limits."""
    from pydantic import ValidationError

    from triggerpoint.errors import InvalidQuery
    from triggerpoint.plans import PlanOptions

    try:
        return PlanOptions(days=days, per_day=per_day, minutes=minutes, pain_now=pain,
                           tools=parse_tools(kb, tools), start=parse_start(start))
    except ValidationError as exc:
        error = exc.errors()[0]
        field = str(error["loc"][0]) if error["loc"] else ""
        limits = PlanOptions.model_fields[field].metadata if field in _OPTION_OF else []
        low = next((m.ge for m in limits if hasattr(m, "ge")), None)
        high = next((m.le for m in limits if hasattr(m, "le")), None)
        where = _OPTION_OF.get(field, field)
        span = f" must be from {low} to {high}" if low is not None else f": {error['msg']}"
        raise InvalidQuery(f"{where}{span}, not {error.get('input')}.") from None


def parse_start(text: str | None) -> date:
    """The first day: YYYY-MM-DD, or today when not given."""
    from triggerpoint.errors import InvalidQuery

    if text is None:
        return date.today()
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidQuery(f"--start must be a date as YYYY-MM-DD, e.g. "
                           f"{date.today():%Y-%m-%d}; got '{text}'.") from None


def parse_tools(kb: KnowledgeBase, text: str | None) -> list[str] | None:
    """Tool ids for 'ball,foam-roller'; a bare 'ball' means every kind of ball."""
    from triggerpoint.errors import UnknownNameError
    from triggerpoint.names import normalize

    if text is None:
        return None
    ids: list[str] = []
    for name in (part.strip() for part in text.split(",")):
        if not name:
            continue
        try:
            ids.append(kb.lookup("tools", name).id)
        except UnknownNameError:
            word = normalize(name).removesuffix("s")
            kinds = [t.id for t in kb.tools.values() if normalize(t.name).endswith(f" {word}")]
            if not word or not kinds:
                raise
            ids += kinds
    return list(dict.fromkeys(ids))


def resolve_targets(kb: KnowledgeBase, words: list[str], side: str) -> list[Target]:
    """Targets for the muscles named; unquoted words ('upper trapezius') join up greedily."""
    from triggerpoint.errors import InvalidQuery
    from triggerpoint.plans import Target

    if side not in _SIDES:
        raise InvalidQuery(f"--side must be left, right or both, not '{side}'.")
    parts = [p.strip() for w in words for p in w.split(",") if p.strip()]
    targets: list[Target] = []
    i = 0
    while i < len(parts):
        muscles, i = _longest_name(kb, parts, i)
        targets += [Target(muscle=m.id, side=s) for m in muscles for s in _SIDES[side]]
    return targets


def _longest_name(kb: KnowledgeBase, parts: list[str], i: int) -> tuple[list[Muscle], int]:
    """The muscles the longest run of words from ``i`` names, and where the next run starts."""
    from triggerpoint.errors import UnknownMuscle

    for j in range(len(parts), i + 1, -1):
        try:
            return kb.muscles_named(" ".join(parts[i:j])), j
        except UnknownMuscle:
            continue
    return kb.muscles_named(parts[i]), i + 1  # raises with suggestions for the word itself


def _targets_and_safety(kb: KnowledgeBase, words: list[str], side: str, from_find: str | None,
                        answers: Path | None, conditions: list[str],
                        ) -> tuple[list[Target], SafetyAssessment]:
    """What to work on and under which safety assessment: the finder's, or a plain screen."""
    from triggerpoint.cli.safety_view import triaged
    from triggerpoint.errors import InvalidQuery
    from triggerpoint.plans import target_regions
    from triggerpoint.safety import screen
    from triggerpoint.safety.answers import read_answers

    given = read_answers(answers, kb) if answers is not None else None
    targets = resolve_targets(kb, words, side)
    if from_find is None:
        if not targets:
            raise InvalidQuery("Name at least one muscle (e.g. 'upper trapezius'), or describe "
                               "where it hurts with --from-find.")
        regions = target_regions(kb, targets)
        return targets, triaged(lambda a: screen(kb, answers=a, conditions=conditions,
                                                 regions=regions), given)
    from triggerpoint.consult import consult
    from triggerpoint.plans import targets_from_consultation

    consultation = consult(kb, text=from_find, answers=given, conditions=conditions)
    if consultation.error is not None and consultation.safety.self_care_allowed:
        raise consultation.error
    found = targets_from_consultation(consultation)
    regions = target_regions(kb, found + targets)
    safety = triaged(lambda a: screen(kb, text=from_find, answers=a, conditions=conditions,
                                      regions=regions), given)
    if not found and consultation.safety.self_care_allowed and not targets:
        raise InvalidQuery(f"Could not tell which muscles cause '{from_find}'; try "
                           "'triggerpoint find' first, or name the muscles.")
    return found + targets, safety


def _write_files(kb: KnowledgeBase, made: Plan, safety: SafetyAssessment, *,
                 out_json: Path | None, ics: Path | None, tz: str | None, html: Path | None,
                 ) -> list[str]:
    """Write the files asked for before anything is shown; one note per file written."""
    import json

    from triggerpoint.errors import InvalidQuery
    from triggerpoint.plans.export_html import write_html
    from triggerpoint.plans.export_ics import write_ics

    writers: list[tuple[Path | None, str, Callable[[Path], object]]] = [
        (out_json, "JSON", lambda p: p.write_text(
            json.dumps(plan_json(made), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")),
        (ics, "calendar", lambda p: write_ics(kb, made, p, tz)),
        (html, "printable page", lambda p: write_html(kb, made, p, safety)),
    ]
    notes: list[str] = []
    for path, what, write in writers:
        if path is None:
            continue
        try:
            write(path)
        except OSError as exc:
            raise InvalidQuery(f"Cannot write '{path}': {exc.strerror}.") from None
        notes.append(f"Wrote {what} with {len(made.sessions)} sessions to {path}")
    return notes
