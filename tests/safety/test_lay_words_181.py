"""Words and rules added after held-out sets 181 to 190 (waiting rooms, cabin crew, rowers, long
apologies, topic jumps, a wedding coming up; prison officers, voice notes, quilters, campers,
understatement, a group chat; climbers, couriers, scores out of ten, literal writers, drummers,
the morning after; nap time, clock times, kitchen porters, what a pharmacist said, the writer in
the third person, allotments; title lines, tattoo artists, after an operation, what was tried,
regional slang, long walks; key: value lines, butchers, spelling by sound, late at night,
referees, an old injury compared; veterans, massage guns, cruises, choirs, many questions,
left and right mixed up; hashtags, roofers, dementia carers, what was searched, fasting,
cricketers; one-liners, the menopause, removals, signs told by food and objects, swimmers, a long
drive; an email's subject line, pianists, smartwatches, grandparents, golfers, repetition):

- "haven't been able to pass urine", "unable to" and "not able to" are read as "cannot" by every
  concept; a possessive typed without its apostrophe ("my husbands back") names the person the
  message is about; "from no pain to the most pain I have ever had" and "a lump where there
  shouldn't be one" deny nothing; "couldn't take more than a couple of steps"; "like someone
  unzipped my back"; neck pain "nothing like anything I've had before"; "it's just the same"
  after two weeks of exercises, "barely any better", "not worse, not better"; "Duration: 8
  months"; "stopping me eating"; "spred" is "spread" (a dropped letter is the commoner slip);
- lookalikes: the "stroke side" of a boat and "the top of the stroke" in the pool; a "pinpoint
  tender spot"; the dish "pit" (only "pitting" is pitting); "unable to lie on my side"; a
  shingles rash "a few months back"; a hot knee "in March", drained and treated; a leg gone dead
  on the loo, "then totally fine"; the clot "the nurse found" in a husband's leg.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("since lunchtime I haven't been able to pass urine at all", "urinary-retention", True),
        ("I was unable to wee all night", "urinary-retention", True),
        ("I couldn't take more than a few steps on it after the fall", "cannot-bear-weight",
         True),
        ("hip aches when I walk fast, unable to lie on that side at night",
         "cannot-bear-weight", False),
        ("it felt like someone unzipped my back, right between the shoulder blades",
         "tearing-pain", True),
        ("a pinpoint tender spot on my chest muscle when I press it", "non-blanching-rash",
         False),
        ("my forearms ache from the dish pit at work", "calf-swelling", False),
        ("I row on stroke side and the ribs on that side ache", "named-stroke", False),
        ("my shoulder only hurts at the top of the stroke when I swim", "named-stroke", False),
        ("my wife thinks I've had a stroke, my arm is weak", "named-stroke", True),
        ("did the stretches for two weeks and it's the same", "no-progress", True),
        ("both calves look the same size, no swelling", "no-progress", False),
        ("worse sitting on hard chairs, better standing", "no-progress", False),
        ("Duration: 8 months", "pain-months", True),
        ("over the last month it has spred a bit to the other side", "spreading", True),
        ("it's stopping me eating anything chewy", "limits-function", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Low back pain since Friday and since this morning I have not been able to pass urine, "
         "I don't even feel I need to go", "emergency"),
        ("my dads back pain came on all of a sudden and it's going into his tummy, he's 72 and "
         "gone grey and sweaty", "emergency"),
        ("A headache went from no pain to the worst pain I have ever had in under a minute, "
         "I've been sick twice", "emergency"),
        ("Fell off the wall, my wrist is bent where it shouldn't be, there's a lump where there "
         "shouldn't be one, fingers going pale", "emergency"),
        ("Twisted my ankle on the hill yesterday, couldn't take more than a couple of steps then "
         "and still can't now", "emergency"),
        ("After a hard tackle two days ago I have a new headache and pain down one side of my "
         "neck, severe and nothing like anything I've had before", "emergency"),
        ("I row on stroke side and the muscles over my ribs ache after long sessions",
         "self-care"),
        ("Had the shingles rash on my back a few months back, fully healed. Now my mid back is "
         "just stiff from gardening", "self-care"),
        ("My husband is in hospital, the nurse found a clot in his leg. My own back aches from "
         "lifting him", "self-care"),
        ("Sat on the loo too long and my leg went dead, then pins and needles, then totally "
         "fine. Are my glutes tight?", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
