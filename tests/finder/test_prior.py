"""The prevalence prior: sparse input gets the usual suspects, rich input the pattern's answer."""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

import pytest

from triggerpoint.finder import Mark, Query, find
from triggerpoint.finder.engine import model_for
from triggerpoint.finder.evidence import MAX_RATIO, WeakEvidence, stem
from triggerpoint.finder.prior import (
    FULL_SCORE,
    PRIOR_WEIGHT,
    UNLISTED,
    PrevalencePrior,
    area_prior,
    area_scores,
    unlisted_muscles,
)
from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.knowledge.models import Prevalence

KB = KnowledgeBase.load()


def _area(
    area_id: str,
    regions: list[str],
    *reports: tuple[str, list[str]],
    conditions: tuple[str, ...] = (),
    complaints: tuple[str, ...] = (),
) -> Prevalence:
    return Prevalence.model_validate(
        {
            "id": area_id,
            "name": area_id,
            "regions": regions,
            "conditions": list(conditions),
            "complaints": list(complaints),
            "reports": [
                {"says": says, "muscles": muscles, "sources": ["test-source"]}
                for says, muscles in reports
            ],
        }
    )


def _with(kb: KnowledgeBase, *areas: Prevalence) -> KnowledgeBase:
    return replace(kb, prevalence={a.id: a for a in areas})


def _order(kb: KnowledgeBase, *marks: Mark, **extra: Any) -> list[str]:
    query = Query(marks=marks, top=500, **extra)
    return [c.muscle for c in find(query, kb).candidates]


def _listed_for(kb: KnowledgeBase, region: str) -> set[str]:
    return {m for a in kb.prevalence.values() if region in a.regions for m in area_scores(a, kb)}


def _broad(term: str) -> Mark:
    broad = next(b for b in KB.atlas.broad_terms if b.term == term)
    return Mark(region=broad.regions[0], alternatives=tuple(broad.regions[1:]), text=term)


# -- the formula, on a hand-made knowledge base ---------------------------------------------


def test_a_listed_muscle_outranks_an_identical_unlisted_one(
    tiny_kb: KnowledgeBase, muscle_factory: Any
) -> None:
    twin = muscle_factory(
        "twin-muscle", ["temple", "behind-the-eye"], ["back-of-neck"], points=["top-of-shoulder"]
    )
    kb = replace(tiny_kb, muscles={**tiny_kb.muscles, "twin-muscle": twin})
    order = _order(kb, Mark(region="temple", side="right"))
    assert order.index("head-muscle") < order.index("twin-muscle")  # knowledge-base order
    kb = _with(kb, _area("head", ["temple"], ("most-common", ["twin-muscle"])))
    order = _order(kb, Mark(region="temple", side="right"))
    assert order.index("twin-muscle") < order.index("head-muscle")


def test_the_prior_follows_the_documented_formula(tiny_kb: KnowledgeBase) -> None:
    area = _area(
        "head",
        ["temple"],
        ("ranked", ["head-muscle", "crossing-muscle"]),
        ("common", ["head-muscle"]),
    )
    assert area_scores(area, tiny_kb) == {"head-muscle": 1.5, "crossing-muscle": 0.5}
    prior = area_prior(area, tiny_kb)
    assert prior["head-muscle"] == pytest.approx(UNLISTED + (1 - UNLISTED) * 1.5 / FULL_SCORE)
    kb = _with(tiny_kb, area)
    ids = [c.muscle.id for c in model_for(kb).compiled]
    query = Query(marks=(Mark(region="temple", side="right"),))
    bonus = PrevalencePrior(kb, ids).log_prior(query, [1.0])
    expected = PRIOR_WEIGHT * (math.log(prior["head-muscle"]) - math.log(UNLISTED))
    assert bonus[ids.index("head-muscle")] == pytest.approx(expected)
    assert ids.index("neck-muscle") not in bonus, "an unlisted muscle keeps the default"


def test_a_group_counts_for_each_of_its_parts(tiny_kb: KnowledgeBase) -> None:
    area = _area("neck", ["back-of-neck"], ("most-common", ["neck-muscle", "head-muscle"]))
    assert set(area_scores(area, tiny_kb)) == {"neck-muscle", "head-muscle"}
    scores = area_scores(area, KB) | area_scores(
        _area("x", ["calf"], ("common", ["hamstrings"])), KB
    )
    assert {"biceps-femoris", "semitendinosus", "semimembranosus"} <= set(scores)


