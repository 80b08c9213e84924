"""Words and rules added after held-out sets 286 to 291 (ward clerks, dietitians, speech
therapists, orthotists, question marks, trailing dots; paramedic students, hotel room
attendants, swimming and diving instructors, a postscript, a reply to a comment; theme park
rides, a tour bus, a noodle bar, door staff, a thread title, a tweet's length; CCTV, check-in,
border officers, lifeboat crews, a sticky note, a day hour by hour; dock workers, boat hire,
self-storage, draughtsmen, sarcasm, panic; surveyors, auditors, claims handlers, magistrates,
legalese, acronyms):

- a sudden pain "like something splitting inside me" through the chest into the back is a
  tearing pain; "never had pain like it in my life" is the worst pain ever, and with a sudden
  start and a neck going stiff it is a thunderclap, whether or not "headache" is said;
- tingly, burning pain on the forehead with blisters coming up is shingles (a burning pain "on"
  a place is no burn);
- a housemate who "just got back from" work has no back of the writer's; what she "says" of
  every muscle is no doctor's all-clear;
- "6 weeks since I had the baby": giving birth is the writer's own event, not the baby's story;
- whose story: "a swimmer ... whose leg was swollen"; "Site manager on our job went off in an
  ambulance this morning with a droopy face" (a time does not end what someone was taken in
  with); "my heel and arch ache" is the writer's own complaint;
- a denial's list ends where what is so begins: "not warm, same size as the other one", "not
  hot, just stiff"; "flu-ish" after a massage is no fever;
- "now the whole thigh aches", "-> now whole hip" spread; "stood down from the crew", "unable
  to write for more than a few minutes" limit function.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("a pain like something splitting inside me", "tearing-pain", True),
        ("a splitting headache after the wine", "tearing-pain", False),
        ("I've never had pain like it in my life", "worst-pain-ever", True),
        ("I've never had pain in my knee before", "worst-pain-ever", False),
        ("tingly burning pain on the left of my scalp, now little blisters are coming up there",
         "shingles-rash", True),
        ("burning blisters on my heel from the new boots", "shingles-rash", False),
        ("a burning pain on the front of my shin when I run", "contraindication-open-wound",
         False),
        ("she says every muscle aches", "assessed-normal", False),
        ("the gp says it is muscle spasm", "assessed-normal", True),
        ("pain started in my hip and now the whole thigh aches", "spreading", True),
        ("been stood down from the crew because of my shoulder", "limits-function", True),
        ("felt a bit flu-ish after the deep tissue massage", "contraindication-fever", False),
        ("I have the flu and a temperature", "fever", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Out of nowhere a pain like something splitting inside me, through my chest into my "
         "back, started 10 minutes ago", "emergency"),
        ("no its nothing like my usual ones. this came on in a split second at the gym, never "
         "had pain like it in my life and my neck is going stiff", "emergency"),
        ("tingly burning pain on the right side of my forehead for three days and now little "
         "blisters coming up there too. Trigger points?", "urgent"),
        ("My flatmate just got back from her shift, says every muscle aches, she's burning hot "
         "with cold blotchy hands and she's confused and can't stay awake", "emergency"),
        ("5 weeks since I had the baby and one leg has swollen up from the ankle to the calf",
         "urgent"),
        ("We pulled a diver out this morning whose calf was swollen and purple, he went off in "
         "the ambulance. Me, I just pulled my lower back lifting the stretcher", "self-care"),
        ("Foreman went off in an ambulance this afternoon with a droopy face. I'm fine, just a "
         "sore lower back from kneeling", "self-care"),
        ("My dad's got a red swollen calf and the GP is seeing him today. This one is for me: "
         "my heel and arch ache in the mornings", "self-care"),
        ("calf tight after a long coach trip. not swollen, not red, not warm, same size as the "
         "other one, just stiff", "self-care"),
        ("Felt a bit flu-ish and achy the day after a deep tissue massage, gone by the evening",
         "self-care"),
        ("my glute hurt first -> now whole hip + outer thigh over 3 wks", "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
