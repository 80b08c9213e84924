"""Words and rules added after held-out sets 110 to 113 (a school nurse's chat, night porters, a
new medicine blamed, a sign told by what family noticed, cleaners, five-word messages; the second
person, couriers, after covid or flu, what was eaten, builders, self-corrections; formal writers in
their eighties, gig workers, long-haul flights, "not like my usual migraine", nurses about
themselves, capitals; questions, lambing and harvest, new parents, medical words used loosely,
choir singers and wind players, messages written for someone reading over a shoulder):

- pain low in the tummy or pelvis with pain deep inside during sex, or with a discharge that
  smells or looks unusual, is a pelvic infection's urgent sign (NHS, pelvic inflammatory disease);
- in a cast, fingers that swell with pain "terrible even with the painkillers" is the emergency
  of a crushed compartment ("got a cast" is a cast);
- a wrist "swollen and sore on the thumb side" after a fall is a possible broken scaphoid;
- "bone poking thru the skin" is an open fracture ("thru" is "through");
- "I can barely feel a pulse on that side" is the writer checking someone else, not a complaint of
  their own, so a message about a husband's ripping back pain stays about him;
- what a writer says of "a lady I clean for" is hers; "I'm asking for me:" starts the writer's own
  lines, and so does "Me, I'm wrecked";
- a cramp that felt "like my leg was being ripped in half" is no torn aorta, "sounds like bones
  breaking" no fracture, a thigh "bruised purple" from a foam roller no clot, a nerve "getting
  squashed" at the elbow no crush injury, an ache that "eases as soon as I stretch and sit down" no
  exertion, "legs like jelly" the day after "80 drops on the bike" tired legs;
- "three weeks ago I had ..., had an MRI and they said nothing was pressing" and "knocked out ...
  last season" are episodes that are over;
- "for a fortnight" and "for at least half a year" are lengths of the pain.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.safety.lexicon import sentences
from triggerpoint.safety.numbers import read_numbers


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("been pressing the knot daily for a fortnight", 14),
        ("aching at the hinge of my jaw for at least half a year", 182),
        ("half a year ago I sprained it", None),
    ],
)
def test_lengths(text: str, days: int | None) -> None:
    assert read_numbers(sentences(text)).lasting_days == days


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("it hurts deep inside during sex", "painful-sex", True),
        ("my discharge smells different this week", "unusual-discharge", True),
        ("Broke my ankle Monday and got a cast", "tight-cast-bandage", True),
        ("pain is horrible even with the painkillers", "severe-disproportionate-pain", True),
        ("my wrist is swollen and sore on the thumb side", "snuffbox-tenderness", True),
        ("cramp felt like my leg was being ripped in half", "tearing-pain", False),
        ("the foam roller crunches, sounds like bones breaking", "named-fracture", False),
        ("rolling left my thigh bruised purple", "calf-warm-red", False),
        ("the funny bone nerve getting squashed", "trauma-mechanism", False),
        ("it eases as soon as I stretch and sit down", "exertional-pain", False),
        ("did 60 hill sprints on the bike yesterday, legs like jelly", "exercise-fatigue", True),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Low tummy ache on and off for a week, sex has been painful deep inside and there's a "
         "yellow discharge. Tight hip flexors?", "urgent"),
        ("Wrist in plaster since Tuesday, got a cast at the fracture clinic. Tonight my fingers "
         "are swollen and numb and the pain is awful even with the painkillers.", "emergency"),
        ("Slipped on the stairs and landed on my hand yesterday, wrist is swollen and sore on the "
         "thumb side", "urgent"),
        ("came off the bike, there's bone poking thru the skin on my shin", "emergency"),
        ("My wife felt a tearing pain go through to her back out of nowhere, she's gone grey and "
         "I can barely feel a pulse in her left wrist. She wants a back rub.", "emergency"),
        ("A gentleman I clean for had a droopy face on Monday and went to hospital. My own "
         "shoulders ache from the hoovering.", "self-care"),
        ("My husband's the one with Bell's palsy, he's on treatment. I'm asking for me: tight "
         "jaw from clenching", "self-care"),
        ("Calf cramp woke me at 4am, felt like my leg was being ripped in half, lasted a minute, "
         "just a bit sore now", "self-care"),
        ("Foam rolling my quads leaves them bruised purple, no swelling, hurts a little",
         "self-care"),
        ("Two months ago I had numbness in my bottom and trouble peeing, had an MRI the same "
         "night and they said nothing was pressing on the nerves. Now just a stiff back.",
         "self-care"),
        ("Knocked out in a match last season, checked at A&E, been fine since. Tight traps now.",
         "self-care"),
        ("Our toddler had a fever and a rash last week, the GP said viral and she's fine. Me, I'm "
         "wrecked from carrying her, neck tight.", "self-care"),
        ("pressing the knot in my trap every day for a fortnight and it's still tight",
         "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
