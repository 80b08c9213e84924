"""`triggerpoint find`: from where it hurts to the muscles most likely behind it."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

__all__ = ["find"]

Many = Annotated[list[str] | None, typer.Option()]


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
    from triggerpoint.consult import consult
    from triggerpoint.knowledge import KnowledgeBase
    from triggerpoint.safety.answers import read_answers

    kb = KnowledgeBase.load()
    given = read_answers(answers, kb) if answers is not None else None
    if batch is not None:
        from triggerpoint.cli.batch import run_batch

        run_batch(batch, kb, top, answers=given, conditions=condition or [])
        return
    consultation = consult(
        kb, text=" ".join(text or []), regions=region or [], symptoms=symptom or [],
        tender=tender or [], confirm=confirm or [], deny=deny or [], top=top, answers=given,
        conditions=condition or [],
    )
    if as_json:
        render.print_json(consultation.to_json())
    else:
        from triggerpoint.cli.find_view import finder_view, press_first_view

        finder_view(kb, consultation)
        safety = consultation.safety
        if (consultation.result is not None and safety.self_care_allowed
                and not safety.triage_complete and sys.stdin.isatty()
                and typer.confirm("Answer the safety questions now, to see where to press?",
                                  default=True)):
            from triggerpoint.cli.safety_view import ask_questions

            consultation = consult(
                kb, text=" ".join(text or []), regions=region or [], symptoms=symptom or [],
                tender=tender or [], confirm=confirm or [], deny=deny or [], top=top,
                answers=ask_questions(safety), conditions=condition or [],
            )
            press_first_view(kb, consultation)
    if consultation.error is not None:
        if as_json:
            raise typer.Exit(2)
        raise consultation.error
