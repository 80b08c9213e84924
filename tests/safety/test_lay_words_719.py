"""Words, rules and context added after held-out sets 719 to 724 (Coldstream, Kelso and
Jedburgh; Ullapool, Durness and Lairg; Appledore, Clovelly and Hartland; Barmouth, Harlech and
Criccieth; Bamburgh, Seahouses and Craster; Kirkcudbright, Portpatrick and Girvan; English from
Kabyle, Dinka, Acholi, Tamazight, Lozi, Nubian, Chaga, Kikongo, Tiv, Efik, Umbundu and Kanuri
speakers):

- signs: food falling "from one side of my mouth", a mouth that "go down one side" (a face
  drooping, told in learner's English); "pulling my toes up is agony" (pain on stretching the
  toes) with a numb foot (compartment syndrome); chest pain in someone who has angina; a knock
  to the head after brain surgery or with a shunt (A&E, as on blood thinners);
- what is no sign: a knock to the head with a stiff neck, its danger signs denied ("no
  blackout", "didn't black out": the Canadian C-spine rule's low-risk case; a dangerous
  mechanism, numbness or age 65 still count, and a knock told with no denial is still a
  doctor's);
  "stable angina" named as a condition; a time that opens the sentence read over a date told as
  an aside ("Years back, 2012 it was, I had ..."); "All normal, GP says ..."; knowing "the stroke
  signs"; "limping on the bad foot" (no failure to bear weight).
"""

from __future__ import annotations

import pytest
from lay_words import check_level

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Tonight at dinner the food kept falling from one side of my mouth and I can't lift my "
         "left arm.",
         "emergency"),
        ("My dad's mouth go down one side at breakfast and he can't lift his arm. His shoulder "
         "has hurt for years.",
         "emergency"),
        ("Banged my head on the car door frame this morning. I've had a VP shunt since I was a "
         "baby. Neck's a bit stiff now.",
         "emergency"),
        ("Knocked my head on a shelf yesterday, I had brain surgery two years ago. Shoulders are "
         "tight.",
         "emergency"),
        ("After the long run my shins went rock tight, pulling my toes up is agony and the top "
         "of my foot is numb.",
         "emergency"),
        ("Got a knock to the head at hockey, no blackout, no sickness, no headache. Neck's a bit "
         "stiff since. Stretches?",
         "self-care"),
        ("Banged my head on the loft hatch yesterday, didn't black out, no headache. My neck is "
         "tight today.",
         "self-care"),
        ("I have stable angina, well managed. My upper back has a knot that keeps coming back. "
         "Who do I see?",
         "therapist"),
        ("I've got stable angina but this is different: a sore spot under my collarbone since "
         "painting, tender to press.",
         "self-care"),
        ("Years back, 2012 it was, I had a mini stroke with my face drooping. Fine since. "
         "Shoulder is sore from the garden.",
         "self-care"),
        ("My nurse said with my pressure I should know the stroke signs. What are they? My neck "
         "is just stiff from the pillow.",
         "self-care"),
        ("My calf is tight from limping on the bad foot, no swelling or heat. What signs of a "
         "clot should I look for after my op next month?",
         "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)


def test_chest_pain_with_known_angina_is_still_999(kb: KnowledgeBase) -> None:
    check_level(kb, "I've got stable angina and now chest pain at rest that the spray isn't "
                    "shifting.", "emergency")
