"""Words and rules added after held-out sets 372 to 377 (Welsh, Irish Traveller, Channel Islands
and Manx English; Pakistani, Nepali, Filipino and Indonesian English; a farrier, a stonemason,
a dental nurse, a shelf-stacker, a bell-ringer, a window cleaner; one-thumb messages, group chats,
forwarded messages; English from Dutch, Polish, Ukrainian and Greek speakers; very formal writers,
frightened capitals, rambling messages):

- "havnt", "hvnt", "dnt" spelled out ("havnt been able to pee since this morning"); "the sight
  of my left eye was lost ... as though a blind had been drawn down"; "my words were coming out
  all mashed up"; "a band around my ribs" after cancer with wobbly legs; a limb "stuck under the
  van", "pinned under" a beam; after a crash or a fall, one bone of the spine tender;
- the therapist's signs: "Day 16 ... the same as day 1", "unchanged from the start", "already 8
  months", "stops me after 5 km", pain that has "gone from" one place to another "as well";
- not signs: "say I ... and I suddenly went dizzy ..., what should I do?" (over "and"), "why does
  every website say meningitis", "my butt was numb and then it went away when I walk", "the
  soreness is still there when I press on it" (a rash's test needs a rash), "a tennis ball stuck
  under the blade".

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("havnt been able to pee since lunch though i need to", "urinary-retention", True),
        ("the sight of my right eye was lost, as though a blind had been drawn down",
         "sudden-vision-loss", True),
        ("my words were coming out all mashed up", "speech-disturbance", True),
        ("my foot got pinned under the pallet", "trauma-mechanism", True),
        ("feels like a tennis ball stuck under the blade", "trauma-mechanism", False),
        ("the tenderness is still there when I press on it", "non-blanching-rash", False),
        ("little spots, still there when I press on them", "non-blanching-rash", True),
        ("it's the same as day 1", "no-progress", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("back agony since yesterday, havnt been able to pee since this morning even though i "
         "need to", "emergency"),
        ("I write to report that on Monday the sight of my left eye was lost for some minutes, "
         "as though a blind had been drawn down, and my hand became clumsy. Both resolved",
         "emergency"),
        ("At dinner my wife said my words were coming out all mashed up and my right hand would "
         "not grip the fork, for about ten minutes", "emergency"),
        ("Breast cancer treated 3 years ago. Now a band around my ribs and my legs feel wobbly "
         "on the stairs", "emergency"),
        ("My leg was stuck under the tractor for twenty minutes, now the thigh is swollen and "
         "tight and the pain is savage", "emergency"),
        ("Rear-ended on the motorway 2 days ago. Mid back pain, and one bone of my spine is "
         "really tender to touch", "emergency"),
        ("Fell off a ladder onto my back on Sunday, pain in the middle of my spine and one bone "
         "is tender with a bump", "emergency"),
        ("Day 15 of the stretches for my neck. It's the same as day 1.", "therapist"),
        ("Upper back pain already 7 months from the desk, no numbness, no fever", "therapist"),
        ("The outside of my knee stops me after 3 km every run. Walking is fine.", "therapist"),
        ("This month the pain has gone from my buttock to the back of my thigh as well, no "
         "tingling", "therapist"),
        ("Say I was pressing on my neck and I suddenly went dizzy and my speech went funny, "
         "what would I do? It hasn't happened", "self-care"),
        ("NO FEVER, NO RASH, MY NECK IS JUST STIFF FROM THE SOFA. WHY DOES EVERY WEBSITE SAY "
         "MENINGITIS", "self-care"),
        ("After 10 hours on the coach my butt was numb and then it went away when I walked",
         "self-care"),
        ("A&E checked my chest, ECG and troponin normal. The soreness along my breastbone is "
         "still there when I press on it", "therapist"),
        ("Knots between my shoulder blades, like a tennis ball stuck under the blade",
         "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
