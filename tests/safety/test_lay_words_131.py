"""Words and rules added after held-out sets 131 to 135 (autocorrect at night, couriers on bikes,
"funny turns", timing only, rugby and hockey, medicines pasted first; gym slang, night carers,
"a bit off", a change from normal, moving house, phonetic spelling; a poorly child, double
shifts, childbirth and kidney stones as yardsticks, fears first, golf and tennis, long preambles;
energy drinks, standing shop work, "probably just my anxiety", "my leg" as if apart, sea
swimmers, Scots and Irish words; five-a-side dads, office cleaners, "a bit of arthritis", dates
and times, antibiotics just finished, replies in a thread):

- "messed myself without feeling it coming", "had an accident on the sofa and didn't even feel
  it", "my body has stopped telling me when I need a poo" (losing control of the bowel);
- "something pushing against the skin" after a tackle (a bone about to break through);
- "back of my hed like something burst", "can't look at the lamp";
- pressure in the throat and both arms (the heart's pain without the chest); brown bleeding in
  early pregnancy; "can't take more than a couple of steps on it" and "the bony bit is sore to
  touch" after a rolled ankle; "even my shirt brushing it hurts" where a rash has healed;
- lookalikes: "it was my brother who had the sudden headache", "woman on the next till", "lad
  on our team"; a "ripping" feeling in a rolled quad (tearing pain needs a chest, back or belly
  sign to be the aorta's); "back in March"; a purple-black bruise "came out"; a neck that
  "crunches loudly when I turn it"; "got it checked at the walk-in, all fine"; a water infection
  treated and "rechecked clear"; "no temperature, I feel fine" is no numbness; "6 weeks
  pregnant" is no length of pain.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("I messed myself without feeling it coming", "bowel-incontinence", True),
        ("had an accident in bed and didn't feel it happen", "bowel-incontinence", True),
        ("my body has stopped telling me when I need a poo", "bowel-incontinence", True),
        ("we had an accident on the motorway", "bowel-incontinence", False),
        ("there's something pushing against the skin of my shin", "open-fracture", True),
        ("pain at the back of my hed", "headache", True),
        ("I can't look at the lamp", "photophobia", True),
        ("a weird pressure in my throat and both arms", "radiating-arm-jaw", True),
        ("a bit of brown bleeding", "vaginal-bleeding", True),
        ("I can't take more than a couple of steps on it", "cannot-bear-weight", True),
        ("the bony bit on the outside is really sore to touch", "bone-tenderness", True),
        ("even my shirt brushing it hurts", "touch-hurts-skin", True),
        ("a bad headache back in March", "back-pain", False),
        ("a purple-black bruise came out on my thigh", "confusion-drowsiness", False),
        ("my neck crunches loudly when I turn it", "crack-heard", False),
        ("got it checked at the walk-in, all fine", "assessed-normal", True),
        ("the GP rechecked my wee and it's clear", "assessed-normal", True),
        ("rechecked my wee and it's clear, no temperature, I feel well", "saddle-numbness", False),
        ("I can't get comfy at night", "urinary-retention", False),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Back went on Monday. I've messed myself once without feeling it coming and my legs feel "
         "heavy", "emergency"),
        ("Clattered in a tackle, my shin is bent and there's something pushing against the skin",
         "emergency"),
        ("20 mins ago during sex a massive pain at the back of my hed like something burst, can't "
         "look at the lamp", "emergency"),
        ("Pressure in my throat and both arms for half an hour, I've been sick and my wife says "
         "I've gone grey", "emergency"),
        ("About 7 weeks pregnant, pain low on one side and a bit of brown bleeding", "urgent"),
        ("Rolled my ankle yesterday, can't take more than a couple of steps on it and the bony "
         "bit on the outside is really sore to touch", "emergency"),
        ("A blistery rash on my side healed last month but the burning is still there along "
         "that strip and even my shirt brushing it hurts", "doctor"),
        ("same here but it was my sister who had the sudden awful headache, she's fine now. Mine "
         "is just tight traps", "self-care"),
        ("Woman on the next till collapsed with chest pain last week. I'm fine, just sore feet",
         "self-care"),
        ("Foam rolling my quads felt like something was ripping, no swelling, walking fine",
         "self-care"),
        ("Knocked my head on a cupboard last week, got it checked at the walk-in, all fine. Now "
         "just a tight neck", "self-care"),
        ("Finished antibiotics for a water infection, the GP rechecked my wee and it's clear, no "
         "temperature. Back a bit stiff from the sofa", "self-care"),
        ("Neck and shoulder pain wakes me every time I roll over, 10 nights now", "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
