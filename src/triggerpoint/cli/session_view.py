"""What a guided session looks like in the terminal: the step screen, the intro and the summary.
The live screen and the plain prompts that show them are in session_ui; the runner does the timing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.padding import Padding
from rich.panel import Panel
from rich.progress_bar import ProgressBar
from rich.table import Table
from rich.text import Text

from triggerpoint.cli.render import stored_text
from triggerpoint.inputs import terminal_safe
from triggerpoint.plans.models import PlanStep
from triggerpoint.records import SessionRecord
from triggerpoint.sessions import Key, Progress, StepOutcome

__all__ = [
    "KEYS",
    "big_time",
    "clock_text",
    "doing_word",
    "intro",
    "minutes_words",
    "next_line",
    "pain_change",
    "spent_text",
    "step_facts",
    "step_screen",
    "summary",
]

STOPPED_ADVICE: Final = (
    "Stopping early is fine. If you stopped because the pain turned sharp, electric or "
    "burning, spread, or you felt numbness or tingling: rest, and get professional advice if "
    "it does not settle.")
ROOMY_LINES: Final = 34  # below this many lines the screen drops frames and blank lines
KEYS: Final[dict[str, Key]] = {"p": Key.PAUSE, " ": Key.PAUSE, "s": Key.SKIP, "q": Key.STOP}
KEY_HELP: Final = (("P or Space", "pause / go on"), ("S", "skip this step"),
                   ("Q", "stop the session"))
_KIND_WORD: Final = {"warm-up": "Warm-up", "release": "Release", "stretch": "Stretch",
                     "check": "Check"}
_DIGITS: Final[dict[str, tuple[str, str, str]]] = {
    "0": ("█▀█", "█ █", "▀▀▀"), "1": ("▀█ ", " █ ", "▀▀▀"), "2": ("▀▀█", "█▀▀", "▀▀▀"),
    "3": ("▀▀█", " ▀█", "▀▀▀"), "4": ("█ █", "▀▀█", "  ▀"), "5": ("█▀▀", "▀▀█", "▀▀▀"),
    "6": ("█▀▀", "█▀█", "▀▀▀"), "7": ("▀▀█", "  █", "  ▀"), "8": ("█▀█", "█▀█", "▀▀▀"),
    "9": ("█▀█", "▀▀█", "▀▀▀"), ":": (" ", "▀", "▀"),
}


def clock_text(seconds: float) -> str:
    """Seconds as m:ss, rounded up so a countdown never shows 0:00 while time is left."""
    whole = int(-(-seconds // 1))
    return f"{whole // 60}:{whole % 60:02d}"


def minutes_words(seconds: float) -> str:
    """A duration as whole minutes in words, for people planning their time."""
    minutes = max(1, round(seconds / 60))
    return f"{minutes} minute{'s' if minutes > 1 else ''}"


def spent_text(seconds: float) -> str:
    """Seconds spent as m:ss, rounded like the record rounds them."""
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def big_time(seconds: float, unicode: bool = True) -> Text:
    """A countdown three lines tall, readable from a mat on the floor."""
    shown = clock_text(seconds)
    if not unicode:
        return Text(shown, style="bold")
    rows = (" ".join(_DIGITS[c][row] for c in shown) for row in range(3))
    return Text("\n".join(rows), style="bold")


def step_facts(step: PlanStep) -> list[tuple[str, str]]:
    """The labelled lines that say what to do, where, how hard and how to breathe."""
    return [(label, value) for label, value in (
        ("What to do", step.instructions), ("Find the spot", step.find_it),
        ("Position", step.position), ("Pressure", step.pressure_words),
        ("Breathing", step.breathing)) if value]


def _facts_grid(step: PlanStep, leading: int) -> Table:
    """Label and text side by side, with room between rows when the screen allows."""
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column()
    for number, (label, value) in enumerate(step_facts(step)):
        for _ in range(leading if number else 0):
            grid.add_row("", "")
        grid.add_row(label, stored_text(value))
    return grid


def _stop_rule(step: PlanStep) -> Table:
    """The stop rule, always on screen, in reverse video so it stands out on any theme."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column()
    grid.add_row(Text(" STOP ", style="bold reverse"), stored_text(step.stop_rule, style="bold"))
    return grid


def _keys_line() -> Text:
    """Which keys do what, in the same words every time."""
    text = Text()
    for key, what in KEY_HELP:
        text.append(f" {key} ", style="bold reverse")
        text.append(f" {what}    ")
    return text


def next_line(progress: Progress) -> Text:
    """What comes after this step, so nothing is a surprise."""
    text = Text("Next: ", style="bold")
    following = progress.next_step
    if following is None:
        return text.append("you rate your pain again, and you are done.")
    return text.append(terminal_safe(f"{following.title} ({clock_text(following.duration_s)})"))


def _timer(progress: Progress, unicode: bool, roomy: bool) -> RenderableType:
    """The big countdown for the current hold (or lead-in), its bar, and where the step is."""
    phase = progress.phase
    if progress.ready_s > 0:
        label, left, length, done = "Get ready, starting in", progress.ready_s, 1.0, 0.0
    else:
        label = "Rest, let go" if phase.resting else doing_word(progress.step)
        left, length, done = phase.left_s, phase.length_s, phase.length_s - phase.left_s
    if progress.paused:
        label = " PAUSED: press P or Space to go on "
    where = f"Round {phase.round} of {phase.rounds} · " if phase.rounds > 1 else ""
    line = Table.grid(padding=(0, 2))
    line.add_row(ProgressBar(total=length, completed=done, width=40),
                 Text(f"{where}this step: {clock_text(progress.remaining_s)} left"))
    heading = Text(label, style="bold reverse" if progress.paused else "bold")
    return Padding(Group(heading, big_time(left, unicode), line), (1, 2) if roomy else (0, 2))


