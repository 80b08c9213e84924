"""Words, rules and context added after held-out sets 528 to 533 (Cumbrian and Morecambe Bay
speech; English from Hakka, Kikuyu, Luo and Fante speakers; a wheelwright, a forester, a quarry
worker, an oil rig worker, a trawlerman and a docker; a school governors' email, a lost property
note, a hotel review, a complaint to a council, a podcast voicemail; lone parents, foster carers,
people sleeping rough and asylum seekers in temporary housing; Highland, Manx, Scots and Northern
Irish speech):

- a smile "not the same both sides, one side stays down" (face droop); spots "coming up in a
  patch" (a shingles rash); wetting one's work clothes "and didn't even know" (leaking without
  feeling it); "dropped about 3 metres onto my back" (a fall from a height); a slip "in the
  bathroom"; "cannot stand up at all" after a fall; a known AAA "they'd keep an eye on"; Scots
  "baw" (a testicle), "oot o puff", "atween the shooder blades", "noo", "the guts of a year";
- back pain and legs that feel heavy in one sentence (cauda equina), unless after exercise;
- and what is over, someone else's or normal: "when I was 19, knocked out cold" (the reach of
  "when I was" is the next word only), a fever reading told late in a friend's story, "last
  Chinese New Year", "already heal completely", "and I recovered fully", "what would make a sore
  calf a clot?", "when does back pain with fever mean ...?", the examples of a supposed case
  ("for example"), "me own shoulder" (the writer's, beside a dog's illness), legs "dead and
  heavy" after a long walk or a long shift, "nothing goes down the leg", "bloods back",
  "the second week", "a run of hot work".
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("in the mirror my smile is not the same both sides, one side stays down",
         "face-droop", True),
        ("now little spots coming up in a band there", "shingles-rash", True),
        ("found I'd wet my overalls and didn't even notice", "urinary-incontinence", True),
        ("slipped off the scaffold and dropped about 4 metres onto the yard", "fall-from-height",
         True),
        ("my dad slipped in the shower this morning", "fall-or-crash", True),
        ("I cannot stand up at all since the fall", "cannot-bear-weight", True),
        ("they found a small AAA last year and are keeping an eye on it", "aneurysm-known", True),
        ("my right baw is swollen", "testicular-pain", True),
        ("I'm oot o puff on the stair", "breathlessness", True),
        ("after long sits on the train, nothing goes down the leg", "saddle-numbness", False),
        ("bloods back for my aching muscles, all normal", "back-pain", False),
        ("my neck cricks up in the second week of every trip", "thunderclap-headache", False),
        ("the knot flares every time I have a run of night shifts", "exertional-pain", False),
        ("my legs feel dead and heavy after the long walk", "leg-neuro-symptoms", False),
        ("the tight patch covers way more of my shoulder now", "spreading", True),
        ("tried every stretch going and it's still sore", "no-progress", True),
        ("still can't turn my head to reverse the car", "still-painful", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Sore back from the soft bed. This morning my smile isn't the same both sides, one "
         "side stays down, and my arm on that side feels heavy.", "emergency"),
        ("On steroids for my lungs. Burning, tingly pain round my left ribs for 3 days and now "
         "some spots coming up in a patch there. Which stretch?", "urgent"),
        ("Back is wrecked after a long day hauling, legs feel heavy, and I found I'd wet my "
         "trousers without even noticing.", "emergency"),
        ("Slipped off the trailer and dropped about 2 metres onto my back. Walked it off but "
         "my back is screaming. How do I loosen it?", "emergency"),
        ("Gran (84) slipped in the bathroom, her hip hurts and she cannot stand up at all.",
         "emergency"),
        ("They found a 5cm AAA at my screening and keep an eye on it. Tonight a sudden ache in "
         "my lower back and tummy that won't ease.", "emergency"),
        ("Eh'm 61. Sair atween the shooder blades since tea time, awfy oot o puff, clammy and "
         "sick.", "emergency"),
        ("ma left baw came up sudden in the night, swollen and red, been sick. I'm 14.",
         "emergency"),
        ("My back is killing me since Sunday and now my legs feel heavy and dead.", "emergency"),
        ("Legs feel dead and heavy after twelve hours on the site, fine by morning.",
         "self-care"),
        ("Got a bad head injury playing hurling when I was 17, knocked out cold, years ago now. "
         "Just tight traps this week.", "self-care"),
        ("My cousin's friend ended up in hospital with a kidney infection, back pain and a "
         "fever of 39.5 she had. Mine's just a stiff low back, no temperature.", "self-care"),
        ("Last Chinese New Year I had shingles on my back, already heal completely. Now only a "
         "tight low back from lifting.", "self-care"),
        ("Three years ago I lost bladder control with a slipped disc, had emergency surgery "
         "and I recovered fully. Now normal stiffness after digging.", "self-care"),
        ("Long-haul flights coming up. What would make a sore calf a clot rather than a "
         "strain? My calves are fine, just stiff from the gym.", "self-care"),
        ("Just asking: when does back pain with fever mean a kidney problem? My back is sore "
         "from lifting, no fever.", "self-care"),
        ("Please put up posters on what to do if someone's chest pain might be a heart attack, "
         "for example pain spreading to the arm or jaw with sweating. Myself, just a stiff "
         "shoulder from rowing.", "self-care"),
        ("Our spaniel's back legs went wobbly and she's leaking wee, the vet has her on "
         "tablets. Meanwhile me own shoulder is sore from throwing the ball.", "self-care"),
        ("Started with a sair lower back, noo the ache's in baith hips too. Nae numbness, "
         "bladder fine.", "therapist"),
        ("Hip and buttock ache for the guts of a year, worse sitting. X-ray fine.",
         "therapist"),
        ("Stiff neck two and a half weeks now, tried every video going. Still can't look over "
         "my shoulder.", "therapist"),
        ("Off work two weeks because my back won't let me haul the nets.", "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
