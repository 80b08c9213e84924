"""`triggerpoint screen` and `triggerpoint questions`: warning signs before any self-treatment."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from triggerpoint.knowledge import KnowledgeBase

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
    from triggerpoint.cli.safety_view import ask_questions, safety_banner
    from triggerpoint.knowledge import KnowledgeBase
    from triggerpoint.safety import screen as run_screen
    from triggerpoint.safety.answers import read_answers

    kb = KnowledgeBase.load()
    words = " ".join(text or []) or None
    regions = _regions(kb, words, region or [])
    given = read_answers(answers, kb) if answers is not None else None
    result = run_screen(kb, text=words, answers=given, conditions=condition or [],
                        regions=regions)
    if ask and sys.stdin.isatty() and not as_json and not result.triage_complete:
        given = ask_questions(result)
        result = run_screen(kb, text=words, answers=given, conditions=condition or [],
                            regions=regions)
    if as_json:
        render.print_json(result.to_json())
    else:
        from rich.console import Console

        Console().print(safety_banner(result))
    raise typer.Exit(0)


def _regions(kb: KnowledgeBase, text: str | None, specs: list[str]) -> list[str]:
    """The regions the description names or the options mark (none if it names none)."""
    from triggerpoint.errors import InputError
    from triggerpoint.finder import build_query

    try:
        query = build_query(kb, text=text, regions=specs)
    except InputError:
        return [s.split("=")[0].split(":")[0] for s in specs]
    return [r for m in query.marks for r in (m.region, *m.alternatives)]


def questions() -> None:
    """List the safety questions and their ids (for --answers files), in the order asked.

    Example: triggerpoint questions
    """
    from triggerpoint.knowledge import KnowledgeBase
    from triggerpoint.safety import all_questions

    area_id = None
    for area, question in all_questions(KnowledgeBase.load()):
        if area.id != area_id:
            area_id = area.id
            asked = ("asked of everyone" if area.for_everyone
                     else f"asked when you mark or name the {area.name.lower()}")
            optional = "" if area.required else "; optional"
            typer.echo(f"\n{area.name} ({asked}{optional}):")
        typer.echo(f"  {question.id}: {question.text}")
