"""Words, rules and context added after held-out sets 729 to 734 (Eyemouth, Duns and Lauder;
Melrose and Achiltibuie; Watchet and Minehead; Abersoch and Pwllheli; Gatehouse, Ballantrae and
Maybole; Wooler; English from Tarifit, Chaouia, Shilha, Beja, Runyankole, Sukuma, Makonde, Yao,
Lomwe, Sena, Tonga, Kaonde, Luvale, Lunda, Ibibio, Nupe, Idoma, Urhobo and Ijaw speakers):

- signs: the place where one sits "like it is sleeping" (saddle numbness); a hand that "failed to
  hold" the cup (weakness); a face "not the same on one side" (a droop); Scots "swalled", "het tae
  touch", "a bit reid" (a swollen, hot, red calf); "don't really remember getting back" after a
  blow to the head; "a bump where there shouldn't be" (a deformity); heavy legs with no wee since
  the morning, with back pain; "not felt the need to pass urine"; a bulge by a stoma that "cannot
  ease back in"; a bump in pregnancy that "will not relax"; a ward note's "52F" and her "she";
- what is no sign: a list of denials ("didn't bang my head, never knocked out"), "negative for
  DVT", legs like jelly "by the end of the day", "stroke risk", a transcript's "No, none of
  that", "can't walk to the shops" (a limit, not a broken bone), an operation "three years after"
  which the pain came;
- what keeps a therapist's level: "every calving ... longer each time", Scots "sair on an aff
  since the back end o last year", "go little by little to", "nine months into shoulder knots".
"""

from __future__ import annotations

import pytest
from lay_words import check_level

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("My back aches since I lifted the bags. Both legs hurt and the place where I sit is like "
         "it is sleeping.", "emergency"),
        ("Since this morning my right hand failed to hold the spoon, it just dropped to the floor.",
         "emergency"),
        ("My husband says my face is not the same on one side since lunch.", "emergency"),
        ("Ma left calf is het tae touch an a bit reid an swalled since Setterday.", "urgent"),
        ("Took a ball to the side of my head at training and I don't really remember getting back "
         "to the changing room.", "emergency"),
        ("Fell off my bike onto my wrist, it's swollen and there's a bump where there shouldn't be "
         "one.", "urgent"),
        ("My slipped disc has flared. My legs feel heavy and I haven't been for a wee since "
         "breakfast.", "emergency"),
        ("Bay 2: 52F, admitted with cellulitis. Pt c/o back pain. She can't feel the toilet "
         "paper.", "emergency"),
        ("Low back agony and I have not felt the need to pass urine since this morning.",
         "emergency"),
        ("The bulge beside my stoma is hard and I cannot ease it back in, and I have been sick.",
         "emergency"),
        ("Slipped off the kerb, neck a bit stiff. Didn't bang my head, never knocked out, not been "
         "sick.", "self-care"),
        ("Legs feel like jelly by the end of the day after plastering ceilings, back a bit sore.",
         "self-care"),
        ("My sleep apnoea raises my stroke risk, and my shoulders are tight from the mask.",
         "self-care"),
        ("Handler: Any headache, temperature, rash? Caller: No, none of that. My neck is stiff on "
         "one side from the chair.", "self-care"),
        ("30 weeks, pelvic girdle pain, I can't walk to the shops any more.", "therapist"),
        ("Every calving my back goes and it lasts longer each time.", "therapist"),
        ("Ma neck's been sair on an aff since the back end o last year.", "therapist"),
        ("The pain of the hip, now it go little by little to the knee.", "therapist"),
        ("I am nine months into shoulder knots and neck pain now.", "therapist"),
        ("Three years after my knee replacement, my thigh is tight after long walks.",
         "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
