"""Fakes for runner tests: a clock that never sleeps, scripted answers and keys, steps."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from triggerpoint.plans import PlanStep
from triggerpoint.plans.steps import STOP_RULE
from triggerpoint.sessions import Key, Moment, Progress, StepOutcome

T0 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


class FakeClock:
    """Time moves only when the runner sleeps; nothing really waits."""

    def __init__(self) -> None:
        self.t = 0.0

    def now(self) -> datetime:
        return T0 + timedelta(seconds=self.t)

    def sleep(self, seconds: float) -> None:
        self.t += seconds


class Script:
    """Pain answers in order (None = end of input) and keys due at clock seconds."""

    def __init__(self, clock: FakeClock, pains: Iterable[str | None],
                 keys: Iterable[tuple[float, Key]] = ()) -> None:
        self.clock = clock
        self.pains = list(pains)
        self.keys = sorted(keys)
        self.asked: list[tuple[Moment, str | None]] = []

    def ask_pain(self, moment: Moment, problem: str | None) -> str | None:
        self.asked.append((moment, problem))
        return self.pains.pop(0) if self.pains else None

    def poll(self) -> Key | None:
        if self.keys and self.keys[0][0] <= self.clock.t + 1e-9:
            return self.keys.pop(0)[1]
        return None


class Screen:
    """Records what a display was told."""

    def __init__(self) -> None:
        self.started: list[Progress] = []
        self.ticks: list[Progress] = []
        self.ended: list[StepOutcome] = []
        self.walks_ended = 0

    def step_started(self, progress: Progress) -> None:
        self.started.append(progress)

    def tick(self, progress: Progress) -> None:
        self.ticks.append(progress)

    def step_ended(self, outcome: StepOutcome) -> None:
        self.ended.append(outcome)

    def walk_ended(self) -> None:
        self.walks_ended += 1


def step(kind: str, seconds: int, muscle: str | None = None, **extra: object) -> PlanStep:
    """A plan step; release steps get a muscle, technique and tool."""
    fields: dict[str, object] = {"kind": kind, "title": f"{kind} {muscle or ''}".strip(),
                                 "instructions": "Do it gently.", "duration_s": seconds,
                                 "stop_rule": STOP_RULE}
    if kind == "release":
        fields |= {"muscle": muscle, "side": "right", "technique": "sustained-pressure",
                   "tool": "thumb", "pressure": 4, "hold_s": seconds, "rounds": 1}
    return PlanStep.model_validate(fields | extra)


def session_steps() -> list[PlanStep]:
    """Warm-up 60, release 30, stretch 45 (2 x 20 + 5 rest), release 40, check 15."""
    return [
        step("warm-up", 60),
        step("release", 30, "upper-trapezius"),
        step("stretch", 45, "upper-trapezius", hold_s=20, rounds=2, side="right"),
        step("release", 40, "levator-scapulae"),
        step("check", 15),
    ]
