"""What the packaged lexicon reads in a description, for the finder's reading tables: every
``test_*`` table of descriptions and the (region, side) pairs they should mark calls this."""

from __future__ import annotations

from triggerpoint.finder.build import lexicon_for
from triggerpoint.knowledge import KnowledgeBase


def marks(kb: KnowledgeBase, text: str) -> set[tuple[str, str]]:
    """The (region, side) pairs the packaged lexicon marks in ``text``."""
    return {(m.region, m.side) for m in lexicon_for(kb).parse(text).marks}
