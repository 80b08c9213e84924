"""Words and rules added after held-out sets 277 to 279 (a pottery class, watercolours, line
dancing, walking football, petanque, clay shooting; bonsai, aquariums, messages to a
grandchild's phone, 3 a.m., a neighbour without a phone, the worst symptom last; a pain's
number and colour, a pharmacist's words pasted in, what was tried, matter-of-fact writers, a
holiday at stake, bullet points without verbs):

- "since clay shooting" is a sport, not a shooting pain;
- a child who "won't use his hip" does not bear weight (with a fever, a possible joint
  infection);
- pain that shoots "into my head like a lightning bolt" when a knot is pressed is no
  thunderclap headache (it is still an electric pain, the seeds' reason to stop);
- numbness spreading down from the shin since the back went, with the ankle giving way, is a
  worsening nerve deficit; "put my hand out to save myself" is a fall on the hand; a hand that
  went numb with the arm "hooked over the edge" of a tank is a pressed nerve.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("my neck hurts since clay shooting", "shooting-pain", False),
        ("a shooting pain down my arm", "shooting-pain", True),
        ("my son won't use his hip this morning", "cannot-bear-weight", True),
        ("when I press it the pain shoots into my head like a lightning bolt",
         "thunderclap-headache", False),
        ("a headache that hit like a thunderclap an hour ago", "thunderclap-headache", True),
        ("tripped and put my hand out to save myself", "trauma-mechanism", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Neck pain since clay shooting means I can't turn to reverse the car, about 10 days now",
         "therapist"),
        ("My 8 year old won't use his hip since yesterday, and he has a temperature of 38.5",
         "emergency"),
        ("Numb patch on my right shin since my back went two weeks ago, it has spread over the "
         "top of my foot, and now the ankle keeps giving way", "urgent"),
        ("Tripped yesterday and put my hand out to save myself. The wrist is swollen and really "
         "tender at the base of my thumb", "urgent"),
        ("Leant over the tank with my arm hooked over the edge and the whole hand went "
         "numb, it tingled back to normal in two minutes", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
