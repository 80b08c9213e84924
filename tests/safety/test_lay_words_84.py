"""Words and rules added after held-out sets 84 and 85 (messages to a therapist between
appointments, children's sport, shift workers, Scots, Geordie, Scouse and Cockney, hedging, the
worst sign as one word or a number in brackets; after a procedure, a new diagnosis, travellers,
a relative's opinion, short angry messages, what can no longer be done at home):

- a bracket round one or two words is that word in its sentence, not an aside ("came on while
  lifting (tearing)", "now (blisters) on my forehead"); "tearing" beside "10/10", "came on in one
  go" or "between the shoulder blades" (a torn aorta); "when I was brushin me teeth" is happening
  then (a dropped g is still '-ing'); "my left fingers just would not do it"; "couldn't get past
  the gate without gasping"; "in a boot for a broken ankle" (a long spell without moving);
  "the most violent pain I've ever had in my head"; a swollen, hard tummy with a temperature and
  the shivers (an emergency); "one spot on the inside of the shin bone that's agony when I
  press it" (a stress fracture);
- lookalikes: "secondary school" is no cancer ("secondaries" now asks for the exact word);
  "blood pressure normally high" is no normal finding; "I'm completely fine, just sore
  shoulders" is the writer's own, so a flatmate's fever is his; a break that "has healed fine"
  is over.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("pain between my shoulder blades, came on in one go (tearing), 10/10", "tearing-pain",
         True),
        ("now (blisters) on my forehead and the tip of my nose", "shingles-rash", True),
        ("when I was brushin me teeth half me mouth weren't movin proper", "face-droop", True),
        ("when I was a kid my face drooped after a bee sting", "face-droop", False),
        ("my left fingers just would not do it", "one-sided-weakness", True),
        ("I couldn't get past the garden gate without gasping", "breathlessness", True),
        ("I've been in a boot for a broken ankle for five weeks", "immobility", True),
        ("the most violent pain I've ever had in my head", "headache", True),
        ("one spot on the inside of the shin bone is agony when I press it", "bone-tenderness",
         True),
        ("my daughter starts at secondary school next term", "cancer-history", False),
        ("my mum has secondaries in her spine", "named-cancer", False),
        ("blood pressure normally high", "assessed-normal", False),
        ("My broken wrist from the spring has healed fine, now just stiff muscles",
         "named-fracture", False),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Upper back pain between shoulder blades, came on in one go while lifting (tearing), "
         "10/10, now moving down", "emergency"),
        ("colonoscopy yesterday, my tummy is swollen hard like a drum and I've got a temperature "
         "and the shivers", "emergency"),
        ("in a boot for five weeks, today I couldn't get past the gate without gasping and it "
         "hurts when I breathe in", "emergency"),
        ("My flatmate came back from abroad with a fever. I'm completely fine, just sore "
         "shoulders from carrying his bags", "self-care"),
        ("the shin pain is no better, one spot on the shin bone is agony when I press it and it "
         "throbs at night", "doctor"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
