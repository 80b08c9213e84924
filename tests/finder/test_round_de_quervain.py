"""Finder sets 248 and 249: "De Quervain's" (and "mummy thumb") is a condition of its own, not
wrist and hand pain in general. The two thumb tendons that hurt there belong to the abductor
pollicis longus and the extensor pollicis brevis, and the brachioradialis refers pain to the same
place; read as plain wrist pain, the word put the opponens pollicis, the pronator teres and the
wrist extensors first and none of the three in the top three."""

from __future__ import annotations

import pytest

from triggerpoint.finder import build_query, find
from triggerpoint.knowledge import KnowledgeBase

_TENDON_MUSCLES = {"abductor-pollicis-longus", "extensor-pollicis-brevis", "brachioradialis"}


@pytest.mark.parametrize("text", ["de quervains", "mummy thumb",
                                  "de quervains pain thumb side of wrist"])
def test_de_quervains_reads_as_its_own_condition(kb: KnowledgeBase, text: str) -> None:
    query = build_query(kb, text=text)
    assert "de-quervains" in query.conditions
    top = {c.muscle for c in find(query, kb, text=text).candidates[:3]}
    assert top & _TENDON_MUSCLES


def test_the_condition_names_the_muscles_that_share_it(kb: KnowledgeBase) -> None:
    linked = {m.id for m in kb.muscles.values() if "de-quervains" in m.conditions}
    assert linked == _TENDON_MUSCLES
