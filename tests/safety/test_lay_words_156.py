"""Words and rules added after held-out sets 156 to 160 (gardeners, delivery riders, writers who
answer their own questions, pain placed by clothing, a drink the night before, one-liners;
parents at night, step counts, smartwatch readings, "like when I had ...", yoga teachers,
greetings; coaches writing about a player, bus drivers, exclamation marks, lists of what was
ruled out, a relative who cannot type, run-on texts; holidays abroad, care workers, medical
words used loosely, fear or calm, climbers, the question first; away days, taxi drivers, the
third person, changes by the hour, swimmers, "ngl", "tbh"):

- chest pain with dizziness (NHS: feeling lightheaded or dizzy) and "feel dizzy and grey";
  a calf or thigh "achy and a bit swollen" seven words on; "a temp" for a fever; "I inject"
  as a risk of spinal infection; numbness of "the whole area my pants cover"; a fall with "a
  lump on top of the bone" and an arm that cannot be lifted; numbness getting "more and more";
- lookalikes: an arm that cannot be lifted "above my head" (a range of movement, not a broken
  collarbone); "asking for me:" after a daughter's story; "a tight spot under my watch strap";
  "my back went pop" bending for a sock; "the condition where ... you can go blind"; a
  player "cleared" after a head knock; "another driver on our rank"; "clearly bigger".

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("my calf has been sore and a bit puffy", "calf-swelling", True),
        ("running a bit of a temp since yesterday", "fever", True),
        ("I'm a temp at the warehouse", "fever", False),
        ("I inject, trying to get clean", "infection-risk", True),
        ("everywhere my underwear covers has gone numb", "saddle-numbness", True),
        ("came off my bike and there's a bump sticking up on the bone", "deformity", True),
        ("hit the gym hard, there's a lump of knotted muscle by my shoulder blade bone",
         "deformity", False),
        ("I can't lift my arm since the fall", "cannot-lift-arm", True),
        ("I can't lift my arm above my head to wash my hair", "cannot-lift-arm", False),
        ("my left foot is going more and more numb", "progressive-weakness", True),
        ("a tight spot under my bra strap", "tight-cast-bandage", False),
        ("my back went pop as I bent over", "crack-heard", False),
        ("my calf is clearly bigger than the other one", "assessed-normal", False),
        ("she's been cleared by the club doctor", "assessed-normal", True),
        ("she went through the return to play steps", "recurrence", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Crushing pain in my chest, been going on a while now, and I feel dizzy and grey",
         "emergency"),
        ("Drove to Cornwall and back, now my right calf is achy and a bit swollen and I'm out of "
         "breath on the stairs", "emergency"),
        ("I inject (trying to stop). Low back pain for a week, sore spot on my spine and I've "
         "got a temp", "urgent"),
        ("Since my back went yesterday everywhere my underwear covers feels numb", "emergency"),
        ("Came off my bike onto my shoulder, a bump on top of the bone and I can't lift my arm",
         "urgent"),
        ("Since the back twinge my left shin has been going more and more numb", "urgent"),
        ("My son's got numbness in his foot and his physio is sorting it. Asking for me: a tight "
         "spot under my watch strap from typing", "self-care"),
        ("My back went pop bending to tie my shoe. Stiff, but my legs feel normal", "self-care"),
        ("My gran had the condition where your temple artery swells and you can go blind. I'm 30 "
         "with a tight jaw", "self-care"),
        ("Another rider on our team lost feeling down below and needed an operation. I've just "
         "got a stiff low back", "self-care"),
        ("I can't lift my arm above my head to reach the shelf since I fell on it last month",
         "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
