"""A muscle's name typed alone ('piriformis', 'QL pain', 'my psoas is tight') is read as where
that muscle lies, with the muscle counted as one named sore, and the reading says so; where a
text names a place as well, the place speaks and the name adds nothing to the drawing."""

from __future__ import annotations

import pytest

from triggerpoint.finder import build_query, find
from triggerpoint.finder.build import lexicon_for
from triggerpoint.knowledge import KnowledgeBase


def test_a_muscle_name_alone_marks_where_it_lies_and_says_so(kb: KnowledgeBase) -> None:
    query = build_query(kb, text="piriformis")
    assert [m.region for m in query.marks] == ["buttock"]
    assert query.tender_muscles == ("piriformis",)
    result = find(query, kb)
    assert result.candidates[0].muscle == "piriformis"
    assert result.readings == ["piriformis: read as where the muscle lies: buttock"]


def test_a_side_word_sides_the_places(kb: KnowledgeBase) -> None:
    marks = build_query(kb, text="QL pain on the left").marks
    assert marks and {m.side for m in marks} == {"left"}


def test_a_group_name_marks_where_its_parts_lie(kb: KnowledgeBase) -> None:
    query = build_query(kb, text="trapezius pain")
    parts = {m.id for m in kb.muscles.values() if m.group == "trapezius"}
    assert set(query.tender_muscles) == parts
    assert "top-of-shoulder" in {m.region for m in query.marks}


def test_a_named_place_speaks_and_the_name_marks_nothing(kb: KnowledgeBase) -> None:
    parsed = lexicon_for(kb).parse("my piriformis stretch hurts the front of my knee")
    assert [m.region for m in parsed.marks] == ["front-of-knee"]
    assert all(m.reading is None for m in parsed.marks)


@pytest.mark.parametrize("muscle", sorted(KnowledgeBase.load().muscles))
def test_every_muscle_name_alone_gets_an_answer(kb: KnowledgeBase, muscle: str) -> None:
    record = kb.muscles[muscle]
    query = build_query(kb, text=f"{record.name} pain")
    lies = {r for tp in record.trigger_points for r in tp.regions}
    marked = {r for m in query.marks for r in (m.region, *m.alternatives)}
    # read through the name, or through a phrase of its own that ends on a place word ('rhomboids
    # pain' is upper back pain, 'abductor digiti minimi (foot) pain' is foot pain)
    assert muscle in query.tender_muscles or marked & lies, (record.name, marked, lies)
