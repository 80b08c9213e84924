"""Finder sets 264 and 265: an osteopath's SOAP record and an orthopaedic triage note. "R frontal
HA x6/52" read no place at all: "HA" is a note's headache, read only in capitals (the laugh "ha"
stays a word; `finder/data/words.yaml`, `capital_shorthand`). "Shoulder girdle NAD" marked the
shoulder, a place examined and found normal ("girdle" and "complex" now stand between a place and
its finding as "joint" does); "metatarsal heads" lost to "under metatarsals" and left "heads" to
mark the forehead; a named examination of a place ("MTP drawer -ve", "hip scour neg") marked the
place. The thumb's long flexor sends its pain to the tip of the thumb as well as along it
(Travell and Simons), now an essential region of its pattern."""

from __future__ import annotations

import pytest

from triggerpoint.finder import build_query, find
from triggerpoint.knowledge import KnowledgeBase


def regions_of(kb: KnowledgeBase, text: str) -> set[str]:
    return {m.region for m in build_query(kb, text=text).marks}


def test_ha_in_capitals_is_a_headache(kb: KnowledgeBase) -> None:
    assert regions_of(kb, "R frontal HA x6/52") == {"forehead"}


def test_ha_in_lower_case_is_a_laugh(kb: KnowledgeBase) -> None:
    assert regions_of(kb, "ha, turned out it was cramp in my calf") == {"calf"}


@pytest.mark.parametrize("words", ["Shoulder girdle NAD.", "Shoulder complex NAD."])
def test_a_place_examined_normal(kb: KnowledgeBase, words: str) -> None:
    assert regions_of(kb, f"R frontal HA, R ear fullness. {words}") == {"forehead"}


def test_metatarsal_heads_are_the_ball_of_the_foot(kb: KnowledgeBase) -> None:
    assert regions_of(kb, "R burning pain under metatarsal heads 2-4") == {"ball-of-foot"}


@pytest.mark.parametrize("test", ["MTP drawer -ve", "hip scour -ve", "calf squeeze test neg"])
def test_a_named_examination_marks_no_place(kb: KnowledgeBase, test: str) -> None:
    assert regions_of(kb, f"heel pain. {test}") == {"heel"}


def test_the_long_thumb_flexor_reaches_the_tip(kb: KnowledgeBase) -> None:
    muscle = kb.muscles["flexor-pollicis-longus"]
    assert "tip-of-thumb" in muscle.essential_regions
    text = "pain at the tip of my thumb"
    ranked = [c.muscle for c in find(build_query(kb, text=text), kb, text=text).candidates]
    assert ranked.index("flexor-pollicis-longus") < 3
