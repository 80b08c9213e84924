"""Words and context added after held-out sets 384 to 389 (Shetland, Orkney, Isle of Wight,
Cumbrian and Norfolk speech; Canadian and US English; Sri Lankan, Bangladeshi, Malaysian and Tamil
English; taxi drivers, scaffolders, postal workers, pickers, cleaners and guards; fridge notes,
diaries, absence messages and online GP forms; English from Turkish, Romanian, Lithuanian,
Vietnamese and Mandarin speakers):

- a "g" dropped as spoken, read back in the concepts too when the full word is a term word
  ("stoppin me doin the fell race"), as the context rules already did;
- Shetland "cam doon ower me left ee", "dis mornin" (`safety/lexicon.py`);
- the side or corner of the mouth "hanging"; words "coming out all mushy"; letting something
  slide out of one's hand; "winded just talking"; a feeling "a bit sick" in a list after "I feel";
- "T-boned", "broadsided" as crashes; a "rugby knock" as an injury; a forearm or jaw "broken";
  a "plaster put" on as a cast; a rash "only right side" as one side;
- a person's word for what the writer did ("talking what my husband called gibberish"), someone
  who struck the writer ("she jibed and smacked me on the side of the head"), "the lady I clean
  for", "poor thing" (someone else);
- a number alone as a sentence, or "Age: 66", as the writer's age; an uncle's or a neighbour's
  age in a message about them;
- lookalikes: "on the fell" (a hill), "a lifting injury", "to catch the bus", "clear" as the look
  of a fluid, legs "dead" after a marathon, legs that "go dead" sitting cross-legged, "when I lift
  my arm" (no pain spreading to it), a plan "if I get a headache ... stop and get help".

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("the left side of my mouth was kinda hangin, my wife said", "face-droop", True),
        ("my mouth hangs open when I sleep", "face-droop", False),
        ("my words kept comin out mushy", "speech-disturbance", True),
        ("I let the cup slide out of my hand", "hand-clumsiness", True),
        ("I get winded just talking on the phone now", "breathlessness", True),
        ("got broadsided at a junction on Monday", "fall-or-crash", True),
        ("three days walking on the fell with the dogs", "fall-or-crash", False),
        ("back ache since a lifting injury in March", "trauma-mechanism", False),
        ("ran to catch the bus and felt a stitch", "pleuritic-pain", False),
        ("a clear drip from my nose since I banged my head", "fluid-from-nose-or-ear", True),
        ("hip pain and I feel tired, dizzy and a bit sick", "nausea", True),
        ("the rash is only left side, round my waist", "one-sided-band", True),
        ("my back hurts, it is stoppin me workin", "limits-function", True),
        ("first fortnight a bit better, then stuck", "no-progress", True),
        ("I think I have broken my forearm", "named-fracture", True),
        ("forearm sore from the breaker all week", "named-fracture", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Ten minutes back I was talking what my wife called rubbish and my right hand went "
         "useless. Neck is stiff from the boat.", "emergency"),
        ("Boom swung over when she gybed and clattered me on the head. I take warfarin. Egg "
         "on my head now and my neck's stiff.", "emergency"),
        ("Aged 72. Sair heid at the temples a week. Dis mornin a curtain cam doon ower me left "
         "ee for a minute.", "emergency"),
        ("Got T-boned at a junction yesterday, now it's sore right on the bone in the middle "
         "of my back.", "emergency"),
        ("Since this morning I'm winded just walking to the loo and there's a stabbing pain in "
         "my chest when I breathe in. Baby is five weeks old.", "emergency"),
        ("My daughter, 9, broke her forearm, plaster put on this morning. Tonight her fingers "
         "are swollen and cold and she screams when I straighten them.", "emergency"),
        ("Heart going and I couldn't breathe after sprinting to catch the bus. Fine after a "
         "minute, calves sore today.", "self-care"),
        ("When I sit cross-legged at the school assembly my legs go dead, gone a minute after "
         "I stand up.", "self-care"),
        ("After the half marathon my legs feel dead and heavy, no numbness, wee normal.",
         "self-care"),
        ("Note for race day: if I get a sudden headache or a stiff neck, stop and get help. "
         "Today just sore quads.", "self-care"),
        ("The lady I clean for has had a stroke, poor thing. My wrists ache from mopping.",
         "self-care"),
        ("Sore back on and off for a year since a lifting injury at work, no leg symptoms.",
         "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
