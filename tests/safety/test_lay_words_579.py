"""Words, rules and context added after held-out sets 579 to 584 (Exeter, Torquay and north
Devon; Oxford, Reading and Milton Keynes; Brighton, Hastings and Eastbourne; York, Scarborough
and Harrogate; Fife, Dundee and Dumfries; Shetland, Jersey and Guernsey; English from Farsi and
Dari, Hebrew and Amharic, French and Wolof, German and Dutch, Nepali and Sinhala, Cantonese and
Mandarin speakers):

- Shetland "da" is "the" wherever it is no one's dad and no verb follows ("feel da paper", "doon
  da left leg"; still "me da said"), and "A" is "I" before a verb ("A canna", "A've");
- "I didn't know I needed a poo till it was already happening" (no warning of the bowel);
- a drink that "comes out of my mouth on the one side" (the face falling);
- "I cannot lift the arm to the side, each day it is less" (weakness getting worse);
- a hand that "went dead" with "couldn't make sense of the numbers" in one sentence (a TIA);
- German and Dutch words ("mein Vater hat Gürtelrose" is someone else's shingles);
- what is not the writer's: "the player I caddie for went off to A&E with chest pain", "I've
  heard something about numbness round the bum", an operation still to come ("booked in for a
  knee replacement");
- and a "bending in the glasshouse" is no bent limb; an arm "numb and floppy" on waking is not
  drowsiness.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("A canna richt feel da paper whan A wipe", "saddle-numbness", True),
        ("I didn't know I needed a poo till it was already happening", "bowel-incontinence",
         True),
        ("when I drink the coffee it comes out of my mouth on the one side", "face-droop", True),
        ("now I cannot lift the arm to the side, each day it is less", "progressive-weakness",
         True),
        ("the swelling is slowly going down", "spreading", False),
        ("low back pain slowly go down to my buttock over one month", "spreading", True),
        ("Low back achy from bending in the glasshouse all week", "deformity", False),
        ("there's a bend in it halfway down where there shouldn't be one", "deformity", True),
        ("woke with my arm numb and floppy after sleeping on it", "confusion-drowsiness", False),
        ("I've heard something about numbness round the bum", "saddle-numbness", False),
        ("Booked in for a knee replacement in May, my back aches", "recent-surgery", False),
        ("Mein Vater hat Gürtelrose, the rash with blisters round his ribs. My lower back is "
         "stiff from helping him.", "shingles-rash", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Me back's bad since humpin feed bags on da barge, da usual sciatic thing doon da left "
         "leg. A canna richt feel da paper whan A wipe, kinda deid atween da legs, an A've no "
         "managed a pee since breakfast.", "emergency"),
        ("Done my back in lifting the trampoline. Bit embarrassing but I've had a couple of "
         "accidents since, like I didn't know I needed a poo till it was already happening.",
         "emergency"),
        ("Pain in the left shoulder from carrying. From this morning the left arm is heavy and "
         "when I drink the coffee it comes out of my mouth on the one side.", "emergency"),
        ("Pain from my neck down the arm, and now I cannot lift the arm to the side, each day "
         "it is less.", "urgent"),
        ("Shoulders wrecked from carrying the bag. On the 14th green my right hand just went "
         "dead and I couldn't make sense of the numbers in the yardage book. All came back in "
         "ten minutes.", "emergency"),
        ("The player I caddie for went off to A&E yesterday with chest pain and sweating. I'm "
         "fine, just my usual right shoulder ache.", "self-care"),
        ("Sciatica-type pain down one leg from sitting, it's manageable. I've heard something "
         "about numbness round the bum but I don't have that.", "self-care"),
        ("Mein Vater hat Gürtelrose right now, the rash with blisters around his ribs. My lower "
         "back is verspannt from bending over the bed.", "self-care"),
        ("A fortnight o da exercises for me sair hip an hit's jist da sam as afore.",
         "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
