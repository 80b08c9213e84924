"""Words, rules and context added after held-out sets 444 to 449 (Bradford, Halifax, Huddersfield
and Wakefield speech; English from Catalan, Basque, Galician and Corsican speakers; a milkman, a
glass blower, a locksmith, an upholsterer, a cinema projectionist and a bell founder; a hospital
appointment diary, a knitting forum, a letter to a health column and a text to a taxi firm; people
far from a hospital, people who work alone, people who do not want to bother anyone; Swindon,
Cheltenham, Gloucester and Salisbury speech):

- sudden groin agony with vomiting (a twisted testicle or a trapped hernia, for A&E); a back ache
  between the shoulders since the morning that "don't go away with nothing", breathlessness ("I
  lose the breath") at 50 or more (a heart attack as it often comes to women and people with
  diabetes); "I am woman of 62" (an age); "one side of me face wont smile proper" with a leg
  "draggin" (a stroke); a "willy's gone numb" (the saddle area); injecting with "one spot on my
  spine that's really tender"; "the left arm is like not mine ... 1 hour like this"; a thigh that
  "bends where it shouldn't" after a quad bike "rolled on me"; thighs "so swollen and tight they're
  shiny"; shoulder-tip pain with a pain "low in the right side" in early pregnancy; "bleeding
  brown";
- lookalikes: "sharp twinge ... gone in seconds" is no thunderclap; "nothin numb round me bum";
  "two winters ago I had meningitis"; a friend who "ended up in intensive care with meningitis"; "a
  patient with sepsis today, mottled legs, breathing fast"; a mate who "got took in".
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("since this morning the ache between my shoulders don't go away with nothing",
         "not-eased-by-rest", True),
        ("I am so tired and I lose the breath", "breathlessness", True),
        ("one side of me face wont smile proper", "face-droop", True),
        ("and that leg on the same side is dragging when I walk", "one-sided-weakness", True),
        ("my willy's gone numb since this started", "saddle-numbness", True),
        ("there's one spot on my spine that's really tender to touch", "bone-tenderness", True),
        ("the left arm is like not mine", "one-sided-weakness", True),
        ("the quad bike rolled on me in the field", "trauma-mechanism", True),
        ("my thigh is swollen and it bends where it shouldn't", "limb-deformity", True),
        ("thighs so swollen and tight they're shiny", "tense-swollen-limb", True),
        ("a little bit of bleeding brown", "vaginal-bleeding", True),
        ("sharp twinge when I stand up, gone in seconds", "thunderclap-headache", False),
        ("can wee fine, nothin numb round me bum", "saddle-numbness", False),
        ("two winters ago I had meningitis and spent a week in hospital. My upper back aches.",
         "named-meningitis-sepsis", False),
        ("My friend got a purple rash and a stiff neck at uni and ended up in intensive care with "
         "meningitis. My neck is stiff from my laptop.", "named-meningitis-sepsis", False),
        ("I'm a nurse, had a patient with sepsis today, mottled legs, breathing fast. My feet "
         "ache after the shift.", "mottled-skin", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("groin strain from football? came on sudden, agony, and it's swollen down below, been "
         "sick twice.", "emergency"),
        ("I am woman of 64, diabetic. From this morning an ache high in the back between the "
         "shoulders that don't go away with nothing, and I lose the breath.", "emergency"),
        ("71. since teatime one side of me face wont smile proper and that leg on the same side's "
         "draggin when I walk.", "emergency"),
        ("Lower back knot for 3 days and my willy's gone numb since it started.", "emergency"),
        ("Quad bike rolled on me. Thigh is swollen up and it bends where it shouldn't.",
         "emergency"),
        ("6 weeks pregnant, pain low in the right side, and a pain in the point of the shoulder "
         "when I lie down.", "emergency"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
