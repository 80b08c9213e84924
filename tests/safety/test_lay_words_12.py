"""Words, contexts and combinations added after held-out set 12: a sentence that reads on across
an aside in brackets, "10/10" in a term, Spanish words for tingling, numb and the private parts,
slang for the scrotum, an erection lost with a numb groin, chest pain worse breathing in, a score
of 10/10, a slip or a trip on something, jobs that need two hands or a lid that will not open,
training that has stopped, self-care that has not done anything or has plateaued, a good
recovery, a worry about getting an illness one day, and "came out" that is not the bowels.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.safety.lexicon import compile_term, normalise, sentences


def _words(text: str) -> list[str]:
    return [" ".join(t.text for t in s.tokens if t.is_word) for s in sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sentence reads on across the aside; the aside is a sentence of its own, after it
        ("tingling (pins and needles) in my groin", ["tingling in my groin", "pins and needles"]),
        ("Years ago (2015) I had surgery. Fine now",
         ["years ago i had surgery", "2015", "fine now"]),
        # two asides, and an aside never closed
        ("a (b b b) c (d d d) e", ["a c e", "b b b", "d d d"]),
        ("my back (left side", ["my back", "left side"]),
        # a sentence that ends inside the brackets
        ("pain (bad. really bad) today", ["pain today", "bad", "really bad"]),
    ],
)
def test_an_aside_in_brackets_does_not_cut_the_sentence(text: str, expected: list[str]) -> None:
    assert _words(text) == expected


def test_a_slash_in_a_term_is_read_as_in_the_text() -> None:
    assert compile_term("pain 10/10") == compile_term("pain 10 / 10")
    assert len(compile_term("numb 24/7")) == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tengo hormigueo in my partes", "i have tingling in my private parts"),
        ("my legs are dormidas", "my legs are numb"),
        ("numb in the partes intimas", "numb in the private parts"),
    ],
)
def test_spanish_words_for_numbness(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        # the scrotum in lay words is the saddle area; the balls of the feet are not
        ("my nutsack has gone numb", "saddle-numbness", True),
        ("numb feeling in my ball bag since this morning", "saddle-numbness", True),
        ("tingling in the scrotum", "saddle-numbness", True),
        ("hormigueo en mis partes", "saddle-numbness", True),
        ("numb toes after skiing", "saddle-numbness", False),
        # chest pain worse on breathing in
        ("a stitch in my ribs, worse breathing in", "pleuritic-pain", True),
        ("sore ribs, worse when I inhale", "pleuritic-pain", True),
        ("my asthma is worse in the cold", "pleuritic-pain", False),
        # a pain score of 10/10
        ("the pain is 10/10", "severe-disproportionate-pain", True),
        ("sudden bad pain in my tummy", "severe-disproportionate-pain", True),
        ("the pain is 3/10", "severe-disproportionate-pain", False),
        # a slip or a trip on something is an injury; a slipped disc or tripping (a symptom) is not
        ("slipped on the bathroom tiles", "trauma-mechanism", True),
        ("tripped on a paving slab", "trauma-mechanism", True),
        ("I have a slipped disc", "trauma-mechanism", False),
        ("my foot slaps and I keep tripping on kerbs", "trauma-mechanism", False),
        # jobs pain stops: lids, jars, kettles, training
        ("I need both hands to pour the kettle now", "limits-function", True),
        ("cannot get the lid off jars", "limits-function", True),
        ("had to stop the jumping drills at training", "limits-function", True),
        ("I made jam and filled six jars", "limits-function", False),
        # self-care that has not helped, or has stalled
        ("the stretches have not done anything", "no-progress", True),
        ("stuck at the same level for a fortnight", "no-progress", True),
        ("my recovery has plateaued", "no-progress", True),
        ("it is getting better every day", "no-progress", False),
        # 'came out' is the bowels only with a bowel word
        ("the poo just comes out without me knowing", "bowel-incontinence", True),
        ("a rash has come out on my leg", "bowel-incontinence", False),
        ("the words came out as rubbish", "speech-disturbance", True),
        ("hardly anything came out when I went for a wee", "urinary-retention", True),
        # a good recovery is over; a worry about one day is not now
        ("I had meningitis as a child and made a good recovery", "named-meningitis-sepsis", False),
        ("worried I might get a clot one day", "named-blood-clot", False),
        ("scared I could get shingles one day", "named-shingles", False),
        ("I think I have shingles, there's a rash on one side", "named-shingles", True),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # an erection lost with a numb scrotum after a back strain
        ("Hurt my back lifting, now I can't get hard and my scrotum is numb", "emergency"),
        # chest pain worse breathing in and breathless, on the pill; a chest wall strain is not
        ("On the pill. Sharp chest pain worse breathing in, and I'm breathless on the stairs",
         "emergency"),
        ("Pulled a chest muscle at the gym, it is sore when I press on it", "self-care"),
        # sudden severe tummy pain with vomiting: 999; a mild ache with one vomit is not
        ("Sudden really bad pain on one side low in my tummy, vomited twice", "emergency"),
        # an older person who slipped, with a leg turned out
        ("Mum, 88, slipped on the stairs and her leg is turned out", "emergency"),
        # a man whose own words tell of his wife as it happened ('was' + -ing) is a proxy report
        ("My wife was gardening when her face suddenly drooped and her speech slurred",
         "emergency"),
        # a bracketed gloss keeps the sentence together
        ("Back pain, and now numbness (like pins and needles) around my bottom", "emergency"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
