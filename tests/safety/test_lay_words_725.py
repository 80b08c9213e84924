"""Words, rules and context added after held-out sets 725 to 728 (Brora, Golspie and Helmsdale;
Lynton, Porlock and Dulverton; Tywyn, Aberdyfi and Nefyn; Rothbury, Belford and Amble; English
from Nuer, Sango, Lango, Fang, Ateso, Duala, Lugbara and Bamileke speakers):

- signs: an arm or a leg that "will not obey" or "will not listen" (weakness; both on one side,
  a stroke); "the caca come out and I do not feel it coming" (losing control of the bowels);
  "I have not pee since morning" (very little urine); "I feel like I will die" (a sense of doom);
  a fall with a swollen joint that is agony to move (a possible fracture); a lump that "looks
  wrong" (a deformity); "pain very strong"; "giving me gyp" (pain);
- what is no sign: "cannot carry my son on my back" (a limit, not "I can't carry on"); Scots
  "pittin" (putting, not pitting).
"""

from __future__ import annotations

import pytest
from lay_words import check_level

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("My neck is stiff from the bus. Since an hour my right arm will not obey me and the "
         "right leg also will not listen.",
         "emergency"),
        ("Low back sore from lifting. Since this morning the caca come out and I do not feel it "
         "coming.",
         "emergency"),
        ("Fever of 39.5, breathing fast and I have not pee since morning. Muscles ache all over.",
         "urgent"),
        ("Everything aches and I honestly feel like I will die. Fever 39.4 and breathing fast.",
         "emergency"),
        ("Fell on my hand on the ice, the wrist swelled up and it is agony to move. Is it my "
         "carpal tunnel?",
         "urgent"),
        ("My shoulders are sore, I cannot carry my son on my back any more on walks.",
         "therapist"),
        ("Been pittin up shelves all weekend and my shoulder is stiff.", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
