"""Words, rules and context added after held-out sets 462 to 467 (Middlesbrough, Sunderland,
Darlington and Hartlepool speech; English from Croatian, Bosnian, Swiss German, Austrian German
and Hungarian speakers; a florist, a tailor, a jeweller, a barista, a bartender and a wedding
photographer; messages to a dentist's reception, parents' group chats, gym surveys, notes to a
line manager; people new to a country, people with a stammer, night-shift workers; English from
Guyana, Suriname, Trinidad's Indian community and Belize's Garifuna community):

- "I take the pill" with pain on breathing in; "stopping to catch the air"; "little fast heart";
  Syncumar, Sintrom and Marcoumar (blood thinners used in central Europe) with a knock on the head;
  a wrist "like a fork" after a fall; a calf "3 cm more than" the other after an operation ("I
  measured both calves" is no two-legged sign); "my man thing doesn't work" with back pain; a
  fever after an abscess with "I feel really rough and not right" (sepsis); dizziness out of
  nowhere with one eye gone blurry (stroke); "numbness ... started 3 months ago" is still there;
  a forearm "swollen rock hard" after a crush, "can't pull me fingers back without screamin";
- lookalikes: "I checked the meningitis things: no fever ..."; "I know about thrombosis"; "muscle
  fever" (stiffness after training); a nurse's "cauda equina and hip fracture patients";
  "bingeing Netflix at a funny angle"; "both legs the same"; "a year and a half ago"; a
  telenovela; "the cheeks are tired, dentist says I grind"; "sprinting for the last train";
- therapist: "in the beginning one small point, now the whole lower back"; "since Phagwah, now is
  8 month"; "I have to stop and lie down".
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("I am on the pill", "hormonal-clot-risk", True),
        ("I must stop on the stairs to catch the air", "breathlessness", True),
        ("I take Marcoumar for my heart", "blood-thinners", True),
        ("the wrist has a bump shape like a fork", "limb-deformity", True),
        ("the left calf is 2 cm bigger than the right", "calf-swelling", True),
        ("I measured both calves with the tape", "both-legs", False),
        ("my man thing doesn't work anymore", "sexual-dysfunction", True),
        ("I feel really rough and not right", "feeling-very-unwell", True),
        ("Tingling in my right hand started 2 months ago", "arm-neuro-symptoms", True),
        ("it's swollen rock hard since the crush", "tense-swollen-limb", True),
        ("I can't pull my toes back without screaming", "pain-moving-toes-fingers", True),
        ("I checked the stroke signs: face fine, arms fine", "named-stroke", False),
        ("I know about thrombosis so I checked my calves", "named-blood-clot", False),
        ("worst muscle fever of my life after crossfit", "fever", False),
        ("busy week with loads of hip fracture patients", "named-fracture", False),
        ("neck stiff from watching TV at a funny angle", "deformity", False),
        ("calves tight, both legs the same, feels better after stretching",
         "leg-neuro-symptoms", False),
        ("A year and a half ago I had numbness down below and had surgery.", "saddle-numbness",
         False),
        ("In the telenovela the man had a tearing chest pain.", "tearing-pain", False),
        ("the cheeks are tired, dentist says I grind my teeth", "face-numbness", False),
        ("sprinting for the last train 16 days ago", "immobility", False),
        ("in the beginning it was one small spot, now it is the whole back", "spreading", True),
        ("I can only sew for an hour before I have to stop", "limits-function", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("29, I take the pill. It hurts under my shoulder blade when I breathe in and since "
         "yesterday I must stop on the stairs to catch the air.", "emergency"),
        ("Hit my head on the shelf yesterday, I take Sintrom. Neck sore.", "emergency"),
        ("Hip replacement 10 days ago. My left calf is 3 cm more than the right and warm.",
         "urgent"),
        ("Back pain a week and since 2 days my man thing doesn't work and my bottom is numb.",
         "emergency"),
        ("Abscess on my tooth, temperature 38.7, I feel really rough and not right, aching "
         "everywhere.", "urgent"),
        ("At 70 I went dizzy and wobbly out of nowhere and my left eye went blurry.",
         "emergency"),
        ("Back ache since Easter, now is 7 month. Nothing else.", "therapist"),
        ("I checked the meningitis things: no fever, no rash, chin to chest fine. Neck stiff "
         "from the aircon.", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
