"""Words and rules added after held-out sets 236 to 240 (astronomers, ferry crews, hostels,
thatchers, quiz nights, brass bands; stilt walkers, theatre ushers, a grape harvest, lighthouse
volunteers, students revising, market traders; orchestras, roadies, stagehands, puppeteers,
falconers, sheep shearers; milking, poultry farms, triathlons, fell running, parkrun, caving;
divers, narrowboats, sudoku, bingo, croquet and pickleball, bin crews):

- a father's words "coming out jumbled", or "not being able to find his words" (said of him,
  her or them, not only "my words");
- "when I wipe after the loo I can barely feel the paper";
- a blow from a hard thing "on the side of my head" ("got the mallet on the side of my head"),
  on a blood thinner; a "hard jolt" on a ride, then a new kind of headache;
- "got scissored in a tackle"; "it's gone twice already this year", "every harvest";
- lookalikes: "the stall next to mine" and "a friend of mine" are no complaint of the writer's
  own (a report about dad stays his); "the falconer I train with had ..." (a clause without
  "who") and "my fellow puppeteer" are someone else; "both legs look the same" is no sign in both
  legs; "tight calves" in both legs are no one-sided clot; "purple-yellow" is a bruise's colour;
  a leg that went dead "sat on an upturned bucket"; "from hauling tackle bags" and "coughing
  jolts it" are no injury; "bending in the pit" is no bend in a bone; a calf cramp that "felt like
  it was being ripped off the bone" is no tearing pain of the aorta; "jaw aches from biting down
  on my mouthpiece" is no jaw tiring on chewing.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("since this morning she's not being able to find her words", "speech-disturbance",
         True),
        ("I'm trying to find the words to explain my back pain", "speech-disturbance", False),
        ("when I wipe after the loo I can barely feel the paper", "saddle-numbness", True),
        ("when I wipe I can feel a sore spot on my tailbone", "saddle-numbness", False),
        ("got the cricket bat on the side of my head", "head-injury", True),
        ("a ball of pain on the side of my head", "head-injury", False),
        ("a hard jolt on the bumper cars", "trauma-mechanism", True),
        ("coughing jolts it", "trauma-mechanism", False),
        ("a jolt of pain in my neck", "trauma-mechanism", False),
        ("got scissored in a tackle at the weekend", "trauma-mechanism", True),
        ("my back is stiff from hauling tackle bags", "trauma-mechanism", False),
        ("it's gone twice already this year", "recurrence", True),
        ("both legs look the same, no swelling", "both-legs", False),
        ("numbness down both legs", "both-legs", True),
        ("my thigh has gone a purple-yellow colour after the massage gun", "calf-warm-red",
         False),
        ("my calf has gone purple and swollen", "calf-warm-red", True),
        ("my back goes when I'm bending in the pit", "deformity", False),
        ("my wrist has got a bend in it the other one hasn't", "deformity", True),
        ("my calf cramped and felt like it was being ripped off the bone", "tearing-pain", False),
        ("a sudden ripping pain through my chest into my back", "tearing-pain", True),
        ("my jaw aches from biting down on my mouthpiece", "jaw-claudication", False),
        ("my jaw aches when I chew and I have to stop eating", "jaw-claudication", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("my dad is 70 and has the allotment next to mine. about half an hour ago his words "
         "started coming out jumbled and he can't lift his right arm. what cream for his "
         "shoulder?", "emergency"),
        ("Back flared up on Sunday. When I wipe after the loo I can barely feel the paper and "
         "my legs feel heavy on the stairs", "emergency"),
        ("Took a hockey stick on the side of my head at training. I'm on warfarin. Small lump "
         "and a headache", "emergency"),
        ("The vicar I sing with had a droopy face and went to hospital. I'm fine, just sore "
         "forearms", "self-care"),
        ("My fellow steward has a swollen hot calf after the flight. I just have tight calves "
         "from standing", "self-care"),
        ("slipped on the wet step, calf a bit tight, no swelling, both legs look the same, not "
         "hot or red", "self-care"),
        ("Sat on an upturned bucket for a while and my leg went totally dead, then pins and "
         "needles and back to normal", "self-care"),
        ("Back goes every season, twice already this year, settles in a week each time",
         "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
