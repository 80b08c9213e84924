"""Reading rules of the round after finder set 4: clinical landmarks (a bone's "head" is not the
head, spinal levels, joints by their initials), a part named after its owner ("the shoulder's
back edge"), posture words that name a part that does not hurt ("chin poking forward"), places
said to be fine or only tight, and a verb inside a place's own phrase. Each row is a description
and exactly the regions it should mark, read through the packaged lexicon.
"""

from __future__ import annotations

import pytest

from triggerpoint.finder.build import lexicon_for
from triggerpoint.knowledge import KnowledgeBase


def regions(kb: KnowledgeBase, text: str) -> set[str]:
    return {m.region for m in lexicon_for(kb).parse(text).marks}


READINGS = [
    # landmarks in therapists' notes
    ("c/o burning along L medial scapular border", {"inner-edge-of-shoulder-blade"}),
    ("ache at sup. angle scapula", {"inner-edge-of-shoulder-blade"}),
    ("TTP over the fibular head", {"outer-knee"}),
    ("pain under the met heads", {"ball-of-foot"}),
    ("ache at the AC joint", {"top-of-shoulder"}),
    ("ache at the C/T junction", {"back-of-neck"}),
    ("CMC joint ache", {"base-of-thumb"}),
    ("pain along the costal margin", {"lower-ribs"}),
    ("ache at the pes anserine", {"inner-knee"}),
    # a spinal level is the place over it; a nerve root's area is not
    ("paraspinal ache at L4-5", {"low-back"}),
    ("stiff at C5-6", {"back-of-neck"}),
    ("tight at T4/5", {"mid-back"}),
    ("pain in the L5 dermatome of the calf", {"calf"}),
    # a part named after its owner, or with 'side of'
    ("a patch just below the shoulder's back edge", {"back-of-shoulder"}),
    ("ache at the back side of my knee", {"back-of-knee"}),
    # posture words name the chin, which does not hurt
    ("headache on top of my head, I work with my chin poking forward", {"top-of-head"}),
    # fine, not bad, only tight
    ("my elbow hurts, shoulder front fine", {"outer-elbow"}),
    ("my buttock aches. Lower back itself not bad.", {"buttock"}),
    ("heel hurts. my calf feels tight but doesnt hurt", {"heel"}),
    ("heel hurts and my calf is tight", {"heel", "calf"}),
    # a verb inside a place's own phrase is not an activity for the next place
    ("ache where my skull sits on my neck that wraps around the sides of my head",
     {"base-of-skull", "side-of-head"}),
    # a place phrase that says it hurts is not a position ('straight' after 'knee' is)
    ("low back ache straight across at belt level", {"low-back"}),
    ("chin poked towards the monitor all day, headache on top", {"top-of-head"}),
    # words typed without their spaces; a real word is never split
    ("lowerback pain one side", {"low-back"}),
    ("shoulderblade pain inner edge right", {"inner-edge-of-shoulder-blade"}),
    ("topofshoulder achy both sides", {"top-of-shoulder"}),
    ("heelpain morning first steps", {"heel"}),
    ("ballof foot aches", {"ball-of-foot"}),
    ("calf pain after football", {"calf"}),
    ("ache on my hip bone where my waistband sits", {"hip-crest"}),
    # a body chart's list: a facet word after its place is the place's part
    ("Marked: right thigh, back, middle; right knee, back", {"back-of-thigh", "back-of-knee"}),
    ("Chart: left foot, bottom, forefoot; left forearm, back, upper third",
     {"ball-of-foot", "back-of-forearm"}),
    # ... but in a sentence 'back' after a comma is still the back
    ("I hurt my shoulder, back and neck", {"top-of-shoulder", "low-back", "back-of-neck"}),
    ("sore neck, back too", {"back-of-neck", "low-back"}),
    # everyday words for landmarks
    ("the pointy bone of my elbow hurts when I lean on it", {"back-of-elbow"}),
    ("deep ache between my sit bones", {"perineum"}),
    # a short word with a letter dropped is the body word, unless it is a word or shorthand
    ("nek pain and hed ache", {"back-of-neck", "forehead"}),
    ("bal of foot aches", {"ball-of-foot"}),
    ("pain in my fot", {"top-of-foot"}),
    # (no misspelt word: the coracoid is a landmark of the front of the shoulder, words.yaml)
    ("TTP below R coracoid", {"front-of-shoulder"}),
    ("heat helps my calf", {"calf"}),
    # the side a place faces: 'thumb' and 'little finger' as a direction, not a place
    ("pain on my index finger, the side facing the thumb", {"index-finger"}),
    ("wrist ache on the little-finger edge", {"little-finger-side-of-wrist"}),
    # a complaint beside another place marks the place its own words name
    ("thumb base pain palm side of wrist", {"base-of-thumb", "front-of-wrist"}),
    ("heel pain and calf tightness", {"heel", "calf"}),
    # the web space of the thumb is not the toes'; dorsolateral is a facet
    ("R | dorsal web space thumb/index | ache", {"thumb-web"}),
    ("R dorsolateral midfoot pain", {"top-of-foot"}),
]


