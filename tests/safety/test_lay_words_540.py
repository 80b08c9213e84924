"""Words, rules and context added after held-out sets 540 to 545 (Black Country, Birmingham and
Shropshire speech; English from Azeri, Shan, Ilocano and Bisaya speakers; a forester, a clock
repairer, a night bus driver, a hospital porter, a roofer and a bin collector; a gym review, a
hotel complaint, a message to a landlord, an accident book entry, a note to a school; people with
lupus, haemophilia, heart failure or asthma; Yiddish- and Ladino-influenced English, Luxembourgish
and Maltese speakers):

- Bisaya (Cebuano) words mixed into English (`safety/data/bisaya.yaml`): "sakit akong likod",
  "hilanat", "lisod ko mo ginhawa", "dili ko ma-isa", "wala nako ma-feel akong lubot";
- on blood thinners or with a bleeding disorder, a numb thigh with worsening pain or a knee
  that gives way (a bleed pressing on a nerve, urgent); "like bursting"; "way more than normal
  soreness"; a tuchus that feels numb; an accident book entry is about the person it names;
  "eight months already", "8 months na" (a length); "3 times this season";
- and what is not a red flag: "higher clot risk" (no clot), "has left my arms aching" (no left
  arm), "a sharp stitch under my ribs" (no operation), "funny bone", "felling" trees (no fall),
  "bending in the field" (no deformity), "calves stiff, same both sides" (both legs alike), "a
  patient today who'd had a sudden worst-ever headache" (theirs), "had the worst headache of my
  life in March, CT normal" and "a cough last month and I went to A&E when I coughed up blood,
  all clear" (past);
- one leg that "just wasn't there" and walking "like I'd had ten pints" (a stroke's signs, which
  "felling" had reached only by being read as a fall).
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("sakit akong likod 2 weeks na", "back-pain", True),
        ("hilanat 2 days", "fever", True),
        ("lisod ko mo ginhawa karon", "breathlessness", True),
        ("wala nako ma-feel akong lubot pag lingkod", "saddle-numbness", True),
        ("when I wipe, my tush feels numb", "saddle-numbness", True),
        ("my calf feels like bursting", "tense-swollen-limb", True),
        ("my rheumatologist says I'm at higher clot risk", "named-blood-clot", False),
        ("the class has left my arms and shoulders aching", "left-arm-or-jaw-pain", False),
        ("a sharp stitch under my ribs when I run", "recent-surgery", False),
        ("aching after felling trees all day", "fall-or-crash", False),
        ("back ache after bending in the field", "deformity", False),
        ("my calves are a bit stiff, same both sides", "legs-look-the-same", True),
        ("that's 3 times this season", "recurrence", True),
        ("my right leg just wasn't there this morning", "one-sided-numbness", True),
        ("walked to the van like I'd had ten pints", "gait-disturbance", True),
        ("walked home from the pub after a few pints", "gait-disturbance", False),
        ("there's a bend in it halfway down", "deformity", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("sakit akong likod sa kilid ug hilanat 2 days, confused daw ko since ganina buntag.",
         "emergency"),
        ("sakit akong likod 10 days na. karon wala nako ma-feel akong lubot pag lingkod.",
         "emergency"),
        ("kalit lang akong ulo sakit kaayo pag ubo, pinaka grabe sa tanan, ngitngit akong "
         "panan-aw ug stiff akong liog.", "emergency"),
        ("On warfarin. Pulled my groin lifting 3 days ago, now the front of my thigh is numb "
         "and it's worse every day.", "urgent"),
        ("Ran 30k today, tonight my shin is very sore, like bursting, and my foot is numb.",
         "emergency"),
        ("Sciatica in my right leg for weeks, since yesterday the left too, and when I wipe my "
         "tush feels numb.", "emergency"),
        ("Accident book. Name: J. Smith. Carrying boxes upstairs, felt tightness across the "
         "chest going into his jaw, went grey and clammy.", "emergency"),
        ("If I'm massaging my neck, what would mean I should stop? I have lupus and my "
         "rheumatologist says I'm at higher clot risk. Just desk stiffness now.", "self-care"),
        ("Cardiac rehab has left my arms and shoulders aching from the bands, easing by day 2.",
         "self-care"),
        ("I get a sharp stitch under my ribs when I run for the bus, gone in a minute, GP did "
         "an ECG, all normal.", "self-care"),
        ("Hit my funny bone on the table, an 'electric shock' down to my pinky, gone at once. "
         "Forearm tight from typing.", "self-care"),
        ("Lower back ache after bending in the field all day, dull, better walking about.",
         "self-care"),
        ("Should I worry about a clot from sitting 10 hours in the cab? My calves are a bit "
         "stiff, same both sides, loosen after a walk.", "self-care"),
        ("Took a patient down to CT today who'd had a sudden worst-ever headache. Me, just a "
         "sore lower back from the shift.", "self-care"),
        ("Had the worst headache of my life in March, CT and lumbar puncture normal. Now my "
         "jaw aches from grinding.", "self-care"),
        ("The damp gave me a chesty cough last month and I went to A&E when I coughed up a bit "
         "of blood, scan, no clot, all clear. Now my shoulders are stiff.", "self-care"),
        ("MRI says disc bulges, consultant said normal for 50. Just aching after felling.",
         "self-care"),
        ("8 months na ang sakit sa akong heel, first step sa buntag grabe.", "therapist"),
        ("Eight months already the pain in my neck, comes and goes.", "therapist"),
        ("Hamstring keeps pinging, that's 3 times this season.", "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
