"""Words and rules added after held-out sets 90 and 91 (signs noticed through a pet, a child or a
colleague, tool and machine comparisons, grandparents minding children, after a drink or a night
shift, "just a niggle"; plans for tomorrow while a sign is happening, exact times, arthritis and
joint replacements, a comparison with an earlier episode, all lower case, staff writing for a
customer):

- "on the way back from the pub" is a journey, not long ago; "feels like it did in 2020" is now,
  told against a time before; a wrist with "a funny step in it like a bent spanner" (a bent
  limb); "my arm and leg felt like they were full of sand" (one-sided weakness); "the veins on my
  shin look more obvious than on the other leg" (a sign of a clot); "I'm the receptionist at a
  climbing wall. A customer came off ..." is about the customer.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("came off my bike on the way back from the pub and banged my head", "head-injury",
         True),
        ("way back in 2015 I banged my head", "head-injury", False),
        ("my calf feels like it did in 2020: heavy, and the veins look more obvious",
         "calf-warm-red", True),
        ("the wrist has a funny step in it like a bent spanner", "deformity", True),
        ("my left arm and leg felt like they were full of sand", "one-sided-weakness", True),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Came off my bike on the way back from the pub and banged my head. My son says I keep "
         "asking the same question", "emergency"),
        ("I'm the receptionist at a climbing wall. A customer fell onto her outstretched hand, "
         "her wrist is swollen with an odd step on the back of it", "emergency"),
        ("Had a funny turn at 2pm for 10 minutes, my left arm and leg felt like they were full "
         "of sand", "emergency"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
