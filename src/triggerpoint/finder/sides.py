"""Stage 5: the side of each place, from the side words near it or the text as a whole."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from triggerpoint.finder.lexicon import Match
from triggerpoint.finder.query import MarkSide
from triggerpoint.finder.tokens import SENTENCE_END, Token
from triggerpoint.finder.vocabulary import SIDE_WORDS

__all__ = ["assign_sides", "text_side"]


def assign_sides(tokens: Sequence[Token], matches: Sequence[Match]) -> list[Match]:
    """Each match with the side word before it, else its chain's side, else the one after it."""
    out: list[Match] = []
    previous: Match | None = None
    for match in matches:
        side = _side_before(tokens, match.start, previous)
        if side is None and previous is not None and _chained(tokens, previous, match):
            side = previous.side
        if side is None:
            side = _side_after(tokens, match.end)
        current = replace(match, side=side)
        out.append(current)
        previous = current
    return out


def text_side(tokens: Sequence[Token]) -> MarkSide:
    """The one side (left or right) the whole text names, else 'either'."""
    sides = {SIDE_WORDS[t.norm] for t in tokens if t.kind == "side"} & {"left", "right"}
    return sides.pop() if len(sides) == 1 else "either"


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
