"""Words, rules and context added after held-out sets 645 to 650 (Barrow-in-Furness, Kendal and
Ulverston; Wolverhampton, Dudley and West Bromwich; Chester, Ellesmere Port and Runcorn; Truro,
Penzance and St Austell; Bangor, Caernarfon and Holyhead; Enniskillen, Omagh and Newry; English
from Tibetan, Dzongkha, Mizo, Manipuri, Kazakh, Kyrgyz, Hmong, Karen, Basque, Catalan, Angolan
Portuguese and Congolese French speakers):

- a message for someone else in non-native English ("My wife she bend down ... Before she only
  have shoulder tight") and a parent's "Mine (9) says her back hurts" are about them;
- "my 80-year-old dad" is no child;
- "heavy and squeezing" in the left pec for 40 minutes with sweat (a heart attack's);
- "the thigh is huge, tight and extremely painful" with urine "dark like Coca-Cola";
- "her left leg not walk right"; Cornish "'tis all puffed up and 'ot";
- what is no sign: a "plant operator" (no operation), a head "banging like a drum" every Friday,
  "pupils bigger than the other" (no swollen leg), a hip replacement "six months old", shingles
  "three year since", a headache "a month back" with a clear scan.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("Left pec feels like a massive knot, heavy and squeezing", "heavy-chest", True),
        ("the thigh is huge and tight", "tense-swollen-limb", True),
        ("my pee is dark like Coca-Cola", "dark-cola-urine", True),
        ("my left leg not walk right since lunch", "one-sided-weakness", True),
        ("Chemical plant operator, 54, on nights", "recent-surgery", False),
        ("Me head's banging like a drum after a day on the grinder", "thunderclap-headache",
         False),
        ("one of his pupils looks bigger than the other", "calf-swelling", False),
        ("I'm eight months post hip replacement and discharged", "recent-surgery", False),
        ("I had shingles on me back three year since, long gone", "named-shingles", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("My wife she bend down to pick up the baby, then sudden her head pain very very strong, "
         "like something explode. Before she only have shoulder tight. Now she vomit and her "
         "neck stiff. We put hot towel?", "emergency"),
        ("Mine (9) says her back hurts on one side near the bottom of her ribs, she's had a "
         "temperature since yesterday and it burns when she wees.", "urgent"),
        ("My 80-year-old dad slipped in the bathroom last night and bumped his head. This "
         "morning he's more muddled than usual and very drowsy. Heat pack for his back?",
         "emergency"),
        ("Plant operator, 54. Left pec and shoulder feel like a massive trigger point, heavy and "
         "squeezing, going about 40 minutes now, I'm sweating and I feel sick.", "emergency"),
        ("Fell asleep with my leg folded under me for hours. Now the thigh is huge, tight and "
         "extremely painful and my pee is dark like Coca-Cola.", "emergency"),
        ("Me calf's been throbbin' since the train, 'tis all puffed up and 'ot and 'urts when I "
         "stand on it.", "urgent"),
        ("Me head's banging like a drum after a day on the grinder. It's the usual one I get every "
         "Friday, goes with a brew.", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
