"""Words and rules added after held-out sets 330 to 335 (Geordie, Yorkshire, Cornish and
Mancunian speech; a teacher, a vicar, a solicitor, an accountant; messages in the second person,
a receptionist's note word for word, to-do lists; Zimbabwean, Malaysian, Sri Lankan and
Bangladeshi English; messages split over several texts, quoted replies, small talk first;
factory, cleaning, post and scaffolding work):

- an injury is an event: "felt fine after" the tackle does not undo it (a concept's ``event``);
- Geordie "aa" (I), "aal" (all), "nee" (no), "cannit", "divvent", "me heed" (my head), "the
  netty"; northern "our kid" (a brother or sister, someone else);
- a heavy tightness "across my upper back and both arms" with sweating (a heart attack);
- "leaked a bit in me pants", "without even noticing" (losing bladder control);
- sock marks "way deeper on that side" (a swollen leg); a cast just off (immobility);
- a lump "on my spine"; trousers "falling off me" (weight loss);
- "not needed a wee all day" (passing little urine); "breathing feels tight and fast";
- one foot slapping, then the other "catching on the stairs" (foot drop on both sides);
- buttons "now difficult", handwriting "deteriorating"; legs "wobbly" or "I keep tripping";
- "worse all over me belly" after the pain eased (the whole tummy);
- two weeks with "change: 0", "as sore as it was", "still limping" (no progress); "had to ask
  for adjustments", "back again next week", "at first ... now the ankle as well";
- what a course asks to be listed and what happens in a novel are no one's signs; an animal's
  "back legs" are the animal's; the GP who "checked it and said normal".

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("got flattened in a tackle on Sunday, felt fine after", "trauma-mechanism", True),
        ("had the flu last month but felt fine after", "contraindication-fever", False),
        ("aa've leaked a bit in me pants twice today", "urinary-incontinence", True),
        ("the water bottle leaked and soaked my trousers", "urinary-incontinence", False),
        ("sock marks are way deeper on that side only", "calf-swelling", True),
        ("there's a lump on my spine I can feel", "new-lump", True),
        ("my trousers are falling off me lately", "weight-loss", True),
        ("I have not needed a wee all day", "passing-little-urine", True),
        ("my breathing feels tight and fast", "breathlessness", True),
        ("today my left foot keeps catching on the stairs", "foot-drop", True),
        ("my foot caught on a root and I tripped", "foot-drop", False),
        ("doing up buttons is now difficult", "hand-clumsiness", True),
        ("both legs feel stiff and I keep tripping", "gait-disturbance", True),
        ("our collie's back legs have gone wobbly", "gait-disturbance", False),
        ("GP checked it and said normal, nothing wrong", "assessed-normal", True),
        ("Day 15 of the stretches. Change: 0", "no-progress", True),
        ("sixteen days in and my calf is as sore as it was", "no-progress", True),
        ("aa cannit lift me arm, nee strength in it", "one-sided-weakness", True),
        ("nee tingling, nee weakness, just a sore shoulder", "one-sided-weakness", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Took a hard tackle at football on Saturday and felt fine after. Now clear watery "
         "stuff drips from my nose when I bend down", "emergency"),
        ("I'm 58 and diabetic. No chest pain as such, more a heavy tightness across my upper "
         "back and both arms, and I'm sick and sweaty", "emergency"),
        ("Aa was on the netty an bang, me heed just exploded, worst ever", "emergency"),
        ("Sciatica for a month. This week I've leaked a bit in me pants without noticing",
         "emergency"),
        ("Back of my knee throbs, sock marks way deeper on that side, had my cast off "
         "Monday after six weeks", "urgent"),
        ("I'm 74, new ache in my back, a lump on my spine and my trousers are falling off me",
         "urgent"),
        ("My back, the side bit, hurts. Shaking with chills and I've not needed a wee all day",
         "emergency"),  # shaking chills and no urine all day: sepsis
        ("My right foot slaps when I walk and today my left foot keeps catching on the "
         "stairs", "emergency"),
        ("Neck pain for weeks, now buttons are difficult, my hands are clumsy and today both "
         "legs feel stiff and I keep tripping", "emergency"),
        ("The pain in my right side eased this morning, now it's come back worse all over my "
         "belly", "emergency"),
        ("Day 15 of heat and stretches twice a day, pain 5/10 then and now. Change: 0",
         "therapist"),
        ("Strained my calf 16 days ago, did everything, still limping on the stairs",
         "therapist"),
        ("I can no longer use the keyboard for long and have had to ask for adjustments",
         "therapist"),
        ("Heel ache at first, now it's the ankle and up the calf as well over a month",
         "therapist"),
        ("For my first aid exam tomorrow I need to list the stroke signs. Also my shoulders "
         "are tight", "self-care"),
        ("I'm writing a novel in which the hero gets a thunderclap headache. My own neck is "
         "stiff from typing", "self-care"),
        ("Our spaniel's back legs have gone wobbly, the vet says a disc. My own lower back is "
         "sore from lifting him", "self-care"),
        ("My knee clicks and crunches when I squat. GP checked it and said normal, nothing "
         "wrong", "self-care"),
        ("Aa've a canny sore shoulder off the darts. Nee tinglin, nee weakness, nowt swollen",
         "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
