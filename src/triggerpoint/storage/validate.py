"""Checks made before a transaction starts, so bad input never reaches the database."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from pydantic import BaseModel

from triggerpoint.atlas import Atlas
from triggerpoint.errors import InputError, UnknownRegion
from triggerpoint.records import PainEntry

__all__ = [
    "aware_or_none",
    "check_regions",
    "check_text",
    "json_document",
    "plan_title",
    "profile_name",
]

MAX_NAME = 100
MAX_TITLE = 200


def check_regions(atlas: Atlas, entries: Iterable[PainEntry]) -> None:
    """Raise UnknownRegion, with the nearest atlas ids, for the first spot on an unknown id."""
    for entry in entries:
        for spot in entry.spots:
            if spot.region not in atlas:
                found = atlas.find(spot.region)
                suggestions = [found.id] if found else atlas.suggest(spot.region)
                raise UnknownRegion(spot.region, suggestions)


def check_text(value: object) -> None:
    """InputError for a NUL character anywhere in ``value`` (records, dicts, lists, text).

    PostgreSQL cannot store NUL in text or JSON (SQLite could): refusing it on both keeps the
    two databases interchangeable.
    """
    if _may_have_nul(value) and _has_nul(value):
        raise InputError("Text may not contain NUL characters (\\x00); nothing was saved.")


def _may_have_nul(value: object) -> bool:
    """A fast pre-check on plain JSON data (C-speed dump); records always get the full walk."""
    try:
        return "\\u0000" in json.dumps(value)
    except (TypeError, ValueError):
        return True


def _has_nul(value: object) -> bool:
    """Whether any string inside ``value`` holds a NUL character."""
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, BaseModel):
        return _has_nul(value.model_dump())
    if isinstance(value, Mapping):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return any(_has_nul(item) for item in value)
    return False


def profile_name(name: str) -> str:
    """The name without surrounding spaces; InputError when empty or too long."""
    cleaned = name.strip()
    if not cleaned or len(cleaned) > MAX_NAME or "\x00" in cleaned:
        raise InputError(f"A profile name needs 1 to {MAX_NAME} characters, not {name!r}.")
    return cleaned


def plan_title(title: str) -> str:
    """The title without surrounding spaces; InputError when empty or too long."""
    cleaned = title.strip()
    if not cleaned or len(cleaned) > MAX_TITLE or "\x00" in cleaned:
        raise InputError(f"A plan title needs 1 to {MAX_TITLE} characters, not {title!r}.")
    return cleaned


def json_document(document: dict[str, Any]) -> dict[str, Any]:
    """The document, if it survives JSON unchanged; otherwise InputError (it is stored as JSON)."""
    try:
        same = json.loads(json.dumps(document, allow_nan=False)) == document
    except (TypeError, ValueError) as error:
        raise InputError(f"A plan document must be plain JSON data: {error}") from error
    if not same:
        raise InputError("A plan document must be plain JSON data (string keys, no tuples).")
    check_text(document)
    return document


def aware_or_none(value: datetime | None, name: str) -> datetime | None:
    """The bound of a time range; InputError for a naive time, whose moment is unknown."""
    if value is not None and (value.tzinfo is None or value.utcoffset() is None):
        raise InputError(f"'{name}' must include a time zone, e.g. 2026-11-20T08:00:00+00:00.")
    return value
