"""Words, rules and context added after held-out sets 585 to 590 (Bath, Bristol and Swindon;
Cambridge, Ely and Bury St Edmunds; Skye, Lewis and Harris; Bedford, Stevenage and St Albans;
Hereford, Worcester and Shrewsbury; Canterbury, Dover and Folkestone; English from Somali and
Oromo, Italian and Maltese, Scottish Gaelic, Bulgarian and Macedonian, Colombian and Venezuelan
Spanish, Nigerian Pidgin and Sierra Leone Krio speakers):

- Nigerian Pidgin and Krio as people write them (a list of their own; Krio's open vowels ɛ and ɔ
  read as e and o): "I dey sleep sleep, I no dey wake well", "wan say pan mi fes dɔn fɔdɔm";
- Italian words ("mia sorella has the shingles" is someone else's);
- "clipped by a van", "went over the bonnet"; "like a clap of thunder"; "the man's department has
  gone numb"; "my face went a bit slumped on one side"; "11 hrs on the plane"; "had a bit of an
  accident in the night, didn't even wake up for it"; fingers that "felt like someone else's";
- what denies nothing or is not the writer's: "which never happens" (new, not denied); "time
  with the wife"; "one of my clients had meningitis"; "but that all settled four years ago";
  "heart attacks can feel different in diabetics"; a hospital's "crash call";
- and no word of another language may turn a concept's term into something else: Spanish "tía"
  (aunt) had made every "aunt" a TIA (tests/safety/test_language_lists.py).
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("Got clipped by a van on the ring road, went over the bonnet", "pedestrian-struck", True),
        ("it hit me like a clap of thunder", "thunderclap-headache", True),
        ("the man's department has gone numb since the weekend", "saddle-numbness", True),
        ("the lad said my face went a bit slumped on one side when I laughed", "face-droop",
         True),
        ("back from Bogota, 11 hrs on the plane, calf's been tight", "immobility", True),
        ("had a bit of an accident in the night, didn't even wake up for it",
         "urinary-incontinence", True),
        ("out of breath on the stairs which never happens, sharp pain under my ribs when I "
         "breathe in", "pleuritic-pain", True),
        ("wan say pan mi fes dɔn fɔdɔm", "face-droop", True),
        ("my aunt mentioned it at Sunday lunch", "named-stroke", False),
        ("yes t\u00eda, ya s\u00e9, anyway my lower back is killing me", "named-stroke", False),
        ("I had a TIA last week and my neck is sore", "named-stroke", True),
        ("On my ward a patient had chest pain and they put out a crash call", "fall-or-crash",
         False),
        ("I'll be dead by Friday at this rate, ha", "saddle-numbness", False),
        ("I only have a sore shoulder from holding tackle pads", "saddle-numbness", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Got clipped by a van, went over the bonnet but felt alright so I rode home. Now my "
         "neck hurts right in the middle at the back and both arms have gone tingly.",
         "emergency"),
        ("I get tension headaches off me neck. But this one hit me during private time with the "
         "wife, like a clap of thunder, and me neck's gone stiff as a board.", "emergency"),
        ("I hit my head for the iron beam for site on Monday. Since then I dey sleep sleep, I no "
         "dey wake well, and clear water dey drip from my nose when I bend.", "emergency"),
        ("Mi nek de at mi bad bad. Bot dis ivin wan say pan mi fes dɔn fɔdɔm and mi lɛft an nɔ "
         "gɛt pawa.", "emergency"),
        ("back from Bogota, 11 hrs on the plane, calf's been tight for 2 days. Now I'm out of "
         "breath just doing the stairs which never happens, sharp pain under my ribs when I "
         "breathe in.", "emergency"),
        ("This morning I couldn't hold my cup of tea in that hand, it just went, and the fingers "
         "felt like someone else's.", "emergency"),
        ("Back's playing up from splitting the logs. Had a bit of an accident in the night, "
         "didn't even wake up for it, first time in my life.", "emergency"),
        ("When my thyroid was first diagnosed I had awful cramps and weak thighs, but that all "
         "settled once the dose was right four years ago. Now I just have a knot in my "
         "shoulder.", "self-care"),
        ("I'm a carer and one of my clients had meningitis last month. I'm fine myself, no "
         "fever, but my back's sore from the hoisting.", "self-care"),
        ("Mia sorella in Italy has the shingles now, on her chest. Me, I just have the neck stiff "
         "from the new pillow, no fever, no rash.", "self-care"),
        ("I'm on insulin and my nurse said heart attacks can feel different in diabetics. Right "
         "now my upper back is just sore after digging.", "self-care"),
        ("If I ever got a rash with my fibro pain, should I assume it's shingles? Haven't got "
         "one, just curious because my aunt mentioned it at Sunday lunch.", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