def doing_word(step: PlanStep) -> str:
    """What the countdown is counting, in one word or two."""
    return {"release": "Hold", "stretch": "Stretch", "warm-up": "Warm up"}.get(step.kind, "Time")


class _StepScreen:
    """The whole live screen; the step details shrink first when the terminal is small."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """Step and timer on top, details in the middle, next, stop rule and keys below."""
        progress, width = self.progress, options.max_width
        height = options.height or console.size.height
        unicode = console.encoding.lower().startswith("utf")
        roomy = height >= ROOMY_LINES
        top = Group(_title(progress, roomy), _timer(progress, unicode, roomy))
        gap = [Text("")] if roomy else []
        foot = Panel(Group(next_line(progress), *gap, _stop_rule(progress.step), *gap,
                           _keys_line()), border_style="bold")
        room = height - _height(console, top, width) - _height(console, foot, width)
        yield Group(top, _details(console, progress.step, width, room), foot)


def _title(progress: Progress, roomy: bool) -> RenderableType:
    """Which step this is and its title; framed when the screen has room for it."""
    kind = _KIND_WORD[progress.step.kind]
    where = f"Step {progress.index + 1} of {progress.total} · {kind}"
    title = stored_text(progress.step.title, style="bold")
    if roomy:
        return Panel(title, border_style="bold", title=where, title_align="left")
    return Group(Text(where), title)


def _details(console: Console, step: PlanStep, width: int, room: int) -> Panel:
    """The step's facts in a panel that fits the room left, spaced out when there is space."""
    panel = Panel(_facts_grid(step, 1), border_style="bold")
    if _height(console, panel, width) <= room:
        return panel
    panel = Panel(_facts_grid(step, 0), border_style="bold")
    if _height(console, panel, width) <= room:
        return panel
    return Panel(_facts_grid(step, 0), border_style="bold", height=max(3, room),
                 subtitle="more below: make the window taller", subtitle_align="right")


def _height(console: Console, renderable: RenderableType, width: int) -> int:
    """Lines a renderable takes at a width."""
    return len(console.render_lines(renderable, console.options.update_width(width), pad=False))


def step_screen(progress: Progress) -> RenderableType:
    """The live screen for one moment of a step."""
    return _StepScreen(progress)


def intro(console: Console, title: str, steps: Sequence[PlanStep], live: bool) -> None:
    """Before the first question: what the session holds, and how to stop."""
    seconds = sum(step.duration_s for step in steps)
    lines: list[RenderableType] = [
        stored_text(title, style="bold"),
        Text(f"{len(steps)} steps, about {minutes_words(seconds)}. Go gently."),
        Text(""),
        _stop_rule(steps[0]) if steps else Text(""),
    ]
    if live:
        lines += [Text(""), Text("During the steps, press:"), _keys_line()]
    console.print(Panel(Group(*lines), title="Guided session", title_align="left",
                        border_style="bold"))


def pain_change(before: int | None, after: int | None) -> str:
    """Before and after in plain words, with what to do if it got worse."""
    if before is None or after is None:
        return f"Pain before: {_pain_words(before)}. Pain after: {_pain_words(after)}."
    if after < before:
        points = before - after
        return (f"Your pain went down from {before} to {after} "
                f"({points} point{'s' if points > 1 else ''} less). Well done.")
    if after == before:
        return f"Your pain stayed the same, at {before} out of 10."
    return (f"Your pain went up from {before} to {after}. Use lighter pressure next time. "
            "If it turns sharp, spreads, or does not settle, stop and get professional advice.")


def _pain_words(value: int | None) -> str:
    """A pain answer, or that none was given."""
    return "not given" if value is None else f"{value} out of 10"


def _outcome_words(outcome: StepOutcome) -> str:
    """One step of the summary: done, or skipped / stopped after how long."""
    if outcome.outcome == "done":
        return f"done, {spent_text(outcome.seconds)}"
    if round(outcome.seconds) == 0:
        return f"{outcome.outcome} before it began"
    return f"{outcome.outcome} after {spent_text(outcome.seconds)}"


def summary(console: Console, record: SessionRecord, outcomes: Sequence[StepOutcome],
            after_care: str | None) -> None:
    """After the session: what was done, for how long, and pain before -> after."""
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column()
    for outcome in outcomes:
        grid.add_row(stored_text(outcome.step.title), _outcome_words(outcome))
    spent = sum(o.seconds for o in outcomes)
    lines: list[RenderableType] = [
        grid if outcomes else Text("No steps were done."),
        Text(""),
        Text(f"Time on the steps: {spent_text(spent)}"),
        Text(pain_change(record.pain_before, record.pain_after), style="bold"),
    ]
    if record.stopped_early:
        lines.append(Text(STOPPED_ADVICE))
    if after_care:
        lines.append(stored_text(after_care))
    title = "Session stopped early" if record.stopped_early else "Session finished"
    console.print(Panel(Group(*lines), title=title, title_align="left", border_style="bold"))
