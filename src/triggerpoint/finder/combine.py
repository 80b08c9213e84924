"""The fewest muscles that together explain a pain drawing (greedy weighted set cover)."""

from __future__ import annotations

from collections.abc import Sequence

from triggerpoint.finder.model import Explanation, MuscleModel
from triggerpoint.finder.query import Mark, Query
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
    covers = [_covered(query.marks, e) for e in ranked]
    chosen: list[str] = []
    covered: set[int] = set()
    while len(chosen) < MAX_MUSCLES:
        best, most = -1, 0.0  # the first of the muscles that add the most, if any adds some
        for k, c in enumerate(covers):
            if c <= covered:
                continue  # adds nothing
            gain = sum(weights[i] for i in c - covered)
            if gain > most:
                best, most = k, gain
        if best < 0:
            break
        chosen.append(ranked[best].muscle.id)
        covered |= covers[best]
    return Combination(chosen, sum(weights[i] for i in covered) / total)


def _covered(marks: Sequence[Mark], explanation: Explanation) -> set[int]:
    """The positions of the marks the explanation explains (a mark is matched as itself)."""
    explained = {id(m) for m, _, kind in explanation.matched if kind in _EXPLAINS}
    return {i for i, mark in enumerate(marks) if id(mark) in explained}
