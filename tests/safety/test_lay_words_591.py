"""Words, rules and context added after held-out sets 591 to 596 (Lincoln, Grantham and Skegness;
Durham, Darlington and Bishop Auckland; Hackney, Tottenham and Walthamstow; Truro, Penzance and St
Ives; Newry, Armagh and Enniskillen; Wigan, Bolton and Salford; English from Azerbaijani and
Kazakh, Bosnian and Slovene, Sorani Kurdish and Lingala, Singlish and Malaysian, Fijian and
Samoan speakers):

- "I'm used to a tight chest" is what the writer lives with now, not what is over: the heavy
  pressure that "feels different" after it, with clamminess, is a heart attack's sign;
- "in bed with the missus" is company, not the wife's illness;
- a head "like somebody cracked an egg on the back of it" that "come on all at once";
- a fall on the hand with a swollen, bruised wrist that "hurts when I try to grip";
- what is not a sign: abs that "feel like they've been hit by a bus"; a pub quiz's answer;
  a headache that "built up slowly rather than coming on all at once".
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("I'm used to a tight chest but this feels different, heavy pressure in the middle",
         "chest-pain", True),
        ("it come on all at once while I was straining on the loo", "abrupt-onset", True),
        ("like somebody cracked an egg on the back of my head", "thunderclap-headache", True),
        ("my wrist is very hurt when I try to grip anything", "limits-function", True),
        ("my abs feel like theyve been hit by a bus lol", "pedestrian-struck", False),
        ("I was hit by a bus yesterday", "pedestrian-struck", True),
        ("it built up slowly over the afternoon rather than coming on all at once",
         "abrupt-onset", False),
        ("answer to Q14 was meningitis", "named-meningitis-sepsis", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("I've had asthma since I was a kid so I'm used to a tight chest but this feels "
         "different - heavy pressure right in the middle that's spreading to my back and neck, "
         "and I'm clammy.", "emergency"),
        ("Different one today, was in bed with the missus and bang, like bein' hit over the "
         "head, worst I've ever had, cannot stand the light and me neck's gone stiff.",
         "emergency"),
        ("Me 'ead, like somebody cracked an egg on the back of it, come on all at once while I "
         "was straining on the loo, worst I ever had. Neck's gone stiff since.", "emergency"),
        ("I fall on ice on my hand yesterday, now wrist very swollen, bruised, and very hurt "
         "when I try to grip anything.", "urgent"),
        ("my abs feel like theyve been hit by a bus, did 200 crunches for a bet lol it hurts to "
         "laugh. will it go", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
