"""Stage 5: the side of each place, from the side words near it or the text as a whole."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Final

from triggerpoint.finder.lexicon import Match
from triggerpoint.finder.query import MarkSide
from triggerpoint.finder.tokens import SENTENCE_END, Token, sentence_ids
from triggerpoint.finder.vocabulary import SIDE_WORDS
from triggerpoint.finder.words import words

__all__ = ["assign_sides", "side_phrases", "text_side"]

_LIMBS: Final = {limb: frozenset(areas) for limb, areas in words().side_limbs.items()}
_SIDE_NOUNS: Final = words().folded("side_nouns")
_ONE_SIDE_PLURALS: Final = words().folded("one_side_plurals")
_HURT: Final = words().folded("hurt_words")
_ACROSS_BOTH: Final = frozenset(words().across_both)


def assign_sides(tokens: Sequence[Token], matches: Sequence[Match]) -> list[Match]:
    """Each match with the side word before it, else its chain's side, else the one after it."""
    out: list[Match] = []
    previous: Match | None = None
    lateral: MarkSide | None = None  # the last place's left or right
    unsided = text_side(tokens) == "either"
    for match in matches:
        side = _side_within(tokens, match) or _other_side(tokens, match.start, lateral) or (
            _side_before(tokens, match.start, previous))
        if side is None and previous is not None and _chained(tokens, previous, match):
            side = previous.side
        if side is None:
            side = _side_after(tokens, match.end)
        if side is None and (_plural(tokens, match) or (unsided and _across(tokens, match))):
            side = "both"
        current = replace(match, side=side)
        out.append(current)
        previous = current
        if side in ("left", "right"):
            lateral = side
    return out


_OPPOSITE: Final[dict[MarkSide, MarkSide]] = {"left": "right", "right": "left"}


def _other_side(tokens: Sequence[Token], start: int, lateral: MarkSide | None) -> MarkSide | None:
    """'the other knee' after a place on one side: the opposite side ('my right knee, and now
    the other knee too')."""
    if lateral is None or start == 0 or tokens[start - 1].norm != "other":
        return None
    return _OPPOSITE[lateral]


def text_side(tokens: Sequence[Token]) -> MarkSide:
    """The one side the whole text names ('left', 'right' or only 'both'), else 'either'."""
    sides = {SIDE_WORDS[t.norm] for t in tokens if t.kind == "side"}
    lateral = sides & {"left", "right"}
    if len(lateral) == 1:
        return lateral.pop()
    return "both" if sides == {"both"} else "either"


def side_phrases(
    tokens: Sequence[Token], matches: Sequence[Match], area_of: Callable[[Match], str | None]
) -> list[Match]:
    """Phrases that only give a side: 'both sides', 'left side', and a limb after a side word
    when the same sentence names a place on that limb ('ring finger on my right hand': the hand
    is not a second place). The limb word is dropped; places of the sentence that have no side
    yet take the phrase's side (the nearest phrase after them, else before).
    """
    sentence = sentence_ids(tokens)
    phrases: list[tuple[int, MarkSide]] = []
    dropped: set[int] = set()
    for i, token in enumerate(tokens):
        if token.kind != "side":
            continue
        j = i + 1
        while j < len(tokens) and tokens[j].kind == "stop":
            j += 1
        after = tokens[j + 1].raw if j + 1 < len(tokens) else ""
        if j < len(tokens) and tokens[j].norm in _SIDE_NOUNS and after != "of":
            phrases.append((i, SIDE_WORDS[token.norm]))
            continue
        limb = next((m for m in matches if m.start == j and _limb(m) is not None), None)
        if limb is None or after == "of" or limb.narrowed is not None:
            continue
        areas = _LIMBS[_limb(limb) or ""]
        if any(
            m is not limb and sentence[m.start] == sentence[i] and area_of(m) in areas
            for m in matches
        ):
            phrases.append((i, SIDE_WORDS[token.norm]))
            dropped.add(id(limb))
    if not phrases:
        return list(matches)
    out = []
    for match in matches:
        if id(match) in dropped:
            continue
        if match.side is None:
            same = [(i, side) for i, side in phrases if sentence[i] == sentence[match.start]]
            later = [side for i, side in same if i >= match.end]
            earlier = [side for i, side in same if i < match.start]
            side = later[0] if later else (earlier[-1] if earlier else None)
            match = replace(match, side=side)
        out.append(match)
    return out


def _plural(tokens: Sequence[Token], match: Match) -> bool:
    """A place named in the plural ('temples', 'knees', 'shoulder blades'), not one that is
    plural on one side too ('toes', 'ribs').
    """
    if match.target[0] not in ("region", "broad", "condition") or tokens[match.start].raw in (
        "between",
        "across",
    ):
        return False  # 'between my shoulder blades' names one place
    head = [t for t in tokens[match.start : match.end] if t.kind == "word" and t.norm not in _HURT]
    if not head or head[-1].norm in _ONE_SIDE_PLURALS:
        return False
    token = head[-1]
    plural = token.raw != token.norm and token.raw.endswith("s") and "'" not in token.raw
    return plural or token.raw in ("feet", "calves")


def _across(tokens: Sequence[Token], match: Match) -> bool:
    """'a band across my lower back', 'straight across the tops of my shoulders': a trunk place
    after 'across' spans both sides."""
    if (match.narrowed or match.target[1]) not in _ACROSS_BOTH:
        return False
    i = match.start
    if tokens[i].raw == "across":
        return True
    i -= 1
    while i >= 0 and (tokens[i].kind == "stop" or tokens[i].raw in ("top", "tops", "back")):
        i -= 1
    return i >= 0 and tokens[i].raw == "across"


def _limb(match: Match) -> str | None:
    kind, target = match.target
    return target if kind == "broad" and target in _LIMBS else None


def _side_within(tokens: Sequence[Token], match: Match) -> MarkSide | None:
    """A side word inside a place's own words ('behind both eyes', 'tops of both feet')."""
    for token in tokens[match.start : match.end]:
        if token.kind == "side":
            return SIDE_WORDS[token.norm]
    return None


def _side_before(tokens: Sequence[Token], start: int, previous: Match | None) -> MarkSide | None:
    """The side word within four words before a place, not past the previous place."""
    limit = previous.end if previous else 0
    return _first_side((tokens[i] for i in range(start - 1, limit - 1, -1)), max_words=4)


def _side_after(tokens: Sequence[Token], end: int) -> MarkSide | None:
    """The side word within two words after a place ('forehead, mostly on the right')."""
    return _first_side(tokens[end : end + 8], max_words=2)


def _first_side(scan: Iterable[Token], max_words: int) -> MarkSide | None:
    """The first side word in a scan, stopping at a sentence end or after ``max_words``."""
    words = 0
    for token in scan:
        if token.raw in SENTENCE_END:
            return None
        if token.kind == "side":
            return SIDE_WORDS[token.norm]
        if token.kind == "word":
            words += 1
            if words > max_words:
                return None
    return None


def _chained(tokens: Sequence[Token], previous: Match, match: Match) -> bool:
    """Two places joined by 'and', 'or', a comma or a route word, in one sentence."""
    between = tokens[previous.end : match.start]
    return not any(t.raw in SENTENCE_END for t in between) and len(between) <= 8
