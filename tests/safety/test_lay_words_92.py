"""Words and rules added after held-out sets 92 and 93 (speech-to-text, workers away from home,
gym slang, fasting, short plain sentences, signs told by what the hand could not do; Malaysian,
Singaporean, Kenyan, Pakistani and Southern US English, text pasted from a tracker, follow-up
messages, dog walkers and horse riders, heat, commuter cyclists):

- a blow in sport ("took an elbow to the ribs sparring") is an injury, and pain on breathing in
  after one is a possible broken rib;
- "so sore I can't hold a mug" is pain stopping a task, not a weak hand; "can't walk my dogs" is
  an errand, not a step; "worse after long shifts" is what brings pain on, not a worsening;
- a sign of the writer's horse or dog ("our mare has a hot swollen leg") is the animal's, and a
  person named by where the writer works ("a guy on my shift") is someone else;
- "In January I had ..." is a time gone by;
- waking again and again in the night ("waking up 4 or 5 times") is pain that stops sleep;
- "kicks in after about 10 minutes" is no headache reaching its peak within a minute;
- "knee to chest stretches" and "my knee to the shin" are no blow from a knee.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("took a knee to the ribs at rugby on saturday", "trauma-mechanism", True),
        ("I did knee to chest stretches for my ribs", "trauma-mechanism", False),
        ("pain in the front of my knee to the shin", "trauma-mechanism", False),
        ("my wrist is so sore I can't lift the kettle", "one-sided-weakness", False),
        ("my right hand suddenly couldn't hold my mug", "one-sided-weakness", True),
        ("can't walk the dogs since my calf went tight", "cannot-bear-weight", False),
        ("I can't walk on my left leg at all since the fall", "cannot-bear-weight", True),
        ("my hip aches, worse after long shifts at the depot", "pain-worsening", False),
        ("my hip ache is getting worse and worse every day", "pain-worsening", True),
        ("our pony has a swollen leg that's hot to touch", "calf-swelling", False),
        ("the bloke on my shift has a swollen calf", "calf-swelling", False),
        ("In March I had a fever and a bad back and got antibiotics", "fever", False),
        ("I keep waking up 3 or 4 times a night with the shoulder", "limits-function", True),
        ("the ache kicks in after about 20 minutes on the bike", "thunderclap-headache", False),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Took a kick to the ribs at taekwondo yesterday, it really hurts to breathe in and "
         "coughing is horrible. Can I roll my lats?", "urgent"),
        ("Our horse has a hot swollen leg and the vet is coming. My own thing is a stiff neck "
         "from hay bales.", "self-care"),
        ("a lad on my shift collapsed with chest pain last night. my shoulders are just tight "
         "from lifting", "self-care"),
        ("My glutes ache so much I can't walk the dog for more than ten minutes, it kicks in "
         "after about 10 minutes", "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
