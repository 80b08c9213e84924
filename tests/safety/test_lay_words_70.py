"""Words and rules added after held-out sets 70 and 71 (healthcare workers' shorthand about
themselves, long medicine lists, riders and students, a sign told only in a P.S.; Scottish,
Irish, Welsh and northern English, voice dictation, apologies, a second opinion on what a
pharmacist said, one side compared with the other):

- "my inner thighs and around my backside feel like they're wrapped in cling film" (saddle
  numbness); "I don't get the 'need to go' feeling any more" (retention); a headache that "came on
  all at once ... full strength from the first second"; "never had a sair heid come on that fast"
  is no denial; "a belt of a hurley on the side of the head"; a face "gone all pins-and-needly";
  a thigh "visibly thinner than the right"; a wrist with "a bend in it ... tidy weird shape";
  "sat in a lorry cab fourteen hours" (a long spell without moving); "when I was benching" tells
  what was going on as it began, not a time gone by; "losing income", "can't ride" (function);
  tightness that "crept up behind my knee" (spreading);
- lookalikes: "feels like my head's going to explode lol" is a figure, not a burst; "got a
  colleague to scan it ... all clear" is the writer's own normal scan; "worse lying on that side"
  is what brings the ache on, not a worsening; "it's not getting worse" stays a denial (a near
  rule may not hold "not" among its words).

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("my inner thighs and my bum feel like they're wrapped in cling film", "saddle-numbness",
         True),
        ("I don't get the need to go feeling any more", "urinary-retention", True),
        ("this headache came on all at once, full strength from the first second",
         "thunderclap-headache", True),
        ("Never had a sair heid come on that fast", "thunderclap-headache", True),
        ("got a belt of a hurley on the side of the head at training", "head-injury", True),
        ("the left side of my face has gone all pins-and-needly", "face-numbness", True),
        ("my left thigh is visibly thinner than the right", "progressive-weakness", True),
        ("my wrist has got a bend in it now", "deformity", True),
        ("been sat in a lorry cab fourteen hours a day", "immobility", True),
        ("pain went into my upper back like a knife all of a sudden when I was benching",
         "tearing-pain", True),
        ("I can't ride for long, so I'm losing income", "limits-function", True),
        ("the tightness has crept up behind my knee", "spreading", True),
        ("my neck is killing me, feels like my head's going to explode lol",
         "thunderclap-headache", False),
        ("I got a colleague to scan my calf, all clear, no clot", "assessed-normal", True),
        ("hip ache for six months now, worse lying on that side at night", "pain-worsening",
         False),
        ("shin is sore but it's not getting worse", "pain-worsening", False),
        ("When I was a teenager I broke my wrist", "named-fracture", False),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Which trigger points cause temple headaches? PS the one I've got now came on all at "
         "once, full strength from the first second, and I've been sick", "emergency"),
        ("Got a belt of a hurley on the side of the head Saturday. Today I've been sick and I'm "
         "dead drowsy", "emergency"),
        ("Today my left arm and leg are clumsy and the left side of my face has gone all "
         "pins-and-needly", "emergency"),
        ("Came off my bike onto my hand, the wrist has a bend in it and it's swollen",
         "emergency"),  # a bad break: A&E now
        ("My left thigh is visibly thinner than the right and the numb patch on my shin is "
         "getting bigger", "urgent"),
        ("Nurse. My calf was tight after a flight so I got a colleague to scan it, all clear, no "
         "clot. Ball or stretch?", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
