"""The word lists the description reader uses, read once from ``data/words.yaml`` and validated."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from triggerpoint.finder.query import MarkSide
from triggerpoint.yamlio import read_yaml

__all__ = ["WORDS_FILE", "WordLists", "norm_token", "words"]

WORDS_FILE = Path(__file__).parent / "data" / "words.yaml"
_IRREGULAR = {"feet": "foot", "teeth": "tooth", "calves": "calf", "halves": "half"}
_Word = list[str]


def norm_token(word: str) -> str:
    """Fold a word: possessive and apostrophes dropped, plural made singular."""
    word = word.removesuffix("'s").replace("'", "")
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if (
        len(word) > 5
        and word.endswith(("sses", "shes", "xes", "ches"))
        and not word.endswith("aches")
    ):
        return word[:-2]  # 'arches', 'presses', 'patches' ('aches' keeps its e)
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


class WordLists(BaseModel):
    """Every list in ``data/words.yaml``; see the comments there for what each one does."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    stopwords: _Word
    sides: dict[str, MarkSide]
    negations: _Word
    shorthand: dict[str, str] = Field(description="Written shorthand and its expansion.")
    capital_shorthand: dict[str, str] = Field(
        default_factory=dict,
        description="Shorthand read only as written in capitals ('HA', not the laugh 'ha').",
    )
    side_limbs: dict[str, list[str]] = Field(
        default_factory=dict, description="Limb word -> the areas a side phrase with it covers."
    )
    side_nouns: _Word = Field(default_factory=list)
    across_both: _Word = Field(
        default_factory=list, description="Trunk places a pain 'across' spans on both sides."
    )
    one_side_plurals: _Word = Field(default_factory=list)
    places: dict[str, str] = Field(description="Extra phrase -> region id.")
    spinal_levels: dict[str, str] = Field(
        default_factory=dict,
        description="Letter of a spinal level ('L4-5', 'C6', 'T4/5') -> the place it is read as.",
    )
    fingers: _Word
    activity_verbs: _Word
    activity_on_verbs: _Word
    activity_phrases: _Word
    owners: _Word
    intensified: _Word
    scope_end: _Word
    joiners: _Word
    not_pain_after: _Word
    fine_after: _Word
    chart_views: _Word = Field(default_factory=list)
    chart_words: _Word = Field(default_factory=list)
    chart_blank: _Word = Field(default_factory=list)
    slips: _Word = Field(default_factory=list)
    homophones: dict[str, str] = Field(
        default_factory=dict,
        description="A word voice typing writes for a body word that sounds the same -> that "
        "word ('tale' -> 'tail'); read so only where it then makes a place.",
    )
    owned_only: _Word = Field(default_factory=list)
    being: _Word
    trouble_words: _Word = Field(default_factory=list)
    facet_nouns: _Word = Field(default_factory=list)
    hurt_words: _Word
    scarcely: _Word
    landmarks: _Word
    landmark_lead: _Word = Field(default_factory=list)
    landmark_to: _Word = Field(default_factory=list)
    aside_landmarks: _Word = Field(default_factory=list)
    aside_lead: _Word = Field(default_factory=list)
    directions: _Word = Field(default_factory=list)
    emphasis_main: _Word = Field(default_factory=list)
    emphasis_not: _Word = Field(default_factory=list)
    senses: dict[str, dict[str, str]] = Field(
        default_factory=dict,
        description="Region (or 'region@word', for that word of it only) -> region named nearby "
        "-> the region it means."
    )
    near_landmarks: _Word
    fillers: dict[str, str]
    facets: dict[str, list[str]] = Field(description="Qualifier word -> region id prefixes.")
    side_facets: dict[str, str]
    variants: dict[str, dict[str, str]] = Field(
        default_factory=dict, description="Region -> facet prefix -> the region it names."
    )
    variants_elsewhere: _Word = Field(
        default_factory=list,
        description="'region>variant' pairs whose variant replaces the place, not shares it.",
    )

    def folded(self, name: str) -> frozenset[str]:
        """A list as a set of folded words."""
        return frozenset(norm_token(w) for w in getattr(self, name))

    @property
    def filler_words(self) -> frozenset[str]:
        return frozenset(norm_token(w) for group in self.fillers.values() for w in group.split())

    def shorthand_pattern(self) -> re.Pattern[str]:
        """One regex matching any shorthand as a whole word, longest first."""
        return _pattern(tuple(sorted(self.shorthand, key=len, reverse=True)))

    def capital_pattern(self) -> re.Pattern[str]:
        """One regex matching any capitals-only shorthand as a whole word, case kept."""
        return _pattern(tuple(sorted(self.capital_shorthand, key=len, reverse=True)), True)


@cache
def _pattern(keys: tuple[str, ...], case_kept: bool = False) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(k) for k in keys)
    return re.compile(rf"(?<![\w/])(?:{alternatives})(?![\w/])",
                      0 if case_kept else re.IGNORECASE)


@cache
def words() -> WordLists:
    """The packaged word lists, validated on first use and then kept in the cache folder
    (knowledge/cache.py), which a short command loads faster than it reads the YAML."""
    from triggerpoint.knowledge.cache import cached

    return cached("finder-words", [WORDS_FILE],
                  lambda: WordLists.model_validate(read_yaml(WORDS_FILE)))
