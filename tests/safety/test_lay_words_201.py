"""Words and rules added after held-out sets 201 to 205 (the early hours, lorry drivers abroad,
one side compared with the other, a teenager who games all night, last night's drinks, bowls;
text-speak, dog walkers, getting over flu, chefs, what the pharmacist sold, "weird" and "funny";
a spouse in the next room, labourers, numbered questions, hockey, hedging, a discharge for
something else; ski trips, night-shift carers, diary entries, cleaners, family history, a
colleague; Yorkshire, Welsh and Irish English, warehouse pickers, what a phone could not be used
for, pregnancy now, trampoline parks, blood thinners):

- ripping chest pain "that's gone straight through to my back": gone somewhere, not away;
  "felt something tear across my upper back, up into my neck and jaw" (tearing); ", his thigh
  looks bent" starts a new statement that a "didn't" before it does not deny; Yorkshire "t'" is
  "the" and "wi'" is "with"; "can't sit still", "been pacing about" (colic);
- lookalikes: "purple marks where I pressed too hard" with a massage gun; flu "over New Year"
  that the writer "had"; "getting over flu"; "lifting a slab on the patio" (no plaster slab);
  "a crack like knuckles" on the foam roller.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("a ripping pain in my chest that's gone straight through to my back", "chest-pain",
         True),
        ("felt something tear across my upper back, right between my shoulder blades",
         "tearing-pain", True),
        ("woke wi' pain in me side, it's going round t'front, I can't sit still",
         "colicky-pain", True),
        ("massage gun on my calf and now purple marks where I pressed too hard", "calf-warm-red",
         False),
        ("Over Christmas I had a fever for two days", "fever", False),
        ("getting over flu now, just achy", "contraindication-fever", False),
        ("hurt my back lifting a slab on the patio", "tight-cast-bandage", False),
        ("a loud crack like knuckles when I roll my back", "crack-heard", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Sudden ripping pain in my chest that's gone straight through to my back, the pulse in "
         "my left wrist feels weaker. I'm 62", "emergency"),
        ("My dad fell off a ladder when the foot of it didn't hold, his leg looks bent the wrong "
         "way and he can't move it", "emergency"),
        ("Woke at 5 wi' pain in me side that bad I can't sit still, it's going round t'front to "
         "me groin and comes and goes", "urgent"),
        ("Getting over flu, every muscle aches but the temperature's gone. Gentle stretches?",
         "self-care"),
        ("When I roll my upper back there's a crack like knuckles going, feels great after, no "
         "pain", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
