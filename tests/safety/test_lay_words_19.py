"""Words, contexts and combinations added after held-out set 19: an arm "switched off" for a few
minutes (a brief episode: a TIA), a backslab on a kicked shin, a crack heard and no weight
borne, a fall from a climbing wall onto the heels, a tackle, a scan that "showed no fracture",
fibromyalgia as a long-term pain condition, pain "still 5/10" weeks on, "7 weeks now" as how long
it has lasted, and stairs that are "hard".

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.safety.concepts import read


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("my left leg just switched off under me", "one-sided-weakness", True),
        ("I switched off the light", "one-sided-weakness", False),
        ("it lasted a few minutes and went", "brief-episode", True),
        ("for about five minutes my hand would not work", "brief-episode", True),
        ("A&E put a backslab on my ankle", "tight-cast-bandage", True),
        ("got tackled hard at training", "trauma-mechanism", True),
        ("came off the wall and landed on my heels", "trauma-mechanism", True),
        ("the x-ray showed no fracture", "assessed-normal", True),
        ("diagnosed with fibromyalgia two years ago", "chronic-pain-condition", True),
        ("My back aches; my sister has fibromyalgia", "chronic-pain-condition", False),
        ("my back is still 5/10", "still-painful", True),
        ("I still go to the gym", "still-painful", False),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "days"),
    [("Neck pain 7 weeks now", 49), ("Sore calf for 2 weeks", 14), ("A bruise 3 weeks ago", None)],
)
def test_duration_now(kb: KnowledgeBase, text: str, days: int | None) -> None:
    assert read(kb, text).numbers.lasting_days == days


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("While stretching my neck my right arm went dead for a few minutes, I couldn't lift it. "
         "Fine again now.", "emergency"),
        ("Kicked in the shin at football, A&E put a backslab on, now the pain under it is "
         "unbearable and my toes are tingling", "emergency"),
        ("heard a crack in my ankle and I can't put any weight on it", "emergency"),
        ("Fell about 3 metres off a ladder and landed on my heels, my lower back is agony",
         "emergency"),
        ("Fell off a ladder last week, the x-ray showed no fracture, my back is just bruised",
         "self-care"),
        ("Six weeks of stretching and heat and my shoulder is still 5/10", "therapist"),
        ("I was diagnosed with fibromyalgia last year and want a gentle plan", "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
