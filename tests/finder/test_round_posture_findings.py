"""Finder sets 198 to 225: a posture found on examination ('L foot pronated', 'knee valgus',
'scapula winging', 'forward head posture') names a place that is not where the pain is, as 'scan'
or 'reflexes' after a place already did."""

from __future__ import annotations

import pytest

from triggerpoint.finder import build_query
from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(("text", "not_marked"), [
    ("c/o L Achilles-area ache into the heel and sole. O/E L foot pronated.", "top-of-foot"),
    ("c/o ache at the back of the neck. Rounded shoulder posture.", "top-of-shoulder"),
    ("c/o low back ache. O/E R scapula winging.", "shoulder-blade"),
    ("c/o mid back ache; shoulders protracted", "top-of-shoulder"),
])
def test_a_posture_is_no_pain_place(kb: KnowledgeBase, text: str, not_marked: str) -> None:
    regions = {m.region for m in build_query(kb, text=text).marks}
    assert not_marked not in regions and regions


def test_the_place_that_hurts_stays(kb: KnowledgeBase) -> None:
    text = "my right foot hurts across the top"
    assert "top-of-foot" in {m.region for m in build_query(kb, text=text).marks}
