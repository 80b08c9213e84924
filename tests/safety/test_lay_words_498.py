"""Words, rules and context added after held-out sets 498 to 503 (Swansea, Llanelli, Neath and
Port Talbot speech; English from Telugu, Malayalam, Bengali and Assamese speakers; a canal lock
keeper, a piano mover, a cobbler, a stable hand, a road-line painter and a glassworks operative;
a note to a dog sitter, a hairdresser's cancellation, a school parents' portal, a caravan forum;
people on weight-loss drugs, long-term steroids or after cancer; English from Brunei, East Timor,
the Maldives and Bhutan):

- "when I wiped after the toilet it felt like it wasn't my bum" and "the bit that would touch a
  bike seat feels like it's had a dental injection" (saddle numbness); "the mother of all
  headaches" (no mother); "one-sided ... band ... wrapping round to the front" with a rash;
  "bad back again at 70" (an age); "only realised when I was wet" (now, not a time of life);
  "my heart's been going like the clappers" three weeks after the baby; chest "muscle" pain
  going to the left arm with giddiness; an "auto overturned" and breathlessness with sore chest
  wall muscles;
- and no alarm for "out in the cold", "I almost fall getting up", "before anyone on here says
  heart attack", "can't sit still long enough for highlights", legs "jelly" after a HIIT class,
  "me i'm the nurse with sore lower back" after a patient's meningitis, or a fall in January whose
  x-ray "showed no fracture, bruise healed".
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("when I wiped after the toilet it felt like it wasn't my bum, sort of numb",
         "saddle-numbness", True),
        ("the bit that would touch a bike seat feels like it's had a dental injection",
         "saddle-numbness", True),
        ("I got the mother of all headaches, it came on like a light switching on",
         "thunderclap-headache", True),
        ("one-sided stabbing band under my shoulder blade wrapping round to the front",
         "one-sided-band", True),
        ("my neck seizes up when I'm out in the cold", "fainting", False),
        ("my legs go dead and I almost fall getting up", "fall-or-crash", False),
        ("the auto overturned with me inside", "trauma-mechanism", True),
        ("did my first proper HIIT class", "exercise-fatigue", True),
        ("pulled a muscle and I can't sit still long enough for highlights", "colicky-pain",
         False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Known disc bulge, sciatica down my left leg. When I wiped after the toilet it felt like "
         "it wasn't my bum, sort of numb.", "emergency"),
        ("Tuesday I got the mother of all headaches, it came on like a light switching on, and my "
         "wife found me on the floor.", "emergency"),
        ("bad back again at 70, came on all at once, its in my tummy as well and i nearly passed "
         "out", "emergency"),
        ("Now down below feels numb, and I didn't feel that I needed the loo, only realised when "
         "I was wet.", "emergency"),
        ("Had the baby 3 weeks ago. The last day or so my heart's been going like the clappers.",
         "emergency"),
        ("chest muscle pain after gym, like a tight band squeezing, going to left arm also. "
         "little giddy too.", "emergency"),
        ("Auto overturned 2 days back, I was inside. Chest wall muscles very sore, and today I am "
         "more short of breath.", "emergency"),
        ("Before anyone on here says heart attack, no chest pressure, not breathless. Knot under "
         "my shoulder blade.", "self-care"),
        ("My patient today had meningitis, purple rash and stiff neck. Me, I'm the nurse with "
         "sore lower back from turning him.", "self-care"),
        ("Fell from a ladder in January, x-ray showed no fracture, bruise healed in 2 weeks. Now "
         "my lower back is stiff after a long drive.", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
