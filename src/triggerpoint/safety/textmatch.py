"""Finding red-flag terms in ordinary words, where 'no numbness' must not count as numbness.

A term matches at the start of a word ("numb" matches "numbness"); a multi-word term matches
the phrase. Terms are read the way the text is: a hyphen is a space ("flu-like" matches "flu
like"), "&" is "and", and the apostrophe of n't, 's, 'm and 've may be left out ("can't"
matches "cant", "i'm" matches "im").

A match is cancelled by a negation a few words before it in the same clause. A clause ends at
punctuation, at a turn such as "but", at a reason or time word ("because", "since", "when") and
at "and" before a new subject ("I don't smoke and my legs are numb"). A negation also covers a
short list joined by "or" ("no numbness, tingling or weakness"), but not a new statement after
it ("no fever, my legs are numb"). A negation that only says the person did not realise or is
not sure ("I didn't realise I'd wet myself", "not sure if it's swollen") does not cancel.

A pattern is a list of groups, and it matches when every group is matched by one of its terms
within one sentence, or within two neighbouring sentences ("My calf is swollen. It is warm and
red.").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

__all__ = ["Text", "negated_terms"]

_SENTENCES = re.compile(r"[.!?;\n]+")
# Where a new clause starts: punctuation (a comma is handled apart, see _in_negated_list), a turn
# ("but"), a reason or a time ("because", "since", "when"), or "and" before a new subject ("I
# don't smoke and my legs are numb").
_CLAUSE_BREAK = re.compile(
    r"[.:()]|\b(?:but|however|although|though|except|yet|whereas|because|cos|coz|cuz|since|"
    r"so|until|till|while|whilst|when)\b|\band(?=\s+(?:my|i|i'm|im|i've|ive|it|it's|its|both|"
    r"the|there|this|now|then)\b)"
)
_NEGATION = re.compile(
    r"\b(?:no|not|never|without|none|nor|neither|denies|deny|free of|"
    r"(?:do|does|did|have|has|had|is|are|was|were)n'?t)\b"
)
# After a negation, words that say the person was unaware or unsure, not that the sign is absent.
_UNAWARE = re.compile(
    r"\b(?:realis|realiz|sure\b|certain\b|know\b|knew\b|notic\w*\s+(?:that|i|i'd|i'm)\b)"
)
# The apostrophe of n't, 's, 'm, 've may be left out when typing ("cant", "im", "ive").
_OPTIONAL_APOSTROPHE = re.compile(r"'(?=(?:t|s|m|ve)(?![a-z]))")
_WINDOW_WORDS = 4
# A short list after a negation: "no numbness, tingling or weakness", "don't take warfarin or any
# blood thinners". Items are joined by commas, "or", "nor" or "and".
_LIST_JOIN = re.compile(r",|\b(?:or|nor|and)\b")
_LIST_WORD = re.compile(r"\b(?:or|nor)\b")
_LIST_AFTER = re.compile(r"[a-z']+(?:\s+[a-z']+){0,2}\s*,?\s*(?:or|nor)\b")
# A list item that starts a new statement instead of naming another denied thing.
_NOT_AN_ITEM = re.compile(
    r"^(?:my|i|i'm|im|i've|ive|it|it's|its|both|the|there|this|now|then|he|she|they|we)\b|"
    r"\b(?:is|are|was|were|feel|feels|felt|went|gone|keep|keeps|has|have|had|got|get|gets)\b"
)
_ITEM_WORDS = 3


def _normalise(text: str) -> str:
    clean = text.casefold().replace("\u2019", "'").replace("\u2018", "'")
    return clean.replace("-", " ").replace("&", " and ")


@lru_cache(maxsize=4096)
def _fold(text: str) -> str:
    """Normalised text with optional apostrophes dropped ("can't" = "cant") and spaces single."""
    return " ".join(_OPTIONAL_APOSTROPHE.sub("", _normalise(text)).split())


@lru_cache(maxsize=8192)
def _term_key(term: str) -> str:
    return _fold(term)


def _occurrences(term: str, sentence: str) -> Iterator[int]:
    """Start positions where the term begins a word of the (folded) sentence."""
    key = _term_key(term)
    pos = sentence.find(key)
    while pos >= 0:
        if pos == 0 or not sentence[pos - 1].isalnum():
            yield pos
        pos = sentence.find(key, pos + 1)


class Text:
    """A description split into sentences, ready for term and pattern matching."""

    def __init__(self, text: str) -> None:
        clean = _OPTIONAL_APOSTROPHE.sub("", _normalise(text))
        self.sentences = [" ".join(s.split()) for s in _SENTENCES.split(clean) if s.strip()]

    def _windows(self) -> list[str]:
        pairs = [f"{a} . {b}" for a, b in zip(self.sentences, self.sentences[1:], strict=False)]
        return self.sentences + pairs

    def has(self, term: str, sentence: str | None = None) -> bool:
        """True when the term occurs, not negated, in the sentence (or anywhere)."""
        targets = [sentence] if sentence is not None else self.sentences
        return any(_affirmed(term, s) for s in targets)

    def matches(self, groups: Sequence[Sequence[str]]) -> bool:
        """True when every group has an affirmed term in one sentence or two neighbouring ones."""
        return any(all(any(_affirmed(t, w) for t in group) for group in groups)
                   for w in self._windows())

    def negated(self, term: str) -> bool:
        """True when the term occurs only in negated form ('no numbness')."""
        found = [p for s in self.sentences for p in _occurrences(term, s)]
        return bool(found) and not self.has(term)


def _affirmed(term: str, sentence: str) -> bool:
    return any(not _is_negated(sentence, start) for start in _occurrences(term, sentence))


def _is_negated(sentence: str, start: int) -> bool:
    # Breaks are found in the whole sentence: "and" ends a clause only before a new subject.
    breaks = (m.end() for m in _CLAUSE_BREAK.finditer(sentence) if m.end() <= start)
    clause = sentence[max(breaks, default=0):start]
    if _in_negated_list(clause, sentence[start:]):
        return True
    window = " ".join(clause.split(",")[-1].split()[-_WINDOW_WORDS:])
    return _denies(window)


def _denies(window: str) -> bool:
    """True when the window has a negation not followed by 'realise', 'sure' or 'know'."""
    negations = list(_NEGATION.finditer(window))
    return bool(negations) and not _UNAWARE.search(window, negations[-1].end())


def _in_negated_list(clause: str, term_and_after: str) -> bool:
    """True when the term is an item of a short list that a negation in the clause denies."""
    negations = list(_NEGATION.finditer(clause))
    if not negations:
        return False
    negation = negations[-1]
    between = clause[negation.end():]
    first, *items = _LIST_JOIN.split(between)
    if not items or len(first.split()) > _WINDOW_WORDS or not _denies(negation.group() + first):
        return False
    own = items[-1] + _LIST_JOIN.split(term_and_after, maxsplit=1)[0]
    if any(len(i.split()) > _ITEM_WORDS for i in items) or any(
        _NOT_AN_ITEM.search(i.strip()) for i in [*items[:-1], own]
    ):
        return False
    return bool(_LIST_WORD.search(between) or _LIST_AFTER.match(term_and_after))


def negated_terms(text: str, terms: Sequence[str]) -> list[str]:
    """The terms that the text mentions only to deny them."""
    parsed = Text(text)
    return [t for t in terms if parsed.negated(t)]
