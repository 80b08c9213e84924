"""The finder's lean paths agree with their reference forms, exactly.

``find`` asks ``MuscleModel.reasons`` (not ``explain``) of the best-ranked muscles, and
``MuscleModel.scores`` with ``best_first`` (not ``rank``); a mark on one region adds gains worked
out once per region and side. These tests hold each to the readable form it stands in for, over
the 455 labelled drawings of ``benchmarks/region-reading.jsonl`` and descriptions with symptoms,
conditions, tender spots and press tests.
"""

from __future__ import annotations

import json
from pathlib import Path

from triggerpoint.finder import Mark, Query
from triggerpoint.finder.build import build_query
from triggerpoint.finder.engine import bonus_for, model_for
from triggerpoint.finder.model import MuscleModel, best_first
from triggerpoint.knowledge import KnowledgeBase

DRAWINGS = Path(__file__).parents[2] / "benchmarks" / "region-reading.jsonl"
TEXTS = [
    "left temple, back of my neck and top of the left shoulder; I feel dizzy",
    "my right hip and the outside of my thigh ache after running uphill, it burns",
    "pain in both knees and my low back, like sciatica down the left leg",
    "TTP L QL, reproduces sx; R upper trap tender, ringing in the ear",
    "back of the wrist, little-finger side, and the palm side of the forearm",
]



def _queries(kb: KnowledgeBase) -> list[tuple[Query, str | None]]:
    found: list[tuple[Query, str | None]] = []
    for number, line in enumerate(DRAWINGS.read_text(encoding="utf-8").splitlines()):
        case = json.loads(line)
        specs = [(f"{r['id']}:{r['side']}" if r["side"] else r["id"])
                 + f"={3 + (number + k) % 6}" for k, r in enumerate(case["regions"])]
        found.append((build_query(kb, regions=specs, top=5), None))
    for text in TEXTS:
        query = build_query(kb, text=text, tender=["top-of-shoulder:left"],
                            confirm=["levator scapulae"], deny=["masseter"])
        found.append((query, text))
        found.append((build_query(kb, text=text), text))
    return found


def test_reasons_are_explain_without_the_scores(kb: KnowledgeBase) -> None:
    model = model_for(kb)
    for query, _ in _queries(kb):
        weights = model.mark_weight(query.marks)
        for compiled in model.compiled:
            for side in ("right", "left"):
                assert model.reasons(compiled, side, query) == model.explain(
                    compiled, side, query, weights, score=False), (compiled.muscle.id, query)


def test_rank_is_the_scores_best_first(kb: KnowledgeBase) -> None:
    model = model_for(kb)
    for query, text in _queries(kb):
        weights = model.mark_weight(query.marks)
        bonus = bonus_for(query, kb, weights, text)
        scores, sides = model.scores(query, weights, bonus)
        ranked = model.rank(query, weights, bonus)
        assert ranked == [(scores[i], i, sides[i]) for i in best_first(scores)]
        assert [log_l for log_l, _, _ in ranked] == sorted(scores, reverse=True)


def test_a_plain_mark_gains_what_the_general_path_gives(kb: KnowledgeBase) -> None:
    """The gains of a mark on one region, worked out once, are those the general path (taken by
    a mark with alternatives) gives when its alternatives add nothing."""
    model = model_for(kb)
    for region in kb.atlas.regions:
        for side in ("either", "midline", "both", "left", "right"):
            plain: dict[int, list[float]] = {}
            model._add_mark(plain, Mark(region=region, side=side), 0.7)
            general: dict[int, list[float]] = {}
            # an alternative no pattern reaches leaves the fit to the region itself
            nowhere = Mark(region=region, side=side, alternatives=("no-such-region",))
            model._add_mark(general, nowhere, 0.7)
            assert plain == general, (region, side)


def test_the_per_region_cache_is_not_pickled(kb: KnowledgeBase) -> None:
    import pickle

    model = model_for(kb)
    model._add_mark({}, Mark(region="temple", side="right"), 1.0)
    copy: MuscleModel = pickle.loads(pickle.dumps(model))
    assert copy._plain == {}
    assert copy.rank(Query(marks=(Mark(region="temple", side="right"),)), [1.0]) == model.rank(
        Query(marks=(Mark(region="temple", side="right"),)), [1.0])
