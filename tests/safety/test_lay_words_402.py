"""Words, rules and context added after held-out sets 402 to 407 (Welsh Marches, Shropshire,
Herefordshire and Somerset farming families; Dublin, Cork, Donegal and Limerick English; an
electrician, a nursery nurse, a fishmonger, a taxi call-handler, a housekeeper and a removals man;
carers of a parent with dementia, stroke survivors and people with long-term conditions; English
from Yoruba, Igbo, Amharic, Swahili and Shona speakers; a warning sign in a P.S., and messages of
a dozen words):

- a knock of the head on a tailgate or a cupboard with blood thinners is an A&E matter
  (`head-injury-on-blood-thinners`); a testicle "gone up" and swollen; the shin "gone hard"; a
  side of the visual field gone ("can't see the right hand side of the screen"); a temperature
  "up and down"; "failing to breathe properly"; "losing track of what I'm saying"; crushing
  pain "spreading into my neck" that has not let up "even sat still"; no poo for days with
  vomiting and a swollen tummy (`bowel-obstruction-complete`); "can't put no weight on it";
- whose sign it is: "I can't get her to wake up properly" is the writer acting on someone else,
  so a message about a mother with dementia is about her; an animal with "with" ("a ewe with a
  hot swollen knee"); West Country "I ent numb" (I am not);
- lookalikes: "more confused than her normal" (no normal finding), "nothing like a thunderclap"
  (a comparison denied), a "stroke survivor" (no stroke now).
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("temp up and down since Sunday", "fever", True),
        ("I am failing to breathe properly", "breathlessness", True),
        ("the front of my shin has gone hard", "tense-swollen-limb", True),
        ("I cannot see the right hand side of the page", "sudden-vision-loss", True),
        ("I cannot see the left side of my back in the mirror", "sudden-vision-loss", False),
        ("I ent numb anywhere", "leg-neuro-symptoms", False),
        ("stroke survivor here, two years on", "named-stroke", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Clocked my head on the cupboard door this morning, big lump. I'm on warfarin. Neck's "
         "stiff.", "emergency"),
        ("My lad is 13, says his ball on one side has gone up and swollen and he's been sick.",
         "emergency"),
        ("Since about 7 I can't see the right hand side of the telly whichever eye I shut, and "
         "I feel drunk on my feet.", "emergency"),
        ("Dad's 85 with dementia, he's cold and sweaty, breathing fast, far more confused than "
         "his normal, and I can't get him to wake up properly.", "emergency"),
        ("Mum hasn't opened her bowels in 5 days, she's vomiting and her tummy is swollen and "
         "hard.", "emergency"),
        ("I'm 80, fell in the yard, my leg looks shorter and I can't put no weight on it.",
         "emergency"),
        ("Headache behind my eyes from tight traps again, nothing like a thunderclap, came on "
         "slowly.", "self-care"),
        ("Stroke survivor, 3 years. My shoulder flares up now and then, no new weakness.",
         "therapist"),
        ("Had a ewe with a hot swollen knee, vet lanced it. My wrist is sore from holding her.",
         "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
