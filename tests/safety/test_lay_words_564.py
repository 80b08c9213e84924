"""Words, rules and context added after held-out sets 564 to 569 (the Wirral, Chester and Crewe;
Sunderland people in Spain, expats in Dubai and Brits in Australia; Kent, Essex and south London;
west Cumbria, Carlisle and the Scottish Borders; Bradford, Halifax and Huddersfield; Stoke,
Stafford and Telford; English from Malagasy, Khmer, Lao, Finnish, Estonian, Hungarian, Korean,
Japanese, Mongolian, Swahili, Luganda, Kinyarwanda, Punjabi, Mirpuri, Gujarati, Czech, Croatian
and Serbian speakers; chat logs, smart-speaker dictation, e-consult forms and pharmacy notes):

- a heavy squeezing ache with a cold sweat and feeling sick, where the chest was named only as
  "one big knot" (a heart attack, emergency); "for month end" is no length of pain;
- Scots "ma heid went like it wis split wi an axe ... an Eh went doon on the kitchen flair"
  (Eh for I, the floor, an afternoon; a thunderclap headache and a collapse), "eight year sin",
  "lang syne" (ago);
- "bent down to tie his shoe a headache came like an explosion": the shoe is his, the headache
  the writer's; "but no - the headache came on all at once": "no" before "the" answers, it does
  not deny; "I'm in Stafford" is where the writer is, not "I'm in agony", so a message about
  Mum's sudden headache stays about Mum;
- "flattened me against the gate" (an injury); "bone pressing out under the skin" (an open
  fracture); "more my right ball" (a testicle); "over the past three weeks" (gradual);
- and what is not a sign: a knock of the head on a cupboard, a van door or a bumper with a stiff
  neck after it and every head-injury sign denied; "a bit of a bump" after that knock; "can cause
  stroke" said in general; "it healed well in the cast"; feet "numb with the cold", "back to
  back"; a question, then what someone said, then "I do not have this"; a pet's back legs; "like
  the NHS says for a clot"; "when I nod off ... with my arm under my head"; "clear water from my
  nose" is no all-clear.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("it's a heavy squeezing ache, going on half an hour", "heavy-squeezing-ache", True),
        ("ma heid went like it wis split wi an axe", "thunderclap-headache", True),
        ("the bull flattened me against the rails", "trauma-mechanism", True),
        ("there's bone pressing out under the skin", "open-fracture", True),
        ("doing 12 hour days for month end", "pain-months", False),
        ("my feet went numb with the cold at the match", "leg-neuro-symptoms", False),
        ("three shifts back to back this week", "back-pain", False),
        ("a friend told me massage can cause stroke", "named-stroke", False),
        ("I checked my legs like the NHS says for a clot", "named-blood-clot", False),
        ("today there is clear water coming from my nose", "assessed-normal", False),
        ("I get tingling in my fingers when I nod off at my desk", "confusion-drowsiness", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Left shoulder and upper chest feel like one big knot. It's a heavy squeezing ache, "
         "been going 30 minutes, I'm drenched in sweat and feel sick.", "emergency"),
        ("Stiff neck since Saturday. Then this efternin ma heid went like it wis split wi an "
         "axe an Eh went doon on the kitchen flair.", "emergency"),
        ("My neck ache is old. But while I bent down to tie his shoe a headache came like an "
         "explosion, in one second, the worst ever.", "emergency"),
        ("My mum rang: she was hanging the washing out and something went bang in her head, "
         "worst pain she's ever had, and she's being sick. I'm in Leeds, she's in Hull.",
         "emergency"),
        ("Playing five-a-side, pain up in the groin, well actually it's more my right ball, "
         "came on sudden an hour ago, swollen and I've been sick.", "emergency"),
        ("Got kicked by a horse, there's what looks like bone pressing out under the skin and "
         "it's bleeding.", "emergency"),
        ("Banged my head on the kitchen cupboard, never blacked out, not sick, no headache, "
         "memory's fine. Just a stiff neck from flinching.", "self-care"),
        ("Somebody told me neck massage can cause stroke. What signs should I look for? I have "
         "not had the massage yet.", "self-care"),
        ("Three years ago I broke my wrist, it healed well in the cast and the physio signed me "
         "off. Now my forearm muscles get crampy.", "self-care"),
        ("When should I worry? Someone at work told me numbness in the bottom is danger. I do "
         "not have this, I am only asking.", "self-care"),
        ("Our Staffie's back legs have gone weak and he can't wee properly, the vet is seeing "
         "him. I've put my own back out lifting him.", "self-care"),
        ("Had a DVT eight year sin after me op, off the thinners lang syne. Now just a knot in "
         "me shoulder.", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