@pytest.mark.parametrize(("text", "expected"), READINGS, ids=[t for t, _ in READINGS])
def test_reading(kb: KnowledgeBase, text: str, expected: set[str]) -> None:
    assert regions(kb, text) == expected


NAMED_TENDER = [
    ("R med. heel pain. TTP abd. hallucis; plantar fascia non-tender.", ["abductor-hallucis"]),
    ("TTP ant. deltoid; pain on resisted flexion", ["deltoid"]),
    ("taut band R upper trap, HA at temple", ["upper-trapezius"]),
    ("TrP in ant. scalene, a local ache", ["scalenes"]),
    ("there is a knot in my glute med", ["gluteus-medius"]),
    # no cue, or a place after the cue: no muscle named
    ("my upper trap aches", []),
    ("TTP L infrascapular fossa. Neuro NAD.", []),
    # a name is read before spelling fixes; a direction is no muscle ('lat' is 'lateral')
    ("TTP R iliocostalis thoracis ~T11 level", ["iliocostalis-thoracis"]),
    ("TTP 2cm distal to lat epicondyle", []),
    ("TTP L glute med, does not reproduce pain", ["gluteus-medius"]),
]


def test_a_note_that_the_press_reproduced_the_pain_is_a_press_test(kb: KnowledgeBase) -> None:
    from triggerpoint.finder import build_query

    parsed = lexicon_for(kb).parse("TrP R ECRL ~2cm distal to lat epicondyle reproduces sx.")
    assert parsed.confirmed_muscles == ["extensor-carpi-radialis"] and not parsed.tender_muscles
    query = build_query(kb, text="R lat elbow pain. TrP R ECRL reproduces sx.")
    assert query.confirmed == ("extensor-carpi-radialis",)
    # the person's own answer wins over the note
    denied = build_query(kb, text="R lat elbow pain. TrP R ECRL reproduces sx.",
                         deny=["extensor-carpi-radialis"])
    assert denied.confirmed == () and denied.denied == ("extensor-carpi-radialis",)


@pytest.mark.parametrize(("text", "expected"), NAMED_TENDER, ids=[t for t, _ in NAMED_TENDER])
def test_muscle_named_as_tender(kb: KnowledgeBase, text: str, expected: list[str]) -> None:
    assert lexicon_for(kb).parse(text).tender_muscles == expected


def test_a_named_tender_muscle_counts_as_a_tender_spot(kb: KnowledgeBase) -> None:
    """Naming the tender muscle raises it like a tender spot over its own trigger points, and
    the explanation says so; the same note without the name scores it lower."""
    from triggerpoint.finder import build_query, find

    named = find(build_query(kb, text="R medial heel pain. TTP abd. hallucis.", top=50), kb)
    plain = find(build_query(kb, text="R medial heel pain.", top=50), kb)
    score = {c.muscle: c.score for c in plain.candidates}
    top = named.candidates[0]
    assert top.muscle == "abductor-hallucis"
    assert top.tender_matched
    assert top.score > score["abductor-hallucis"]
