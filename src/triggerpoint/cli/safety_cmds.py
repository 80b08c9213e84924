"""`triggerpoint screen` and `triggerpoint questions`: warning signs before any self-treatment."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

__all__ = ["questions", "screen"]


def screen(
    text: Annotated[list[str] | None, typer.Argument(help="What you feel, in your own words.")]
    = None,
    region: Annotated[list[str] | None, typer.Option(
        "--region", "-r", help="A body region where it hurts (chooses the questions).")] = None,
    answers: Annotated[Path | None, typer.Option(
        "--answers", help="File of answers: question id -> yes/no (JSON or YAML).")] = None,
    condition: Annotated[list[str] | None, typer.Option(
        "--condition", "-c", help="A condition or medication. Repeatable.")] = None,
    ask: Annotated[bool, typer.Option(
        "--ask/--no-ask", help="Ask the questions in the terminal (default when interactive).")]
    = True,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Screen for red flags and for conditions that change what is safe to do.

    The emergency questions come first, then those for the places you name or mark.
    Question ids for --answers: run 'triggerpoint questions'.
    Example: triggerpoint screen "pins and needles in both legs" --answers answers.yaml
    """
    from triggerpoint.cli import render
    from triggerpoint.cli.common import app_context
    from triggerpoint.cli.safety_view import safety_banner, terminal_ask
    from triggerpoint.safety.answers import read_answers
    from triggerpoint.services.screening import ScreenRequest, assess

    ctx = app_context()
    given = read_answers(answers, ctx.kb) if answers is not None else None
    request = ScreenRequest(text=" ".join(text or []) or None, regions=region or [],
                            answers=given, conditions=condition or [])
    result = assess(ctx, request, terminal_ask() if ask and not as_json else None)
    if as_json:
        render.print_json(result.to_json())
    else:
        from rich.console import Console

        Console().print(safety_banner(result))
    raise typer.Exit(0)


def questions() -> None:
    """List the safety questions and their ids (for --answers files), in the order asked.

    Example: triggerpoint questions
    """
    from triggerpoint.cli.common import app_context
    from triggerpoint.services.screening import questions as all_questions

    area_id = None
    for area, question in all_questions(app_context()):
        if area.id != area_id:
            area_id = area.id
            asked = ("asked of everyone" if area.for_everyone
                     else f"asked when you mark or name the {area.name.lower()}")
            optional = "" if area.required else "; optional"
            typer.echo(f"\n{area.name} ({asked}{optional}):")
        typer.echo(f"  {question.id}: {question.text}")
