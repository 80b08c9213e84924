"""Words, rules and context added after held-out sets 546 to 551 (Galway and Connemara speech
with Irish words; English from Kikuyu, Sinhala, Amharic and Tigrinya speakers; a docker, a
trawlerman's wife writing for him, an oil rig medic's log, a wheelwright, a quarry blaster, a
lighthouse keeper; a podcast voicemail, a postcard, a video comment, an online pharmacy message, a
health survey reply; deaf-blind people, people with dyslexia, long COVID or fibromyalgia; Geordie,
Mackem and Teesside speech):

- Irish (Gaeilge) words mixed into English (`safety/data/irish.yaml`): "tá pian i mo chliabh",
  "the muineál and the left lámh", "ag cur allais", "fiabhras orm";
- "pulled a muscle in my chest" is chest pain; "pain crushing" is no crush injury; "101 on the
  thermometer"; "the sweats and the shakes"; "slipped by the back door", "can't get up" after a
  fall, a guide dog that "pulled me over"; "hit by a matatu"; "one of his ... down there"; dots
  that trail off are a pause, not a sentence's end; spellings by ear ("cant feal wen i need a
  wee", "acident", "with out noticeing", "tingely");
- and what is someone else's, past or normal: "in a TV drama the man had a heart attack"; "our
  spaniel pulled up lame ... vet says joint infection"; "old farrier next door lost the sight of
  one eye"; "fully recovered" closing a list of what happened; "like my bones are broken"; "said
  textbook DOMS"; "won't let him haul"; "has grown"; "dont sleep good".
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("tá pian i mo chliabh since the match", "chest-pain", True),
        ("tá mé ag cur allais", "sweating-any", True),
        ("I pulled a muscle in my chest at the gym", "chest-pain", True),
        ("pain crushing, 8/10", "trauma-mechanism", False),
        ("the sweats and the shakes at night", "rigors", True),
        ("slipped by the back door this morning", "fall-or-crash", True),
        ("I slipped and I can't get up off the floor", "cannot-bear-weight", True),
        ("my back went this morning and I can't get up off the bed", "cannot-bear-weight", False),
        ("got hit by a matatu crossing the road", "pedestrian-struck", True),
        ("it feels like my bones are broken", "named-fracture", False),
        ("the knot has grown since last week", "spreading", True),
        ("his shoulder won't let him haul the creels", "limits-function", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Tá pian i mo chliabh, like a vice, spread up into the muineál and the left lámh. Tá "
         "mé ag cur allais.", "emergency"),
        ("Pain in the small of the back, right side. Burning when I pass water, the sweats and "
         "the shakes, 101 on the thermometer.", "urgent"),
        ("Medic log. Pt 52M, 'pulled muscle' L chest lifting. Pain crushing, into L arm. Pt "
         "grey, diaphoretic.", "emergency"),
        ("I'm 79. Slipped by the back door and I can't get up, pain in my groin and the foot "
         "has turned outwards.", "emergency"),
        ("Got hit by a matatu crossing the road yesterday, now my lower back is very painful.",
         "emergency"),
        ("Me lad's 14, says the pain's really in one of his... you know... down there, came on "
         "sudden, and he's been sick.", "emergency"),
        ("bad bak pain and now i cant feal wen i need a wee, had a acident with out noticeing.",
         "emergency"),
        ("guide dog pulled me over on a kerb, shin hurts, I can't stand on it at all and "
         "there's a bony bump.", "emergency"),
        ("In a TV drama the man had a heart attack with arm pain. My left arm is just sore "
         "from volleyball.", "self-care"),
        ("Our spaniel pulled up lame with a hot swollen knee, vet says joint infection. I'm "
         "just aching from carrying him.", "self-care"),
        ("Old farrier next door lost the sight of one eye to temporal arteritis. Me, just a "
         "sore forearm.", "self-care"),
        ("Yes, 2018, saddle numbness with a disc, emergency surgery, fully recovered, bladder "
         "normal since. Now tight hip flexors.", "self-care"),
        ("My fibro pain feels like my bones are broken, tests all normal, this is my usual.",
         "therapist"),
        ("Calf felt like it would explode after leg day, thought it was a clot, the walk-in "
         "centre said textbook DOMS.", "self-care"),
        ("First marathon Sunday, legs went to complete jelly, easing two days later.",
         "self-care"),
        ("Writing for Kenny. His shoulder won't let him haul the creels any more, no fall.",
         "therapist"),
        ("hip hurts wen i lie on it so i dont sleep good, been a month", "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
