"""Words and rules added after held-out sets 76 and 77 (one-line texts in abbreviations, signs
someone else noticed, farm and outdoor work, new mothers, five-a-side; people living with cancer,
kidney disease or after an operation, hyperbole next to calm wording, partners writing in the
third person):

- "like a blind came down over half of my eye" (sight lost); "my mouth's gone weird on one
  side", "water dribbles out the corner" (face droop); "a heavy weight sitting in the middle of my
  chest"; "got kneed in the thigh" (an injury); a thigh "tight and shiny"; a loss after a birth
  or a miscarriage "that smells off" (an infection); "burning up then freezing" (rigors); "cried
  out and grabbed the back of her head" (a sudden severe headache shown, not said); what "he felt
  in my tummy" is the writer's sign; chest pain that comes on suddenly and moves into the back or
  the tummy (a torn aorta);
- lookalikes: "both back to normal" is over, not checked; "bending over in the pens" is no bent
  limb; "worried about clots" is a worry, not a clot; "was treated for a kidney infection in
  March" is over; "walking uphill doesn't make it worse" denies the effort; "it doesn't go down
  my arm" is no pain that will not go down; "they're no better" are the knots; "she can't lift
  our baby" is the writer's partner, not the baby; "checked my bloods and temperature" names a
  check, not a fever.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("it was like a blind came down over half of my right eye", "sudden-vision-loss", True),
        ("we pulled the blind down over the window", "sudden-vision-loss", False),
        ("my mouth has gone weird on one side", "face-droop", True),
        ("tea dribbles out the corner when I drink", "face-droop", True),
        ("there's a heavy weight sitting in the middle of my chest", "chest-pain", True),
        ("got kneed in the thigh at football", "trauma-mechanism", True),
        ("my calf is tight and shiny", "tense-swollen-limb", True),
        ("since the birth my discharge smells off", "recent-infection", True),
        ("I'm burning up then freezing", "rigors", True),
        ("she cried out and grabbed the back of her head", "thunderclap-headache", True),
        ("when my brother hugged me he felt a thumping in my tummy", "pulsating-abdomen", True),
        ("my brother said his tummy was thumping, my neck is just sore", "pulsating-abdomen",
         False),
        ("my hand went tingly for a minute, both back to normal now", "assessed-normal", False),
        ("sore lower back from lots of bending over in the shed", "deformity", False),
        ("I'm pregnant and worried about clots", "named-blood-clot", False),
        ("I was treated for a kidney infection in March", "recent-infection", False),
        ("walking uphill does not make it worse", "exertional-pain", False),
        ("it does not go down my arm", "no-progress", False),
        ("the nurse checked my bloods and temperature because of my back, all fine", "fever",
         False),
        ("I've had a temperature and the shivers since last night", "fever", True),
        ("I've rolled my traps every day and they're no better", "no-progress", True),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("neck knot, also my mouth went weird on one side an hour ago and my drink dribbles out "
         "the corner", "emergency"),
        ("a pain hit me in the chest this morning and then moved into my back", "emergency"),
        ("Gave birth a week ago, the loss smells off, I'm shivery and breathing fast",
         "emergency"),
        ("My husband cried out and grabbed his head while lifting a box, now he's confused",
         "emergency"),
        ("She can't lift our baby or hold a cup for long because her forearms ache from typing",
         "therapist"),
        ("Sore chest wall after press-ups, only tender to press, not breathless, walking uphill "
         "doesn't make it worse", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
