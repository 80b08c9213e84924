"""Words and rules added after held-out sets 60 and 61 (pregnancy and the months after birth,
older writers with several conditions and medicines, similes; long-term conditions flaring, a
symptom checklist's answers, travel and the outdoors):

- similes of a stroke or a dissection: "my words came out like scrambled eggs", "my arm felt
  like it belonged to somebody else", "walking like I've had six pints", food "gone down the
  wrong way"; "keep losing my words"; "poured boiling water inside my skull all at once" (a
  thunderclap headache); pain "behind my right ear" is the upper neck; "the way baby lies" is a
  pregnancy, "my face and fingers have puffed up" a swelling; "my jaw hurts after a few
  mouthfuls" is jaw claudication; unequal pupils after a knock on the head;
- chest pain that comes on walking uphill and "goes when I stop" is angina, not a pain gone;
- lookalikes: "upper back when a headache hit" is no "back when" of the past; a pubic bone that
  hurts at 30 weeks is no ectopic pregnancy; an X-ray that "showed no break" after a fall with
  osteoporosis; "neck manipulation can very rarely tear an artery" is knowledge passed on;
  "like a hot needle shooting up into my neck" is neither a hot swelling nor drug injecting;
  "the same spot every day" is no rash; "boiling water" is no boil;
- therapist: "makes standing through a lesson impossible", "my sleep is wrecked", "sitting at
  the same 5 out of 10 it started at", "has fanned out down my thigh", "Change: none".

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("an hour ago my words came out like scrambled eggs", "speech-disturbance", True),
        ("my left leg felt like it belonged to somebody else", "one-sided-numbness", True),
        ("I am walking like I've had six pints", "gait-disturbance", True),
        ("my tea went down the wrong way, I coughed and it was fine", "gait-disturbance", False),
        ("it felt like hot water poured inside my skull all at once", "thunderclap-headache",
         True),
        ("I was foam rolling my upper back when a headache hit me out of nowhere, worst ever",
         "thunderclap-headache", True),
        ("my jaw hurts after a few mouthfuls", "jaw-claudication", True),
        ("my face and fingers have puffed up", "face-hand-swelling", True),
        ("neck manipulation can very rarely tear an artery", "neck-manipulation", False),
        ("like a hot needle shooting up into my neck", "infection-risk", False),
        ("like a hot needle shooting up into my neck", "hot-swelling", False),
        ("I burnt my hand on boiling water", "recent-infection", False),
        ("an ache in the same spot every day", "shingles-rash", False),
        ("two weeks of stretches and it is sitting at the same 5 out of 10", "no-progress", True),
        ("the ache has fanned out down my thigh", "spreading", True),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Lately a heaviness across my chest comes on halfway up the hill and goes when I stop. "
         "Today it did not go, and my wife says I've gone grey.", "emergency"),
        ("34 weeks, the way baby lies gives me a knot under my ribs. Since this afternoon a "
         "pounding headache and flashing zigzags in my eyes.", "urgent"),
        ("30 weeks pregnant and my pubic bone aches when I turn over in bed. No bleeding.",
         "therapist"),
        ("8 weeks pregnant and a sharp pain low in my groin on one side", "urgent"),
        ("I have osteoporosis and fell onto my hip last week. The X-ray showed no break, it is "
         "still sore when I sit.", "therapist"),
        ("I have osteoporosis and fell onto my hip last week, I can't put weight on it.",
         "emergency"),
        ("I'm 76. Fell and hit my head on the table last night, this morning one of my pupils is "
         "bigger than the other.", "emergency"),
        ("After heavy presses yesterday a sharp pain at the back of my neck. Now I'm dizzy and "
         "walking like I've had six pints.", "emergency"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
