"""What a person tells the finder: marked regions with side and intensity, symptoms, press tests."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from triggerpoint.finder.unresolved import Unresolved

__all__ = ["Mark", "MarkSide", "Query"]

#: 'either' means the person did not say which side; 'both' means both sides hurt.
MarkSide = Literal["left", "right", "both", "midline", "either"]


class Mark(BaseModel):
    """One place that hurts; ``alternatives`` widen a broad word like 'knee' to its parts."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    region: str = Field(description="Region id from the atlas.")
    side: MarkSide = "either"
    intensity: float | None = Field(default=None, ge=0, le=10, description="Pain 0-10.")
    text: str | None = Field(default=None, description="The words it was read from.")
    alternatives: tuple[str, ...] = Field(
        default=(), description="Other regions a broad word may mean; the best fit counts."
    )
    within: tuple[str, ...] = Field(
        default=(),
        description="Regions the spot also lies in ('back of the wrist, little-finger side'); "
        "the fit is the mean over the region and these.",
    )
    reading: str | None = Field(
        default=None,
        description="How a complaint word was read ('sciatica: read as buttock, back of the "
        "thigh and calf'); None for a place named directly.",
    )
    complaint: str | None = Field(
        default=None, description="Id of the complaint word the mark was read from."
    )
    emphasis: Literal["main"] | None = Field(
        default=None,
        description="'main' when the words make this the main place ('mainly the front', "
        "'temple worst'); the other places then weigh less, unless the places have scores.",
    )


class Query(BaseModel):
    """Everything the finder ranks muscles against."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    marks: tuple[Mark, ...] = ()
    symptoms: tuple[str, ...] = Field(default=(), description="Symptom ids.")
    conditions: tuple[str, ...] = Field(
        default=(), description="Condition ids the person named ('like sciatica')."
    )
    tender: tuple[Mark, ...] = Field(default=(), description="Places that are tender to press.")
    tender_muscles: tuple[str, ...] = Field(
        default=(), description="Muscle ids a note found tender or banded ('TTP L QL')."
    )
    confirmed: tuple[str, ...] = Field(
        default=(), description="Muscle ids whose spot reproduced the familiar pain when pressed."
    )
    denied: tuple[str, ...] = Field(
        default=(), description="Muscle ids whose spot did not reproduce it when pressed."
    )
    top: int = Field(default=10, ge=1, le=500)
    unresolved: tuple[Unresolved, ...] = Field(
        default=(), description="Words of the description that named nothing known."
    )
    negated: tuple[str, ...] = Field(
        default=(), description="Places or symptoms said to be absent."
    )
    context: tuple[str, ...] = Field(
        default=(), description="Places named only as movements ('when I lift my arm')."
    )
