"""A self-care plan: options in, dated sessions of timed steps out (JSON-ready)."""

from __future__ import annotations

from datetime import date, time
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from triggerpoint.knowledge.models import SafetyLevel

__all__ = ["Plan", "PlanOptions", "PlanSession", "PlanStep", "Target"]

StepKind = Literal["warm-up", "release", "stretch", "check"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Target(_Model):
    """A muscle on a side to work on."""

    muscle: str
    side: Literal["left", "right"]


class PlanOptions(_Model):
    """What the person asks for; every field has a sensible default."""

    days: int = Field(default=14, ge=1, le=60)
    per_day: int = Field(default=2, ge=1, le=4)
    minutes: int = Field(default=10, ge=3, le=45, description="Time budget per session.")
    tools: list[str] | None = Field(default=None, description="Tools at hand; None = any.")
    start: date
    times: list[time] = Field(
        default_factory=lambda: [time(8, 0), time(19, 0), time(13, 0), time(21, 0)],
        description="Start time of the 1st, 2nd, ... session of a day.",
    )
    pain_now: int | None = Field(default=None, ge=0, le=10, description="Pain today, 0-10.")


class PlanStep(_Model):
    """One timed step of a session."""

    kind: StepKind
    title: str
    instructions: str
    duration_s: int = Field(ge=1)
    muscle: str | None = None
    side: Literal["left", "right"] | None = None
    technique: str | None = None
    tool: str | None = None
    position: str | None = None
    find_it: str | None = None
    pressure: int | None = Field(default=None, ge=0, le=10)
    pressure_words: str | None = None
    hold_s: int | None = None
    rounds: int | None = None
    breathing: str | None = None
    stop_rule: str


class PlanSession(_Model):
    """One session on one day, its steps in order."""

    day: int = Field(ge=1)
    date: date
    slot: int = Field(ge=1, description="1 = first session of the day.")
    start: time
    phase: Literal["gentle", "building", "steady"]
    steps: list[PlanStep]

    @property
    def duration_s(self) -> int:
        """Total seconds of the session."""
        return sum(step.duration_s for step in self.steps)


class Plan(_Model):
    """A dated self-care plan, with the safety context it was made under."""

    title: str
    targets: list[Target]
    skipped: list[str] = Field(default_factory=list, description="Muscles left out, and why.")
    options: PlanOptions
    safety_level: SafetyLevel
    max_pressure: int
    sessions: list[PlanSession]
    reminders: list[str]
    sources: list[str]
