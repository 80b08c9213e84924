"""Words and rules added after held-out sets 324 to 329 (a marathon log, a golfer, an old
gardener, bullet points; Lowland Scots, Belfast, Liverpool and Birmingham speech; the health
part in one line of a message about something else, forwarded chats, a note for a partner;
farm, window-cleaning, kitchen and call-centre work, a father of twins; long histories,
"probably nothing", the wrong condition googled, asking "for a friend"; English from Urdu,
Tagalog and Portuguese speakers, text abbreviations, one long paragraph):

- a jaw or left arm that aches and "won't shift with sitting down", with feeling grey or faint;
  a squeezing in "the middle of my chest" with an aching left arm that rest does not ease;
- "not had a wee since yesterday" with back pain and both feet "slapping on the floor";
- a calf "tight and puffy" after a flight, with breathlessness and a racing heart;
- "sudden bad pain in me privates" with swelling; a belly that "is rock hard";
- a rash with a tender scalp, a red sore eye or a weakened immune system (shingles);
- an arm "getting weak" day by day.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("the ache won't shift with sitting down", "not-eased-by-rest", True),
        ("both my feet are slapping on the floor when I walk", "foot-drop", True),
        ("a squeezing feeling in the middle of my chest", "chest-pain", True),
        ("my right arm is getting weak", "progressive-weakness", True),
        ("sudden pain in my privates and it's swollen", "testicular-pain", True),
        ("my privates are a bit sore after the long bike ride", "testicular-pain", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("My jaw and left shoulder have ached for half an hour, it won't shift with sitting "
         "down and I feel grey and faint", "emergency"),
        ("My jaw aches from clenching, it won't shift with sitting down, I press the spot and "
         "it hurts", "therapist"),  # no red flag: a knot that will not shift
        ("Back's bad since lifting. I've not had a wee since last night and both feet are "
         "slapping on the floor", "emergency"),
        ("Long flight home, my left calf is tight and puffy, now I'm breathless and my heart "
         "is racing", "emergency"),
        ("My belly has ached all day and now it is rock hard and I'm sweating", "emergency"),
        ("I'm on tacrolimus after a transplant and have a painful rash on one buttock",
         "urgent"),
        ("My forehead has been tender for days, now a rash up to my eyebrow and my scalp is "
         "tender", "urgent"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
