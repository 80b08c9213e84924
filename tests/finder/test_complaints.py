"""Everyday complaint words read as the places they usually mean, and said so."""

from __future__ import annotations

import pytest

from triggerpoint.finder import build_query, find
from triggerpoint.finder.build import lexicon_for
from triggerpoint.knowledge import KnowledgeBase


def _regions(kb: KnowledgeBase, text: str) -> list[str]:
    return [m.region for m in lexicon_for(kb).parse(text).marks]


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("sciatica", ["buttock", "back-of-thigh", "calf"]),
        ("siatica", ["buttock", "back-of-thigh", "calf"]),
        ("stiff neck", ["back-of-neck", "side-of-neck", "top-of-shoulder"]),
        ("crick in my neck", ["back-of-neck", "side-of-neck", "top-of-shoulder"]),
        ("plantar fasciitis", ["heel", "arch"]),
        ("planter fasciitis", ["heel", "arch"]),
        ("shin splints", ["inner-shin", "shin"]),
        ("carpal tunnel", ["palm", "thumb", "index-finger", "middle-finger"]),
        ("golfer's elbow", ["inner-elbow", "front-of-forearm"]),
        ("runners knee", ["front-of-knee"]),
        ("charley horse", ["calf"]),
        ("lumbago", ["low-back"]),
    ],
)
def test_a_complaint_word_alone_marks_its_places(
    kb: KnowledgeBase, text: str, regions: list[str]
) -> None:
    assert _regions(kb, text) == regions


@pytest.mark.parametrize("complaint", sorted(KnowledgeBase.load().complaints))
def test_every_complaint_name_is_read_and_says_how(kb: KnowledgeBase, complaint: str) -> None:
    record = kb.complaints[complaint]
    parsed = lexicon_for(kb).parse(record.name)
    assert parsed.marks, f"'{record.name}' marks no place"
    first = parsed.marks[0]
    assert {first.region, *first.alternatives} & set(record.regions)
    assert first.reading is not None
    assert first.reading.startswith(record.name.lower().replace("-", " "))
    assert "read as" in first.reading


def test_the_reading_names_the_places_in_plain_words(kb: KnowledgeBase) -> None:
    result = find(build_query(kb, text="sciatica"), kb)
    assert result.readings == ["sciatica: read as buttock, back of the thigh and calf"]
    assert result.to_json()["readings"] == result.readings
    assert result.to_json()["regions"][0]["reading"] == result.readings[0]


def test_a_complaint_adds_its_condition_as_evidence(kb: KnowledgeBase) -> None:
    assert lexicon_for(kb).parse("sciatica").conditions == ["sciatica-like-pain"]


def test_a_side_word_sides_every_place_of_a_complaint(kb: KnowledgeBase) -> None:
    marks = lexicon_for(kb).parse("left sciatica").marks
    assert {m.side for m in marks} == {"left"}


def test_widespread_pain_says_so_and_marks_both_sides(kb: KnowledgeBase) -> None:
    marks = lexicon_for(kb).parse("fibromyalgia").marks
    assert len(marks) > 3 and {m.side for m in marks} <= {"both", "midline"}
    assert marks[0].reading is not None and "many places on both sides" in marks[0].reading


def test_a_vague_complaint_is_one_place_among_several(kb: KnowledgeBase) -> None:
    marks = lexicon_for(kb).parse("knots").marks
    assert len(marks) == 1 and len(marks[0].alternatives) >= 2
    assert marks[0].reading is not None and "one of" in marks[0].reading


def test_a_named_place_wins_over_a_complaint_without_one(kb: KnowledgeBase) -> None:
    assert _regions(kb, "a knot in my left calf") == ["calf"]
    parsed = lexicon_for(kb).parse("sciatica down the back of my right thigh")
    assert [m.region for m in parsed.marks] == ["back-of-thigh"]
    assert parsed.conditions == ["sciatica-like-pain"]


def test_a_complaint_that_names_its_place_stays_beside_other_places(kb: KnowledgeBase) -> None:
    regions = _regions(kb, "runner's knee on the left and a sore left hip")
    assert regions[0] == "front-of-knee" and len(regions) == 2


def test_a_negated_complaint_marks_nothing(kb: KnowledgeBase) -> None:
    parsed = lexicon_for(kb).parse("my right temple aches, no sciatica")
    assert [m.region for m in parsed.marks] == ["temple"]
    assert parsed.negated == ["sciatica"]


@pytest.mark.parametrize(
    "text",
    [
        "sciatica",
        "stiff neck",
        "whiplash",
        "fibromyalgia",
        "carpal tunnel",
        "plantar fasciitis",
        "frozen shoulder",
    ],
)
def test_complaint_words_never_end_in_no_region_found(kb: KnowledgeBase, text: str) -> None:
    result = find(build_query(kb, text=text), kb)
    assert result.candidates and result.readings


@pytest.mark.parametrize(
    ("complaint", "word"),
    [(c.id, w) for c in KnowledgeBase.load().complaints.values() for w in c.aliases],
)
def test_every_variant_and_misspelling_reads_as_its_complaint(
    kb: KnowledgeBase, complaint: str, word: str
) -> None:
    marks = lexicon_for(kb).parse(word).marks
    assert marks and {m.complaint for m in marks} == {complaint}
