"""Finding red-flag terms in ordinary words, where 'no numbness' must not count as numbness.

A term matches at the start of a word ("numb" matches "numbness"); a multi-word term matches
the phrase. A match is cancelled by a negation a few words before it in the same clause; a
clause ends at punctuation or a turn such as "but". A pattern is a list of groups, and it
matches when every group is matched by one of its terms within one sentence, or within two
neighbouring sentences ("My calf is swollen. It is warm and red.").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

__all__ = ["Text", "negated_terms"]

_SENTENCES = re.compile(r"[.!?;\n]+")
_CLAUSE_BREAK = re.compile(r"[,:()]|\b(?:but|however|although|though|except|yet|whereas)\b")
_NEGATION = re.compile(
    r"\b(?:no|not|never|without|none|nor|neither|denies|deny|free of|"
    r"(?:do|does|did|have|has|had|is|are|was|were)n'?t)\b"
)
_WINDOW_WORDS = 4


@lru_cache(maxsize=4096)
def _term_pattern(term: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in term.casefold().split()]
    return re.compile(r"(?<![a-z0-9])" + r"\s+".join(words))


class Text:
    """A description split into sentences, ready for term and pattern matching."""

    def __init__(self, text: str) -> None:
        clean = text.casefold().replace("’", "'").replace("-", " ")
        self.sentences = [s.strip() for s in _SENTENCES.split(clean) if s.strip()]

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
        found = [m for s in self.sentences for m in _term_pattern(term).finditer(s)]
        return bool(found) and not self.has(term)


def _affirmed(term: str, sentence: str) -> bool:
    for match in _term_pattern(term).finditer(sentence):
        if not _is_negated(sentence, match.start()):
            return True
    return False


def _is_negated(sentence: str, start: int) -> bool:
    before = sentence[:start]
    clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(before)), default=0)
    words = before[clause_start:].split()[-_WINDOW_WORDS:]
    return bool(_NEGATION.search(" ".join(words)))


def negated_terms(text: str, terms: Sequence[str]) -> list[str]:
    """The terms that the text mentions only to deny them."""
    parsed = Text(text)
    return [t for t in terms if parsed.negated(t)]
