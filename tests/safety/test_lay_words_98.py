"""Words and rules added after held-out sets 98 and 99 (two questions in one message, what a
phone line or an online checker said, drivers, blood thinners and diabetes, readings from a watch
or a cuff, 'we'; learners of English, the weeks after a birth, the days after a vaccination, pain
by colour and shape, care-home notes, gamers):

- a brand new, one-sided neck pain after a trampoline park (with a headache unlike any before,
  a torn neck artery); a knee "scoped" is an operation; a rib ache on a deep breath is pain on
  breathing in;
- skin that still burns along the strip where shingles was, and hurts when clothes brush it (a
  nerve's pain, a doctor's);
- a question someone asked the writer ("the checker asked me 'do you have chest pain ...?'"),
  clots a midwife mentioned, "calves look the same size", shingles "in the spring", a fever the
  night after a booster, the "jab spot", a foam roller's "crunching noise" and "in hospital now
  with a clot" (still the mother's) are no signs of the writer's;
- a pressed knot's zing "like lightning" up the head that fades when let go is no sudden headache;
- "I had a kidney infection in January" is a time gone by, and a "lumbar puncture" is a test, not
  back pain.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("a brand new pain down the side of my neck", "unusual-neck-pain", True),
        ("my legs feel like I'm walking on a trampoline", "neck-manipulation", False),
        ("the nurse asked me whether my calf was swollen", "calf-swelling", False),
        ("the GP asked me about my calf, it is swollen and red", "calf-swelling", True),
        ("my IT band makes a loud crunching noise when I roll it", "crack-heard", False),
        ("I heard a crunch when I landed on it", "crack-heard", True),
        ("I had shingles on my side in the spring", "named-shingles", False),
        ("dull ache under my right ribs when I take a deep breath", "pleuritic-pain", True),
        ("had my knee scoped three weeks ago", "recent-surgery", True),
        ("the midwife mentioned clots after birth", "named-blood-clot", False),
        ("they found a clot in my leg", "named-blood-clot", True),
        ("the skin along that strip still burns", "touch-hurts-skin", True),
        ("a hot stinging burn under the skin of my inner thigh", "touch-hurts-skin", False),
        ("fever and chills the night after my covid booster", "fever", False),
        ("my arm is a bit sore at the jab spot", "rash", False),
        ("I had a kidney infection in January", "urinary-infection-signs", False),
        ("I think I have a kidney infection, it burns when I pee", "urinary-infection-signs",
         True),
        ("they did a CT and a lumbar puncture, both clear", "back-pain", False),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Took the kids to a trampoline park, since then a brand new pain in the side of my "
         "neck going up behind my ear, not like any headache I've had", "emergency"),
        ("About two months ago I had shingles on my ribs. The skin along that strip still "
         "burns and my t-shirt brushing it hurts", "doctor"),
        ("My mother is in hospital now with a blood clot in her lung. I sit with her all day "
         "and my neck is stiff", "self-care"),
        ("When I press the knot on my shoulder a zing shoots up my head like lightning, it "
         "fades as soon as I let go", "therapist"),
        ("Calves look the same size, not swollen or red. 6 weeks postpartum with a stiff neck "
         "from feeding", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
