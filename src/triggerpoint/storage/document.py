"""The journal export format: a versioned JSON document holding every profile and record.

Version 1::

    {"format": "triggerpoint-journal", "version": 1,
     "profiles": [{"name": ..., "created_at": ..., "pain_entries": [PainEntry...],
                   "sessions": [SessionRecord...], "checkins": [CheckIn...],
                   "plans": [{"id": ..., "title": ..., "created_at": ..., "document": {...}}]}]}

Storage ids are not exported (an import gets new ones); plan ids are, since sessions refer to them.
"""

from __future__ import annotations

from collections import Counter
from typing import Annotated, Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints, model_validator

from triggerpoint.records import CheckIn, PainEntry, SessionRecord

__all__ = ["FORMAT", "VERSION", "ExportedPlan", "ExportedProfile", "JournalDocument"]

FORMAT = "triggerpoint-journal"
VERSION = 1

ProfileName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]


class _Document(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ExportedPlan(_Document):
    """A saved plan, with the id sessions refer to."""

    id: str = Field(min_length=1, max_length=64)
    title: str = Field(min_length=1, max_length=200)
    created_at: AwareDatetime
    document: dict[str, Any]


class ExportedProfile(_Document):
    """One person's whole journal."""

    name: ProfileName
    created_at: AwareDatetime
    pain_entries: list[PainEntry] = Field(default_factory=list)
    sessions: list[SessionRecord] = Field(default_factory=list)
    checkins: list[CheckIn] = Field(default_factory=list)
    plans: list[ExportedPlan] = Field(default_factory=list)

    @model_validator(mode="after")
    def _one_checkin_per_day(self) -> ExportedProfile:
        """The journal keeps one check-in per day; two for a day would silently lose one."""
        _refuse_duplicates("check-in day", [str(c.day) for c in self.checkins])
        return self


class JournalDocument(_Document):
    """A whole journal export."""

    format: Literal["triggerpoint-journal"]
    version: Literal[1]
    profiles: list[ExportedProfile] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique_names_and_plans(self) -> JournalDocument:
        """Profile names and plan ids identify things: each may appear once."""
        _refuse_duplicates("profile name", [p.name for p in self.profiles])
        _refuse_duplicates("plan id", [plan.id for p in self.profiles for plan in p.plans])
        return self


def _refuse_duplicates(what: str, values: list[str]) -> None:
    """ValueError naming the values that appear more than once."""
    repeated = sorted(v for v, n in Counter(values).items() if n > 1)
    if repeated:
        raise ValueError(f"each {what} may appear once; repeated: {', '.join(repeated)}")
