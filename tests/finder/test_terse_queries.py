"""Short search-box queries: the sourced prevalence lists put the usual suspects first."""

from __future__ import annotations

import pytest

from triggerpoint.finder import build_query, find
from triggerpoint.finder.build import lexicon_for
from triggerpoint.finder.prior import area_scores
from triggerpoint.knowledge import KnowledgeBase


def _ranking(kb: KnowledgeBase, text: str) -> list[str]:
    query = build_query(kb, text=text, top=len(kb.muscles))
    return [c.muscle for c in find(query, kb, text=text).candidates]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # teeth: temporalis and masseter are the two commonest causes of muscular toothache
        ("toothache", {"temporalis", "masseter"}),
        ("my upper teeth ache but the dentist found nothing", {"temporalis", "masseter"}),
        # the abdominal wall: rectus abdominis and the obliques
        ("stomach muscles ache", {"rectus-abdominis", "abdominal-obliques"}),
        ("sore belly after a core workout", {"rectus-abdominis", "abdominal-obliques"}),
        # the web of the thumb: adductor pollicis
        ("pain in the web of my thumb", {"adductor-pollicis"}),
        # cheek pain taken for sinus trouble: masseter and lateral pterygoid
        ("sinus pressure in my cheek", {"masseter", "lateral-pterygoid"}),
        ("sinus headache", {"masseter", "lateral-pterygoid"}),
        # a stitch: serratus anterior is the most frequent cause
        ("stitch in my side", {"serratus-anterior"}),
        ("side stitch when jogging", {"serratus-anterior"}),
        # rib pain: intercostal strains are the commonest muscle cause
        ("sore ribs", {"intercostals"}),
        # frozen shoulder names the joint, one place around it: subscapularis is the key muscle
        ("frozen shoulder", {"subscapularis"}),
        ("adhesive capsulitis", {"subscapularis"}),
    ],
)
def test_a_terse_query_puts_a_usual_suspect_first(
    kb: KnowledgeBase, text: str, first: set[str]
) -> None:
    assert _ranking(kb, text)[0] in first


@pytest.mark.parametrize(
    ("text", "within_three"),
    [
        ("costochondritis", {"pectoralis-major", "sternalis", "intercostals"}),
        ("tietze syndrome left side", {"pectoralis-major", "sternalis", "intercostals"}),
        ("tooth pain", {"digastric", "temporalis", "masseter"}),
    ],
)
def test_a_complaint_with_its_own_list_ranks_the_list_high(
    kb: KnowledgeBase, text: str, within_three: set[str]
) -> None:
    assert len(set(_ranking(kb, text)[:3]) & within_three) >= 2


def _own_lists(kb: KnowledgeBase) -> list[tuple[str, str]]:
    """(complaint, list) for the lists that only a complaint calls on (no regions of their own)."""
    return sorted(
        (complaint, area.id)
        for area in kb.prevalence.values()
        if not area.regions
        for complaint in area.complaints
    )


@pytest.mark.parametrize(("complaint", "area"), _own_lists(KnowledgeBase.load()))
def test_every_complaint_name_alone_ranks_its_lists_favourite_in_the_top_three(
    kb: KnowledgeBase, complaint: str, area: str
) -> None:
    scores = area_scores(kb.prevalence[area], kb)
    best = max(scores.values())
    favourites = {m for m, s in scores.items() if s == best}
    name = kb.complaints[complaint].name
    assert favourites & set(_ranking(kb, name)[:3]), (complaint, _ranking(kb, name)[:3])


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("ache near the bottom point of my shoulder blade", "lower-tip-of-shoulder-blade"),
        ("pain at the lower point of the right shoulder blade", "lower-tip-of-shoulder-blade"),
        ("sore spot at the point of my shoulder blade", "lower-tip-of-shoulder-blade"),
        # the point of the shoulder itself is still the side of the shoulder
        ("pain at the point of my shoulder", "side-of-shoulder"),
        ("the bottom tip of my shoulder blade aches", "lower-tip-of-shoulder-blade"),
        ("a spot at the inside bottom of my shoulder blade", "lower-tip-of-shoulder-blade"),
        # 'inside my bottom' alone is still the rectal area
        ("pain inside my bottom", "anus-and-rectum"),
    ],
)
def test_the_point_of_the_shoulder_blade_is_its_lower_tip(
    kb: KnowledgeBase, text: str, region: str
) -> None:
    assert [m.region for m in lexicon_for(kb).parse(text).marks] == [region]
