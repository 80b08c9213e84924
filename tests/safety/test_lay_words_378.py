"""Words added after held-out sets 378 to 383 (Scottish Borders, Northumbrian, Fenland and
Cornish speech; Ghanaian Pidgin, Cameroonian, Krio and Liberian English; a paramedic, a cook, a
lorry driver, a florist, a track worker, a swimming teacher; messages after a bad night, on strong
painkillers, as lists; English from Portuguese, Hungarian, Czech and Swedish speakers;
grandparents, young parents and shift workers):

- Sierra Leone Krio written as spoken (`safety/lexicon.py`, from memory of Fyle and Jones's
  Krio-English dictionary): "me shoulda de hol me" (my shoulder hurts me), "a nor fit raise me
  rayt han" (I cannot raise my right hand), "me tu fut dem de wik" (both my legs are weak),
  "fiba", "bret", "bost lek tunda", "las wik", "an naw" (and now, not the Scots "naw", no),
  "sidon cross leg" (sat cross-legged); only words with no English sense of their own.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("me bak de hol me an naw me tu fut dem de wik", "leg-neuro-symptoms", True),
        ("me wod dem de kam out lek drunk man", "speech-disturbance", True),
        ("a get fiba since yestade", "fever", True),
        ("a nor get fiba, notin", "fever", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Me shoulda de hol me 2 days. Dis monin me wod dem de kam out lek drunk man an a nor "
         "fit raise me rayt han", "emergency"),
        ("Me bak de hol me bad bad an naw me tu fut dem de wik", "emergency"),
        ("Me kaf de hol me, e swel, e hot an e red, only di lef wan", "urgent"),
        ("Me shoulda de hol me small from carrying di bucket, notin els", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
