"""Words and rules added after held-out sets 254 to 258 (oboists, organists, woodturners,
luthiers, goldsmiths, engravers; signwriters, embalmers, vintners, cider makers, coopers,
wheelwrights; quarry workers, tunnel engineers, lock keepers, pedicab riders, postal workers,
milkmen; street sweepers, gritter drivers, ski patrol, mountain guides, park rangers, tree
planters; wheelchair users, amputees, eczema and psoriasis, coeliac disease, a stammer, vegans):

- legs "shaking like jelly" straight after a long rehearsal (session, shift, gig) are tired
  legs, as after a workout;
- a shoulder that "clicks and cracks when I roll it" is joint noise, not a break;
- legs "stained purple" from treading grapes are no discoloured leg;
- "back in spring" dates what follows, like "back in March";
- a TIA clinic whose scans were all clear, with a discharge, is no stroke now;
- "the crusher" at a quarry is a machine, not a crush injury;
- "4 times in the last year", "stop it happening again" are recurrence.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("after a four hour band rehearsal my legs were shaking like jelly", "exercise-fatigue",
         True),
        ("my legs have been shaking like jelly since my back went", "exercise-fatigue", False),
        ("my knee clicks and cracks when I bend it, no pain", "crack-heard", False),
        ("I slipped on the ice and heard a loud crack in my wrist", "crack-heard", True),
        ("my feet are stained purple from the dye vat", "calf-warm-red", False),
        ("my calf has gone red and hot since yesterday", "calf-warm-red", True),
        ("my hands are sore from the crusher at work", "trauma-mechanism", False),
        ("my hand got caught in the crusher and was crushed", "trauma-mechanism", True),
        ("my back has gone 4 times in the last year", "recurrence", True),
        ("I lifted 4 boxes in the last hour", "recurrence", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("After a 3 hour choir rehearsal my legs were shaking like jelly and my arms felt dead, "
         "totally fine after a sit down. Just tired muscles?", "self-care"),
        ("Since yesterday my back has been agony and both legs are like jelly and numb, I can't "
         "feel the toilet paper", "emergency"),
        ("My shoulder clicks and cracks really loudly when I roll it, doesn't hurt though. Can "
         "I massage the knot under my shoulder blade?", "self-care"),
        ("My legs are stained purple to the knees from treading grapes and my calves are "
         "burning two days later. Normal soreness?", "self-care"),
        ("Back in spring my calf swelled up and they scanned it, nothing there, and the "
         "swelling went in a few days. Now my hamstring is tight from planting", "self-care"),
        ("Months ago my arm went numb and the GP sent me to the TIA clinic. Scans and tests all "
         "clear, they discharged me. My neck gets tight from the desk", "self-care"),
        ("I think I'm having a mini stroke, my face feels odd", "emergency"),
        ("Lower back has gone 4 times in the last year, always lifting. I want to stop it "
         "happening again", "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
