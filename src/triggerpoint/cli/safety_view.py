"""Rich rendering of a safety assessment: the level first, in plain words; and the triage
questions asked in the terminal."""

from __future__ import annotations

import sys
from collections.abc import Callable

from rich.console import Group
from rich.panel import Panel
from rich.text import Text

from triggerpoint.inputs import terminal_safe
from triggerpoint.safety import SafetyAssessment

__all__ = ["ask_questions", "safety_banner", "terminal_ask"]

_STYLE = {"self-care": "green", "therapist": "yellow", "doctor": "red", "urgent": "red",
          "emergency": "red"}


def safety_banner(safety: SafetyAssessment) -> Panel:
    """A panel that leads with what to do, then why, then limits and open questions."""
    lines = [Text(safety.advice, style="bold")]
    for reason in safety.reasons:
        lines.append(Text(terminal_safe(f"• {reason.text}")))
        if reason.evidence:
            said = terminal_safe("; ".join(reason.evidence[:3]))
            lines.append(Text(f"  read in what you wrote: {said}", style="dim"))
    limits = safety.restrictions
    if safety.self_care_allowed and limits.max_pressure < 7:
        lines.append(Text(f"Keep pressure light: at most {limits.max_pressure}/10 discomfort."))
    if safety.self_care_allowed and not safety.triage_complete:
        lines.append(Text(
            f"{len(safety.open_questions)} safety questions are still open; where to press is "
            "shown once they are answered (in a terminal you are asked them; otherwise pass "
            "--answers FILE, see 'triggerpoint questions').", style="yellow"))
    title = safety.title.upper() if safety.level == "emergency" else safety.title
    return Panel(Group(*lines), title=title, title_align="left",
                 border_style=_STYLE[safety.level])


def ask_questions(safety: SafetyAssessment) -> dict[str, bool]:
    """Ask this person's open questions in the terminal, most dangerous first."""
    import typer

    asked = [q for q in safety.questions if q.answer is None]
    typer.echo(f"{len(asked)} safety questions (y/n), the most serious first. Answer honestly: "
               "it changes what is safe.")
    answers = {q.id: q.answer == "yes" for q in safety.questions if q.answer is not None}
    area = None
    for number, question in enumerate(asked, start=1):
        if question.area != area:
            area = question.area
            typer.echo(f"\n{question.area_name}")
        answers[question.id] = typer.confirm(f"{number}. {question.text}", default=False)
    return answers


def terminal_ask() -> Callable[[SafetyAssessment], dict[str, bool]] | None:
    """The terminal's way of asking the open questions, when a person is at the keyboard."""
    return ask_questions if sys.stdin.isatty() else None
