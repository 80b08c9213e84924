"""Words, rules and context added after held-out sets 552 to 557 (Bristol, Swindon and
Gloucestershire speech; English from Nepali, Dari, Sorani Kurdish and Somali speakers; a midwife,
a zookeeper, a window cleaner, a prison officer, a sheep shearer, a delivery cyclist; a voice note
transcript, a parenting forum, a running club's physio, a dating app message, a gym complaint;
people with learning disabilities, MS, rheumatoid arthritis, a new hip or knee; Jamaican,
Trinidadian, Bajan and Nigerian Pidgin English):

- Jamaican "a heavy squeeze inna mi chess ... cyaan ketch mi breath"; Bajan "muh" (my: "knock
  muh head"; Hindi "muh tedha", the mouth crooked, kept as a phrase); Nigerian Pidgin "my leg dey
  pain me", "my shin don bend", "I no fit stand", "okada jam me"; "it's come back when I was
  walking the dog up the hill" (no time gone by: "back when" after "come");
- and what is asked or denied: "worst headache? no no, normal tension type"; "when should
  numbness in legs with sciatica be an emergency?"; "after sat on the loo too long"; "after a
  full day shearing";
- therapist level: "now going down the outside of my thigh", "getting bigger", "still can't get
  on my bike".
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("it come like a heavy squeeze inna mi chess", "chest-pain", True),
        ("mi cyaan ketch mi breath good", "breathlessness", True),
        ("knock muh head on de door", "head-injury", True),
        ("my shin don bend one kain way", "deformity", True),
        ("I no fit stand at all", "cannot-bear-weight", True),
        ("I like to play chess in the evening", "chest-pain", False),
        ("the hip ache is now going down the outside of my thigh", "spreading", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Mi a 61 an mi lef arm a hurt mi from dis mawnin. It come like a heavy squeeze inna "
         "mi chess an mi cyaan ketch mi breath, mi sweat out mi shirt.", "emergency"),
        ("Okada jam me for junction. My leg dey pain me well well, my shin don bend one kain "
         "way and I no fit stand at all.", "emergency"),
        ("the jaw thing has come back when I was walking up the hill, heavy pressure on my "
         "chest going down my arm, now not stopping even sat down, dripping with sweat.",
         "emergency"),
        ("Mere papa ko stroke hua tha last year, muh tedha ho gaya tha. My neck is stiff from "
         "the sofa.", "self-care"),
        ("worst headache? no no, normal tension type, the usual band after a long shift.",
         "self-care"),
        ("when should numbness in legs with sciatica be an emergency? mine is just an ache in "
         "the buttock, no numbness", "self-care"),
        ("My leg went dead after sat on the loo too long, pins and needles gone within a "
         "minute of standing.", "self-care"),
        ("Glute ache for 3 weeks is now going down the back of my thigh to the knee, no "
         "numbness.", "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
