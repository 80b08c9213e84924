"""Words, contexts and combinations added after held-out set 30: a person spoken to ("tried to
tell my husband") is not the person a sign belongs to, a temperature below 36 °C, a sign named
as the topic of a handout, "not a normal stiff neck", the floor that "keeps tilting", a heart
rate "dropping to 48 then jumping to 140", a bladder that cannot be felt emptying, "Back 7/10" in
a diary, trips up the stairs and a report that crashed, "the second half" of a match, hands gone
clumsy "over the past 2 days", and an ankle "still puffy" three weeks on.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("when I tried to tell my wife, the words came out jumbled", "speech-disturbance", True),
        ("my back aches. My wife's words came out jumbled when she was tired",
         "speech-disturbance", False),
        ("my temperature is 35.4 and I'm shivering", "low-body-temperature", True),
        ("my temperature is 36.6", "low-body-temperature", False),
        ("I'm writing a leaflet on sepsis for work", "named-meningitis-sepsis", False),
        ("it's not a normal stiff neck, it came on in an instant", "unusual-neck-pain", True),
        ("the floor keeps tilting when I stand", "sudden-dizziness-imbalance", True),
        ("my heart rate dropped to 45 then jumped to 150", "palpitations", True),
        ("I can't really feel it coming out when I wee", "bladder-change", True),
        ("Back 7/10 today", "back-pain", True),
        ("three trips up the stairs with boxes", "trauma-mechanism", False),
        ("my laptop crashed twice today", "trauma-mechanism", False),
        ("we lost in the second half", "thunderclap-headache", False),
        ("my hands have gone clumsy over the past 2 days", "sudden-onset", True),
        ("it's still puffy by the evening", "still-painful", True),
        ("she is burning hot and hard to wake", "fever", True),
        ("the pan was burning hot", "fever", False),
        ("My daughter is hard to wake and flinches away from the lamp", "photophobia", True),
        ("fine after a night's sleep", "night-pain", False),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Doing neck massage, then my right hand wouldn't hold my cup and when I tried to tell my "
         "husband the words came out wrong", "emergency"),
        ("Writing for my grandad, 84. Bad back for two days, no wee since yesterday and he's "
         "muddled today", "emergency"),
        ("My housemate has a stiff neck, is really hard to wake and has vomited", "emergency"),
        ("Pressure like a weight on my chest going up to my neck, and my watch says my heart rate "
         "jumped to 150", "emergency"),
        ("I'm putting together a handout on cauda equina for our gym. My hamstrings are tight",
         "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
