"""The two ways a guided session talks to a person in the terminal: a calm live screen read
by single keys (TerminalUI), or plain prompts when input is piped (LineUI). Both satisfy the
runner's event, input and display Protocols (triggerpoint.sessions.runner); what they draw comes
from session_view.
"""

from __future__ import annotations

import os
import select
import sys
from collections import deque
from collections.abc import Iterator
from contextlib import ExitStack
from types import TracebackType
from typing import IO, Any

from rich.console import Console
from rich.live import Live
from rich.text import Text

from triggerpoint.cli.session_view import (
    KEYS,
    clock_text,
    doing_word,
    next_line,
    step_facts,
    step_screen,
)
from triggerpoint.inputs import terminal_safe
from triggerpoint.sessions import PAIN_QUESTION, Key, Moment, Progress, StepOutcome

__all__ = ["KeyReader", "LineUI", "TerminalUI"]


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
            self.console.print(Text(terminal_safe(problem), style="bold"))
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
            self.console.print(terminal_safe(problem), markup=False)
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
            self.console.print(terminal_safe(text), markup=False, highlight=False,
                               soft_wrap=True)
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
        word = "rest" if phase.resting else doing_word(progress.step).lower()
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
    for label, value in step_facts(step):
        yield f"  {label}: {value}"
    yield f"  {next_line(progress).plain}"
    yield f"  STOP: {step.stop_rule}"
