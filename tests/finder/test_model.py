"""The ranking model's behaviour: zones, sides, combination, symptoms and the press test."""

from __future__ import annotations

from typing import Any

import pytest

from triggerpoint.finder import Mark, Query, find
from triggerpoint.knowledge import KnowledgeBase


def ranking(kb: KnowledgeBase, *marks: Mark, **extra: object) -> list[str]:
    return [c.muscle for c in find(Query(marks=marks, **extra), kb).candidates]  # type: ignore[arg-type]


def test_essential_zone_outranks_spillover(tiny_kb: KnowledgeBase) -> None:
    order = ranking(tiny_kb, Mark(region="temple", side="right"))
    assert order.index("head-muscle") < order.index("neck-muscle")
    order = ranking(tiny_kb, Mark(region="back-of-neck", side="right"))
    assert order.index("neck-muscle") < order.index("head-muscle")


def test_whole_drawing_beats_a_single_zone(tiny_kb: KnowledgeBase) -> None:
    order = ranking(tiny_kb, Mark(region="temple", side="left"),
                    Mark(region="behind-the-eye", side="left"))
    assert order[0] == "head-muscle"


def test_side_of_referral_is_respected(tiny_kb: KnowledgeBase) -> None:
    result = find(Query(marks=(Mark(region="temple", side="left"),)), tiny_kb)
    best = {c.muscle: c for c in result.candidates}
    assert best["head-muscle"].side == "left"
    assert best["crossing-muscle"].side == "right", "an opposite-side muscle sits across"


def test_wrong_side_costs(tiny_kb: KnowledgeBase) -> None:
    both = find(Query(marks=(Mark(region="temple", side="left"),
                             Mark(region="back-of-neck", side="right"))), tiny_kb)
    head = next(c for c in both.candidates if c.muscle == "head-muscle")
    assert head.side == "left" and "back-of-neck" in head.unexplained


def test_unmarked_zones_cost_a_little(tiny_kb: KnowledgeBase) -> None:
    # Both explain the temple as essential; the one with fewer unmarked zones ranks higher.
    order = ranking(tiny_kb, Mark(region="temple", side="left"))
    assert order.index("crossing-muscle") < order.index("head-muscle")


def test_midline_regions_match_either_side(tiny_kb: KnowledgeBase) -> None:
    result = find(Query(marks=(Mark(region="sacrum", side="midline"),)), tiny_kb)
    assert result.candidates[0].muscle == "sacral-muscle"
    assert result.candidates[0].side == "both"


def test_neighbouring_regions_count_partly(tiny_kb: KnowledgeBase) -> None:
    scores = {c.muscle: c.score for c in
              find(Query(marks=(Mark(region="top-of-shoulder", side="right"),)), tiny_kb)
              .candidates}
    assert scores["neck-muscle"] > scores["arm-muscle"]


def test_symptoms_add_evidence(tiny_kb: KnowledgeBase) -> None:
    marks = (Mark(region="back-of-neck", side="right"),)
    plain = {c.muscle: c.score for c in find(Query(marks=marks), tiny_kb).candidates}
    dizzy = {c.muscle: c.score for c in
             find(Query(marks=marks, symptoms=("dizziness",)), tiny_kb).candidates}
    assert dizzy["head-muscle"] > plain["head-muscle"]


def test_tender_spot_over_trigger_point_adds_evidence(tiny_kb: KnowledgeBase) -> None:
    marks = (Mark(region="temple", side="right"),)
    tender = (Mark(region="back-of-neck", side="right"),)
    base = {c.muscle: c.score for c in find(Query(marks=marks), tiny_kb).candidates}
    more = {c.muscle: c.score for c in find(Query(marks=marks, tender=tender), tiny_kb).candidates}
    assert more["neck-muscle"] > base["neck-muscle"]


def test_press_test_updates_the_ranking(tiny_kb: KnowledgeBase) -> None:
    marks = (Mark(region="temple", side="right"), Mark(region="back-of-neck", side="right"))
    first, second = ranking(tiny_kb, *marks)[:2]
    confirmed = find(Query(marks=marks, confirmed=(second,)), tiny_kb)
    assert confirmed.candidates[0].muscle == second
    assert confirmed.candidates[0].press_test == "confirmed"
    denied = ranking(tiny_kb, *marks, denied=(first,))
    assert denied[0] != first


