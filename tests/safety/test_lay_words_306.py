"""Words and rules added after held-out sets 306 to 311 (teenagers' texts, voice-to-text, a
night nurse's shorthand; Irish, Australian and South African English, a grandparent's dictated
message; Caribbean and Nigerian English, Singlish, word-for-word translations; careful formal
writing, bulleted lists, intake forms, email threads; English written by Spanish, Polish and
Arabic speakers, autocorrect, capitals; gym slang, farmers and builders, gamers, a parent
writing at night):

- a wrist, arm or ankle that looks bent ("like a dinner fork", "a funny step in it") after a
  fall, a crash or a crack heard is a bad break, for A&E now (NHS 111 Wales);
- a jaw that aches with a cold sweat, "kept saying fork when I meant phone", "cudnt get the
  words out", "accidents with my water", "numbness in the seat area", "strongest of my life",
  "came like a blow with the hammer", "interscapular", "LBP", spots "with water inside", a rash
  "only on this side";
- a road accident told as "accident on the expressway", "hit us from the side";
- a joint that turns hot, or comes with a fever or shivers, after a steroid injection into it;
- a message typed for someone ("Nana typing for Grandad", "he's dictating"): their "my" is
  theirs, and a relative they name is someone else;
- "the main character", "my golden retriever has", "mum's still in hospital", "he's OK now
  after surgery" are someone else's story; "my arm felt like it belonged to someone else" is
  the writer's own arm;
- "a scary week where my leg went numb and I couldn't pee" is all in the past;
- pain that has lasted months, or got no better, still counts when an everyday cause is told
  beside it ("from clenching"); "I can't go to training anymore" limits function; "first only in
  the lower back, now it also goes to the buttock" is spreading; "sprain 3 weeks ago ... still
  swollen" has lasted three weeks.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("fell off the wall and my wrist looks like a dinner fork", "limb-deformity", True),
        ("my posture is crooked from the desk", "limb-deformity", False),
        ("I kept saying spoon when I meant remote", "speech-disturbance", True),
        ("I said Tuesday when I meant Thursday, silly me", "speech-disturbance", False),
        ("cudnt get the words out for ten minutes", "speech-disturbance", True),
        ("two accidents with my water this week", "urinary-incontinence", True),
        ("there's a numbness in the seat area when I sit", "saddle-numbness", True),
        ("had a cortisone injection in my knee last week", "recent-joint-injection", True),
        ("feels like a hot poker jabbing my shoulder", "recent-joint-injection", False),
        ("little spots on my ribs, only on the left", "one-sided-band", True),
        ("steady ache in my jaw since lunch", "left-arm-or-jaw-pain", True),
        ("knot under my left shoulder blade", "left-arm-or-jaw-pain", False),
        ("I can't go to my dance class anymore because of my hip", "limits-function", True),
        ("at first it was only in my neck, now it also goes to my shoulder", "spreading", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Slipped on the stairs and landed on my hand, my wrist has a funny step in it now",
         "emergency"),
        ("Jammed my little finger in the door, it's sitting sideways", "urgent"),
        ("Neck ache from my desk. Earlier I kept saying spoon when I meant remote and my left "
         "hand went weak", "emergency"),
        ("Our taxi was hit from the side on the motorway this morning, my neck hurts and both "
         "hands are tingling", "emergency"),
        ("Had a steroid injection in my shoulder last week, now it's much more painful and I've "
         "got the shivers", "urgent"),
        ("Typing for my grandad, he says: my back is stiff from the garden. He also wants me to "
         "put in that his mouth went droopy on one side at tea", "emergency"),
        ("Grandad is dictating: my brother had a stroke years ago, his face dropped. I'm fine, "
         "just a stiff back from bowls", "self-care"),
        ("Reading a thriller where the main character's leg swells up after a flight and it "
         "turns out to be a clot. My calves are just sore from running, both the same",
         "self-care"),
        ("Mum's still in hospital with sepsis, she's improving. My own neck is stiff from the "
         "chair, any stretches?", "self-care"),
        ("Two years ago I had a scary week where my leg went numb and I couldn't pee, the scan "
         "was clear and it settled. Now just a tight hamstring", "self-care"),
        ("My whole right side felt like it belonged to someone else for ten minutes last night, "
         "I'm 70", "emergency"),
        ("Hamstring strain 3 weeks ago, did the ice, still swollen and sore when I walk",
         "therapist"),
        ("My jaw has ached from clenching for the past year", "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
