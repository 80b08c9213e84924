"""Words and rules added after held-out sets 774 to 783 (Accrington, Darwen and Clitheroe;
Keighley, Dewsbury and Batley; Weymouth, Exmouth, Teignmouth, Paignton and Brixham; Selby, Ripon
and Wisbech; Colne, Nelson and Deal; English from Cree, Ojibwe and Mi'kmaq speakers, from Gullah,
Sranan Tongo, Australian Kriol and Cape Verdean Kriolu, from Yolngu Matha, Warlpiri and
Pitjantjatjara, from Navajo, Lakota, Cherokee and Choctaw, and from Mapuche, Shipibo, Tupi-Guarani
and Rarotongan Maori speakers):

- words: Gullah and Australian Kriol as written in English messages (safety/data/gullah-kriol.yaml:
  "han dem" hands, "cyan" cannot after a subject, "wuss" worse, "eberry" every, "laig" leg,
  "fingas" fingers, "nomo" not, "mi bin" for a past); "no breath" is having none ("no breath
  climbing three steps"), while "no breathing trouble" stays a denial;
- reading: "it" opening the sentence after one about a calf, leg, thigh, arm or wrist is that limb
  ("My calf's been sore since the flight. It's swollen on the one side"), not after a question;
- signs: after a fall, "can't stand up" up to twelve words on (not "fell asleep"); a broken bone
  with numb fingers or toes and pain getting worse (compartment syndrome, 999); a calf that gets
  worse after a scan found no clot (urgent again);
- therapist: "it goes in a few days, then it's back next time" and "it has happened four times
  now" (recurrence); "can't get my arm up to peg the washing out" and "do my hair" (function);
  "now spreading into my buttock over last month" (the month is up to now, not past);
- signs (783): "can't see the left side" of things with both eyes (a field of vision lost, 999);
  after a knock on the head, "losing the thread" and "couldn't remember how to" (999); a pain
  "like tearing" (not a cramp that felt "like it was tearing in half");
- what is no sign: "a stroke o' luck"; "what my sister told me can be a stroke" (told of, not
  had); "before I crash" (sleep); "came back from Tenerife" (a trip, not a recurrence); "the CT
  showed no bleed and no break", "a scan for a clot ... there was nothing there" (found normal);
  "the heart of the problem"; a film "where" someone has a heart attack; "one of the old boys";
  "on edge" with a sore jaw; "a dead leg from sitting wrong".
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Mah han dem gone clumsy an mah walkin gone wobbly. Neck bin stiff fuh mont, e "
         "gettin wuss eberry week.", "urgent"),
        ("Mi bin fall off ladder, land on mi hip, now mi laig look short an turn out.",
         "emergency"),
        ("Since supper, no breath walking to the gate, pain in my jaw and between my shoulders.",
         "emergency"),
        ("My calf has been sore all week. It's puffy and shiny on just the one side.", "urgent"),
        ("Slipped on the wet kitchen floor this morning, landed hard on my left hip, and now I "
         "can't stand up.", "emergency"),
        ("Broke my wrist on Friday, now my fingers are numb and the pain keeps getting worse.",
         "emergency"),
        ("The scan found no clot on Monday, but my calf is getting worse and more swollen.",
         "urgent"),
        ("It goes off after a few days and then it's back next time I do the ironing, my neck "
         "that is.", "therapist"),
        ("My calf knots up after every long hike, it has happened four times now.", "therapist"),
        ("I can't get my arm up to peg out the washing, the shoulder has been stiff for weeks.",
         "therapist"),
        ("Neck ache now spreading into my shoulder blade over last month.", "therapist"),
        ("By a stroke o' luck I found me old ball. Me shoulders ache from the looms.",
         "self-care"),
        ("My sister told me a stiff neck can be a stroke. Mine's only stiff from the pillow.",
         "self-care"),
        ("Twelve hours on the road, my back is killing me, best stretch before I crash?",
         "self-care"),
        ("The CT after my fall showed no bleed and no break, the doctor said bruising and a sore "
         "neck. My neck is still stiff a week later.", "therapist"),
        ("The doctor sent me for a scan to check my leg for a clot and there was nothing there, "
         "it's a pulled calf.", "self-care"),
        ("If my calf went swollen and hot would that be a clot? It's not, I just sit all day.",
         "self-care"),
        ("I fell asleep on the couch and now I can't stand up without my back twinging.",
         "self-care"),
        ("Now I cannot see the right side in both eyes.", "emergency"),
        ("Hit my head on the boom this morning and now I keep losing the thread of what I'm "
         "saying.", "emergency"),
        ("A very strong pain in the middle of my back, like tearing, now it moves to my belly.",
         "emergency"),
        ("Woke with a cramp in my calf, it felt like it was tearing in half, gone by breakfast.",
         "self-care"),
        ("I can't see the left side of my back in the mirror to find the knot.", "self-care"),
        ("The heart of the problem is my grip, my forearms are tight from the rowing.",
         "self-care"),
        ("Watching a film where the detective has a heart attack, and my shoulder is stiff from "
         "the sofa.", "self-care"),
        ("One of the old boys on the trip had a heart attack on the coach, my back is sore from "
         "helping lift him.", "self-care"),
        ("I've been on edge since the move and my jaw muscles ache from clenching at night.",
         "self-care"),
        ("Got a dead leg from sitting wrong on the train, pins and needles, gone after a "
         "minute's walk.", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("no breath when I walk up the hill", "breathlessness", True),
        ("no breathing trouble at all", "breathlessness", False),
        ("since I came back from Tenerife my calf is sore", "recurrence", False),
        ("ah cyan button mah shirt", "hand-clumsiness", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)
