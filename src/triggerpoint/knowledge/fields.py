"""Field types shared by every knowledge-base schema: ids, source lists and the record base."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["EntityId", "Record", "SourceIds"]

EntityId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
SourceIds = Annotated[list[EntityId], Field(min_length=1, description="Ids of sources for this.")]


class Record(BaseModel):
    """A knowledge-base record: no unknown fields, immutable once loaded."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)
