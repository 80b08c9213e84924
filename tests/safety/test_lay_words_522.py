"""Words, rules and context added after held-out sets 522 to 527 (Lancashire speech; English from
Cantonese, Hokkien, Tibetan and Karen speakers; a cheesemonger, a ferry deckhand, a street
sweeper, a pest controller, a baggage handler and a picture framer; a parish newsletter's 'ask
the nurse', a fit note request, a marathon forum, a message to a union rep; people on blood
thinners, on dialysis or after a transplant, with epilepsy or with Parkinson's; Hawaiian Pidgin,
Chamorro, Maori-influenced and Cook Islands English):

- a sign timed in minutes and "back to normal now" (a TIA) counts: a sentence that times an
  episode in minutes is as recent as one that says "today";
- Hawaiian Pidgin words ("neva feel wen I shishi", "touching om", "no can stand");
- hit or knocked over by a vehicle on foot with back pain; a joint the wrong shape that cannot be
  moved (a dislocation after a fit); a testicle told as "one of me, you know, down there";
  "talking like you've had a skinful" (slurred speech) asked by a husband of the writer; "words
  are coming out thick"; a leg "more dark colour than other leg" after a hospital stay;
- and what is over or normal: a fever said to be normal in a later sentence, "a month ago, ...,
  scan fine", "finished the meds and its all settled", a neck's crack that is "just gas in the
  joint", a physio who "tested everything ... all normal", a knot that when pressed sends pain
  up (a trigger point's referral), a "double shift over the bank holiday".
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("my right hand went dead n useless for bout 20 min at lunch, back to normal now",
         "one-sided-weakness", True),
        ("sat cross-legged for an hour and both feet went dead, went as soon as I stood up",
         "leg-neuro-symptoms", False),
        ("an I neva feel wen I shishi", "bladder-change", True),
        ("a delivery van reversed into me this morning", "pedestrian-struck", True),
        ("now one of me, you know, down there, is swollen", "testicular-pain", True),
        ("now my words are coming out thick", "speech-disturbance", True),
        ("the 'crack' I hear in my neck is just gas in the joint, the physio said",
         "crack-heard", False),
        ("press it feel tender and pain shoot up to the side of my head", "pressed-referral",
         True),
        ("did a double shift over the bank holiday", "colicky-pain", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Sore traps. Also my right hand went dead n useless for bout 20 min at lunch, couldnt "
         "hold my sandwich, back to normal now.", "emergency"),
        ("back pain brah, an da saddle area kinda numb, an I neva feel wen I shishi.",
         "emergency"),
        ("A van reversed into me this morning and knocked me over. My lower back has been "
         "getting sorer all day.", "emergency"),
        ("Had a fit in my sleep. I can't move my right shoulder at all and it looks a funny "
         "shape.", "emergency"),
        ("Came off my bike onto my shin, there's a bump sticking out on the front and I no can "
         "stand on om.", "emergency"),
        ("16, groin ache since football, but an hour ago it went sudden and now one of me, you "
         "know, down there, is swollen and I've been sick.", "emergency"),
        ("Last night my husband goes 'why are you talking like you've had a skinful?' and my "
         "right hand wouldn't close round the mug.", "emergency"),
        ("Had flu last week with a temp and the shivers. Temperature's been normal for 3 days "
         "now. My thighs and back are still achey.", "self-care"),
        ("Had a temp of 39 this morning with the shivers. Temperature's been normal for an "
         "hour since paracetamol. My back hurts.", "urgent"),
        ("Knocked myself out falling off the trampoline a month ago, checked at A&E, scan "
         "fine, headaches long gone. Now just a stiff neck from sleeping funny.", "self-care"),
        ("Had a fever and a swollen knee last week, the doc drained it and said it was gout, "
         "finished the meds and its all settled. Now my quad is sore from limping.",
         "self-care"),
        ("Had a fever last week and it hasn't settled, my back hurts.", "urgent"),
        ("Neck and upper back ache since last Losar, now 5 months, from painting all day.",
         "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
