"""Words, rules and context added after held-out sets 534 to 539 (Welsh English from Wrexham,
Bangor, Aberystwyth and Cardiff; English from Flemish, Frisian, Sicilian and Sardinian speakers;
an air steward, a bus conductor, an abattoir worker, a bell ringer, a scaffolder and a chimney
sweep; a Citizens Advice enquiry, a work grievance, a race entry form, a Christmas card note, an
online quiz comment; deaf BSL users writing in English, people with ADHD, dementia carers, people
living with HIV; Cornish, Devon and Dorset speech):

- a head "on the edge" of the bath (a knock to the head, the verb left out); a pain "like
  somebody tore me open"; "worse today than yesterday"; "trapped by the forklift"; "pain very
  very strong"; "feel very faint" (only "the line is very faint" is no faintness); "stop and
  catch my breath"; "a weight in both my upper arms"; pain "I've ever had at the back of my
  skull"; constant tummy pain in later pregnancy (placental abruption, emergency);
- a proxy report opened by "me lad", "me grandfather"; "I've done the exercises with her" is no
  complaint of the writer's own;
- and what is someone else's, past, supposed or normal: "an old lady on my bus today started
  slurring" (a time inside their clause); "got knocked out when a ball whacked me in 2015"
  (the "when" of a past event); "two summers ago my leg went numb and I had pins and needles";
  "went to A&E in March with ..., all clear, never came back"; "if his arms go numb ... ring
  999"; "can trigger points cause ...? read it on a forum. I haven't got anything like that";
  "Me very sad, neck tight" (the writer's own, beside a friend's stroke); "now just" is no
  "just now"; "going downstairs" is no numbness "downstairs"; "shoots down the arm when I
  press" (a pressed knot); "gutted" is no belly.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("fell in the shower, back of my head on the tiles", "head-injury", True),
        ("a pain in my back like someone tore me open", "tearing-pain", True),
        ("the pain is worse today than yesterday", "pain-worsening", True),
        ("I was trapped by a forklift for ten minutes", "trauma-mechanism", True),
        ("the trap has spread down between my shoulder blades", "trauma-mechanism", False),
        ("now I feel very faint", "fainting", True),
        ("the line on the test is very faint", "fainting", False),
        ("I keep having to stop and catch my breath", "breathlessness", True),
        ("a weight in both my upper arms", "radiating-arm-jaw", True),
        ("worst pain I've ever had at the back of my skull", "headache", True),
        ("I am just now realising it", "sudden-onset", True),
        ("now just ordinary stiffness", "sudden-onset", False),
        ("calves dead sore, especially going downstairs", "saddle-numbness", False),
        ("I'm gutted to miss the game", "abdominal-pain", False),
        ("it shoots down the arm when I press the knot hard", "pressed-referral", True),
        ("it's the third one in two years", "recurrence", True),
        ("the headache never came back", "recurrence", False),
        ("my hamstring has kept me out for three weeks", "limits-function", True),
        ("zero better after the exercises", "no-progress", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Slipped in the shower, back of my head on the tiles. My neck hurts but since then I "
         "keep forgetting what I just asked.", "emergency"),
        ("Lifting the sofa, suddenly a pain between my shoulder blades like someone tore me "
         "open. I have high blood pressure.", "emergency"),
        ("I was trapped by the forklift against the racking for half an hour yesterday, now my "
         "thigh is rock hard and swollen and worse today than yesterday.", "emergency"),
        ("Period 3 weeks late, sharp pain low on one side of my belly and now I feel very "
         "faint.", "emergency"),
        ("felt a pop deadlifting and instantly the worst pain I've ever had at the back of my "
         "skull, feel sick.", "emergency"),
        ("33 weeks pregnant, back ache for weeks but since this morning the tummy pain is "
         "constant.", "emergency"),
        ("Worst indigestion of my life, antacids did nothing, a weight in both my upper arms "
         "and I keep having to stop and catch my breath. I'm 68.", "emergency"),
        ("me lad's 14, his belly hurt round the belly button last night and now it's moved "
         "down to the bottom right, he's 38.4.", "urgent"),
        ("A man on my train today collapsed and started slurring, paramedics took him. My own "
         "lower back aches from standing all day.", "self-care"),
        ("Got knocked out for a second when a ball hit me in 2016, scan fine, nothing since. "
         "Now just stiff shoulders.", "self-care"),
        ("Two summers ago my leg went numb and I had pins and needles in my foot for weeks, it "
         "all settled. No numbness since. Tight hamstrings now.", "self-care"),
        ("Went to A&E in May with a thunderclap headache, scan and lumbar puncture all clear, "
         "it never came back. Tight traps now.", "self-care"),
        ("I keep telling him if his arms go numb or he gets a thunderclap headache he's to ring "
         "999. Right now he's only got stiff shoulders.", "self-care"),
        ("can trigger points cause numbness round your bum or problems weeing? read it on a "
         "forum. i havent got anything like that, just a tight glute.", "self-care"),
        ("My friend last week stroke, face drop, now hospital. Me very sad, neck and shoulder "
         "tight.", "self-care"),
        ("Since I was diagnosed with HIV in 2014 I had shingles once, cleared up. Now just "
         "ordinary upper back stiffness from the laptop.", "self-care"),
        ("Raced up Snowdon Saturday, both calves dead sore especially going downstairs, not "
         "swollen.", "self-care"),
        ("Gran has dementia. Stiff sore shoulder for 3 weeks, I've done the exercises with her "
         "every day and no improvement.", "therapist"),
        ("Hamstring tear again, the third one in 2 years.", "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
