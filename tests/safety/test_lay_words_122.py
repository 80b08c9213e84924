"""Words and rules added after held-out sets 122 to 125 (3am writers, care-home staff, returning
runners, lost taste or smell, taxi drivers, three problems at once; new grandparents, delivery
drivers, cancer years ago, everything out of 10, swimmers, apologies first; a stoma, a catheter or a
pacemaker in passing, labourers, fasting, what a partner said it looked like, rowers,
questionnaires with headings; teenage athletes, rotating nights, altitude and heat, "just a
muscle", musicians who stand, capitals):

- "like sitting on nothing" is numbness of the saddle told as a feeling, not a denial, and "I
  didn't realise I'd pooed" is losing control of the bowel;
- numbness in a leg that is spreading and getting worse, or with a leg that gives way, is urgent;
- a temple artery a doctor "checked" is no tender artery; a loud pop after which the back "actually
  felt better" is a noisy joint.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("on the toilet it's like sitting on nothing down there", "saddle-numbness", True),
        ("I didn't realise I'd pooed until I looked", "bowel-incontinence", True),
        ("the doctor checked the arteries at my temples, all fine", "scalp-tenderness", False),
        ("a loud pop in my back and then it actually felt better", "painless-after-noise", True),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("My back went lifting the shopping. Since last night sitting on the loo is like sitting "
         "on nothing and I didn't realise I'd pooed.", "emergency"),
        ("Numbness down the front of my left thigh spreading further each day and getting worse, "
         "back ache is mild", "urgent"),
        ("I'm 64, bloods were normal and the GP checked the arteries at my temples, she says it's "
         "clenching. Temple trigger points?", "self-care"),
        ("My back made a loud pop when I got up and then it actually felt better, just stiff",
         "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
