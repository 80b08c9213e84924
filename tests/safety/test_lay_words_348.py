"""Words and rules added after held-out sets 348 to 353 (a dairy farmer, a tattoo artist, a dog
walker, a night guard; smartwatch messages; Shetland, Orkney, Doric and Dundonian speech; English
from Mandarin, Japanese, Korean and Thai speakers; a GP practice's online form, a symptom
website, a pharmacy app, an insurance claim; half-understood jargon, health anxiety, playing
everything down):

- Shetland, Orkney, Doric and Dundonian words ("me left baa is sudden aafil sair an swellt up",
  "spaekin laek I'm fu", "lettin da mug slip", "hes been gey sair", "hid feels peedie numb doon
  below", "Eh've hud a sair shooder fur near a year");
- "L ball" swollen; "prostate ca hx"; "10 lbs lighter than at Christmas" (weight lost);
- durations in a note's short forms: "since jan, now oct", "6 mo", "calf strain 16 days";
  "3rd since spring" (keeps coming back); a calf "knot got bigger" is no swollen calf;
- what happens "in the drama" or in a drama "last night where", and "is a sudden worst-ever
  headache something to worry about?", are no one's signs.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("me left baa is sudden aafil sair an swellt up", "testicular-pain", True),
        ("Da wife says I'm spaekin laek I'm fu", "speech-disturbance", True),
        ("me left haand keeps lettin da mug slip", "hand-clumsiness", True),
        ("me jaa an left shooder hes been gey sair", "left-arm-or-jaw-pain", True),
        ("hid feels peedie numb doon below, aroon me privates", "saddle-numbness", True),
        ("L ball suddenly agony, swollen", "testicular-pain", True),
        ("67M, prostate ca hx", "cancer-history", True),
        ("I'm 10 lbs lighter than at Christmas", "weight-loss", True),
        ("my calf knot got bigger", "calf-swelling", False),
        ("hammy tweaks every time I sprint, 3rd since spring", "recurrence", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Strained me groin at da fitba, an noo me left baa is sudden aafil sair an swellt up, "
         "an I've been spewin. I'm 16.", "emergency"),
        ("Da wife says I'm spaekin laek I'm fu an me left haand keeps lettin da mug slip",
         "emergency"),
        ("Eh've hud a sair shooder fur near a year noo, nae injury", "therapist"),
        ("low back niggle since jan, now oct. otherwise well", "therapist"),
        ("Neck pain since around March, now it is September. Just always there.", "therapist"),
        ("jaw muscles ache 6 mo, clench at nite", "therapist"),
        ("calf strain 16 days, still limping, done RICE", "therapist"),
        ("65, smoker, constant upper back ache that wakes me, and I'm 10 lbs lighter than at "
         "Christmas", "urgent"),
        ("My calf knot got bigger and now it goes into the arch of my foot, not swollen or hot",
         "therapist"),
        ("In the drama I watched yesterday a man has a sudden thunderclap headache and "
         "collapses. Me, I just have a tension headache from work", "self-care"),
        ("Is a sudden worst-ever headache something to worry about? Mine come on slowly with "
         "a stiff neck", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
