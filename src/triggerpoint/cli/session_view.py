"""The terminal side of a guided session: a calm live screen read by single keys, or plain
prompts when input is piped, plus the intro and the summary. The runner does the timing.
"""

from __future__ import annotations

import os
import select
import sys
from collections import deque
from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from types import TracebackType
from typing import IO, Any, Final

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.live import Live
from rich.padding import Padding
from rich.panel import Panel
from rich.progress_bar import ProgressBar
from rich.table import Table
from rich.text import Text

from triggerpoint.plans.models import PlanStep
from triggerpoint.records import SessionRecord
from triggerpoint.sessions import PAIN_QUESTION, Key, Moment, Progress, StepOutcome

__all__ = [
    "KeyReader",
    "LineUI",
    "TerminalUI",
    "big_time",
    "clock_text",
    "intro",
    "minutes_words",
    "pain_change",
    "spent_text",
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


def _step_facts(step: PlanStep) -> list[tuple[str, str]]:
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
    for number, (label, value) in enumerate(_step_facts(step)):
        for _ in range(leading if number else 0):
            grid.add_row("", "")
        grid.add_row(label, value)
    return grid


def _stop_rule(step: PlanStep) -> Table:
    """The stop rule, always on screen, in reverse video so it stands out on any theme."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column()
    grid.add_row(Text(" STOP ", style="bold reverse"), Text(step.stop_rule, style="bold"))
    return grid


def _keys_line() -> Text:
    """Which keys do what, in the same words every time."""
    text = Text()
    for key, what in KEY_HELP:
        text.append(f" {key} ", style="bold reverse")
        text.append(f" {what}    ")
    return text


def _next_line(progress: Progress) -> Text:
    """What comes after this step, so nothing is a surprise."""
    text = Text("Next: ", style="bold")
    following = progress.next_step
    if following is None:
        return text.append("you rate your pain again, and you are done.")
    return text.append(f"{following.title} ({clock_text(following.duration_s)})")


def _timer(progress: Progress, unicode: bool, roomy: bool) -> RenderableType:
    """The big countdown for the current hold (or lead-in), its bar, and where the step is."""
    phase = progress.phase
    if progress.ready_s > 0:
        label, left, length, done = "Get ready, starting in", progress.ready_s, 1.0, 0.0
    else:
        label = "Rest, let go" if phase.resting else _doing_word(progress.step)
        left, length, done = phase.left_s, phase.length_s, phase.length_s - phase.left_s
    if progress.paused:
        label = " PAUSED: press P or Space to go on "
    where = f"Round {phase.round} of {phase.rounds} · " if phase.rounds > 1 else ""
    line = Table.grid(padding=(0, 2))
    line.add_row(ProgressBar(total=length, completed=done, width=40),
                 Text(f"{where}this step: {clock_text(progress.remaining_s)} left"))
    heading = Text(label, style="bold reverse" if progress.paused else "bold")
    return Padding(Group(heading, big_time(left, unicode), line), (1, 2) if roomy else (0, 2))


def _doing_word(step: PlanStep) -> str:
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
        foot = Panel(Group(_next_line(progress), *gap, _stop_rule(progress.step), *gap,
                           _keys_line()), border_style="bold")
        room = height - _height(console, top, width) - _height(console, foot, width)
        yield Group(top, _details(console, progress.step, width, room), foot)


def _title(progress: Progress, roomy: bool) -> RenderableType:
    """Which step this is and its title; framed when the screen has room for it."""
    kind = _KIND_WORD[progress.step.kind]
    where = f"Step {progress.index + 1} of {progress.total} · {kind}"
    title = Text(progress.step.title, style="bold")
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


class KeyReader:
    """Single keys without Enter: cbreak mode and a non-blocking select; restores on exit."""

    def __init__(self, stream: IO[str]) -> None:
        self._fd = stream.fileno()
        self._saved: list[Any] | None = None

    def __enter__(self) -> KeyReader:
        """Switch the terminal to cbreak (Ctrl-C still interrupts)."""
        import termios
        import tty

        self._saved = termios.tcgetattr(self._fd)
        tty.setcbreak(self._fd)
        return self

    def __exit__(self, *exc: object) -> None:
        """Drop keys typed ahead, and give the terminal back as it was."""
        import termios

        if self._saved is not None:
            termios.tcflush(self._fd, termios.TCIFLUSH)
            termios.tcsetattr(self._fd, termios.TCSADRAIN, self._saved)
            self._saved = None

    def read(self) -> str:
        """Whatever keys are waiting, without blocking; '' when none."""
        ready, _, _ = select.select([self._fd], [], [], 0)
        return os.read(self._fd, 64).decode(errors="ignore") if ready else ""


class TerminalUI:
    """Live screen and single-key input for a real terminal (an EventSource and a Display)."""

    def __init__(self, console: Console, stdin: IO[str] | None = None) -> None:
        self.console = console
        self._stdin = stdin or sys.stdin
        self._stack: ExitStack | None = None
        self._live: Live | None = None
        self._keys: KeyReader | None = None
        self._queue: deque[Key] = deque()

    def __enter__(self) -> TerminalUI:
        """Nothing to set up until the first step; the terminal is restored on any exit."""
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        """Leave the live screen and cbreak mode, also after Ctrl-C or an error."""
        self.walk_ended()

    def ask_pain(self, moment: Moment, problem: str | None) -> str | None:
        """Ask in normal line mode; Ctrl-C or Ctrl-D count as no answer (stop)."""
        self.walk_ended()
        if problem:
            self.console.print(Text(problem, style="bold"))
        when = "" if moment == "before" else "After the session: "
        try:
            return self.console.input(Text(f"{when}{PAIN_QUESTION} ", style="bold"))
        except (EOFError, KeyboardInterrupt):
            self.console.print()
            return None

    def poll(self) -> Key | None:
        """The next key pressed, if any; other keys are ignored."""
        if self._keys is not None:
            for char in self._keys.read().lower():
                if char in KEYS:
                    self._queue.append(KEYS[char])
        return self._queue.popleft() if self._queue else None

    def step_started(self, progress: Progress) -> None:
        """Enter the live screen (once) and show the new step."""
        if self._stack is None:
            self._start()
        self._update(progress, now=True)

    def tick(self, progress: Progress) -> None:
        """Show the new time; the live display redraws a few times a second."""
        self._update(progress)

    def step_ended(self, outcome: StepOutcome) -> None:
        """The next step's screen replaces this one; nothing to do."""

    def walk_ended(self) -> None:
        """Leave the live screen and restore the terminal."""
        stack, self._stack, self._live, self._keys = self._stack, None, None, None
        if stack is not None:
            stack.close()

    def _start(self) -> None:
        """Cbreak keys first, then the full-screen live display; undone in reverse."""
        stack = ExitStack()
        self._keys = stack.enter_context(KeyReader(self._stdin))
        self._live = stack.enter_context(Live(console=self.console, screen=True,
                                              refresh_per_second=4, redirect_stdout=False,
                                              redirect_stderr=False))
        self._stack = stack

    def _update(self, progress: Progress, now: bool = False) -> None:
        """Hand the live display its new screen; it redraws a few times a second, not per tick."""
        if self._live is not None:
            self._live.update(step_screen(progress), refresh=now)


class LineUI:
    """Plain prompts, one line at a time, for piped input (an EventSource and a Display)."""

    def __init__(self, console: Console, stdin: IO[str] | None = None) -> None:
        self.console = console
        self._stdin = stdin or sys.stdin
        self._pending: Key | None = None
        self._said: tuple[int, bool] | None = None

    def ask_pain(self, moment: Moment, problem: str | None) -> str | None:
        """Ask, and read one line; end of input is no answer (stop)."""
        if problem:
            self.console.print(problem)
        when = "" if moment == "before" else "After the session: "
        self.console.print(f"{when}{PAIN_QUESTION}", markup=False)
        return self._line()

    def poll(self) -> Key | None:
        """The choice made at the step's prompt (skip or stop), once."""
        key, self._pending = self._pending, None
        return key

    def step_started(self, progress: Progress) -> None:
        """Print the step, then read Enter (go), 's' (skip) or 'q' (stop); EOF is stop."""
        self._said = None
        for text in _plain_step(progress):
            self.console.print(text, markup=False, highlight=False, soft_wrap=True)
        self.console.print("Press Enter to start (s = skip this step, q = stop the session).")
        reply = self._line()
        answer = "q" if reply is None else reply.strip().lower()[:1]
        self._pending = {"s": Key.SKIP, "q": Key.STOP}.get(answer)

    def tick(self, progress: Progress) -> None:
        """Say each hold or rest once as it starts, so the text can be followed by ear."""
        phase = progress.phase
        if self._said == (phase.round, phase.resting) or progress.paused:
            return
        self._said = (phase.round, phase.resting)
        where = f"Round {phase.round} of {phase.rounds}: " if phase.rounds > 1 else ""
        word = "rest" if phase.resting else _doing_word(progress.step).lower()
        said = f"{where}{word} for {clock_text(phase.left_s)}."
        self.console.print(said[0].upper() + said[1:], markup=False)

    def step_ended(self, outcome: StepOutcome) -> None:
        """Say how the step ended."""
        self.console.print({"done": "Done.", "skipped": "Skipped.",
                            "stopped": "Stopped."}[outcome.outcome])

    def walk_ended(self) -> None:
        """Nothing is on screen to clear."""

    def _line(self) -> str | None:
        """One line of input, or None at its end (or on Ctrl-C)."""
        try:
            return self._stdin.readline() or None
        except KeyboardInterrupt:
            return None


def _plain_step(progress: Progress) -> Iterator[str]:
    """A step as plain lines: heading, facts, next, stop rule."""
    step = progress.step
    yield ""
    yield f"Step {progress.index + 1} of {progress.total}: {step.title} " \
          f"({clock_text(step.duration_s)})"
    for label, value in _step_facts(step):
        yield f"  {label}: {value}"
    yield f"  {_next_line(progress).plain}"
    yield f"  STOP: {step.stop_rule}"


def intro(console: Console, title: str, steps: Sequence[PlanStep], live: bool) -> None:
    """Before the first question: what the session holds, and how to stop."""
    seconds = sum(step.duration_s for step in steps)
    lines: list[RenderableType] = [
        Text(title, style="bold"),
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
        grid.add_row(outcome.step.title, _outcome_words(outcome))
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
        lines.append(Text(after_care))
    title = "Session stopped early" if record.stopped_early else "Session finished"
    console.print(Panel(Group(*lines), title=title, title_align="left", border_style="bold"))
