"""What the journal returns: the core records with their storage ids, profiles and plans."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from triggerpoint.records import PainEntry, SessionRecord

__all__ = [
    "ImportSummary",
    "Profile",
    "ProfileRef",
    "StoredPainEntry",
    "StoredPlan",
    "StoredSession",
]


class _Public(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Profile(_Public):
    """A person keeping a journal; names are unique in one journal."""

    id: int = Field(description="The journal's id for the profile.")
    name: str = Field(description="The name the person chose.")
    created_at: datetime = Field(description="When the profile was created (UTC).")


#: Methods take a Profile or its name.
ProfileRef = Profile | str


class StoredPainEntry(PainEntry):
    """A pain entry as stored: still a PainEntry, plus the id to delete it by."""

    id: int = Field(description="The journal's id for the entry.")


class StoredSession(SessionRecord):
    """A session record as stored: still a SessionRecord, plus the id to delete it by."""

    id: int = Field(description="The journal's id for the session.")


class StoredPlan(_Public):
    """A saved self-care plan document with its title."""

    id: str = Field(description="The plan id sessions refer to (SessionRecord.plan_id).")
    title: str = Field(description="What the person called the plan.")
    created_at: datetime = Field(description="When it was saved (UTC).")
    document: dict[str, Any] = Field(description="The plan as the plan module wrote it (JSON).")


class ImportSummary(_Public):
    """How much an import added."""

    profiles: int
    pain_entries: int
    sessions: int
    checkins: int
    plans: int
