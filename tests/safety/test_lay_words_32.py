"""Words, contexts and combinations added after held-out set 32: coaches and PE teachers writing
about a player or a pupil, "something unzipped inside my chest", a calf "tight as a drum", "like
a blind has come down over her eye", "trouble chewing", "his back's been bad", "grey as a ghost",
"headed the goalpost", "speech was thick", "fingers won't do what I tell them", a mug that
cannot be lifted, a back ache that "widened out", a headache that came "all at once" and
"blinding" with words between, and "a fella from work" who had the operation.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("it felt like something unzipped inside my chest", "tearing-pain", True),
        ("my calf is tight as a drum after the kick", "tense-swollen-limb", True),
        ("it's like a blind has come down over my right eye", "sudden-vision-loss", True),
        ("I pulled the blind down because of the sun", "sudden-vision-loss", False),
        ("trouble chewing for a week", "jaw-claudication", True),
        ("my back's been bad for a fortnight", "back-pain", True),
        ("I've gone grey as a ghost", "mottled-skin", True),
        ("I headed the goalpost in PE", "head-injury", True),
        ("my speech was thick for a few minutes", "speech-disturbance", True),
        ("my fingers won't do what I tell them", "hand-clumsiness", True),
        ("I can't lift my mug with my right hand", "one-sided-weakness", True),
        ("arm's heavy and sore after the jab", "one-sided-weakness", False),
        ("the ache has widened out to both sides", "spreading", True),
        ("a head pain came on me all at once while I was hoovering, blinding",
         "thunderclap-headache", True),
        ("a fella from work had the cauda equina operation", "named-cauda-equina", False),
        ("numb big toes since my new walking boots", "tight-cast-bandage", False),
        ("bits of my forearm have no feeling", "saddle-numbness", False),
        ("I'm a bit unsteady walking these days", "sudden-dizziness-imbalance", False),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("PE teacher here. A Year 8 boy's tummy ache started by his belly button and moved low "
         "on the right, he's been sick and winces when he walks", "urgent"),
        ("U18s coach: our winger took a knee to the shin, now it's rock hard and shiny and his "
         "foot is going numb", "emergency"),
        ("Boxing coach: one of my lads took a shot in sparring, now he's slurring and can't walk "
         "a straight line", "emergency"),
        ("Coaching the vets, one of the lads is grey as a ghost, his back and both arms feel "
         "tight and he can't get his breath", "emergency"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
