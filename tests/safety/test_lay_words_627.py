"""Words, rules and context added after held-out sets 627 to 632 (Barry, Penarth and Cardiff
Bay; Weston-super-Mare, Taunton and Bridgwater; Wakefield, Barnsley and Doncaster; Paisley,
Motherwell and Hamilton; South Shields, Gateshead and Jarrow; Birkenhead, St Helens and Wigan;
English from Amharic, Oromo, Somali, Swahili, Odia, Assamese, Greek, Albanian, Farsi, Dari,
Hungarian and Bulgarian speakers):

- Amharic, Oromo, Somali and Swahili words for the head, back, chest, fever and pain
  (safety/data/east-african.yaml): "ras mitat" is a headache;
- "my taint feels like it's asleep", "can't tell if I need to poop";
- Yorkshire "cracked mi 'ead on t' kerb", "the wife can't wake us": "my head", "the kerb", "me";
  an arm that "jerks on its own" after a knock is a fit;
- "down below, one side's swollen", "could not see the things on the right side", "weight is
  going down", "a tearing rip";
- pain that moved from the back into the tummy with a faint, at any age;
- what is no sign: "shingles can hit us harder", "my back is breaking" after a long day, "all
  normal, she said", a numb bum "sat on it" that comes back when walking, a cramp's electric
  jolt, a kidney stone "long time back ... it passed", an illness "when she were little", "one
  of the mares I shoe", "my fare" (a taxi's passenger), "nothing numb" after "full feeling".
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("ras mitat since this morning", "headache", True),
        ("my dhabar xanuun is bad after lifting", "back-pain", True),
        ("maumivu ya kifua when I climb", "chest-pain", True),
        ("my taint feels like it's gone to sleep", "saddle-numbness", True),
        ("I can't tell if I need to poop any more", "bowel-incontinence", True),
        ("the missus can't wake us in the mornings", "confusion-drowsiness", True),
        ("since the fall me left arm jerks on its own now and then", "confusion-drowsiness",
         True),
        ("down below, one side is swollen and sore", "testicular-pain", True),
        ("I couldn't see things on the left side for ten minutes", "sudden-vision-loss", True),
        ("my weight is going down and I don't know why", "weight-loss", True),
        ("felt a tearing rip between my shoulder blades", "tearing-pain", True),
        ("they say flu can hit us harder at my age", "trauma-mechanism", False),
        ("after the long shift my shoulders and back are breaking", "named-fracture", False),
        ("Long time back I had a kidney stone, it passed", "named-kidney-problem", False),
        ("my sister had meningitis when she was little, it was awful", "named-meningitis-sepsis",
         False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Ras mitat, came sudden like a hammer while I was carrying the crates, very very bad. "
         "Which muscle should I rub?", "emergency"),
        ("Lifted too heavy on Monday. Since yesterday I can't tell if I need to poop and my "
         "taint feels like it's asleep. Foam roller?", "emergency"),
        ("Went over on t' ice and cracked mi 'ead on t' kerb. Neck's stiff. Our lass can't wake "
         "us properly of a morning.", "emergency"),
        ("Pulled summat in my groin playing five-a-side, then last night down below one side "
         "went swollen and I was sick. Best stretch?", "emergency"),
        ("I have neck pain with diabetes. This morning I could not see anything on the right "
         "side, both eyes, for 15 minutes, then it came back.", "emergency"),
        ("Squatted heavy and felt a rip in my upper back, then the pain moved into my lower back "
         "and tummy and I nearly passed out. I'm 31.", "emergency"),
        ("I'm 58, back pain for two months, worse at night, and my weight is going down without "
         "trying.", "urgent"),
        ("My backside goes numb after a long drive sat on it and comes back as soon as I walk "
         "about. Tight spot in my right glute.", "self-care"),
        ("Leg cramp in the night, like an electric shock, the calf goes hard then it lets go "
         "after a stretch.", "self-care"),
        ("One of the ponies I shoe went lame and couldn't put any weight on the leg, the vet "
         "says it's an abscess. My own lower back aches from bending.", "self-care"),
        ("My fare collapsed in the back of the cab with chest pain last week, I took him to "
         "A&E. Now my neck and shoulders are in knots from the stress.", "self-care"),
        ("My back's gone again after football, sciatica down my left leg. Before you ask, I've "
         "got full feeling down below, nothing numb round my bum, wees are normal.",
         "therapist"),
        ("Bashed my head on the cupboard door, the walk-in checked me and said no concussion, "
         "just a bruise. Neck's a bit stiff.", "self-care"),
        ("The GP did my bloods for the temple headache, ESR and CRP. All normal, she said it's "
         "tension-type from my neck.", "self-care"),
        ("My calves keep knotting up again a week after I massage them.", "therapist"),
        ("Calves so tight after the half marathon I can barely do the stairs at home or manage "
         "my shift.", "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
