"""Words, rules and context added after held-out sets 615 to 620 (Bradford, Halifax and
Huddersfield; Swansea, Neath and Port Talbot; Belfast and Lisburn; Ayr, Kilmarnock and Irvine;
Luton, Dunstable and Leighton Buzzard; Ipswich, Felixstowe and Colchester; English from
Mirpuri, Pahari, Madeiran Portuguese, Cape Verdean, Syrian and Iraqi Arabic, Turkish,
Kurmanji, Sylheti, Pashto, Shona and Ndebele speakers):

- a cup that "went straight out of my left hand"; an arm "heavy as a sandbag";
- "me pants were wet this morning and I never even knew"; feet that feel "like I've got thick
  socks on";
- a wheel that "caught my forearm", with the arm bent between wrist and elbow;
- an insurance claim's "Claimant reports ... He is 62 and has lost 8kg": the claimant's signs;
- "made it impossible to kneel"; "none of it is making a difference";
- what is not a sign: "heavy grip work" with twitching forearms.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("this morning my tea cup went straight out of my left hand", "one-sided-weakness", True),
        ("the whole arm feels heavy as a sandbag", "one-sided-weakness", True),
        ("my forearm muscles twitch after heavy grip work, like little worms under the skin",
         "one-sided-weakness", False),
        ("me pants were wet this morning and I never even knew", "urinary-incontinence", True),
        ("both me feet feel like I've got thick socks on when I haven't", "leg-neuro-symptoms",
         True),
        ("Wheel came off the jack at the depot and caught my forearm", "trauma-mechanism", True),
        ("My lower back has made it impossible to kneel", "limits-function", True),
        ("I've tried heat and stretches, none of it is making a difference", "no-progress", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("I've had a pacemaker in for six years. But this morning my tea cup went straight out of "
         "my left hand and the whole arm feels heavy as a sandbag, still does now.", "emergency"),
        ("Me back's been giving me gyp since Saturday. Thing is me pants were wet this morning and "
         "I never even knew, and both me feet feel like I've got thick socks on when I haven't.",
         "emergency"),
        ("Wheel came off the jack at the depot and caught my forearm. The arm looks a bit bent "
         "between the wrist and elbow, it's swelling fast.", "emergency"),
        ("Claim form, details of injury: Claimant reports back pain since lifting at work six "
         "weeks ago. He is 62 and has lost 8kg without trying, the pain is worse at night and no "
         "position eases it.", "urgent"),
        ("Calisthenics question - my forearm muscles visibly twitch for a few minutes after heavy "
         "grip work, like little worms under the skin. Strength is normal and it stops with "
         "rest.", "self-care"),
        ("My lower back has made it impossible to kneel or even sit through a full service this "
         "month. No other symptoms: bladder, bowels and legs are all fine.", "therapist"),
        ("Upper back pain for 4 weeks, I've tried heat, stretches, a new pillow, none of it is "
         "making a difference. No other symptoms.", "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
