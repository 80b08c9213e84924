"""Words, contexts and combinations added after held-out set 21: a checklist's answers ("fever -
no"), a body part after a person ("my husband's neck" is his), "my right side low down", pain
"not reducing" and "since two months", pain now "across both sides", a stroke nurse and a sepsis
ward that are jobs and places, a hospital chair slept in beside a relative, a child "screaming"
with pain under a cast that is worse when the toes are moved, and immunosuppression with back
pain that is only the usual tightness.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.safety.concepts import is_proxy_report, read
from triggerpoint.safety.lexicon import sentences


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        # a checklist's answer denies the words before it; "doing nothing" does not
        ("fever - no. weight loss: no, fine.", "fever", False),
        ("trouble peeing - no, normal", "urinary-retention", False),
        ("short of breath doing nothing, since this morning", "breathlessness", True),
        ("my right side low down has hurt since this morning", "abdominal-pain", True),
        ("the pain is not reducing", "no-progress", True),
        ("it used to be just the left, now it's across both sides", "spreading", True),
        ("I'm a stroke nurse on nights", "named-stroke", False),
        ("the doctor thinks I had a small stroke", "named-stroke", True),
        ("I work on the sepsis team", "named-meningitis-sepsis", False),
        ("sleeping in the hospital chair next to mum", "night-pain", False),
        ("he's screaming that his leg hurts", "severe-disproportionate-pain", True),
        ("it is much worse when I move my toes", "pain-moving-toes-fingers", True),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


def test_duration_since(kb: KnowledgeBase) -> None:
    assert read(kb, "neck pain since two months").numbers.lasting_days == 60


@pytest.mark.parametrize(
    ("text", "proxy"),
    [
        ("My husband's neck has been stiff and now his mouth looks droopy", True),
        ("My husband says my neck is stiff", False),
    ],
)
def test_person_before_body_word(text: str, proxy: bool) -> None:
    assert is_proxy_report(sentences(text)) is proxy


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("My wife's shoulder has been sore for weeks, but just now her face looks droopy on "
         "the left and she can't lift her left arm", "emergency"),
        ("My daughter (9) has a cast on her arm since yesterday, she is screaming with pain "
         "under it and it is worse when I move her fingers", "emergency"),
        ("On prednisolone for asthma, just the usual low back tightness from sitting",
         "self-care"),
        ("On prednisolone for asthma, and my back pain is getting worse every day",
         "urgent"),
        ("Checklist: numbness - no. fever - no. bladder - no, normal. Low back sore after "
         "moving a sofa", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
