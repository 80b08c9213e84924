"""Resolving what people type (ids, names, aliases, typos) to known entities."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["NameIndex", "normalize"]

_NON_WORD = re.compile(r"[^a-z0-9]+")


def normalize(text: str) -> str:
    """Fold case, punctuation and hyphens so 'Upper-Trapezius' equals 'upper trapezius'."""
    return _NON_WORD.sub(" ", text.casefold().replace("'", "")).strip()


class NameIndex:
    """Maps every id, name and alias of a set of entities to the entity id."""

    def __init__(self, entries: Iterable[tuple[str, Iterable[str]]]) -> None:
        self._by_name: dict[str, str] = {}
        self._display: dict[str, str] = {}
        for entity_id, names in entries:
            for name in (entity_id, *names):
                key = normalize(name)
                if key:
                    self._by_name.setdefault(key, entity_id)
                    self._display.setdefault(key, name)

    def get(self, name: str) -> str | None:
        """The id for an exact (normalized) name, or None."""
        return self._by_name.get(normalize(name))

    def suggest(self, name: str, limit: int = 5) -> list[str]:
        """The entity ids nearest to ``name``, best first (fuzzy, for error messages)."""
        from rapidfuzz import fuzz, process

        key = normalize(name)
        if not key:
            return []
        found = process.extract(key, list(self._by_name), scorer=fuzz.WRatio, limit=limit * 4)
        best = found[0][1] if found else 0
        ids: list[str] = []
        for candidate, score, _ in found:
            entity_id = self._by_name[candidate]
            if score >= max(70, best - 12) and entity_id not in ids:
                ids.append(entity_id)
        return ids[:limit]

    def names(self) -> list[str]:
        """Every normalized name in the index."""
        return list(self._by_name)
