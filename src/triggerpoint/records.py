"""Plain records of what a person logs: pain entries, guided sessions, daily check-ins.

They are core data, shared by the guided session (which produces a SessionRecord), the journal
storage (which saves them) and the analytics (which judge them). Times are timezone-aware.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

__all__ = [
    "CheckIn",
    "PainEntry",
    "PainLevel",
    "PainSpot",
    "SafetyLevel",
    "SessionRecord",
    "StepRecord",
]

SafetyLevel = Literal["self-care", "therapist", "doctor", "urgent", "emergency"]
SpotSide = Literal["left", "right", "both", "midline"]


def _aware(value: datetime) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("time must include a time zone (e.g. 2026-11-20T08:00:00+00:00)")
    return value


AwareDatetime = Annotated[datetime, AfterValidator(_aware)]
PainLevel = Annotated[int, Field(ge=0, le=10, description="0 no pain ... 10 worst imaginable.")]
Score0to10 = Annotated[int, Field(ge=0, le=10)]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PainSpot(_Record):
    """Pain in one region on one side, with its intensity."""

    region: str = Field(description="Region id from the atlas.")
    side: SpotSide
    intensity: PainLevel


class PainEntry(_Record):
    """One entry in the pain log: several spots at one moment."""

    at: AwareDatetime
    spots: list[PainSpot] = Field(min_length=1)
    qualities: list[str] = Field(default_factory=list, description="aching, burning, sharp ...")
    note: str = Field(default="", max_length=4000)


class StepRecord(_Record):
    """One release step of a guided session, as done."""

    muscle: str = Field(description="Muscle id.")
    side: Literal["left", "right", "both"]
    technique: str = Field(description="Technique id.")
    tool: str = Field(description="Tool id.")
    duration_s: int = Field(ge=0, description="Seconds actually spent.")
    pressure: Score0to10 | None = Field(default=None, description="Target discomfort 0-10.")
    completed: bool = Field(default=True, description="False when skipped or stopped early.")


class SessionRecord(_Record):
    """A guided self-treatment session: what was done, for how long, pain before and after."""

    started_at: AwareDatetime
    ended_at: AwareDatetime
    pain_before: PainLevel | None = None
    pain_after: PainLevel | None = None
    safety_level: SafetyLevel = Field(description="The safety level at the time of the session.")
    steps: list[StepRecord] = Field(default_factory=list)
    stopped_early: bool = False
    plan_id: str | None = None
    note: str = Field(default="", max_length=4000)


class CheckIn(_Record):
    """A daily check-in on the benefits the care aims at: sleep, stress, mobility, medication."""

    day: date
    sleep_quality: Score0to10 | None = Field(default=None, description="0 very poor, 10 great.")
    stress: Score0to10 | None = Field(default=None, description="0 none, 10 extreme.")
    stiffness: Score0to10 | None = Field(default=None, description="0 none, 10 cannot move.")
    medications: list[str] = Field(default_factory=list, description="Taken that day.")
    note: str = Field(default="", max_length=4000)
