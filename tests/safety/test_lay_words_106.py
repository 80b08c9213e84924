"""Words and rules added after held-out sets 106 to 109 (translation-app English, drivers, writers
who play a sign down, parents of a disabled child, cyclists, one-word chat replies; emojis for
words, warehouse staff, pregnancy and the weeks after a birth, smartwatch readings, hairdressers,
numbered lists; understatement, chefs, comparisons, rambling stories, musicians, the third person;
gamers, people home after a procedure, euphemisms, rural writers, dancers, messages in two parts):

- a pulse oximeter's or a watch's reading is read as a number: blood oxygen of 92 % or less is an
  emergency, 93 or 94 % needs a doctor today, and a heart rate above 110 at rest is a racing heart
  (not one taken on a run);
- heavy bleeding after a birth (soaking a pad an hour, big clots, getting heavier), or bleeding
  with dizziness, is an emergency; big clots in a period are no blood clot in a vein;
- a leg "more thick than the other one" or "swollen compared to the right" is a swollen leg, and
  "hot when touching" a warm one;
- sharp pain in the ribs "with every breath" hurts on breathing, and "can barely get a sentence
  out" is breathlessness;
- pain in one of the "family jewels" that is sudden, or sits higher, is a testicle's emergency;
- skin where a rash was that still burns, or that a shirt touching makes horrible, is nerve pain;
- "weaker every class" is weakness getting worse, and "can't rise onto demi-pointe" a foot that
  will not push off;
- a weak arm "just now" came on suddenly; chest pain with being sick is a heart attack's sign;
- what a writer says of "our sous chef" or "the drummer in my band" is someone else's; a knock
  to the head after which "everything settled" is over; a rash "in spring" is a season gone by;
- "what should I do if ... and it swells up?" supposes the whole condition; a loud clunk with "no
  pain after" is a noisy joint; "bend the wrong way" is a movement, not a bent limb; "grinds a
  bit" is a noisy neck; a pressed knot whose pain stops when let go is a trigger point's referral.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.safety.lexicon import sentences
from triggerpoint.safety.numbers import read_numbers


@pytest.mark.parametrize(
    ("text", "oxygen", "pulse"),
    [
        ("my watch says oxygen 90% and resting HR 118", 90, 118),
        ("SpO2 of 93, pulse is 96 bpm", 93, 96),
        ("sats 97 and O2 sat 91 on the second go", 91, None),
        ("HR hit 182 on my interval run", None, None),  # a heart rate taken while exercising
        ("O: SLR 70 deg, neuro NAD", None, None),  # a note's "O:" is no oxygen
        ("ninety minutes on the oxygen bar at the spa", None, None),
    ],
)
def test_readings_of_a_watch(text: str, oxygen: int | None, pulse: int | None) -> None:
    numbers = read_numbers(sentences(text))
    assert (numbers.oxygen_saturation, numbers.resting_heart_rate) == (oxygen, pulse)


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("my right leg is more thick than the left since Sunday", "calf-swelling", True),
        ("the left calf is swollen compared to the right one", "calf-swelling", True),
        ("my leg is hot when touching it", "calf-warm-red", True),
        ("sharp pain in my ribs on the left with every breath", "pleuritic-pain", True),
        ("I can barely get a sentence out", "breathlessness", True),
        ("soaking a pad every hour since this morning", "heavy-vaginal-bleeding", True),
        ("a heavy period with big clots this month", "named-blood-clot", False),
        ("sudden pain in one of my, erm, family jewels", "testicular-pain", True),
        ("the spot where the rash was still stings and even my top touching it is awful",
         "touch-hurts-skin", True),
        ("the bra strap touching my trap knot is a bit sore", "touch-hurts-skin", False),
        ("my calf gets weaker every class", "progressive-weakness", True),
        ("I can't rise onto demi-pointe on my left", "foot-drop", True),
        ("just now my right leg went weak", "sudden-onset", True),
        ("painted the ceiling and now my neck aches", "sudden-onset", False),
        ("a loud clunk from my hip when I stretch, no pain after", "painless-after-noise", True),
        ("my back goes out whenever I bend the wrong way", "deformity", False),
        ("my neck grinds a bit when I turn it", "crack-heard", False),
        ("when I press the knot the pain goes up behind my eye", "pressed-referral", True),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Fitness watch says my oxygen is 88 and resting heart rate 130, tight chest, is it my "
         "pecs from bench?", "emergency"),
        ("my oxygen reading is 94 this morning, otherwise just a stiff upper back", "urgent"),
        ("resting pulse 124 since my hip op last week and my calf feels tight", "emergency"),
        ("HR 170 on my tempo run, calves tight afterwards, normal soreness?", "self-care"),
        ("Baby is 10 days old. Bleeding suddenly much heavier with big clots and I feel faint, "
         "is my back ache from feeding?", "emergency"),
        ("had a baby 4 weeks ago and my lower back aches from feeding", "self-care"),
        ("I just now lost the grip in my left hand, dropped the kettle, arm still weak",
         "emergency"),
        ("pressure in my chest going into my back and I've been sick twice", "emergency"),
        ("My left under-leg is more thick than the right one since 3 days and hot when touching",
         "urgent"),
        ("Sudden bad pain in one of my family jewels an hour ago and it's sitting higher",
         "emergency"),
        ("Blisters on one side of my ribs healed last month but it still burns in the same strip "
         "and my shirt touching it is horrible", "doctor"),
        ("Numb outer shin for 2 weeks, spreading, and now I can't rise onto my toes on that "
         "side, weaker every class", "urgent"),
        ("Our head chef collapsed with chest pain last week and is recovering. My wrists ache "
         "from chopping, tips?", "self-care"),
        ("The singer in my band went numb down below and couldn't pee, he had surgery. My back "
         "is just stiff from the van.", "self-care"),
        ("What should I do if I'm rolling my calf and it swells up or goes hot and red? Right "
         "now it's just tight.", "self-care"),
        ("When I stretch my hip there's a loud clunk, like something breaking, no pain after and "
         "no swelling", "self-care"),
        ("I had a blistery rash on my back in spring, it cleared up ages ago. Now just a knot "
         "in my trap.", "self-care"),
        ("Banged my head 3 weeks ago, got checked, everything settled within a day. Now a stiff "
         "neck from sleeping funny.", "self-care"),
        ("When I press the knot in my trap the pain shoots up behind my eye, let go and it stops",
         "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
