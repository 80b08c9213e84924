"""Words, rules and context added after held-out sets 633 to 638 (Lincoln, Boston and
Skegness; Exeter, Barnstaple and Bideford; Bolton, Bury and Leigh; Dundee, Arbroath and Forfar;
Coventry, Nuneaton and Rugby; Medway, Margate and Dover; English from Yoruba, Fula, Brazilian
Portuguese, Colombian Spanish, Cantonese, Mandarin, Egyptian Arabic, Amazigh, Sinhala, Dhivehi,
Slovak and Croatian speakers):

- a fall or blow, then breathing that gets harder and harder (a broken rib's lung);
- a known ovarian cyst with sudden pain and vomiting (a cyst that burst or twisted);
- "freezing one minute and boiling the next" (shivers and fever, not a boil); "bright lights are
  doing my head in"; a shoulder whose "shape looks a bit flat at the back" after a fit;
- Scots "the side o ma neck": "of"; "the calf's gone reet swollen": become, not gone;
- "no" written in Chinese, Russian, Bulgarian, Greek or Arabic before an English sign;
- what is no sign: "told me to ring if I get a fever", "a thing to look out for", "what back pain
  at night can mean for them", meningitis "as a nipper back in the eighties", a drama watched
  "last night", "won't wipe me out", a broken wrist "I thought I'd" had when the X-ray was clear.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("I've been freezing one minute and boiling the next since Tuesday", "rigors", True),
        ("I've been freezing one minute and boiling the next since Tuesday", "recent-infection",
         False),
        ("bright lights are doing my head in today", "photophobia", True),
        ("my shoulder's shape looks a bit flat at the back", "deformity", True),
        ("a new pain down the side o ma neck", "neck-pain", True),
        ("now the calf's gone reet swollen and hot", "calf-swelling", True),
        ("\u6ca1\u6709 fever, just a stiff neck", "fever", False),
        ("\u043d\u0435\u0442 fever, only the back", "fever", False),
        ("my nurse told me to ring if I get a fever with aches", "fever", False),
        ("I know what back pain at night can mean for them", "night-pain", False),
        ("I had meningitis as a nipper back in the eighties, fine since", "named-meningitis-sepsis",
         False),
        ("what massage won't wipe me out after work?", "saddle-numbness", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Tripped on the church steps and landed side-on against the railing. Thought it was a "
         "bruise, but my breathing is getting harder and harder tonight.", "emergency"),
        ("They found a cyst on my left ovary in the spring. This is sudden, left sided, and I've "
         "been sick twice. Could it be my hip flexor?", "emergency"),
        ("Neck's dead stiff, can't get my chin to my chest, bright lights are doing my head in "
         "and I've been freezing one minute and boiling the next.", "emergency"),
        ("Painting ceilings all week. Now a new weird pain down the side o ma neck into ma jaw "
         "and ma right eye's droopin.", "emergency"),
        ("My leg's been in a pot for a month and now the calf above it's gone reet swollen, hot "
         "and a funny red colour.", "urgent"),
        ("My shoulder is agony since a fit last night, I can't turn the arm outwards and the "
         "shape looks a bit flat at the back.", "urgent"),
        ("Neck stiff after a hotel pillow. \u6ca1\u6709 fever, no headache, no rash, I can touch "
         "my chin to my chest.", "self-care"),
        ("On tacrolimus after a kidney transplant; the nurse told me to ring if I get a fever "
         "with aches. No temperature, just sore thighs from a spin class.", "self-care"),
        ("Had meningitis as a nipper back in the eighties, right as rain since. Shoulders in "
         "knots from driving the bus.", "self-care"),
        ("Watching Casualty last night and someone had meningitis, horrible. My own neck's just "
         "stiff from a new pillow.", "self-care"),
        ("Came out of nowhere watching Corrie, my mid back like something ripping, and now my left "
         "leg's gone cold and numb.", "emergency"),
        ("What signs mean a bad back is an A&E bad back? I've heard numbness in your bum is a "
         "thing to look out for. Mine's just an ache from building wardrobes.", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
