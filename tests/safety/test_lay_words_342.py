"""Words and rules added after held-out sets 342 to 347 (a taxi driver, a nursery teacher, a
pilot, a forklift driver; parenting-forum abbreviations and title lines; Cumbrian, Lancashire,
Bristolian and Potteries speech; English from Turkish, Romanian, Vietnamese and Somali speakers;
notes pasted from a phone app, a shopping list, asides, a checklist answered in prose; a sheep
shearer, a removals man, a roofer, a bin collector):

- an injury told as what "rolled onto", "fell on" or "landed on" my leg, shin or foot; "slipped
  off the back step";
- "gone numb around my balls" (the saddle area); "my left ball ... swollen" (a testicle);
- "not really chest pain as such, more an awful ache in both arms" (what follows "more" is no
  longer denied, and an ache in both arms is heart pain's spread);
- legs "getting weaker ... today both"; "I could not see from one eye, like a curtain";
- a hip that has been replaced and is suddenly hard to walk on; a high temperature with a hip
  or groin so painful that walking is hard, with no injury or with lowered immunity; "had my
  hip done"; Lancashire "mi back"; "sore when I press on the bone itself";
- "legs like jelly by teatime but fine by morning" is over; a "young lad" at work is someone
  else; "after reading about strokes" is no stroke; "3-4 times a year" keeps coming back.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("the quad bike rolled onto my lower leg", "trauma-mechanism", True),
        ("my foot goes to sleep with pins and needles", "trauma-mechanism", False),
        ("I slipped off the back step yesterday", "trauma-mechanism", True),
        ("I've gone numb around my balls since lunch", "saddle-numbness", True),
        ("rolling my glutes on the ball on the wall every night", "saddle-numbness", False),
        ("my left ball hurts and it's swollen", "testicular-pain", True),
        ("sore when I press on the bone itself", "bone-tenderness", True),
        ("had mi hip done last year", "joint-replacement", True),
        ("I could not see from one eye for ten minutes", "sudden-vision-loss", True),
        ("legs like jelly by teatime but fine by morning", "legs-give-way", False),
        ("young lad on the crew ended up with a clot in his calf", "named-blood-clot", False),
        ("my mum made me check after reading about strokes", "named-stroke", False),
        ("my back goes 3-4 times a year", "recurrence", True),
        ("swam breaststroke for the first time in years", "recurrence", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("The tractor rolled onto my lower leg this morning, the calf is swelling, the pain is "
         "way out of proportion and moving my toes is agony", "emergency"),
        ("A crate landed on my shin, I heard a crack and there's a bump and it's at an angle",
         "emergency"),
        ("I'm 82, slipped off the back step, my leg looks shorter and the foot's turned out",
         "emergency"),
        ("Back flared up lifting, and now I've gone numb around my balls", "emergency"),
        ("I'm 14, it's my left ball, it came on sudden an hour ago, it's swollen and I was sick",
         "emergency"),
        ("Type 2 diabetic. Not really chest pain as such, more an awful ache in both arms and my "
         "upper back, I feel sick and sweaty", "emergency"),
        ("Back pain and my legs are getting weaker, last week just the right, today both",
         "emergency"),
        ("For maybe 15 minutes on Sunday I could not see from one eye, like a curtain, and my "
         "hand was numb", "emergency"),
        ("Had my hip done two years ago, this week it suddenly got very painful and I can "
         "hardly walk on it", "urgent"),
        ("Hip and groin very painful since yesterday, can hardly walk on it, feel hot and cold, "
         "no injury", "urgent"),
        # (urgent when this round was written; since rounds 480-485 a crash at 30 mph or more
        # with back pain is a serious accident, an emergency)
        ("Shunted at 50 mph, now pain in the middle of my spine and sore when I press on the "
         "bone itself", "emergency"),
        ("My lower back goes 3-4 times a year when I lift something awkward, lasts a week, just "
         "had another one", "therapist"),
        ("End of the season, legs like jelly by teatime but fine by morning, no numbness",
         "self-care"),
        ("Young lad on the crew ended up with a clot in his leg after the drive. Me, I just get "
         "cramp in both calves at night", "self-care"),
        ("No numbness, no weakness, face fine, speech fine (mum made me check after reading "
         "about strokes). Just knots", "self-care"),
        ("Swam breaststroke for the first time in years and my inner thighs are sore",
         "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