def test_a_broad_word_shares_the_prior_among_its_parts(tiny_kb: KnowledgeBase) -> None:
    kb = _with(tiny_kb, _area("neck", ["back-of-neck"], ("most-common", ["neck-muscle"])))
    ids = [c.muscle.id for c in model_for(kb).compiled]
    prior = PrevalencePrior(kb, ids)
    precise = prior.log_prior(Query(marks=(Mark(region="back-of-neck"),)), [1.0])
    broad = prior.log_prior(
        Query(marks=(Mark(region="back-of-neck", alternatives=("temple",)),)), [1.0]
    )
    i = ids.index("neck-muscle")
    p = area_prior(kb.prevalence["neck"], kb)["neck-muscle"]
    assert precise[i] == pytest.approx(math.log(p / UNLISTED))
    assert broad[i] == pytest.approx(math.log((p + UNLISTED) / 2 / UNLISTED))


def test_the_weight_shrinks_as_evidence_grows(tiny_kb: KnowledgeBase) -> None:
    prior = PrevalencePrior(tiny_kb, list(tiny_kb.muscles))
    one = Query(marks=(Mark(region="temple"),))
    four = Query(marks=(Mark(region="temple"),) * 4, symptoms=("dizziness",))
    assert prior.weight(one, [1.0]) == pytest.approx(PRIOR_WEIGHT)
    assert prior.weight(four, [1.0] * 4) == pytest.approx(PRIOR_WEIGHT / math.sqrt(5))


def test_a_named_condition_calls_on_its_list(tiny_kb: KnowledgeBase) -> None:
    kb = _with(
        tiny_kb,
        _area(
            "head",
            ["forehead"],
            ("most-common", ["neck-muscle"]),
            ("ranked", ["neck-muscle"]),
            conditions=("tension-headache",),
        ),
    )
    mark = Mark(region="temple", side="right")
    assert _order(kb, mark)[0] != "neck-muscle"
    assert _order(kb, mark, conditions=("tension-headache",))[0] == "neck-muscle"


# -- the packaged knowledge base --------------------------------------------------------------


@pytest.mark.parametrize(
    ("term", "area"), [("hip", "hip"), ("shoulder", "shoulder"), ("knee", "front-of-knee")]
)
def test_one_vague_place_puts_a_usual_suspect_first(term: str, area: str) -> None:
    """'my hip hurts', 'sore shoulder', 'my knee hurts': a muscle the references name first."""
    top = _order(KB, _broad(term))[0]
    assert top in area_scores(KB.prevalence[area], KB) or any(
        top in area_scores(a, KB)
        for a in KB.prevalence.values()
        if set(a.regions) & {_broad(term).region, *_broad(term).alternatives}
    ), top


def test_front_of_the_knee_does_not_put_a_back_of_knee_muscle_first() -> None:
    order = _order(KB, Mark(region="front-of-knee", side="right"))
    assert order[0] in area_scores(KB.prevalence["front-of-knee"], KB)
    back_only = {"popliteus", "plantaris", "gastrocnemius"}
    assert not back_only & set(order[:3]), order[:3]


def test_a_single_listed_region_mostly_gets_a_listed_muscle_first() -> None:
    regions = sorted({r for a in KB.prevalence.values() for r in a.regions})
    misses = [
        (r, top)
        for r in regions
        if (top := _order(KB, Mark(region=r, side="right"))[0]) not in _listed_for(KB, r)
    ]
    assert len(misses) <= 0.1 * len(regions), misses


def _full_pattern(muscle_id: str) -> Query:
    m = KB.muscles[muscle_id]
    return Query(
        marks=tuple(
            Mark(
                region=r, side="midline" if KB.atlas.regions[r].laterality == "midline" else "right"
            )
            for r in (*m.essential_regions, *m.spillover_regions)
        ),
        top=500,
    )


def test_a_full_pattern_still_decides() -> None:
    """A muscle that clearly wins on its whole pattern without the prior still wins with it."""
    model = model_for(KB)
    unlisted = set(unlisted_muscles(KB))
    checked = against_suspects = 0
    for muscle in KB.muscles.values():
        query = _full_pattern(muscle.id)
        if len(query.marks) < 3:
            continue
        weights = model.mark_weight(query.marks)
        plain = model.rank(query, weights)
        (best, i, _), (second, _, _) = plain[0], plain[1]
        if model.compiled[i].muscle.id != muscle.id or best - second < 1.0:
            continue
        checked += 1
        # Among them, muscles no reference names for areas their pattern lies in.
        listed_areas = {r for a in KB.prevalence.values() for r in a.regions}
        if muscle.id in unlisted and {m.region for m in query.marks} & listed_areas:
            against_suspects += 1
        assert find(query, KB).candidates[0].muscle == muscle.id
    assert checked >= 50 and against_suspects >= 5


