"""Words and rules added after held-out sets 151 to 155 (parents of teenage athletes, night
shifts at 4 a.m., voice-to-text, formal letters, typing on a bus, two complaints at once;
farmers, tangents, gamers, what a pharmacist said, "probably nothing", brackets and dashes;
choirs, dog walkers, emoji, what cannot be done, carers, a P.S.; scaffolders, exams, Irish and
British idioms, a diary with times, a night out, "is it normal that"; cabin crew, commuting
cyclists, blood thinners in passing, analogies, toddlers, bullet points):

- hours without a wee and no feeling of needing one is urinary retention; a toe "sitting
  crooked" beside swelling or bruising is a deformity after an injury;
- "the same stiff neck every trip", "every year my back seizes up", "it keeps repeating" are
  pain that keeps coming back; "no worse, no better" is no progress (the "no" of "no worse"
  does not deny "no better", a phrase that only looks like a negation);
- lookalikes: "a boy on his team was knocked out" in a parent's message about their son (an
  indefinite person is never the one written for); "one of our basses collapsed" (one of a
  group); blood tests and a biopsy "all of which were normal"; "my heel pain means I can't walk
  the dog" (no foot drop); "no change in my vision" (no sign of a plateau).

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("I haven't had a pee since lunchtime and I don't even feel like I need to go",
         "urinary-retention", True),
        ("I haven't had a pee since lunchtime, been too busy to go", "urinary-retention", False),
        ("stubbed it on the door, the toe is bruised and pointing off at a funny angle",
         "deformity", True),
        ("my posture is a bit crooked from years at the desk", "deformity", False),
        ("every season I get the same ache in my hamstring", "recurrence", True),
        ("it keeps repeating every few weeks", "recurrence", True),
        ("I stretch every morning and it helps", "recurrence", False),
        ("three weeks of the routine: no worse, no better", "no-progress", True),
        ("no sickness, no change in my vision", "no-progress", False),
        ("my heel pain means I can't walk far in the mornings", "foot-drop", False),
        ("I can't walk on my heels since Tuesday", "foot-drop", True),
        ("blood tests and a biopsy, all of which were normal", "assessed-normal", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Night shift, low back killing me since I moved a patient. Realised I haven't had a pee "
         "since 9pm and I don't even feel like I need to go, tummy feels tight", "emergency"),
        ("Banged my foot on the sofa leg last night, little toe is swollen and bruised and "
         "sitting crooked, can still walk on it", "urgent"),
        ("Every tour I come back with the same stiff lower back. Settles in a week. It keeps "
         "repeating", "therapist"),
        ("Week 1: hamstring strain. Weeks 1-3: stretches daily. Week 3: no worse, no better. "
         "Time for a physio?", "therapist"),
        ("My daughter (15, netball) says a girl on her team was knocked out in the match. My "
         "daughter wasn't involved, she's just got sore calves", "self-care"),
        ("My son (14) says a boy in his class collapsed with chest pain at football. My son is "
         "fine, just tight hamstrings", "self-care"),
        ("One of our drivers collapsed with chest pain at the depot and went off in an "
         "ambulance. My own problem is just a stiff neck from the cab", "self-care"),
        ("I'm 71. My GP sent me for blood tests and a biopsy for the temple headaches, all of "
         "which were normal; she thinks it's tight neck muscles", "self-care"),
        ("My heel pain means I can't walk the dog first thing anymore, it eases after a few "
         "minutes", "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
