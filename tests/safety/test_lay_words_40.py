"""Words and rules added after held-out set 40 (easy-read sentences, machine-translated English,
red flags asked as questions, bullet lists): jaw or left arm pain with feeling sick and sweating
(no chest pain), the worst pain of one's life with a headache, a headache from nothing to 10/10
in a second, an age told "70 years" in a report about a relative, little blisters "on the left
side only", clear water dripping from the nose after a knock, a temple headache with blurred
vision after 50, "should I worry that ..." (a worry about now), functions lost ("can not bend to
put my socks on"), a problem back "every winter", pain that "joined in" or came "now also", and,
not raising: "if one day my calf becomes red", "would a fever ... be a reason to stop?", "temple
arteries not tender", "the fracture clinic signed me off".

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.safety.concepts import read


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("It is the worst pain in my life.", "worst-pain-ever", True),
        ("a headache that went from nothing to 10/10 in about one second",
         "thunderclap-headache", True),
        ("Now I have spots on the left side only. They are little blisters.",
         "shingles-rash", True),
        ("from my nose is coming clear water, drop by drop", "fluid-from-nose-or-ear", True),
        ("Should I worry that my left calf is fat and hot?", "calf-swelling", True),
        ("Should I worry if my calf gets fat and hot after the flight?", "calf-swelling", False),
        ("I can not bend to put my socks on", "limits-function", True),
        ("Every winter my neck gets stuck again, third year same story", "recurrence", True),
        ("First only the low back was tight, now also the buttock aches", "spreading", True),
        ("My trainer told me if one day my calf becomes red, hot and swollen I must see the "
         "doctor", "calf-warm-red", False),
        ("would a fever with back pain be a reason to stop?", "fever", False),
        ("temple arteries not tender, no jaw pain when eating", "scalp-tenderness", False),
        ("it healed fine, the fracture clinic signed me off", "named-fracture", False),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


def test_a_relatives_age_told_in_years(kb: KnowledgeBase) -> None:
    reading = read(kb, "My father 70 years, he has sudden pain in his back and he is sweating.")
    assert reading.numbers.age == 70


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("My jaw hurts. My left arm hurts. I feel sick. I am sweaty. It started 20 minutes ago.",
         "emergency"),
        ("I had sex. Then my head hurt very bad. It is the worst pain in my life. My neck is "
         "stiff now.", "emergency"),
        ("My father 70 years, he has sudden very strong pain in the belly and low back, he is "
         "grey and sweating.", "emergency"),
        # (emergency since round 46: giant cell arteritis with a change in sight puts the eye at
        # risk; it was urgent here before)
        ("I am 69. I have a new headache by my temple. It hurts to touch my head there. Today "
         "one eye went blurry.", "emergency"),
        ("I broke my wrist two years ago and it healed fine, the fracture clinic signed me off. "
         "My forearms get tight after climbing.", "self-care"),
        ("My lower back is stiff. I can not bend to put my socks on. It has been three weeks.",
         "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
