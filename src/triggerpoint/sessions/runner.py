"""The guided-session state machine: walk a session's steps in time and end with a SessionRecord.

Pure core: time comes from an injectable ``Clock`` and keys and pain answers from an injectable
``EventSource``; what the person sees is an optional ``Display``. Nothing here touches the
terminal or the journal, so the same runner drives the live screen, plain piped prompts and tests.

Rules (see docs/sessions.md):

* The plan's closing 'check' step is not walked: the pain-after question takes its place.
* Paused time, and the short get-ready lead-in before a step, do not count as time spent.
* Every release step the person reached gets a StepRecord: completed when its time ran out,
  not completed (with the seconds actually spent) when skipped or when the session was stopped
  during it. Steps after a stop were never reached and are not recorded.
* Stop (the key, end of input, or Ctrl-C during the walk) ends the walk early; the pain-after
  question is still asked and the record says ``stopped_early``.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Final, Literal, Protocol

from triggerpoint.errors import InvalidQuery
from triggerpoint.plans.models import PlanStep
from triggerpoint.records import SafetyLevel, SessionRecord, StepRecord

__all__ = [
    "PAIN_PROBLEM",
    "PAIN_QUESTION",
    "Clock",
    "Display",
    "EventSource",
    "Key",
    "Moment",
    "Outcome",
    "Phase",
    "Progress",
    "SessionRunner",
    "SpeedClock",
    "StepOutcome",
    "parse_pain",
    "walked_steps",
]

PAIN_QUESTION: Final = "How much does it hurt right now? (0-10)"
PAIN_PROBLEM: Final = "Please type a whole number from 0 (no pain) to 10 (the worst pain)."
MAX_PAIN_TRIES: Final = 5
_QUIT_WORDS: Final = frozenset({"q", "quit", "stop"})
_EPS: Final = 0.001  # a millisecond: closer than this to the end counts as the end

Moment = Literal["before", "after"]
Outcome = Literal["done", "skipped", "stopped"]


class Key(StrEnum):
    """What a person can ask for during a step."""

    PAUSE = "pause"  # pause, or resume when paused
    SKIP = "skip"
    STOP = "stop"


class Clock(Protocol):
    """Where time comes from, so tests and demos need not wait in real time."""

    def now(self) -> datetime:
        """The current time, timezone-aware."""
        ...

    def sleep(self, seconds: float) -> None:
        """Let ``seconds`` of this clock's time pass."""
        ...


class SpeedClock:
    """Wall-clock time running ``speed`` times faster (1.0 = real time), for demos and tests."""

    def __init__(self, speed: float = 1.0) -> None:
        if speed <= 0:
            raise InvalidQuery(f"Speed must be more than 0, not {speed}.")
        self.speed = speed
        self._wall = datetime.now().astimezone()
        self._start = time.monotonic()

    def now(self) -> datetime:
        """Local aware time, with the time since creation sped up."""
        return self._wall + timedelta(seconds=(time.monotonic() - self._start) * self.speed)

    def sleep(self, seconds: float) -> None:
        """Sleep the real fraction of ``seconds`` that this speed needs."""
        time.sleep(max(0.0, seconds) / self.speed)


class EventSource(Protocol):
    """Where the person's answers and keys come from."""

    def ask_pain(self, moment: Moment, problem: str | None) -> str | None:
        """The raw answer to PAIN_QUESTION (``problem`` says what was wrong); None at EOF."""
        ...

    def poll(self) -> Key | None:
        """A key pressed since the last poll, without waiting; None if there is none."""
        ...


class Display(Protocol):
    """What the person sees while the steps are walked."""

    def step_started(self, progress: Progress) -> None:
        """A new step is on screen."""
        ...

    def tick(self, progress: Progress) -> None:
        """Time moved on (or pause changed) within the current step."""
        ...

    def step_ended(self, outcome: StepOutcome) -> None:
        """The current step is over: done, skipped or stopped."""
        ...

    def walk_ended(self) -> None:
        """No more steps; the pain-after question comes next."""
        ...