def test_combination_explains_the_whole_drawing(tiny_kb: KnowledgeBase) -> None:
    marks = (Mark(region="temple", side="right"), Mark(region="behind-the-eye", side="right"),
             Mark(region="outer-upper-arm", side="right"))
    combo = find(Query(marks=marks), tiny_kb).combination
    assert combo.muscles == ["head-muscle", "arm-muscle"]
    assert combo.coverage == pytest.approx(1.0)


def test_partial_combination_reports_partial_coverage(tiny_kb: KnowledgeBase) -> None:
    marks = (Mark(region="temple", side="right"), Mark(region="shoulder-blade", side="left"),
             Mark(region="outer-upper-arm", side="left"))
    combo = find(Query(marks=marks), tiny_kb).combination
    assert 0 < combo.coverage <= 1
    assert len(combo.muscles) <= 3


def test_scores_are_a_distribution_and_sorted(tiny_kb: KnowledgeBase) -> None:
    result = find(Query(marks=(Mark(region="temple", side="right"),), top=500), tiny_kb)
    scores = [c.score for c in result.candidates]
    assert scores == sorted(scores, reverse=True)
    assert sum(scores) == pytest.approx(1.0)


def test_intensity_weights_the_stronger_pain(tiny_kb: KnowledgeBase) -> None:
    marks = (Mark(region="temple", side="right", intensity=9),
             Mark(region="outer-upper-arm", side="right", intensity=1))
    order = ranking(tiny_kb, *marks)
    assert order.index("head-muscle") < order.index("arm-muscle")
    marks = (Mark(region="temple", side="right", intensity=1),
             Mark(region="outer-upper-arm", side="right", intensity=9))
    order = ranking(tiny_kb, *marks)
    assert order.index("arm-muscle") < order.index("head-muscle")


def test_fast_ranking_agrees_with_the_reference_form() -> None:
    from triggerpoint.finder.build import build_query
    from triggerpoint.finder.engine import model_for

    kb = KnowledgeBase.load()
    query = build_query(kb, text="left temple, back of my neck and top of the left shoulder; "
                                 "I feel dizzy", tender=["top-of-shoulder:left"],
                        confirm=["levator scapulae"])
    model = model_for(kb)
    weights = model.mark_weight(query.marks)
    for log_l, i, side in model.rank(query, weights):
        sides = ("right", "left") if side == "either" else (
            ("right",) if side == "both" else (side,))
        reference = max(model.explain(model.compiled[i], s, query, weights).log_likelihood
                        for s in sides)
        assert log_l == pytest.approx(reference), model.compiled[i].muscle.id


def test_limited_evidence_ranks_below_an_equal_established_pattern(
    muscle_factory: Any,
) -> None:
    from triggerpoint.atlas import Atlas

    make_muscle = muscle_factory
    base = KnowledgeBase.load()
    established = make_muscle("a-muscle", ["temple"])
    limited = make_muscle("b-muscle", ["temple"], evidence="limited")
    kb = KnowledgeBase(atlas=Atlas(base.atlas.regions), muscles={"b-muscle": limited,
                                                                  "a-muscle": established})
    order = ranking(kb, Mark(region="temple", side="right"))
    assert order == ["a-muscle", "b-muscle"]


def test_fast_ranking_agrees_with_the_reference_form_with_prior_and_weak_evidence() -> None:
    from triggerpoint.finder.build import build_query
    from triggerpoint.finder.engine import bonus_for, model_for

    kb = KnowledgeBase.load()
    text = "my right hip and the outside of my thigh ache after running uphill, it burns"
    query = build_query(kb, text=text)
    model = model_for(kb)
    weights = model.mark_weight(query.marks)
    bonus = bonus_for(query, kb, weights, text)
    assert bonus, "the prior and the weak evidence touch some muscles"
    for log_l, i, side in model.rank(query, weights, bonus):
        sides = ("right", "left") if side == "either" else (
            ("right",) if side == "both" else (side,))
        reference = max(
            model.explain(model.compiled[i], s, query, weights, bonus=bonus.get(i, 0.0))
            .log_likelihood
            for s in sides
        )
        assert log_l == pytest.approx(reference), model.compiled[i].muscle.id


def test_the_description_text_adds_weak_evidence_through_find() -> None:
    kb = KnowledgeBase.load()
    query = Query(marks=(Mark(region="back-of-wrist", side="right"),), top=500)
    plain = {c.muscle: c.score for c in find(query, kb).candidates}
    typed = {c.muscle: c.score for c in
             find(query, kb, text="my right wrist aches after typing all day").candidates}
    typists = [m.id for m in kb.muscles.values()
               if any("typing" in a for a in m.aggravated_by) and m.id in plain]
    assert typists
    assert all(typed[m] > plain[m] for m in typists)
