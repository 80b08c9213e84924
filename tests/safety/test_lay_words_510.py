"""Words, rules and context added after held-out sets 510 to 515 (Kent coast speech; English from
Haitian Creole, Quechua, Oromo and Breton speakers; a postie, a welder, a museum attendant, a
lighthouse guide, a canal-boat mechanic and a cinema projectionist; a crossword club email, a
car-share message, an allotment noticeboard, a note for a night-shift colleague; refugees newly
settled, night-shift carers, grandparents bringing up grandchildren, people far from a hospital;
Palauan, Marshallese, Micronesian and Bermudian English):

- a reassurance covers what was seen then: "physio said that's normal. But since yesterday the
  whole calf swelled up" is a new swelling (a turn after the reassurance, screen.py);
- a crushing chest with pins and needles in an arm or hand, and chest pain of the exertional kind
  that has gone on for twenty minutes at rest (heart attack);
- a headache that "came on all at once" with vomiting or a sore neck, told the sentence after the
  word headache ("Yesterday's was nothing like that");
- a rash ("red bumpy patch") with skin that hurts under clothes (shingles); "I feel sick and hot"
  (fever) with a knee replacement; "I was out for a few secs" after a knock to the head; "my
  back in the middle is very painful" after a crash at speed;
- "right ankle swollen (left fine)": the other side is the comparison; "can't lift the baby into
  her cot" is the writer's own limit; "bin near enough a year" is a duration;
- and what is not a red flag: "felt a twang" in a hamstring (no crack heard), "it does not come
  when I walk up the hill", "the headache and sickness have been gone for over a fortnight", the
  teacher who "talk about stroke", numbness from a car seat that "goes as soon as I walk around".
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("the headache came on all at once, like a bang", "abrupt-onset", True),
        ("I feel sick and hot", "fever", True),
        ("my head hit the floor and I was out for a few secs", "fainting", True),
        ("skin hurts even with my jeans on", "touch-hurts-skin", True),
        ("a red bumpy patch came up today", "rash", True),
        ("Today my back in the middle is very painful", "back-pain", True),
        ("Right calf heavy and tight, right ankle swollen (left fine)", "calf-swelling", True),
        ("Can't lift the baby into her cot anymore because of my back", "limits-function", True),
        ("felt a twang at the back of my thigh sprinting", "crack-heard", False),
        ("In class the teacher talk about stroke", "named-stroke", False),
        ("it does not come when I walk up the hill", "exertional-pain", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Leg achy since my hip op 3 weeks ago, physio said that's normal. But since yesterday "
         "the whole calf swelled up tight, shiny and hot.", "urgent"),
        ("Crushing pressure in the middle of my chest on the stairs, like an elephant sitting "
         "on me, and pins and needles in my left hand.", "emergency"),
        ("Pushing the buggy up the hill I get a tightness across my chest that goes off if I "
         "stop. Tonight it came on in my chair and it has been 20 mins now.", "emergency"),
        ("My tension headaches build slowly. Yesterday's was nothing like that: it came on all "
         "at once like a bang, my neck is sore and I threw up this morning.", "emergency"),
        ("Burning pain in one bum cheek, skin hurts even with my jeans on, red bumpy patch come "
         "up today.", "urgent"),
        ("I have a knee replacement. Now it is suddenly very painful and swollen and I feel "
         "sick and hot.", "urgent"),
        ("Fell off the ladder, the back of my head hit the floor and I was out for a few secs. "
         "Now my neck is killing me.", "emergency"),
        ("Car crash yesterday at about 80 km/h, the car rolled. Today my back in the middle is "
         "very painful when I move.", "emergency"),
        ("Bin near enough a year with this sore elbow, nothing else wrong.", "therapist"),
        ("Felt a twang at the back of my thigh sprinting for the bus, small bruise there now. "
         "Calf normal size, no swelling.", "therapist"),
        ("Chest pain when I press one spot next to the breastbone after push-ups. It does not "
         "go to the arm, no sweating, it does not come when I walk up the hill.", "self-care"),
        ("Hit my head three weeks ago, CT scan was clear and the headache and sickness have "
         "been gone for over a fortnight. Just stiff shoulders now.", "self-care"),
        ("In my English class the teacher talk about stroke. My shoulders are sore from "
         "carrying books.", "self-care"),
        ("bum totally numb after 3 hours in the car seat, goes as soon as I walk around. any "
         "glute stretches?", "self-care"),
        ("Doctor said my calf was fine last week. Now it still aches a bit when I run.",
         "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
