"""Words of a description that named nothing known, reported only when they look like a place
or a symptom ('my zorblax', 'a thrumbing pain'), never filler ('honestly', 'lol', 'work').
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Final

from pydantic import BaseModel, ConfigDict

__all__ = ["Suggester", "Unresolved", "looks_like_place_or_symptom"]

#: Endings of medical words for places and complaints ('-itis', '-algia').
_MEDICAL_ENDINGS: Final = ("itis", "algia", "osis", "pathy", "dynia", "itus", "ache", "aches")
#: Words before a word that make it a place ('my ...', 'in the ...').
_PLACE_BEFORE: Final = frozenset({"my", "your", "his", "her", "their"})
#: Words after a word that make it a place or a symptom ('... pain', '... hurts').
_PAIN_AFTER: Final = frozenset(
    {"pain", "pains", "hurt", "hurts", "hurting", "ache", "aches", "aching", "sore"}
)
#: Endings of verb and adverb forms, which are rarely places ('craning', 'pressed', 'clearly').
_NOT_NOUN_ENDINGS: Final = ("ly", "ed", "ing")
#: How close (0-100) a word must be to a known body or symptom word to look like one.
SIMILAR: Final = 80


class Unresolved(BaseModel):
    """Words that named nothing known, with the nearest known region names."""

    model_config = ConfigDict(frozen=True)

    text: str
    suggestions: list[str]


def looks_like_place_or_symptom(
    words: Sequence[str], before: str, after: str, vocabulary: Mapping[int, Sequence[str]]
) -> bool:
    """True when a run of unknown words stands where a place stands ('my X', 'X pain'), has a
    medical ending, or is spelt like a known body or symptom word (``vocabulary`` by length).
    """
    from rapidfuzz import fuzz, process

    if before in _PLACE_BEFORE or after in _PAIN_AFTER:
        return True
    for word in words:
        if word.endswith(_MEDICAL_ENDINGS) and len(word) > 5:
            return True
        if len(word) < 5 or word.endswith(_NOT_NOUN_ENDINGS):
            continue
        near = [w for n in range(len(word) - 2, len(word) + 3) for w in vocabulary.get(n, ())]
        if process.extractOne(word, near, scorer=fuzz.ratio, score_cutoff=SIMILAR):
            return True
    return False


class Suggester:
    """The region ids whose names are nearest to some words (fast enough for every parse)."""

    def __init__(self, names: Iterable[tuple[str, str]]) -> None:
        self._ids: dict[str, str] = {}
        for name, region_id in names:
            self._ids.setdefault(name.casefold(), region_id)
        self._names = list(self._ids)

    def suggest(self, text: str, limit: int = 3) -> list[str]:
        from rapidfuzz import fuzz, process

        found = process.extract(
            text.casefold(), self._names, scorer=fuzz.ratio, limit=limit * 4, score_cutoff=60
        )
        ids: list[str] = []
        for name, _, _ in found:
            if self._ids[name] not in ids:
                ids.append(self._ids[name])
        return ids[:limit]
