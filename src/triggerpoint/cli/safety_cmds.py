"""`triggerpoint screen`: check for warning signs before any self-treatment."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

__all__ = ["screen"]


def screen(
    text: Annotated[list[str] | None, typer.Argument(help="What you feel, in your own words.")]
    = None,
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

    Question ids for --answers: run 'triggerpoint questions'.
    Example: triggerpoint screen "pins and needles in both legs" --answers answers.yaml
    """
    from triggerpoint.cli import render
    from triggerpoint.cli.safety_view import safety_banner
    from triggerpoint.knowledge import KnowledgeBase
    from triggerpoint.safety import screen as run_screen
    from triggerpoint.safety.answers import read_answers

    kb = KnowledgeBase.load()
    given = read_answers(answers) if answers is not None else None
    if given is None and ask and sys.stdin.isatty() and not as_json:
        given = _ask()
    result = run_screen(kb, text=" ".join(text or []) or None, answers=given,
                        conditions=condition or [])
    if as_json:
        render.print_json(result.to_json())
    else:
        from rich.console import Console

        Console().print(safety_banner(result))
    raise typer.Exit(0)


def questions() -> None:
    """List the screening questions and their ids (for --answers files).

    Example: triggerpoint questions
    """
    from triggerpoint.safety import QUESTIONS

    for question in QUESTIONS:
        typer.echo(f"{question.id}: {question.text}")


def _ask() -> dict[str, bool]:
    from triggerpoint.safety import QUESTIONS

    typer.echo("A few safety questions (y/n). Answer honestly; it changes what is safe.")
    return {q.id: typer.confirm(q.text, default=False) for q in QUESTIONS}
