"""The fewest muscles that together explain a pain drawing (greedy weighted set cover)."""

from __future__ import annotations

from collections.abc import Sequence

from triggerpoint.finder.model import Explanation, MuscleModel
from triggerpoint.finder.query import Query
from triggerpoint.finder.result import Combination

__all__ = ["MAX_MUSCLES", "best_combination"]

MAX_MUSCLES = 3
_EXPLAINS = ("essential", "spillover", "trigger-point")


def best_combination(
    model: MuscleModel, ranked: Sequence[Explanation], query: Query, weights: Sequence[float]
) -> Combination:
    """Pick, from the best-ranked muscles, those that add the most explained pain, up to three.

    A mark counts as explained when it lies in a chosen muscle's essential or spillover zone,
    or over its trigger points, on the side that muscle sends pain to. Ties go to the better
    ranked muscle, so the combination starts with the top candidate when it explains as much.
    """
    total = sum(weights)
    if not query.marks or total == 0:
        return Combination([], 0.0)
    covers = [
        {
            i
            for i, mark in enumerate(query.marks)
            if any(m is mark for m, _, k in e.matched if k in _EXPLAINS)
        }
        for e in ranked
    ]
    chosen: list[str] = []
    covered: set[int] = set()
    while len(chosen) < MAX_MUSCLES:
        gains = [sum(weights[i] for i in c - covered) for c in covers]
        best = max(range(len(ranked)), key=lambda k: (gains[k], -k), default=None)
        if best is None or gains[best] <= 0:
            break
        chosen.append(ranked[best].muscle.id)
        covered |= covers[best]
    return Combination(chosen, sum(weights[i] for i in covered) / total)
