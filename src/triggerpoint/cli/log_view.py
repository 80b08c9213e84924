"""What ``triggerpoint log`` prints for a person: the entry saved, then any warnings in a red
panel. Only Rich and the report words: the lean ``log`` (cli/lean.py) prints with it too,
without Typer or the journal; ``journal_view`` re-exports both functions.

Rich is imported only when it has something to do: a line it would print unchanged (plain
ASCII, no markup or emoji codes, shorter than any width Rich could choose) is written as is.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Sequence
from contextlib import suppress
from datetime import tzinfo
from typing import TYPE_CHECKING, Protocol

from triggerpoint.reports.words import day_text, warning_title

if TYPE_CHECKING:
    from rich.panel import Panel

    from triggerpoint.analytics import ProgressWarning
    from triggerpoint.records import PainEntry

__all__ = ["Places", "logged", "warnings_panel"]


class Places(Protocol):
    """Display names of places (``reports.data.Names``)."""

    def place(self, region: str, side: str | None) -> str:
        """'Temple (right)', 'Low back (both sides)', 'Breastbone'."""
        ...


def warnings_panel(warnings: Sequence[ProgressWarning], *, evidence: int = 3) -> Panel:
    """Every warning with what to do, in one red panel that cannot be missed."""
    from rich.console import Group
    from rich.panel import Panel
    from rich.text import Text

    from triggerpoint.cli.render import stored_text

    parts: list[Text] = []
    for warning in warnings:
        parts.append(stored_text(warning_title(warning), style="bold red"))
        parts.append(stored_text(warning.message))
        parts.append(stored_text(warning.advice, style="bold"))
        for item in warning.evidence[:evidence]:
            parts.append(stored_text(f"  {day_text(item.day)}: {item.label}"
                                     + ("" if item.value is None else f" {_value(item.value)}"),
                                     style="dim"))
        parts.append(Text(""))
    return Panel(Group(*parts[:-1]), title="Please read: warnings", title_align="left",
                 border_style="red")


def _value(value: float | str) -> str:
    """A pain figure to one decimal (whole numbers without one), or the text as is."""
    if isinstance(value, float):
        return f"{value:.0f}" if value.is_integer() else f"{value:.1f}"
    return value


def logged(names: Places, entry: PainEntry, zone: tzinfo,
           warnings: Sequence[ProgressWarning]) -> None:
    """One line saying what was saved, then any current warnings."""
    spots = ", ".join(f"{names.place(s.region, s.side).lower()} {s.intensity}/10"
                      for s in entry.spots)
    when = entry.at.astimezone(zone)
    line = f"Saved {day_text(when.date())} {when:%H:%M}: {spots}."
    if not warnings and _PLAIN.fullmatch(spots) and len(line) < _narrowest_width():
        sys.stdout.write(line + "\n")  # what Rich prints for it, without importing Rich
        return
    from rich.console import Console

    console = Console(soft_wrap=False)
    console.print(line, highlight=False)
    if warnings:
        console.print(warnings_panel(warnings))


#: Text Rich prints as it is: ASCII, one cell a character, no markup ("[") or emoji codes (":").
_PLAIN = re.compile(r"[A-Za-z0-9 ()/,.'-]*")


def _narrowest_width() -> int:
    """The narrowest width Rich's Console could wrap at here (``Console.size``: the first
    standard stream that is a terminal, else 80, with COLUMNS over both; 80 on a dumb one)."""
    widths = [80]
    for descriptor in (0, 1, 2):
        with suppress(AttributeError, ValueError, OSError):  # not a terminal
            widths.append(os.get_terminal_size(descriptor).columns or 80)
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit():
        widths.append(int(columns))  # Rich prints nothing at all at 0: leave that to it
    return min(widths)
