"""Words and rules added after held-out sets 72 and 73 (a baseline of pain everywhere and what
is new, commands typed to a chatbot, anxious lists, memes; carers of people who cannot say
where it hurts, gym words for body parts, timelines, forms, capitals and typing errors):

- someone who cannot say it shows it: "keeps rubbing his chest ... pushing my hand onto his
  chest", "holding his back and chest", "woke screaming and holding between his legs"; the
  carer's "my hand" that he pushes is no complaint of the carer's own;
- "like a zip was pulled open inside me", "like being torn open from the inside" (tearing); a
  wrist with "a funny bump" after a fall; "won't use his left arm at all"; "my left arm and leg
  are clumsy", "my left hand is lagging"; "the left half of the telly has just gone";
- lookalikes: a back "smashed after deadlifts" was worked hard, not struck; "checked her ears,
  eyes, temperature and neck, all fine"; "feels like I've broken both legs ... lol" and "it's
  basically a tumour at this point lol" are jokes; "heart-attack level pain" is a measure; a
  friend "on blood thinners now" is being treated, so a message opening with her is no report
  about her; "now the whole office is paranoid" is no spreading pain.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("he keeps holding his chest and won't sit down", "chest-pain", True),
        ("he woke up screaming and holding between his legs", "testicular-pain", True),
        ("came on straining, like a zip was pulled open inside me", "tearing-pain", True),
        ("a pain like being torn open from the inside", "tearing-pain", True),
        ("after the fall the wrist is swollen and there's a funny bump on it", "deformity", True),
        ("since the fall he will not use his left arm at all", "cannot-bear-weight", True),
        ("my left arm and leg are clumsy since I woke up", "one-sided-weakness", True),
        ("the left half of the telly has just gone", "sudden-vision-loss", True),
        ("lower back smashed after deadlifts, just tight", "trauma-mechanism", False),
        ("the GP checked her ears, eyes, temperature and neck, all fine", "fever", False),
        ("hammies screaming, feels like I've broken both legs after the race lol",
         "named-fracture", False),
        ("this knot is basically a tumour at this point lol", "named-cancer", False),
        ("heart-attack level pain in my hamstrings when I bend", "named-heart-attack", False),
        ("a colleague had a clot last year, now the whole office is paranoid. My calf is sore "
         "from climbing", "spreading", False),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("My brother is 34 and doesn't talk much. For the last half hour he keeps rubbing his "
         "chest and left arm, he's gone pale and sweaty and keeps pushing my hand onto his "
         "chest.", "emergency"),
        ("My 15 year old woke at 4am screaming and holding between his legs, he's been sick "
         "twice.", "emergency"),
        ("Sudden awful pain in my mid back, like a zip was pulled open inside me, 40 min ago.",
         "emergency"),
        ("list trigger points for tension headache. also since I woke up my left arm and leg "
         "are clumsy", "emergency"),
        ("My friend's calf swelled up and it turned out to be a clot, she's on blood thinners "
         "now. My calves are just tight from running, both the same.", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
