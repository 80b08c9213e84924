"""Words, rules and context added after held-out sets 576 to 578 (Blackpool, Preston and
Burnley; Sheffield, Rotherham and Doncaster; the Valleys, Newport and Merthyr; English from
Turkish and Greek Cypriot, Romanian and Moldovan, Polish and Silesian speakers; people on DOACs,
with osteoporosis, in early pregnancy, on steroids or after bariatric surgery):

- a reassurance that only a relative, a friend or the internet gave ("my son says no blood,
  nothing to worry") in a sentence that names no one who examined the writer is no
  reassurance: a head knock on a blood thinner stays an emergency;
- "my legs keep giving on the stairs"; "she touched round my backside and I didn't even
  flinch" (saddle numbness, told by someone who saw it);
- a swollen belly with constant pain and vomiting (bowel obstruction, urgent);
- and what is not a sign: "shoutout to Dave who's been diagnosed with a DVT"; "nine stone after
  my sleeve" (weight lost on purpose); "stiff from jerking back" (no back pain).
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("My neck is sore. My son says no blood, nothing to worry", "assessed-normal", False),
        ("the GP says nothing to worry about", "assessed-normal", True),
        ("tonight my legs keep giving on the stairs", "legs-give-way", True),
        ("the wife says I didn't even flinch when she touched round my backside",
         "saddle-numbness", True),
        ("my neck is a bit stiff from jerking back", "back-pain", False),
        ("since losing nine stone after my sleeve", "weight-loss", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Fell in the street and hit my head on the kerb. I take apixaban. My daughter says no "
         "blood, nothing to worry about, just rub my neck.", "emergency"),
        ("Low back went in a scrum. Tonight my legs keep giving on the stairs and the missus "
         "says I didn't even flinch when she touched round my backside.", "emergency"),
        ("Crampy tummy for hours, now severe and constant, I'm vomiting and my belly's "
         "swelling.", "urgent"),
        ("Shoutout to Dave who's been diagnosed with a DVT, swollen calf, hot, the lot. For me "
         "just a tight hamstring.", "self-care"),
        ("Since losing nine stone after my sleeve the knots in my neck keep coming back. Bloods "
         "are fine.", "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
