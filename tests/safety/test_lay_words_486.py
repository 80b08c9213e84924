"""Words, rules and context added after held-out sets 486 to 491 (Norwich, Great Yarmouth,
King's Lynn and Thetford speech; English from Kyrgyz, Tajik, Turkmen and Uyghur speakers; a
fairground ride operator, a dry-stone waller, a sorting-office worker, a school minibus driver, a
boat builder and a tyre fitter; a gamers' chat server, a period-tracking app, an email to a
university disability office, a text to an ex-partner; parents of a disabled child, students away
from home, people new to a care home, people in temporary housing; English from Papua New Guinea,
the Solomon Islands, Samoa and Tonga):

- a left arm "fare wholly heavy like a sack o' spuds" that cannot be lifted, twenty minutes old;
  a thigh "hard like wood" after a box fell on it; "15 mins into every run" (pain that effort
  brings on); "a pain in one spot in my back" with night sweats and a temperature; on the pill
  and suddenly breathless with the heart "thumping about 120"; "legs getting weaker by the day,
  left first and now the right too" (both legs); a tummy pain with a grey face and a cold sweat;
- and no alarm for "60 wheel nuts", or for "the lady across the corridor" taken off with a
  stroke; a bare duration after a pain ("shoulder pain 2 weeks,") is its length.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.safety.lexicon import sentences
from triggerpoint.safety.numbers import read_numbers


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("my left arm feels heavy like a sack of spuds", "one-sided-weakness", True),
        ("now my thigh is hard like wood", "tense-swollen-limb", True),
        ("a tight burning ache about 15 mins into every run", "exertional-pain", True),
        ("got a pain in one spot in my back", "back-pain", True),
        ("my forearm is screaming after torquing 60 wheel nuts", "testicular-pain", False),
        ("the lady across the corridor had a stroke, her speech all slurred",
         "speech-disturbance", False),
        ("my face is droopy on one side", "face-droop", True),
        ("lady bits and inner thighs gone numb", "saddle-numbness", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("My left arm is heavy like a sack of spuds, can't lift it, came on 20 minutes ago.",
         "emergency"),
        ("A heavy box fell on my thigh 6 hours ago, now it is hard like wood with pins and "
         "needles below the knee.", "emergency"),
        ("My shins get a tight ache 15 mins into every run and one foot goes numb, gone when I "
         "stop.", "doctor"),
        ("Got a pain in one spot in my back, really tender, night sweats, temp 38.", "urgent"),
        ("I'm 29 and on the pill. In the last hour I suddenly got breathless walking across the "
         "house and my heart is thumping.", "emergency"),
        ("Back pain same as ever but my legs are getting weaker by the day, left first and now "
         "the right too.", "emergency"),
        ("Very bad pain in my tummy tonight, vomiting, my face is grey and I am sweating cold.",
         "emergency"),
        ("The lady across the corridor was taken off in an ambulance with a stroke, her face "
         "drooping. My neck is tight from not sleeping.", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Shoulder pain 2 weeks, rest and massage, no change.", 14),
        ("Hip ache 3 months.", 90),
        ("Pain 6 months after the op.", None),
    ],
)
def test_bare_duration_after_a_pain(text: str, days: int | None) -> None:
    assert read_numbers(sentences(text)).lasting_days == days
