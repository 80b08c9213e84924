"""Words, rules and context added after held-out sets 603 to 608 (Stoke-on-Trent, Crewe and
Macclesfield; Carlisle, Penrith and Workington; Merthyr Tydfil, the Rhondda and Pontypridd;
Aberdeen, Peterhead and Fraserburgh; Hull, Grimsby and Scunthorpe; Norwich, Great Yarmouth and
Lowestoft; English from Tigrinya, Sudanese Arabic, Latvian, Estonian, Sri Lankan Tamil,
Malayalam, Tagalog, Cebuano, Thai, Mongolian, Uzbek, Hausa and Igbo speakers):

- a part of the writer's after a denial is a new subject ("not in a tackle, and one of my balls
  is swollen");
- a comparison is no denial ("more short of breath, not less, and coughing up blood"); "not
  even got a headache" is one;
- standing at the urinal with nothing coming; dribbling "in my overalls without knowing";
- Doric "I dinna ken fan I need a pee", "ilka wik", "shouder"; Scots "nicht" is the night,
  German "nicht" only in its phrases;
- pain "now going to the elbow and the wrist" spreads;
- what is not a sign: "feels like I got hit by a truck"; "on the breastbone edge"; a forum's
  "TIA x" sign-off; what a vet says; a resident's stroke "on my shift".
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("it wasn't a tackle, and one of my balls is really painful", "testicular-pain", True),
        ("no injury, and none of my joints are swollen", "swollen-joint", False),
        ("getting more short of breath not less and coughing up a bit of blood",
         "coughing-blood", True),
        ("not been sick, not even got a headache", "headache", False),
        ("I stood at the urinal for ages and nothing came", "urinary-retention", True),
        ("I'd dribbled in my overalls without knowing", "urinary-incontinence", True),
        ("I dinna ken fan I need a pee", "urinary-retention", True),
        ("since last nicht I dinna ken fan I need a pee", "urinary-retention", True),
        ("gettin a bit worse ilka wik", "progressive-weakness", False),
        ("it is now going to the elbow and the wrist", "spreading", True),
        ("now going to the gym is hard", "spreading", False),
        ("every muscle feels like i got hit by a truck", "trauma-mechanism", False),
        ("sore when I press on the breastbone edge", "sense-of-doom", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("I think I've pulled something in my groin at rugby. But it came on sudden about an hour "
         "ago, not in a tackle, and one of my balls is really painful and swollen and I've been "
         "sick.", "emergency"),
        ("Went hard onto the rail with me ribs. Now I'm getting more short of breath not less and "
         "coughing up a bit of blood.", "emergency"),
        ("My lower back is stiff. Last night I stood at the urinal for ages and nothing came, then "
         "this morning I'd dribbled in my overalls without knowing.", "emergency"),
        ("Ma back's been affa sair. Since last nicht I dinna ken fan I need a pee, it jist "
         "dribbles oot on its ain an I'm nae feelin it.", "emergency"),
        ("Banged me head on the loft hatch, bit of a lump, never lost consciousness, not been "
         "sick, not even got a headache. My shoulder is tight from reaching.", "self-care"),
        ("Went to A&E last night with chest pain; ECG and blood tests were all normal and the "
         "doctor said it's costochondritis. It's sore when I press on the breastbone edge.",
         "self-care"),
        ("first pole fitness class yesterday and every muscle feels like i got hit by a truck. "
         "DOMS from hell, how long does this last??", "self-care"),
        ("What would be the warning signs that a headache from neck knots is something serious? "
         "Mine's the usual dull band round my head after a day at the laptop. TIA x", "self-care"),
        ("My cat cannot use her back legs suddenly last week, the vet say it is blood clot. Me, I "
         "am fine, only my shoulder pain from carrying her box.", "self-care"),
        ("One of the residents at the care home had a stroke on my shift last week, face drooped "
         "and everything, she's in hospital now. I'm fine, but my lower back is killing me from "
         "the hoisting.", "self-care"),
        ("Started wi a sair spot in ma left shouder fae the trays. Ower the last month it's spread "
         "doon ma back, gettin a bit worse ilka wik. Nae pins an needles, jist sair.",
         "therapist"),
        ("The pain in my forearm from typing is now going to the elbow and the wrist, slowly in "
         "three weeks. No swelling, no numbness.", "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
