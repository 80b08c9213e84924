"""Words, contexts and combinations added after held-out set 17: Scots "my man" (a husband) and
a granddad as the person a report is about, a diagnosis named in such a report (theirs, unlike
the signs the writer sees), a shin "a weird shape" that cannot be stood on, a wrist that grinds
after a fall, a puffy bluish forearm, an arm that "belongs to someone else", clothes gone loose,
Hindi "umar" and "raat", a roller coaster before neck pain, "not like any headache I've had",
and a question whether a sign "would be anything serious".

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.safety.concepts import is_proxy_report
from triggerpoint.safety.lexicon import normalise, sentences


def test_hindi_age_and_night() -> None:
    assert normalise("papa ki umar 62 hai, raat ko zyada") == "dad ki age 62 hai, night ko worse"


@pytest.mark.parametrize(
    ("text", "proxy"),
    [
        ("My man's been moaning about his back for a fortnight, now both legs", True),
        ("My granddad, 74, says his back is hurting him bad", True),
        ("A man at work hurt his back", False),
    ],
)
def test_proxy_people(text: str, proxy: bool) -> None:
    assert is_proxy_report(sentences(text)) is proxy


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        # a proxy's signs count; a diagnosis they were given is theirs
        ("My roommate has a fever and a stiff neck", "fever", True),
        ("My roommate has meningitis", "named-meningitis-sepsis", False),
        ("my shin looks a weird shape below the knee", "leg-deformity", True),
        ("I can't stand on it since the tackle", "cannot-bear-weight", True),
        ("fell on my hand, the wrist grinds when I turn it", "crack-heard", True),
        ("my forearm and hand are puffy and bluish", "arm-swelling", True),
        ("my arm feels like it belongs to someone else", "one-sided-numbness", True),
        ("I have become very thin, my trousers are loose", "weight-loss", True),
        ("my pants are loose after the diet", "breathlessness", False),
        ("went on a big roller coaster and now my neck hurts", "neck-manipulation", True),
        ("a throbbing headache, not like any headache I've had", "headache", True),
        ("would jaw pain while chewing be anything serious?", "jaw-claudication", False),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Took a knee at rugby, heard a crack, my shin looks a weird shape and I can't stand "
         "on it", "emergency"),
        ("Roller coaster last weekend, since then a constant severe throbbing pain down the "
         "left side of my neck into my head, not like any headache I've had", "emergency"),
        ("All of a sudden I can't hold my cup in my right hand, the arm feels like it belongs "
         "to someone else", "emergency"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
