"""Words of a description that named nothing known."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

__all__ = ["Unresolved"]


class Unresolved(BaseModel):
    """Words that named nothing known, with the nearest known region names."""

    model_config = ConfigDict(frozen=True)

    text: str
    suggestions: list[str]
