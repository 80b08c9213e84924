"""Words and rules added after held-out sets 302 to 305 (reflexologists, acupuncture, doulas,
district nurses, one long sentence, 'basically'; practice nurses, pharmacists, influencers,
narrators, a bus stop in a hurry, what I ate today; subtitlers, curators, restorers, key
cutters, a friend's tone, the pain's timing; tanners, corset makers, lactation consultants, a
formal enquiry, 'w/' and 'b/c', a blood pressure reading, 'no biggie'):

- a professional telling of a patient now ("I can feel a pulsing lump in his tummy"): "I can
  feel" is about his body when "his" follows within eight words, so the report counts;
- a blow from something falling onto the head ("a wardrobe door came off its hinges onto my
  head") with a headache and memory trouble ("I keep losing track", "asked the same question
  three times") is a head injury to be seen now;
- "saw some blood when I peed" with pain in the back that comes and goes;
- "was rushed in" is being taken in: what she was rushed in with is her story;
- "hurts to grip", "makes it hard to walk to the bus", "stopped my morning walks" limit
  function.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("I keep losing track and asked my mate the same question three times",
         "memory-problems", True),
        ("I lose track of time when I'm gaming", "memory-problems", False),
        ("saw some blood when I peed this morning", "urinary-infection-signs", True),
        ("it hurts to grip the steering wheel", "limits-function", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Community nurse with an 80 yo man. He had back pain this morning, now sudden severe "
         "pain in his belly through to his back, I can feel a pulsing lump in his tummy, pale "
         "and sweaty", "emergency"),
        ("A shelf came down onto my head this morning. Headache since and I keep losing track, "
         "I asked my colleague the same question three times", "emergency"),
        ("A colleague was rushed in last month with numbness down below and bladder trouble "
         "from her back (she's recovering). I'm fine down there, just a sore lower back",
         "self-care"),
        ("sharp cramping pain low in my back on the left, comes and goes, felt sick and I saw "
         "some blood when I peed", "urgent"),
        ("heel pain makes it hard to walk to the shops and I've stopped my morning walks, about "
         "a month", "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
