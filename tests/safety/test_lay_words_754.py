"""Words and rules added after held-out sets 754 to 763 (Redruth and Camborne; Wexford and
Fermanagh; Penrith, Keswick and Whitehaven; Grimsby, Hull and Scunthorpe; English from Tetum,
Kachin, Mon, Sherpa, Tharu, Garo, Bodo, Naga, Hazara Dari, Assyrian, Tahitian, Wayuu, Zaza,
Lezgin, Quechua, Aymara, Guarani, Samoan, Tongan, Fijian, Khmer, Lao, Hmong, Karen and Chin
speakers):

- signs: "went flat on the ice" (a fall); "painful on the bone" (a bone tender); "been sick
  with it" (vomiting: "sick with" alone is no longer set aside, only "sick with flu", "with a
  cold" and the like); "could not see the left side" (a field of sight lost); a leg "heavy
  like sand" and an arm "without force" (weakness); a face "falling on one side" (droop);
  "hurts as if they tear it" (a tearing pain); a chest pain that "came on crushing" (the
  crushing ache, not a crush injury) and "has not gone off in half an hour"; a testicle that
  "hurts" or is "swollen"; "out of nowt" (out of nothing: sudden, nothing denied); an age told
  with no commas ("my grandmother 68 has ...");
- rules: a crushing chest pain that lasts, does not ease or spreads to the arm (999); a joint
  swollen or bruised, or a bone tender, after a fall from a height (urgent); after 65, a fall
  with a swollen or bruised joint, a tender bone or a hand or limb that cannot be used (urgent);
- what is no sign: "two puffs of the spray" (no puffy arm), "GP tested my reflexes" (no
  testis), a pain that goes "into my testicle" (a referral), a relative's face that "fell on
  one side" last year, "giving me heart attack" (an idiom), what an aunt "tell me if" (a
  learner's present: what could happen, not what is).
- also: a flank or loin pain that goes "down to the groin" (pain that spreads from the side to
  the groin, the kidney's urgent).
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Went flat on my back on the ice and put my hand out. Sore in the dip at the base of "
         "my thumb now.", "urgent"),
        ("Slipped on the stairs and landed on my hand, the wrist is swollen and painful on the "
         "bone.", "urgent"),
        ("Pain in my loin that comes and goes and I've been sick with it twice.", "urgent"),
        ("I've been sick with flu all week and my lower back aches.", "doctor"),
        ("For ten minutes I could not see the right side with both eyes, then it came back.",
         "emergency"),
        ("Earlier my right leg was heavy like sand for twenty minutes and then it was fine.",
         "emergency"),
        ("An hour ago my right arm became without force, now it is normal again.", "emergency"),
        ("This morning my face was falling on one side while I talked, now it is gone.",
         "emergency"),
        ("My upper back hurts as if they tear it, it started suddenly an hour ago.", "emergency"),
        ("My chest went tight at breakfast and then it came on crushing, it has not gone off "
         "in half an hour.", "emergency"),
        ("My boy's groin muscle hurts, but it's actually his testicle. Came on this morning.",
         "emergency"),
        ("Me head just exploded with pain out of nowt, worst ever, an hour ago.", "emergency"),
        ("My grandmother 72 has new pain at her temple and yesterday her eye go blurry for a "
         "few minutes.", "emergency"),
        ("I fell off a ladder onto my elbow and it is swollen and bruised now.", "urgent"),
        ("My nan's 81, she tripped over the cat and landed on her wrist, and now she can't "
         "grip her cup.", "urgent"),
        ("My flank hurts like a knife, it is going down to the groin since two hours.", "urgent"),
        ("The new rota is giving me heart attack haha, my neck is so tight.", "self-care"),
        ("My auntie tell me if you cannot pee and the back hurts it is danger. Mine is only a "
         "stiff back from lifting.", "self-care"),
        ("I have a tight chest in cold wind and two puffs of my inhaler help, my neck is stiff "
         "from work.", "self-care"),
        ("GP tested my reflexes and the feeling in my legs, all normal, just a stiff back.",
         "self-care"),
        ("My husband had a stroke two years ago, the face fell on one side back then. I just "
         "have a sore shoulder from helping him.", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("my groin muscle hurts, but it's actually my testicle", "testicular-pain", True),
        ("an ache from my groin spreads into my testicle after long drives", "testicular-pain",
         False),
        ("my tight chest came on crushing", "heavy-squeezing-ache", True),
        ("my tight chest came on crushing", "trauma-mechanism", False),
        ("the pain has not gone off in half an hour", "ongoing-minutes", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)
