"""Words and rules added after held-out sets 58 and 59 (shift and manual workers, parents writing
about a teenager and themselves, people who play it down, forum threads with quoted posts,
half-technical writers with abbreviations, messages that change subject):

- "a cow pinned me against the gate" is an injury; "my ribs crunch when I move" is a crack felt;
  "had central CP ..., N&V now" is chest pain with nausea; "feeling SOB" is breathlessness;
- a message that opens with the person it is about ("My daughter, 17, ...") and tells how they
  are now, getting worse ("She's now got a severe pain ..."), counts their signs even when the
  writer adds something of their own ("I'm fine btw");
- lookalikes: "pull a double" is a double shift, not double vision; "the chilled floor" is a
  workplace, not chills; "worse after a day of ceilings" is a load, not pain getting worse; a
  line quoted from someone else's post ("> has anyone had numb legs") is theirs; a relative's
  stroke "she's in rehab now" is their story; "one of our residents" is someone else; "crushing
  chest pain" is no crush injury ("a crushing pressure" is chest pain); "... in March and it
  hasn't happened since" is over, unless the sentence says it was recent; "new topic: my calf
  knot" is no new lump, and "a small spot by the QL" no rash;
- an aside in brackets takes whose story it is, and whether past, from the sentence around it
  ("my dad had a stroke last year (face dropped, arm went floppy)"), unless it is in the
  writer's own words ("(my face dropped on one side)").

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("the bull pinned me against the fence an hour ago", "trauma-mechanism", True),
        ("my ribs crunch when I breathe in", "crack-heard", True),
        ("had central CP on the train, it goes to my jaw", "chest-pain", True),
        ("N&V since lunch", "nausea", True),
        ("feeling SOB walking up the stairs", "breathlessness", True),
        ("I had a good sob last night and my neck feels looser", "breathlessness", False),
        ("my neck aches when I pull a double at the restaurant", "double-vision", False),
        ("I work on the chilled floor and my hips ache", "rigors", False),
        ("the ache is worse after a day of plastering", "pain-worsening", False),
        ("a crushing pressure going into my left arm", "chest-pain", True),
        ("crushing chest pain since I sat down", "trauma-mechanism", False),
        ("my leg got crushed under the quad bike", "trauma-mechanism", True),
        ("one of our residents had crushing chest pain on my shift", "chest-pain", False),
        ("a sudden thunderclap headache in March and it hasn't happened since",
         "thunderclap-headache", False),
        ("a sudden thunderclap headache an hour ago and it hasn't happened since",
         "thunderclap-headache", True),
        ("new topic: my calf knot comes back every time I run more", "new-lump", False),
        ("a new lump in my calf that is getting bigger", "new-lump", True),
        ("the ache was a small spot by the QL and now it's a wider band", "shingles-rash", False),
        ("three weeks of massaging the knots and nothing's shifting", "no-progress", True),
        ("my brother broke his wrist at football (heard a crack, it looked bent), but my own "
         "wrist just aches from typing", "crack-heard", False),
        ("I fell off the ladder (heard a crack) and my wrist looks bent", "crack-heard", True),
        ("My dad had a stroke last year (face dropped, arm went floppy)", "face-droop", False),
        ("Since this morning (my face dropped on one side) I feel odd", "face-droop", True),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("My son, 16, fell off his skateboard this morning. He's now got a headache that keeps "
         "getting worse and he keeps being sick. I'm fine, just a tight neck from the drive.",
         "emergency"),
        ("My aunty had a stroke in May, her speech went slurred, she's in rehab now. I only "
         "have tight shoulders from the stress.", "self-care"),
        ("> has anyone had numb legs and trouble peeing\nnot me, my low back knot is just achy "
         "from digging", "self-care"),
        ("Chef here, the knot in my neck comes back every time I pull a double, sixth time this "
         "year.", "therapist"),
        ("quick q about my rhomboids. also I had central CP 20 min ago going into my jaw, N&V "
         "now. probably nothing", "emergency"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
