"""Words and rules added after held-out sets 259 to 263 (harpists, stage crews, stunt
performers, kennels, aquarium divers, vet nurses; abattoirs, oyster farms, peat cutters, coppice
workers, dry stone wallers, ghillies; boatbuilders, steeplejacks, organ builders, piano movers,
removals, cycle couriers; reenactors, LARPers, wargamers, bowlers, korfball, synchronised
swimmers; inline skaters, slackliners, hang gliders, cavers, Nordic walkers, foragers):

- "it hasn't gone, left arm feels heavy": a side and a body part with a verb after a comma start
  the writer's own statement, out of the denial's reach;
- a blow "to the helm" or a rock that "came down on my helmet" is a head injury;
- "jammed my wrist", a "FOOSH", and tenderness "in that little hollow" on the thumb side are a
  possible broken wrist;
- "neck has been achy" is neck pain (with clumsy hands: the spinal cord's signs);
- sudden severe back pain with dizziness and a grey, clammy look is the aortic emergency at any
  age;
- "speech went mushy" is disturbed speech;
- a leg that went dead "after kneeling in the bilge" is a pressed nerve;
- "I haven't cut myself" denies the cut: an excluded phrase ("not ... myself") no longer keeps
  its negation from denying;
- "our head keeper", "the ghillie" are someone else; "can't walk the hill with clients" is no
  failure to bear weight; "still just as stiff" after a fortnight is no progress.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("the ache hasn't gone, left arm feels heavy", "left-arm-or-jaw-pain", True),
        ("the ache hasn't gone and my left arm doesn't feel heavy", "left-arm-or-jaw-pain",
         False),
        ("took a sword to the helm at the show yesterday", "head-injury", True),
        ("I polished the helm of the boat", "head-injury", False),
        ("jammed my wrist blocking a shot", "trauma-mechanism", True),
        ("my wrist is stiff from the keyboard", "trauma-mechanism", False),
        ("FOOSH on the ice yesterday", "trauma-mechanism", True),
        ("the thumb side is really tender in that little hollow", "snuffbox-tenderness", True),
        ("there is a hollow feeling on the thumb side when I grip", "snuffbox-tenderness", False),
        ("my neck has been achy", "neck-pain", True),
        ("my speech went mushy for a minute", "speech-disturbance", True),
        ("the porridge went mushy", "speech-disturbance", False),
        ("I haven't cut myself, I just want to know", "self-harm", False),
        ("I've been cutting myself again", "self-harm", True),
        ("our head keeper had a hot swollen knee", "hot-swelling", False),
        ("I can't walk the hill with clients", "cannot-bear-weight", False),
        ("I can't put any weight on my leg", "cannot-bear-weight", True),
        ("did the stretches for a fortnight, still just as stiff", "no-progress", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Chest feels like someone is sitting on it since the climb, I stopped 20 minutes ago "
         "and it hasn't gone, left arm feels heavy", "emergency"),
        ("Took a poleaxe to the helm yesterday, since then a headache and I've been sick three "
         "times", "emergency"),
        ("FOOSH on skates 2 days ago. Wrist is swollen and tender in the little dip at the base "
         "of my thumb", "urgent"),
        ("Both my hands have gone clumsy, I can't do buttons, and my neck has been achy",
         "urgent"),
        ("Lower back pain came on suddenly, really severe, into my groin, dizzy when I stand and "
         "I look grey", "emergency"),
        ("For ten minutes I couldn't lift my right arm and my speech went mushy, then it came "
         "back to normal", "emergency"),
        ("Leg went completely dead after kneeling in the bilge for an hour, pins and needles "
         "gone within a couple of minutes of standing up", "self-care"),
        ("Suppose I cut my hand on a shell and it went bad, when should I worry? I haven't cut "
         "myself. What's good for sore wrists?", "self-care"),
        ("Our head keeper had a knee go hot and swollen and ended up in hospital. Mine is just "
         "a sore outer thigh after a long walk", "self-care"),
        ("Hip and glute ache means I can't walk the hill with clients, three weeks of it",
         "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
