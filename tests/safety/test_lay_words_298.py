"""Words and rules added after held-out sets 298 to 301 (stargazers, record offices, plane
spotters, Hinglish, Nigerian Pidgin, footnotes; coin fairs, ferries, times of each symptom,
Singlish, police statements, captions; hospital porters, cruise crews, Scouse, Geordie, weather
words, pros and cons; coach tours, new bell ringers, a pain's colour and sound, Taglish,
sarcasm about the GP, numbered timelines). Most of what these sets missed was written in Hindi
or Tagalog, which the gate reads only in part (see docs/safety.md); these are the English
and dialect wordings:

- "talking gobbledygook" is disturbed speech; "haven't managed a wee since last night" is
  retention; "my privates feel like they've had a dentist injection" is the writer's own
  numbness ("they" are the parts);
- Liverpool speech: "me ma" is the writer's mum, "swole" is swollen;
- "which signs would mean ...?" asks; what someone was taken away in an ambulance with is their
  story, a few words past the end of its clause.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("all of a sudden I'm talking gobbledygook", "speech-disturbance", True),
        ("the instructions are gobbledygook to me", "speech-disturbance", False),
        ("haven't managed a wee since last night", "urinary-retention", True),
        ("managed a wee this morning, all normal", "urinary-retention", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("my grandad is 74, he was rubbing his neck with the massager and now he can't lift his "
         "right arm and he's talking gobbledygook, started 15 mins ago", "emergency"),
        ("Thurs: haven't managed a wee since last night even though I feel full, and my privates "
         "feel like they've had a dentist injection", "emergency"),
        ("me ma's knee's gone red an hot an swole, she's got a temp an she's shiverin",
         "emergency"),
        ("Which signs around a sports massage bruise would mean it's infected? Nothing wrong "
         "now", "self-care"),
        ("The lady at the next stall at the craft fair was taken away in an ambulance with a "
         "stroke this morning. My neck is stiff from leaning over the table", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # (the NHS: a feeling of pressure, heaviness or squeezing in the chest, spreading to the
        # arms: call 999; a chest muscle's ache down the arm stays a doctor's question)
        ("crushing chest pain spreading down my left arm", "emergency"),
        ("heavy pressure in my chest going down my right arm", "emergency"),
        ("after a heavy chest day my pecs ache down into my inner arm", "therapist"),
        ("After a long hike with a heavy pack my chest muscles ache down my arms", "self-care"),
    ],
)
def test_a_heavy_chest_spreading(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
