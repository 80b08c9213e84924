"""Words, rules and context added after held-out sets 480 to 485 (Suffolk, Ipswich, Lowestoft
and Colchester speech; English from Burmese, Dari, Hebrew and Slovenian speakers; an
electrician, a hospital cleaner, a tree surgeon, a milkman, a courier van driver and a market
trader; a neighbourhood app, a note on a pharmacy order, a church prayer group, a fitness-tracker
journal; people with diabetes, wheelchair users, veterans, people home from hospital; English
from Namibia, Botswana, Lesotho and Eswatini):

- a father who "cannot see from one side" and "when he walk he is going into the wall like he is
  drunk"; an uncle's back pain "like a sword cutting him" with "his one arm cold" and "we cannot
  find the pulse"; a "swelling on the big blood pipe" they watch with scans; a speed told of a
  crash ("rear-ended on the M6 doing about 50", "come off me moped at about 30"); "stood up into a
  steel beam" on warfarin; "more numb each day"; a band of pain "wrapping round to the front, only
  on the left" with red blotches; "it came out as mush"; "whenever I breathe in" at the end of a
  long sentence; "he not let me touch his knee" (guarding, not a denial);
- and no alarm for "years ago I had a stroke scare when my face dropped" (the whole episode is the
  past), "my dog ... he also cannot control pee", "say a headache come on like a thunderclap, what
  would I do?", a stiff neck "from nodding off in the chair", or an aorta "told normal".
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("suddenly I cannot see from one side", "sudden-vision-loss", True),
        ("when I walk I am going into the wall like I am drunk", "gait-disturbance", True),
        ("the pain came suddenly in my back like a sword cutting me", "tearing-pain", True),
        ("my arm is cold and we cannot find the pulse on that hand", "arm-pulse-difference",
         True),
        ("a swelling on the big blood pipe in my stomach", "aneurysm-known", True),
        ("rear-ended on the M6 doing about 50", "high-speed-crash", True),
        ("came off my moped at about 30", "high-speed-crash", True),
        ("rear-ended at 5 mph in a car park", "high-speed-crash", False),
        ("stood up into a steel beam in the loft", "head-injury", True),
        ("my leg is more numb each day", "progressive-weakness", True),
        ("pain wrapping round to the front, only on the left", "one-sided-band", True),
        ("when I said hello it came out as mush", "speech-disturbance", True),
        ("a sharp pain in my back under my right shoulder blade whenever I breathe in",
         "pleuritic-pain", True),
        ("he not let me touch his knee, it is hot", "hot-swelling", True),
        ("my neck is stiff from nodding off in the chair", "confusion-drowsiness", False),
        ("the pain is growing up to the elbow", "spreading", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("My father he is 70. Today suddenly he cannot see from one side and when he walk he is "
         "going into the wall like he is drunk. I want to massage his neck.", "emergency"),
        ("My uncle is 68, very bad pain in his back between the shoulders, it come suddenly like "
         "a sword cutting him. His one arm is cold and we cannot find the pulse.", "emergency"),
        ("Doctor found a swelling on the big blood pipe in my stomach, we watch it with scans. "
         "Today sudden pain in my back.", "emergency"),
        ("Got rear-ended on the motorway doing about 50 on Monday. Low back in spasm since.",
         "emergency"),
        ("Stood up into a steel beam, small lump and a headache. I'm on warfarin.", "emergency"),
        ("Sciatica in my right leg, the thigh has gone weak and it's more numb each day.",
         "urgent"),
        ("Keyhole surgery on my knee 10 days ago. Now a sharp pain in my back under my right "
         "shoulder blade whenever I breathe in, and I nearly fainted.", "emergency"),
        ("My son is 7, he is limping and he not let me touch his knee, it is hot and big, he has "
         "a fever.", "emergency"),
        ("Years ago I had a stroke scare when my face dropped on one side, it was Bell's palsy "
         "and it's fully recovered. Now my jaw aches from grinding.", "self-care"),
        ("My dog is old, vet says disc problem, he also cannot control pee. Now my back hurts "
         "from carrying him.", "self-care"),
        ("Say a headache come on like a thunderclap, what would I do? My neck is stiff from "
         "nodding off in the chair.", "self-care"),
        ("AAA screening scan at 65, aorta was 2.4 cm, told normal. Low back ache after tiling.",
         "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