class _NoDisplay:
    """A Display that shows nothing, for callers that only want the record."""

    def step_started(self, progress: Progress) -> None:
        """Nothing to show."""

    def tick(self, progress: Progress) -> None:
        """Nothing to show."""

    def step_ended(self, outcome: StepOutcome) -> None:
        """Nothing to show."""

    def walk_ended(self) -> None:
        """Nothing to show."""


@dataclass(frozen=True)
class Phase:
    """Where a step with rounds is now: holding (or resting) in round ``round`` of ``rounds``."""

    round: int
    rounds: int
    resting: bool
    left_s: float
    length_s: float


@dataclass(frozen=True)
class Progress:
    """A snapshot of the current step, for the display."""

    index: int
    total: int
    step: PlanStep
    next_step: PlanStep | None
    elapsed_s: float
    ready_s: float
    paused: bool

    @property
    def remaining_s(self) -> float:
        """Seconds of the step still to go."""
        return max(0.0, self.step.duration_s - self.elapsed_s)

    @property
    def fraction(self) -> float:
        """How much of the step is done, 0.0 to 1.0."""
        return min(1.0, self.elapsed_s / self.step.duration_s)

    @property
    def phase(self) -> Phase:
        """The round (hold or rest) the step is in; one round when the step has no rounds."""
        return phase_at(self.step, self.elapsed_s)


@dataclass(frozen=True)
class StepOutcome:
    """How one walked step ended, and the seconds actually spent on it."""

    step: PlanStep
    outcome: Outcome
    seconds: float


