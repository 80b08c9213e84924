"""Words, rules and context added after held-out sets 414 to 419 (East Midlands speech;
English from Bulgarian, Serbian, Slovak, Latvian and Georgian speakers; a tree surgeon, a
glazier, a butcher, a carpet fitter, a nail technician and a stage-crew rigger; messages to a
landlord, voicemails, comments under videos and reminders; veterans, students in halls and
people new to the NHS; Maltese, Gibraltarian, Cypriot and Bermudian English):

- someone "of mine" ("an oppo of mine got ...") is someone else, and their story runs on over a
  comma ("..., ended up with a catheter"); "this back of mine" stays the writer's own;
- what a person "described" or "complained of" is a list that "and" does not end; a person
  "brought in today with" something is still that person;
- "my flatmate said it was hard to wake me up": what they saw of the writer;
- "it got infected and I had antibiotics, completely healed now", "that's passed now": the whole
  episode is over; a temperature told after "last month" is of then;
- "read the NHS page on heart attack": reading about it; a named heart attack that tests found
  normal is no heart attack;
- a joint replacement that has gone hot and swollen ("hot and fat") needs care today; weakness
  that keeps getting worse and already stops everyday tasks ("can't hold the kettle") is urgent;
- legs that go tight and bulging with running and settle with rest need a doctor;
- "my eyes don't like the light"; "missed 3 days at the factory"; "relief is short, then the
  same again"; "still hanging"; "legs like jelly after climbing the steps"; a prosthetist is no
  joint replacement; "feel like death warmed up" is no sense of doom.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("my girlfriend said it was hard to wake me up today", "confusion-drowsiness", True),
        ("my eyes do not like the light at all today", "photophobia", True),
        ("a mate of mine got cauda equina last year", "named-cauda-equina", False),
        ("a mate of mine had a bad fall, ended up with a catheter", "recent-infection", False),
        ("this neck of mine is stiff and sore again", "neck-pain", True),
        ("a client described numbness in the saddle area and new bladder leaking, so we sent "
         "her to A&E. My own forearms ache after work.", "urinary-incontinence", False),
        ("we had a woman brought in today with tearing back pain", "tearing-pain", False),
        ("my thumb got infected and I had antibiotics, completely healed now",
         "contraindication-fever", False),
        ("had a fever and the shivers last week with flu, that's passed now", "fever", False),
        ("my new knee has gone hot and fat", "hot-swelling", True),
        ("I feel like death warmed up", "sense-of-doom", False),
        ("neck is stiff from reading in bed at a weird angle", "deformity", False),
        ("revising for first aid: read the NHS page on heart attack", "named-heart-attack",
         False),
        ("I missed 2 days at the depot with my back", "limits-function", True),
        ("the relief is short, then the same again", "no-progress", True),
        ("a fortnight of stretching and my shoulder is still hanging", "still-painful", True),
        ("legs like jelly after climbing the steps up to the castle", "exercise-fatigue", True),
        ("my prosthetist adjusted the socket", "joint-replacement", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("My grip on the right is going, first I couldn't open jars, now I can't hold a mug. "
         "Shoulder knot?", "urgent"),
        ("Had my hip replaced in 2021. This week it's gone hot and fat and I'm sweating at "
         "night. Glute knot?", "urgent"),
        ("Last month my back pain came with a fever of 39.2 from a kidney infection, antibiotics "
         "done and the repeat test was clear. Now just an ordinary ache from gardening.",
         "self-care"),
        ("Thought it was a heart attack a week ago, the hospital did an ECG and bloods, all "
         "normal, said it's the muscles of my chest wall. Still sore to press.", "therapist"),
        ("Every run, about 15 minutes in, my left shin goes tight and bulging and then it "
         "settles when I stop. Tibialis knot?", "doctor"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
