"""Words and rules added after held-out sets 114 to 117 (what an app said, early shifts, writers
with learning disabilities and a support worker, "the same as last time", scaffolders, times of
day; just back from abroad, shelf stackers, dialysis and diabetes in passing, jokes, tai chi, the
sign at the end; hospital corridors, decorators, late pregnancy, plans cut short, English as a
second language after sign language, lists of yes/no answers; men who avoid doctors, night
cleaners, exam season, the mirror, coaches, the sign in brackets or a PS):

- feeling you are going to die, with very fast breathing, a racing heart or shaking you cannot
  stop, is an emergency (sepsis, a heart attack or a clot in the lung); "I'm shaking" is shaking;
- "boiling hot" is a fever and "the lights in here are agony" a dislike of light;
- a main artery in the tummy once found "a bit wide" is a known aneurysm;
- "something sharp is pushing at the skin" where a forearm bends is an open fracture;
- "a knee in the ribs" is a blow, and one sharp spot on a rib after it that is not getting better
  is a possible broken rib (the spot alone, with nothing else, is not);
- answers given as lines ("swollen - yes / hot - yes / fever - yes 38.4 / which joint - right
  ankle / injury - no") are read together, as the person would say them;
- a question's "if I ... and suddenly get a bad headache" supposes the whole condition; "sleeping
  in the chair next to him" is no pain at night; a trigger point pressed or "hit" that sends a
  zing is a referral; "sounds like gravel crunching" is a noisy tendon.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.safety.lexicon import normalise


def test_answers_in_lines_are_read_together() -> None:
    text = "injury - no\nswollen - yes\nhot - yes\nfever - yes 38.4\nwhich joint - left knee"
    assert normalise(text).splitlines() == [
        "swollen, hot, fever 38.4, which joint left knee.", "no injury."]


def test_a_chat_transcript_is_no_list_of_answers() -> None:
    text = "Partner: my neck is stiff\nMe: any headache?\nPartner: no headache\nMe: ok"
    lines = normalise(text).splitlines()
    assert len(lines) == 4 and lines[0].startswith("partner") and lines[2].startswith("partner")


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("I'm shaking and breathing really fast", "rigors", True),
        ("I'm boiling hot and shivery", "fever", True),
        ("the lights in here are agony", "photophobia", True),
        ("a scan said the main artery in my tummy was a bit wide", "aneurysm-known", True),
        ("something sharp is pushing at the skin on my forearm", "open-fracture", True),
        ("got a knee in the ribs at football", "trauma-mechanism", True),
        ("a sharp spot on one rib", "rib-point-tenderness", True),
        ("been sleeping in the chair next to him on the ward", "night-pain", False),
        ("the foam roller sounds like gravel crunching", "crack-heard", False),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Grazed my knee gardening last week. Now I ache all over, I'm breathing fast, my heart "
         "is racing and I honestly feel like I'm going to die.", "emergency"),
        ("Thought it was leg day soreness but now I'm boiling hot, can't bend my head forward "
         "and the lights are agony", "emergency"),
        ("They said years ago the main artery in my tummy was a bit wide. Tonight sudden "
         "terrible low back pain and I nearly fainted.", "emergency"),
        ("Fell off my scooter, my forearm bends where it shouldn't and something sharp is "
         "pushing at the skin", "emergency"),
        ("Took a knee in the ribs at rugby 4 days ago, there's a sharp spot on one rib and it's "
         "not getting any better", "urgent"),
        ("Elbowed in the ribs at netball, one tender spot on the rib, breathing fine, no other "
         "symptoms", "self-care"),
        ("swollen - yes\nhot - yes\nred - yes\nfever - yes 38.6\nwhich joint - left knee\n"
         "injury - no", "emergency"),
        ("if I'm stretching my neck and suddenly get a terrible headache, should I stop?",
         "self-care"),
        ("My mum is in hospital after a stroke. I've been sleeping in the chair next to her and "
         "my neck is stiff.", "self-care"),
        ("When I press the trigger point in my glute I get a zing shooting down my leg",
         "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
