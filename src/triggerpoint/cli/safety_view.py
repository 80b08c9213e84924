"""Rich rendering of a safety assessment: the level first, in plain words."""

from __future__ import annotations

from rich.console import Group
from rich.panel import Panel
from rich.text import Text

from triggerpoint.safety import SafetyAssessment

__all__ = ["safety_banner"]

_STYLE = {"self-care": "green", "therapist": "yellow", "doctor": "red", "urgent": "bold red",
          "emergency": "bold white on red"}
_TITLE = {"self-care": "Self-care is reasonable", "therapist": "See a licensed therapist",
          "doctor": "See a doctor before self-treatment",
          "urgent": "Get medical help today", "emergency": "EMERGENCY: get help now"}


def safety_banner(safety: SafetyAssessment) -> Panel:
    """A panel that leads with what to do, then why, then any limits on self-care."""
    lines = [Text(safety.advice, style="bold")]
    for reason in safety.reasons:
        lines.append(Text(f"• {reason.text}"))
    limits = safety.restrictions
    if safety.self_care_allowed and limits.max_pressure < 7:
        lines.append(Text(f"Keep pressure light: at most {limits.max_pressure}/10 discomfort."))
    if safety.questionnaire == "not answered":
        lines.append(Text("Tip: 'triggerpoint screen' asks a few safety questions.", style="dim"))
    style = _STYLE[safety.level]
    return Panel(Group(*lines), title=_TITLE[safety.level], title_align="left",
                 border_style=style.split()[-1] if "on" not in style else "red")
