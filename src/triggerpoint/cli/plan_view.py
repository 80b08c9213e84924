"""Rich rendering of a self-care plan: safety first, compact days, the first session in full."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from triggerpoint.cli.render import facts, stored, stored_text
from triggerpoint.cli.safety_view import safety_banner
from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.plans.export_html import (
    LEVEL_TITLES,
    PHASE_WORDS,
    reminders_to_show,
    short_pressure,
    step_amount,
)
from triggerpoint.plans.export_html import step_label as _label
from triggerpoint.plans.export_ics import duration_text, session_minutes
from triggerpoint.plans.models import Plan, PlanSession, PlanStep
from triggerpoint.plans.steps import STOP_RULE
from triggerpoint.safety import SafetyAssessment

__all__ = ["plan_view"]

#: Days shown at the start before '…' and the last day, unless every day is asked for.
FIRST_DAYS = 3
_WORDS = ("[bold]Press[/bold] means steady pressure on the tender spot (the 'knot') in the "
          "muscle. Pressure is how much discomfort you feel, from 0 (none) to 10 (worst).")


def plan_view(kb: KnowledgeBase, plan: Plan, safety: SafetyAssessment | None = None,
              show_all: bool = False) -> None:
    """Print the plan for a person: what is safe, what to do each day, and how to do it."""
    console = Console()
    console.print(Panel(stored_text(plan.title, style="bold"), subtitle=_subtitle(plan)))
    _safety(console, plan, safety)
    for line in plan.skipped:
        console.print(f"[yellow]Left out:[/yellow] {stored(line)}")
    console.print("\n[bold underline]Remember[/bold underline]")
    console.print(_bullets(reminders_to_show(plan, safety)))
    console.print(f"\n{_WORDS}", highlight=False)
    _days(console, kb, plan, show_all)
    if plan.sessions:
        _first_session(console, kb, plan.sessions[0])
    console.print(Panel(Text(STOP_RULE, style="bold"), title="Stop rule", title_align="left",
                        border_style="red"))


def _bullets(lines: list[str]) -> Table:
    """A bulleted list whose wrapped lines stay indented under their bullet."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(width=3, justify="right")
    grid.add_column()
    for line in lines:
        grid.add_row("•", stored_text(line))
    return grid


def _subtitle(plan: Plan) -> str:
    """When and how much, in one line under the title."""
    o = plan.options
    return (f"from {o.start:%a %d %b %Y} · {o.days} days · {o.per_day} a day · "
            f"up to {o.minutes} min each")


def _safety(console: Console, plan: Plan, safety: SafetyAssessment | None) -> None:
    """The full banner when anything was found, else one reassuring line with the limit."""
    if safety is not None and (safety.level != "self-care" or safety.reasons):
        console.print(safety_banner(safety))
        return
    console.print(f"[green]Safety: {LEVEL_TITLES[plan.safety_level]}[/green] (no warning signs "
                  f"found). Never press harder than {plan.max_pressure}/10.", highlight=False)


def _days(console: Console, kb: KnowledgeBase, plan: Plan, show_all: bool) -> None:
    """One compact table per day; the middle days folded into '…' unless all are asked for."""
    days = sorted({s.day for s in plan.sessions})
    shown = days if show_all or len(days) <= FIRST_DAYS + 1 else [*days[:FIRST_DAYS], days[-1]]
    for day in shown:
        if day == days[-1] and len(shown) < len(days):
            console.print(f"\n  … days {FIRST_DAYS + 1}-{days[-2]} build up step by step "
                          "(add --all to see every day) …", style="dim")
        console.print(_day_table(kb, [s for s in plan.sessions if s.day == day]))


def _day_table(kb: KnowledgeBase, sessions: list[PlanSession]) -> Table:
    """A day's sessions: time, length, and each step with its dose and pressure in words."""
    first = sessions[0]
    table = Table(title=f"Day {first.day} · {first.date:%a %d %b} · {PHASE_WORDS[first.phase]}",
                  title_justify="left", expand=True, show_lines=True)
    table.add_column("time", no_wrap=True)
    table.add_column("length", no_wrap=True)
    table.add_column("steps")
    for session in sessions:
        steps = "\n".join(_step_text(kb, s) for s in session.steps)
        table.add_row(f"{session.start:%H:%M}", f"{session_minutes(session)} min",
                      stored_text(steps))
    return table


def _step_text(kb: KnowledgeBase, step: PlanStep) -> str:
    """'Press: Upper trapezius (right) - hold 30 s, light (4/10)'."""
    label = _label(kb, step)
    if step.kind == "stretch":
        label = f"  then {label}"
    pressure = short_pressure(step)
    return f"{label} - {step_amount(kb, step)}" + (f", {pressure}" if pressure else "")


def _first_session(console: Console, kb: KnowledgeBase, session: PlanSession) -> None:
    """Every step of the first session in full: where, how, how hard, how to breathe."""
    console.print(f"\n[bold underline]Your first session in detail[/bold underline] "
                  f"(about {session_minutes(session)} min)")
    for n, step in enumerate(session.steps, start=1):
        rows: list[tuple[str, str | None]] = [
            ("Position", step.position), ("Find the spot", step.find_it),
            ("What to do", step.instructions),
            ("How hard", step.pressure_words), ("Breathing", step.breathing),
        ]
        grid = facts(rows)
        title = f"{n}. {step.title} ({duration_text(step.duration_s)})"
        console.print(Group(stored_text(f"\n{title}", style="bold"), grid))
