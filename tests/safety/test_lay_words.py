"""Words and contexts added after held-out set 10: Spanish mixed into English, a roommate, a
warning about later, a test that was normal, a symptom gone within days, an exclude that stops at
a comma, a proxy report that opens with a past event, and what is and is not a screen level.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.safety import screen
from triggerpoint.safety.lexicon import normalise


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mi esposa tiene dolor de cabeza", "my wife has headache"),
        ("dolor en el pecho y sudando", "chest pain y sudando"),
        ("me duele el estómago", "it hurts el stomach"),
        ("mis piernas están débiles", "my legs estan weak"),
        # 'mi' is 'my' only before a person or a part of the body
        ("mi back is sore", "my back is sore"),
        ("ran 5 mi this morning", "ran 5 mi this morning"),
        # English words that look Spanish are left alone
        ("I ate a pie once, come on", "i ate a pie once, come on"),
    ],
)
def test_spanish_is_read_as_english(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        # Spanish mixed in
        ("mi papá tiene dolor de pecho since 10 minutes", "chest-pain", True),
        ("estoy embarazada y tengo sangrado", "pregnancy-possible", True),
        # a roommate, a flatmate: someone else
        ("my roommate has meningitis", "named-meningitis-sepsis", False),
        ("my room mate had a stroke", "named-stroke", False),
        ("I think I have meningitis", "named-meningitis-sepsis", True),
        # a warning for later is not what is happening now
        ("the nurse named a DVT as something to watch out for after flying", "named-blood-clot",
         False),
        ("the nurse thinks I have a DVT in my calf", "named-blood-clot", True),
        # a test that found nothing, over a comma; not without a test in the sentence
        ("had a CT for a possible brain bleed, all clear", "named-brain-bleed", False),
        ("a thunderclap headache an hour ago, otherwise all clear", "thunderclap-headache", True),
        # a symptom that went within days; not one that is still there
        ("the headache was gone within two days", "headache", False),
        ("the headache has lasted two days", "headache", True),
        # an exclude is one phrase: a comma ends it
        ("it's worse when I take a deep breath, and I'm puffed out", "pleuritic-pain", True),
        ("I take a deep breath and relax into the stretch", "pleuritic-pain", False),
        # 'for ages' is not 'for ... at my age'
        ("my neck has hurt for ages", "pain-months", True),
        ("stiff for the first time at my age (66)", "pain-months", False),
        # speech that does not make sense
        ("I'm saying words that don't make sense", "speech-disturbance", True),
        ("the exercise sheet doesn't make sense to me", "speech-disturbance", False),
        # no wee since the morning
        ("I've not had a wee since this morning", "passing-little-urine", True),
        ("I've not had a wee since I woke up, only one coffee", "passing-little-urine", True),
        ("I had a wee this morning and it was fine", "passing-little-urine", False),
        # a leg, not a wrist, bent after an injury; bending a leg in a stretch is not a sign
        ("fell off the wall and my lower leg is bent at a funny angle", "leg-deformity", True),
        ("fell on my wrist and it looks bent", "leg-deformity", False),
        ("I bent my leg into a pigeon stretch", "leg-deformity", False),
        # a cluster of blisters; a blister patch is a plaster
        ("a cluster of little blisters came up on my side", "shingles-rash", True),
        ("put a blister patch on my heel", "shingles-rash", False),
        # a tender spot is a place, not a rash
        ("one spot on my spine is very tender", "rash", False),
        ("red spots all over my legs", "rash", True),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


def test_a_proxy_report_can_open_with_a_past_event(kb: KnowledgeBase) -> None:
    text = ("My brother had an operation on his hip 3 days ago. Now his skin looks blotchy and "
            "grey and he is confused.")
    assert screen(kb, text=text).level == "emergency"
    # ... while a relative's illness that is over stays theirs
    told = "My brother had a stroke last year. My calves are tight from running."
    assert screen(kb, text=told).level == "self-care"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a bent wrist after a trip is a bad break, for A&E now (NHS 111 Wales), as a bent thigh
        # or a bone through the skin is
        ("Tripped and landed on my hand, the wrist looks bent and swollen.", "emergency"),
        ("Crashed my bike and my thigh looks bent, I can't move it.", "emergency"),
        ("There's a bone poking out through the skin of my shin.", "emergency"),
        # a fever with an artificial joint; an artificial joint alone
        ("I have a knee replacement and now a temperature of 38.5 and shivers.", "urgent"),
        ("Had my knee replaced 6 years ago and my hamstrings are tight.", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
