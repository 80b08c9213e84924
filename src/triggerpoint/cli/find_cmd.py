"""`triggerpoint find`: from where it hurts to the muscles most likely behind it."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

__all__ = ["find"]


def find(
    text: Annotated[list[str] | None, typer.Argument(help="Where it hurts, in your own words.")]
    = None,
    region: Annotated[list[str] | None, typer.Option(
        "--region", "-r", help="REGION[:SIDE][=0-10], e.g. temple:right=6. Repeatable.")] = None,
    symptom: Annotated[list[str] | None, typer.Option(
        "--symptom", "-s", help="Other symptom, e.g. dizziness. Repeatable.")] = None,
    tender: Annotated[list[str] | None, typer.Option(
        "--tender", help="A place that is tender to press, REGION[:SIDE]. Repeatable.")] = None,
    confirm: Annotated[list[str] | None, typer.Option(
        "--confirm", help="Muscle whose spot reproduced your familiar pain when pressed.")] = None,
    deny: Annotated[list[str] | None, typer.Option(
        "--deny", help="Muscle whose spot did not reproduce your pain when pressed.")] = None,
    top: Annotated[int, typer.Option(min=1, max=500, help="How many muscles to list.")] = 5,
    answers: Annotated[Path | None, typer.Option(
        "--answers", help="Screening answers file (see 'triggerpoint screen --help').")] = None,
    condition: Annotated[list[str] | None, typer.Option(
        "--condition", "-c",
        help="A condition or medication, e.g. pregnancy, warfarin. Repeatable.")] = None,
    batch: Annotated[Path | None, typer.Option(
        "--batch", help="JSON-lines file of {id, text|regions}; one JSON line out per line.")]
    = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON (see docs/json.md).")]
    = False,
) -> None:
    """Rank the muscles whose trigger points most likely cause the pain you describe.

    Example: triggerpoint find "right temple and behind my right eye" --region back-of-neck:right
    """
    from triggerpoint.cli import render
    from triggerpoint.cli.common import app_context
    from triggerpoint.safety.answers import read_answers
    from triggerpoint.services.consult import FindRequest, find_muscles

    ctx = app_context()
    given = read_answers(answers, ctx.kb) if answers is not None else None
    if batch is not None:
        from triggerpoint.cli.batch import run_batch

        run_batch(batch, ctx, top, answers=given, conditions=condition or [])
        return
    request = FindRequest(text=" ".join(text or []), regions=region or [],
                          symptoms=symptom or [], tender=tender or [], confirm=confirm or [],
                          deny=deny or [], top=top, answers=given, conditions=condition or [])
    consultation = find_muscles(ctx, request)
    if as_json:
        render.print_json(consultation.to_json())
    else:
        from triggerpoint.cli.find_view import finder_view, press_first_view

        finder_view(ctx.kb, consultation)
        safety = consultation.safety
        if (consultation.result is not None and safety.self_care_allowed
                and not safety.triage_complete and sys.stdin.isatty()
                and typer.confirm("Answer the safety questions now, to see where to press?",
                                  default=True)):
            from triggerpoint.cli.safety_view import ask_questions

            asked = request.model_copy(update={"answers": ask_questions(safety)})
            consultation = find_muscles(ctx, asked)
            press_first_view(ctx.kb, consultation)
    if consultation.error is not None:
        if as_json:
            raise typer.Exit(2)
        raise consultation.error
