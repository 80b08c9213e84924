"""Words, rules and context added after held-out sets 468 to 473 (Stoke-on-Trent, Wolverhampton,
Walsall and Shrewsbury speech; English from Portuguese, Italian, Greek and Turkish speakers; a
postwoman, a lollipop man, a scaffolder's labourer, a dog groomer, a removals driver and a school
caretaker; dating-app messages, running-club comments, family calendar notes, texts to a
neighbour; people over 70 living alone, parents caring for small children while ill, people who
hate fuss; English from Ghana, Sierra Leone, Liberia and The Gambia):

- a father's "left arm's been heavy and daft since breakfast and his smile looks lopsided",
  "reckons he just slept on it funny" (sleeping on it explains an arm, never a face); a back that
  "went" bending, with sudden pain "right through to my belly", clammy, the heart "going like the
  clappers" (an aorta); a calf knot "that just won't release" then a swollen, warm calf after a
  flight (the "won't" denies nothing after it); "clipped the back of me head on the kerb" on
  warfarin; "me chest feels like summat heavy's sat on it, bin goin on near an hour"; "clear water
  de drip from my nose" after an okada accident; "skin is like marble" with a fever of 40; a calf
  "burnin ten out of ten" after being trapped; a shin "bulging and shiny" with a numb foot.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("my arm has been heavy and daft since lunch", "one-sided-weakness", True),
        ("my chest feels like something heavy is sat on it", "heavy-chest", True),
        ("it's been going on nearly an hour", "ongoing-minutes", True),
        ("I clipped the side of my head on the car door", "head-injury", True),
        ("okada accident on Monday", "trauma-mechanism", True),
        ("my skin looks marbled", "mottled-skin", True),
        ("the shin is bulging and shiny", "tense-swollen-limb", True),
        ("it's a ten out of ten", "severe-disproportionate-pain", True),
        ("this knot just won't release, my right calf is swollen and warm", "calf-swelling",
         True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Mum says her arm's gone heavy and daft since tea and her smile is lopsided, she "
         "reckons she slept on it funny.", "emergency"),
        ("My back went lifting the shopping, sudden pain right through to my belly, I'm "
         "clammy and my heart is racing.", "emergency"),
        ("Knot in my calf that won't release. The left calf is swollen, warm and red since a long "
         "flight last week.", "urgent"),
        ("Clipped the back of my head on a beam. I'm on apixaban. Neck sore.", "emergency"),
        ("My chest feels like something heavy is sat on it, been going on nearly an hour.",
         "emergency"),
        ("Fever 39.8, I haven't weed since this morning and my skin looks marbled.",
         "emergency"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
