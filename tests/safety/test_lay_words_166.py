"""Words and rules added after held-out sets 166 to 170 (tree surgeons, questions, hotel rooms,
what was eaten, martial arts, timelines in brackets; careful letters, long hauls, "proper" and
"dead" as intensifiers, a partner who will not see a doctor, netball, a group chat; teenagers,
early cleaners, today against yesterday, brand names, open-water swimmers, long greetings;
carers at home, mechanics, dyslexic spellings, scores throughout, powerlifters, "thanks in
advance"; couch to 5k, teachers, a knock in passing, Dr Google, crashes, "you know when"):

- messages about someone else that the gate had read as the writer's own: "I'm 200 miles away"
  is no age, "I've put a cushion under her head" and "I'm struggling to keep him awake" are
  what the writer does for them, "I can feel something throbbing in his tummy" is in his body,
  "It's about my husband" names who the message is about;
- "hard to get a wee started"; "can't push off" on one foot; "worst right at the base of the
  thumb" after a fall; "a child's head collided with mine" is the writer's injury too; pain that
  "came on instantly", 10/10, with drowsiness and vomiting; "three trips in a row ... here it is
  again"; "can't check over my shoulder to reverse the lorry";
- lookalikes: "feels like it's going to fall off" is no fall; "if ... I were to notice" supposes;
  "he's on blood thinners now for a clot" stays his; "someone at our club", "one of the dads",
  "my PE teacher"; a noise that "hurts for a few seconds, then feels fine"; a glute that
  "jumped and twitched when the therapist pressed on it" (a local twitch, not a nerve).

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("it's really hard to get a wee started", "urinary-retention", True),
        ("I can't push off on my left foot any more", "foot-drop", True),
        ("sorest right at the base of the thumb", "snuffbox-tenderness", True),
        ("my thumb feels like it's going to fall off after gaming", "trauma-mechanism", False),
        ("it clicks loudly and hurts for a second, then feels fine", "painless-after-noise", True),
        ("my calf twitched when the therapist pressed on it", "pressed-referral", True),
        ("it's the third time in a row, here it is again", "recurrence", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("My daughter (20) just rang - stiff neck, a fever and she sounds muddled. I'm 150 miles "
         "away, what do I tell her?", "emergency"),
        ("Dad (80) fell in the kitchen, can't get up, his leg looks shorter and turned out. I've "
         "put a blanket over him. Can I massage his hip?", "emergency"),
        ("Sorry to bother you. It's about my wife, she's 72. She suddenly got the worst headache "
         "of her life and now she's being sick and very drowsy, I'm struggling to keep her "
         "awake", "emergency"),
        ("Back pain and it's hard to get a wee started, numb down there too", "emergency"),
        ("Back went last week. Yesterday I could still go up on my toes, today I can't push off "
         "on that foot at all", "urgent"),
        ("Slipped and landed on my hand two days ago, wrist swollen, worst right at the base of "
         "the thumb", "urgent"),
        ("A pupil's head collided with mine this morning and since then I keep forgetting what "
         "I'm saying", "emergency"),
        ("It came on instantly while lifting, 10/10, and now I'm drowsy and keep being sick",
         "emergency"),
        ("My mum's on blood thinners now for a clot. My own calves just ache from standing",
         "self-care"),
        ("Someone at our running club got really confused and couldn't stop shivering after the "
         "race and went to hospital. I'm fine, just tight calves", "self-care"),
        ("When I roll my quads there's a loud crunchy pop, it hurts for a few seconds, then feels "
         "fine", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
