"""Words and rules added after held-out sets 231 to 235 (adults learning to swim, morris
dancers, a hospital car park, a letter to one's future self, lifeguards, questions answered with
questions; night staff in a care home, escape rooms, cups of tea, a power cut, karaoke, a bus
stop; twins, prison officers, lawyers, sailing crews, talking to the app, potters; drummers,
vicars, soldiers on leave, taxidermists, switching tenses, voice notes; blacksmiths, brewers,
pantomime, school crossing patrols, PhD students, a campsite):

- a person the writer acts on is not whose signs follow ("chasing someone across the yard, heard
  a crack, can't put any weight on it");
- a neck jerked hard, then a headache "unlike anything I've had" on the same side as the neck
  pain (a new concept, ``unusual-headache``; with neck pain after an injury it is the warning of
  a torn neck artery, alone it asks for a doctor);
- how long, told as "month 5 of the hip ache" or "since March, so five months";
- pain that "has become the whole lower back", "moved up towards my elbow", "a bit worse than
  last month" (slowly worse, not fast);
- lookalikes: people named by a role after a determiner ("one of the prisoners", "opposing
  counsel", "a parishioner", "my supervisor"); "a bit worse than last month" is no past event;
  a bruise on the thigh from a knock is no red, hot calf; an "appendix op" is surgery done, not
  appendicitis; a joint's crunchy popping "when I roll it" is no crack at an injury; "one-sided
  pain in my neck" is no flank pain; a grip that "feels weak only because it hurts"; an upper arm
  "slowly getting a bit worse" is pain getting worse, not weakness.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("I was chasing a suspect down the alley, heard a crack in my ankle", "crack-heard", True),
        ("my knee makes a crack when I squat while chasing the kids", "crack-heard", False),
        ("the harness jerked hard and my neck has hurt since", "trauma-mechanism", True),
        ("the pain in my calf jerks me awake", "trauma-mechanism", False),
        ("a headache on one side that's unlike anything I've ever had", "unusual-headache", True),
        ("my usual tension headache, same as always", "unusual-headache", False),
        ("over a few weeks it's become the whole lower back", "spreading", True),
        ("the ache in my forearm has moved up towards my elbow", "spreading", True),
        ("my forearm ache is a bit worse than last month", "pain-worsening", True),
        ("one-sided pain in my neck going up behind the ear", "flank-pain", False),
        ("a dull one-sided pain low in my back under the ribs", "flank-pain", True),
        ("my grip feels weak only because it hurts", "one-sided-weakness", False),
        ("my grip feels weak and clumsy", "one-sided-weakness", True),
        ("pain into the back of my upper arm, slowly getting a bit worse",
         "progressive-weakness", False),
        ("my grip is getting weaker every week", "progressive-weakness", True),
        ("an enormous purple-black bruise on my thigh from the bench", "calf-warm-red", False),
        ("my calf is hot and red and swollen", "calf-warm-red", True),
        ("my final check after the appendix op, all healed", "named-appendicitis", False),
        ("the doctor thinks it could be my appendix", "named-appendicitis", True),
        ("my shoulder makes a crunchy popping noise when I roll it", "crack-heard", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("twisted my ankle chasing a lad across the car park, heard a crack, can't put any "
         "weight on it at all, swollen over the bone", "emergency"),
        ("Got jerked hard on the zip line on Saturday. Since then one side of my neck aches up "
         "behind the ear and there's a headache on that side unlike anything I've had",
         "emergency"),
        ("A headache unlike anything I've had for a few days now, no injury, nothing else",
         "doctor"),
        ("it's month 5 of the knee ache that started with the new season, eases by the "
         "next day", "therapist"),
        ("My forearm ache from the spanner has gradually moved up towards my elbow and is a "
         "bit worse than last month. Hand normal", "therapist"),
        ("One of the inmates on my wing had a bleed on the brain last month. Mine is the usual "
         "band round my head after a double shift", "self-care"),
        ("Opposing counsel collapsed with a sudden awful headache in court. I'm fine, just a "
         "tight neck", "self-care"),
        ("Huge purple bruise on my thigh from walking into the table, hardly hurts, walking "
         "fine. Can I massage around it?", "self-care"),
        ("Elbow pain means I can't hold the hammer long, I'm turning work away. My grip feels "
         "weak only because it hurts", "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
