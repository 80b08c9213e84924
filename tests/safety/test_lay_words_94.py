"""Words and rules added after held-out sets 94 and 95 (people short of money or time, carers,
writers who spell by sound, religious framing, parents of newborns, teenagers; long-term
conditions that hide a new sign, numbered answers, endurance athletes, builders and roofers,
signs that began on holiday or a plane, sarcasm and understatement):

- one testicle named by its side and "killing me" (a twisted testicle);
- "the little dip at the bottom of my thumb" is the hollow a broken scaphoid makes tender;
- "can't see out the left side" and "keep bumping into things on my left" are half the field of
  sight gone;
- severe back pain running into the belly or chest with a grey, clammy look (a torn aorta);
- a neck that "clicks and grinds" is no crack of a bone; "what would count as a sign ..." asks;
  "I'm fine walking up hills" says effort brings nothing on; "my dad's leg ... and they found a
  clot" is still the father's story;
- "can't reach the top shelves at work" is pain stopping work.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("my right ball has been killing me since this morning", "testicular-pain", True),
        ("the massage ball is killing me on my glutes", "testicular-pain", False),
        ("it's tender in the little dip at the bottom of my thumb", "snuffbox-tenderness", True),
        ("I do dips at the gym and the base of my thumb aches", "snuffbox-tenderness", False),
        ("I can't see out the left side of either eye", "sudden-vision-loss", True),
        ("I can't see the left side of my back in the mirror", "sudden-vision-loss", False),
        ("I keep bumping into things on my left since this afternoon", "sudden-vision-loss",
         True),
        ("I bumped into the door frame on my left and bruised my arm", "sudden-vision-loss",
         False),
        ("my neck clicks and grinds when I turn it", "crack-heard", False),
        ("I heard a crack when I fell on my wrist", "crack-heard", True),
        ("what would count as a sign of a broken bone after a fall?", "fall-or-crash", False),
        ("I'm fine walking up hills", "exertional-pain", False),
        ("I am fine until I walk up hills, then my chest gets tight", "exertional-pain", True),
        ("My dad's leg went red and swollen and they found a clot in it", "named-blood-clot",
         False),
        ("I can't reach the top shelves at work with this shoulder", "limits-function", True),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("my left ball suddenly started killing me after football and now I've been sick",
         "emergency"),
        ("Fell on my outstretched hand at the skatepark, the wrist is swollen and it hurts in the "
         "little dip at the bottom of my thumb", "urgent"),
        ("Since lunch I can't see out the right side and I keep walking into things on my right",
         "emergency"),
        ("Felt something tear in my back lifting a beam, it's agony and it goes into my belly, "
         "the lads say I've gone grey and clammy", "emergency"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
