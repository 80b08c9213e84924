"""Words and rules added after held-out sets 221 to 225 (bricklayers, crane operators, oil rigs,
a police statement's wording, door staff, student nurses; trawler crews and dockers, baggage
handlers, off-duty firefighters, a fitness app's numbers, cadets and scout leaders, lawyers;
accountants, call centres, youtubers, all capitals then an apology, beauticians, strongmen;
social workers, journalists, sculptors, a child's words, roller derby, kitesurfers; ice hockey
and curling, dragon boats, a shopping list, optometrists, BMX and skateboards, a question at
every line):

- pain at night asks for a doctor before any self-care only when it is there all the time
  ("constant", "even in bed", "whatever position": a new concept, `constant-pain`) or in the
  back, where night pain is a red flag of its own; a neck or a knee that "wakes me 3 or 4 times a
  night" is pain that limits sleep (therapist);
- an ordinary English word of five letters is no longer read as a slip of a sign's word ("our
  tutor" is no tumour, nurses' "clogs" no clots, "steep" no sleep, "fares" no flares);
- "caught me on the side of the head"; "worse with every breath"; "a period of five months",
  "since October of last year"; "missed 3 practices", "had to cancel two holidays", "stopped
  taking fares", "ache so much by lunchtime that I can't ...";
- lookalikes: "a few weeks back ... CT ... all clear" is over, and so is "In January of this year
  I was struck on the head ..., scanned and discharged"; "everything came back normal including
  kidneys and infection markers"; "work's piling up" is no pile-up; "my co-host", "our jammer"
  are someone else; legs like jelly "on top of leg day" are tired.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("the back pain is constant, even in bed", "constant-pain", True),
        ("the back pain comes and goes", "constant-pain", False),
        ("our tutor explained it in the lecture", "named-cancer", False),
        ("they found a tumor on the scan", "named-cancer", True),
        ("twelve hour shifts in my clogs", "named-blood-clot", False),
        ("a rope swung and caught me on the side of the head", "head-injury", True),
        ("the rope caught me on the side of my arm", "head-injury", False),
        ("sharp pain that's worse with every breath", "pleuritic-pain", True),
        ("the knot is worse with every rep", "pleuritic-pain", False),
        ("aching for a period of five months now", "pain-months", True),
        ("aching for a period of five days now", "pain-months", False),
        ("hip pain, I've missed 3 practices", "limits-function", True),
        ("I missed the bus and my hip hurts", "limits-function", False),
        ("work's piling up and my wrist aches", "trauma-mechanism", False),
        ("I was in a car crash on the motorway", "trauma-mechanism", True),
        ("tests came back normal including kidneys", "named-kidney-problem", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Neck pain wakes me 3 or 4 times a night and I can't turn to reverse the car. No "
         "other symptoms", "therapist"),
        ("I'm 61, new back pain that's there all the time, even in bed, and wakes me every night",
         "doctor"),
        ("my knee aches at night above the kneecap after cycling", "self-care"),
        ("A swinging hook caught me on the side of the head. Now I'm seeing double and clear "
         "fluid is dripping from my nose. Stretches for my shoulders?", "emergency"),
        ("32, on the pill. Sharp pain under my shoulder blade, worse with every breath since "
         "this morning, out of breath walking across the room", "emergency"),
        ("Since October of last year (five months) my shoulder blade has ached. No injury, no "
         "other symptoms", "therapist"),
        ("Asking because our tutor covered it: what if I ever got numbness around my bottom? "
         "My back is just tight from lifting", "self-care"),
        ("Had a sudden bad headache a few weeks back, CT and lumbar puncture all clear, "
         "discharged. Headaches gone. Just tight shoulders now", "self-care"),
        ("Blood tests after the marathon all came back normal including kidneys and infection "
         "markers. My thighs are sore from the run", "self-care"),
        ("my co-host got a clot in his leg after the flight. my calves are just stiff, both the "
         "same, not swollen", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
