"""Words, rules and context added after held-out sets 396 to 401 (Essex, Kent, Hampshire and
Sussex speech; Multicultural London English and the parents who write more formally; a plumber,
a cashier, a porter, a teacher, a train driver and a personal trainer; cracked screens,
predictive text and dictation while driving; English from Bengali, Urdu, Tamil and Hausa
speakers; people who play symptoms down and people who list every one):

- a fall from a height (a ladder, a roof, scaffolding, a flight of stairs) with back or neck pain
  is a serious injury (`fall-from-height`, `significant-trauma`);
- a red line or streak spreading up a limb from a wound, with a fever or an infection, is a sign
  of infection spreading (`spreading-redness`, `sepsis-after-infection`);
- a headache with sudden, severe pain and vomiting (`thunderclap-headache`), told over two
  sentences; "the most extreme pain I've ever felt" (the worst pain ever); "like a firework went
  off inside my skull";
- the saddle area "kind of dead" however far the words; pain that "comes and goes like labour";
  the waist "at the side" (the flank); a heavy arm and leg on one side with double vision;
  neck pain with a new kind of headache and a clumsy hand; "from morning" (since this morning);
  "pressing in the chest", "started on my morning walk", "not going even after rest";
  "temps on and off around 38";
- lookalikes: one of a group of people the writer has ("one of my Year 3s got sent home with a
  rash"), a boiler (no boil), a staple (no surgery), weak legs "from lying in bed" after flu, a
  foot that goes dead when the writer sits on it after prayers.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("fell off the scaffolding on Monday", "fall-from-height", True),
        ("there's a red streak going up my leg from the graze", "spreading-redness", True),
        ("the most intense pain I have ever felt", "worst-pain-ever", True),
        ("my saddle area feels strange, sort of numbish since last night", "saddle-numbness", True),
        ("the pain comes and goes like labour", "colicky-pain", True),
        ("my waist hurts at the side", "flank-pain", True),
        ("a pressing feeling in my chest", "heavy-chest", True),
        ("sore back from carrying a boiler up the stairs", "recent-infection", False),
        ("I staple the displays all day", "recent-surgery", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Came off the ladder cleaning the windows, landed on the path. Can walk, my back's "
         "just gone into spasm. Stretches?", "emergency"),
        ("Cut my finger at work, now there's a red line going up my arm and I feel hot and "
         "shivery.", "urgent"),
        ("I get tension headaches. This one came on in a second, 10/10, and I've been sick "
         "twice.", "emergency"),
        ("Left arm and left leg heavy and weak since this morning and the telly looks double.",
         "emergency"),
        ("Pain in my side that comes and goes like labour and goes down to my groin, been "
         "sick.", "urgent"),
        ("Jaw and left shoulder aching started on my morning walk, not going even after rest, "
         "a little pressing in the chest and I feel giddy.", "emergency"),
        ("Back pain not easing when I rest, temps on and off around 38 since my kidney "
         "infection.", "urgent"),
        ("One of my pupils was sent home with a rash that did not fade. My neck is stiff from "
         "the tiny chairs.", "self-care"),
        ("Had flu last week, fine now, legs a bit weak from lying in bed.", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
