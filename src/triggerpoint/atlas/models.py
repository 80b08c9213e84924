"""Typed records of the body atlas: regions and the vocabulary that describes them."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["Area", "BroadTerm", "Laterality", "Region", "RegionId", "Side", "View"]

RegionId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
View = Literal["front", "back"]
Laterality = Literal["paired", "midline"]
Side = Literal["left", "right", "midline"]
Area = Literal[
    "head", "face", "neck", "shoulder", "upper-back", "chest", "abdomen", "low-back", "pelvis",
    "hip", "arm", "elbow", "forearm", "wrist", "hand", "thigh", "knee", "leg", "ankle", "foot",
]


class Region(BaseModel):
    """One area of the body surface that a person can point at."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    id: RegionId = Field(description="Stable kebab-case identifier, without side.")
    name: str = Field(min_length=1, description="Plain-words display name.")
    area: Area = Field(description="The larger body area the region belongs to.")
    laterality: Laterality = Field(
        description="'paired' regions exist on the left and the right; 'midline' ones once."
    )
    views: list[View] = Field(min_length=1, description="Chart views the region is drawn in.")
    synonyms: list[str] = Field(default_factory=list, description="Lay words people use.")
    anatomical_terms: list[str] = Field(
        default_factory=list, description="Standard anatomical names for the region."
    )
    neighbours: list[RegionId] = Field(
        default_factory=list, description="Regions that share a border on the chart (derived)."
    )


class BroadTerm(BaseModel):
    """A word for a whole area ('knee'); a mark on it counts for its best-fitting member."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    term: str = Field(min_length=1)
    synonyms: list[str] = Field(default_factory=list)
    regions: list[RegionId] = Field(min_length=2, description="Member regions, most typical first.")
