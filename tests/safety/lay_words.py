"""The two checks every ``test_lay_words*.py`` table runs: a wording is (or is not) read as a
concept that counts, and a description gets a level. The tables hold our own wordings, each sign
with a lookalike that must not count; the failure message lists what the gate read."""

from __future__ import annotations

from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.safety import screen
from triggerpoint.safety.concepts import read


def check_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    """``concept`` is among what counts in ``text`` exactly when ``counts``."""
    reading = read(kb, text)
    assert (concept in reading.present) is counts, [
        (m.concept, m.words, sorted(m.modifiers)) for m in reading.mentions]


def check_level(kb: KnowledgeBase, text: str, level: str) -> None:
    """The screen gives ``text`` the level ``level``, with the reasons it found."""
    found = screen(kb, text=text)
    assert found.level == level, [(r.id, r.level) for r in found.reasons]
