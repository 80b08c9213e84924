"""Words and rules added after held-out sets 366 to 371 (Cockney, Brummie, Yorkshire Dales and
Lincolnshire speech; Barbadian and Guyanese English, Singlish, Hong Kong English; a midwife, a
bricklayer, a gardener, a kitchen porter, a bus driver, a yoga teacher; phone-call and voice-note
transcripts, forum posts with edits, threads; English from Italian, German, French and Russian
speakers; teenagers, parents, older people typing slowly, carers):

- what happens in a story ("in the book I'm reading the main guy gets meningitis", "in the
  series I watch, the man has a heart attack"; `stories` of the context rules) is no one's sign,
  over commas and "and"; a reading of a temperature told of someone else ("my patient had sepsis
  with fever 40") is not the writer's; a person who presses or rubs the writer's back is not
  ill ("when the missus presses on it"); "a student told me her dad ..." is about the student,
  her dad a third person; "Me rubbing she neck" is the writer rubbing another's neck; "Geezer at
  work", "one of me ladies" (a carer's client) are others; Hindi "pati" is no husband in Taglish;
- signs in other words: "I've wet mesen", "cor hold me cuppa", "talkin like I've had a skinful",
  "he lick me wid a bottle side me head", "me bwoy", "nah" (no), "me nah feel when me bladder
  full", "he leg look short an turn out", "foot turned outwards", "the left one's swelled up a
  lot more than the right", a tractor or quad bike that tipped over, "flung off", back pain after
  a fall or crash that is not easing, "the pain is off the scale", "I'm pale" with sudden back
  pain after 60, "I see only the half of the things", "like on a boat", "the head turns", "I
  forget the words", "a pain like ripping, like something tears inside", "see 2 of everything",
  "anxious for no reason";
- not signs: "the clot blood test", a neck that "cracks and crunches", carers' "double-up calls",
  "a ball of pain on the side of my head"; over: a fever and stiff neck "when I had flu back in
  January"; "it went down to the lower back" is pain that moved, not swelling that went down.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("in the novel I'm reading the detective gets a thunderclap headache",
         "thunderclap-headache", False),
        ("In the series I watch, the woman has a stroke and her face droops", "face-droop",
         False),
        ("I've wet mesen twice without knowing", "urinary-incontinence", True),
        ("our kid says I'm talking like I've had a skinful", "speech-disturbance", True),
        ("he hit me with a bottle side me head", "head-injury", True),
        ("a ball of pain on the side of my head", "head-injury", False),
        ("nah fever, nah swelling", "fever", False),
        ("since the fall my foot seems to be turned outwards", "leg-deformity", True),
        ("the tractor tipped over and I got flung off", "fall-or-crash", True),
        ("the pain is off the scale", "severe-disproportionate-pain", True),
        ("I see only half of things on the right side", "sudden-vision-loss", True),
        ("since this morning I see two of everything", "double-vision", True),
        ("a pain like ripping, like something tears inside", "tearing-pain", True),
        ("they did the clot blood test and said no DVT", "named-blood-clot", False),
        ("my neck cracks and crunches loudly when I turn it", "crack-heard", False),
        ("knots from a week of double-up calls", "colicky-pain", False),
        ("really anxious for no reason and my jaw aches", "sense-of-doom", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("In the book I'm reading the main guy gets meningitis, stiff neck, purple rash and a "
         "fever. My own neck is just stiff from the sofa", "self-care"),
        ("In the series I watch, the man has a heart attack with pain down his left arm. My left "
         "arm aches after tennis", "self-care"),
        ("I'm a nurse, one of my patients had sepsis with a fever of 40 today. My shoulders ache "
         "from lifting patients", "self-care"),
        ("Had a kidney infection last month. Now my lower back hurts all the time, the bone is "
         "tender when my husband presses on it, temp 38.3", "urgent"),
        ("A student told me her mum's aneurysm burst - sudden tearing back pain and she did not "
         "survive. She is 25 and fine, just a tight upper back from her desk. What could I give "
         "her?", "self-care"),
        ("Geezer at work had a heart attack last week, crushing pain down his arm. Mine's just "
         "a sore shoulder from bench press", "self-care"),
        ("I'm a carer, one of me ladies has a hot swollen knee and a temp, her GP is coming. "
         "Me own knees ache from kneeling", "self-care"),
        ("Back's been bad since lambing. I've wet mesen twice without knowing and my legs feel "
         "heavy", "emergency"),
        ("This last hour me hand's gone useless, cor hold me cup, and the wife says I'm talking "
         "like I've had a skinful", "emergency"),
        ("Me sister (58) shout she head bust open, worst pain ever, now she nah answering me. Me "
         "rubbing she neck", "emergency"),
        ("He lick me wid a bottle side me head last night, now headache and me keep forgetting "
         "things", "emergency"),
        ("Me bwoy (14) say sudden bad pain in one ball after football and he vomit", "emergency"),
        ("My back hurts since I lifted the tyres. Now me nah feel when me bladder full",
         "emergency"),
        ("Grandad (84) fell in the garden, he cannot stand, he leg look short an turn out",
         "emergency"),
        ("I'm 80, slipped in the kitchen, groin pain and my foot seems to be turned outwards",
         "emergency"),
        ("26 weeks pregnant, legs heavy but the left one's swelled up a lot more than the right "
         "in two days", "urgent"),
        ("The quad bike tipped over last week and I got thrown off. My back has been sore since "
         "and it's not easing", "urgent"),
        ("Slept on my arm for 10 hours, the forearm is tight and swollen and the pain is off the "
         "scale", "emergency"),
        ("Sudden very bad low back pain going round into my side an hour ago, I'm pale, I'm 72",
         "emergency"),
        ("Today suddenly I see only the half of the things on the left, and I walk to the wall "
         "like drunk", "emergency"),
        ("A ball hit me hard on the head on Saturday. I take Eliquis. Since this morning the head "
         "turns and I forget the words", "emergency"),
        ("Suddenly between the shoulder blades a pain like ripping, and within minutes it went "
         "down to the lower back", "emergency"),
        ("For two weeks my hands are clumsy, I drop the cups, and when I walk I am unstable like "
         "on a boat", "urgent"),
        ("Jaw achy and left arm heavy all afternoon, I'm 68 and diabetic, really anxious for no "
         "reason", "emergency"),
        ("Took a knee to the head at football and since then I see 2 of everything",
         "emergency"),
        ("Did the clot blood test at the GP, no DVT, just a strained calf", "self-care"),
        ("My neck cracks and crunches when I turn it, no pain, physio said it's harmless",
         "self-care"),
        ("Had a fever and a stiff neck when I had flu back in January, all gone now. Neck stiff "
         "from a new pillow", "self-care"),
        ("Knee an thigh hurt me fuh 4 month now. Nah swelling, nah fever, nah redness",
         "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