def phase_at(step: PlanStep, elapsed: float) -> Phase:
    """Split a step into holds and rests when its rounds add up to its duration."""
    rounds, hold = step.rounds or 1, step.hold_s or 0
    rest = (step.duration_s - hold * rounds) / (rounds - 1) if rounds > 1 else -1.0
    if rounds < 2 or hold <= 0 or rest < 0:
        return Phase(1, 1, False, max(0.0, step.duration_s - elapsed), float(step.duration_s))
    cycle = hold + rest
    number = min(rounds - 1, int(elapsed // cycle))
    into = elapsed - number * cycle
    if into < hold or number == rounds - 1:
        return Phase(number + 1, rounds, False, max(0.0, hold - into), float(hold))
    return Phase(number + 1, rounds, True, max(0.0, cycle - into), rest)


def parse_pain(text: str) -> int:
    """A 0-10 pain answer ('6' or '6/10'); raises ValueError with plain words otherwise."""
    value = text.strip().removesuffix("/10").strip()
    if not value.isdigit() or not 0 <= int(value) <= 10:
        raise ValueError(PAIN_PROBLEM)
    return int(value)


def walked_steps(steps: Sequence[PlanStep]) -> list[PlanStep]:
    """The steps the person is guided through: all but the closing pain check."""
    return [step for step in steps if step.kind != "check"]


class _Walk:
    """The state of the step being walked: lead-in left, seconds spent, paused or not."""

    def __init__(self, lead_in_s: float, now: datetime) -> None:
        self.ready_s = lead_in_s
        self.elapsed_s = 0.0
        self.paused = False
        self.last = now

    def advance(self, now: datetime) -> None:
        """Count the time since the last look: lead-in first, never while paused."""
        seconds = max(0.0, (now - self.last).total_seconds())
        self.last = now
        if self.paused:
            return
        used = min(self.ready_s, seconds)
        self.ready_s = 0.0 if self.ready_s - used < _EPS else self.ready_s - used
        self.elapsed_s += seconds - used


class SessionRunner:
    """Walks a session's steps with a clock and an event source, and returns its record."""

    def __init__(
        self,
        steps: Sequence[PlanStep],
        *,
        clock: Clock,
        events: EventSource,
        safety_level: SafetyLevel,
        display: Display | None = None,
        tick_s: float = 0.1,
        lead_in_s: float = 0.0,
        plan_id: str | None = None,
    ) -> None:
        self.steps = walked_steps(steps)
        _check_release_steps(self.steps)
        self.clock, self.events, self.display = clock, events, display or _NoDisplay()
        self.safety_level: SafetyLevel = safety_level
        self.tick_s, self.lead_in_s, self.plan_id = tick_s, lead_in_s, plan_id
        self.outcomes: list[StepOutcome] = []

    def run(self) -> SessionRecord:
        """Ask pain before, walk the steps, ask pain after; stop early on request or EOF."""
        started = self.clock.now()
        before, quit_now = self._ask_pain("before")
        stopped = quit_now or self._walk()
        self.display.walk_ended()
        after = None if quit_now else self._ask_pain("after")[0]
        return SessionRecord(
            started_at=started, ended_at=self.clock.now(), pain_before=before, pain_after=after,
            safety_level=self.safety_level, steps=self._step_records(), stopped_early=stopped,
            plan_id=self.plan_id,
        )

    def _ask_pain(self, moment: Moment) -> tuple[int | None, bool]:
        """A valid pain answer (re-asked when invalid), and whether the person wants out."""
        problem: str | None = None
        for _ in range(MAX_PAIN_TRIES):
            answer = self.events.ask_pain(moment, problem)
            if answer is None or answer.strip().casefold() in _QUIT_WORDS:
                return None, True
            try:
                return parse_pain(answer), False
            except ValueError as exc:
                problem = str(exc)
        return None, False

    def _walk(self) -> bool:
        """Walk every step in order; True when the session was stopped early."""
        for index in range(len(self.steps)):
            outcome = self._walk_step(index)
            self.outcomes.append(outcome)
            self.display.step_ended(outcome)
            if outcome.outcome == "stopped":
                return True
        return False

    def _walk_step(self, index: int) -> StepOutcome:
        """One step: tick until its time is spent, or until skip or stop (Ctrl-C = stop)."""
        step = self.steps[index]
        walk = _Walk(self.lead_in_s, self.clock.now())
        try:
            self.display.step_started(self._progress(index, walk))
            walk.last = self.clock.now()  # time showing the step (e.g. awaiting Enter) is free
            while True:
                walk.advance(self.clock.now())
                if walk.elapsed_s >= step.duration_s - _EPS:
                    return StepOutcome(step, "done", float(step.duration_s))
                ended = self._handle(self.events.poll(), walk)
                if ended is not None:
                    return StepOutcome(step, ended, walk.elapsed_s)
                self.display.tick(self._progress(index, walk))
                self.clock.sleep(self._nap(walk, step))
        except KeyboardInterrupt:
            return StepOutcome(step, "stopped", walk.elapsed_s)

    def _handle(self, key: Key | None, walk: _Walk) -> Outcome | None:
        """Apply a key: pause toggles, skip and stop end the step."""
        if key is Key.PAUSE:
            walk.paused = not walk.paused
        elif key is Key.SKIP:
            return "skipped"
        elif key is Key.STOP:
            return "stopped"
        return None

    def _nap(self, walk: _Walk, step: PlanStep) -> float:
        """Sleep one tick, but not past the end of the lead-in or of the step."""
        if walk.paused:
            return self.tick_s
        left = walk.ready_s if walk.ready_s > 0 else step.duration_s - walk.elapsed_s
        return max(_EPS, min(self.tick_s, left))

    def _progress(self, index: int, walk: _Walk) -> Progress:
        """The snapshot the display shows."""
        following = self.steps[index + 1] if index + 1 < len(self.steps) else None
        return Progress(index, len(self.steps), self.steps[index], following, walk.elapsed_s,
                        walk.ready_s, walk.paused)

    def _step_records(self) -> list[StepRecord]:
        """One record per release step reached: completed only when its time ran out."""
        return [
            StepRecord(
                muscle=o.step.muscle or "", side=o.step.side or "both",
                technique=o.step.technique or "", tool=o.step.tool or "",
                duration_s=round(o.seconds), pressure=o.step.pressure,
                completed=o.outcome == "done",
            )
            for o in self.outcomes
            if o.step.kind == "release"
        ]


def _check_release_steps(steps: Sequence[PlanStep]) -> None:
    """A release step must say which muscle, technique and tool, or its record means nothing."""
    for step in steps:
        if step.kind == "release" and not (step.muscle and step.technique and step.tool):
            raise InvalidQuery(f"The step '{step.title}' does not say which muscle, technique "
                               "and tool it uses; make the plan again.")
