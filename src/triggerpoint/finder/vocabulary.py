"""Small word lists the description parser needs: sides, negations, fillers (data/words.yaml)."""

from __future__ import annotations

from typing import Final

from triggerpoint.finder.query import MarkSide
from triggerpoint.finder.words import norm_token, words

__all__ = ["FILLERS", "NEGATIONS", "SIDE_WORDS", "STOPWORDS", "norm_token"]

#: Words that never change which region a phrase names.
STOPWORDS: Final = words().folded("stopwords")
#: Side words, already folded by ``norm_token``.
SIDE_WORDS: Final[dict[str, MarkSide]] = {norm_token(k): v for k, v in words().sides.items()}
NEGATIONS: Final = words().folded("negations")
#: Common words that are not body places; left-over words outside this list may be reported.
FILLERS: Final = words().filler_words