def test_unlisted_muscles_are_reported_not_failed() -> None:
    unlisted = unlisted_muscles(KB)
    named = {m for a in KB.prevalence.values() for m in area_scores(a, KB)}
    assert unlisted and not set(unlisted) & named
    assert set(unlisted) | named == set(KB.muscles)


# -- weak evidence: activities and pain qualities ---------------------------------------------


def test_stems_fold_word_forms() -> None:
    assert stem("typing") == stem("types") == stem("typed")
    assert stem("running") == stem("runs") == "run"


def test_an_activity_the_muscle_lists_is_weak_evidence(
    muscle_factory: Any, tiny_kb: KnowledgeBase
) -> None:
    typist = muscle_factory(
        "typist-muscle", ["temple"], aggravated_by=["typing with the wrists bent back"]
    )
    other = muscle_factory("other-muscle", ["temple"])
    kb = replace(tiny_kb, muscles={"other-muscle": other, "typist-muscle": typist})
    mark = Mark(region="temple", side="right")
    assert _order(kb, mark)[0] == "other-muscle"
    result = find(Query(marks=(mark,)), kb, text="my temple hurts after I type all day")
    assert result.candidates[0].muscle == "typist-muscle"
    ratio = result.candidates[0].score / result.candidates[1].score
    assert 1 < ratio <= MAX_RATIO + 1e-9, "weak: a bounded likelihood ratio"


def test_symptoms_already_read_or_denied_are_not_counted_again(tiny_kb: KnowledgeBase) -> None:
    model = model_for(tiny_kb)
    evidence = WeakEvidence(tiny_kb, [c.muscle for c in model.compiled])
    head = [c.muscle.id for c in model.compiled].index("head-muscle")
    text = "my temple hurts and I feel dizzy"
    assert head in evidence.log_bonus(text, Query(marks=(Mark(region="temple"),)))
    read = Query(marks=(Mark(region="temple"),), symptoms=("dizziness",))
    assert head not in evidence.log_bonus(text, read)
    denied = Query(marks=(Mark(region="temple"),), negated=("dizziness",))
    assert head not in evidence.log_bonus(text, denied)


# -- complaint words ---------------------------------------------------------------------------


def _complaint_marks(word: str, *regions: str) -> tuple[Mark, ...]:
    reading = f"{word}: read as {', '.join(regions)}"
    return tuple(Mark(region=r, reading=reading) for r in regions)


def test_a_complaint_word_is_one_piece_of_evidence_with_its_own_list(
    tiny_kb: KnowledgeBase,
) -> None:
    from triggerpoint.knowledge.models import Complaint

    crick = Complaint.model_validate(
        {
            "id": "neck-crick",
            "name": "neck crick",
            "regions": ["back-of-neck", "top-of-shoulder"],
            "sources": ["test-source"],
        }
    )
    area = _area(
        "neck-crick",
        [],
        ("most-common", ["head-muscle"]),
        ("ranked", ["head-muscle"]),
        complaints=("neck-crick",),
    )
    kb = replace(_with(tiny_kb, area), complaints={"neck-crick": crick})
    ids = [c.muscle.id for c in model_for(kb).compiled]
    prior = PrevalencePrior(kb, ids)
    marks = _complaint_marks("neck crick", "back-of-neck", "top-of-shoulder")
    query = Query(marks=marks)
    assert prior.complaint_of(marks[0].reading or "") == "neck-crick"
    weights = model_for(kb).mark_weight(marks)
    assert weights == [0.5, 0.5], "the places of one word share one mark's weight"
    assert prior.weight(query, weights) == pytest.approx(PRIOR_WEIGHT), "one word, n = 1"
    bonus = prior.log_prior(query, weights)
    assert bonus == {ids.index("head-muscle"): pytest.approx(math.log(1 / UNLISTED))}


def test_frozen_shoulder_raises_its_classic_cause() -> None:
    """The complaint's own list (subscapularis, Travell & Simons) lifts it to the top three;
    the places the word is read as, which deltoid covers exactly, still count."""
    marks = _complaint_marks(
        "frozen shoulder", "front-of-shoulder", "side-of-shoulder", "back-of-shoulder"
    )
    without = replace(
        KB, prevalence={k: v for k, v in KB.prevalence.items() if k != "frozen-shoulder"}
    )
    before = _order(without, *marks, conditions=("shoulder-pain",)).index("subscapularis")
    after = _order(KB, *marks, conditions=("shoulder-pain",)).index("subscapularis")
    assert after < before and after < 3
