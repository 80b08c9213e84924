"""The finder's one entry point: a query and a knowledge base in, ranked muscles out."""

from __future__ import annotations

import math
import weakref
from collections.abc import Sequence

from triggerpoint.finder.combine import best_combination
from triggerpoint.finder.model import Explanation, MuscleModel
from triggerpoint.finder.query import Query
from triggerpoint.finder.result import Candidate, FinderResult
from triggerpoint.knowledge import KnowledgeBase

__all__ = ["find", "model_for"]

_MODELS: weakref.WeakKeyDictionary[KnowledgeBase, MuscleModel] = weakref.WeakKeyDictionary()


def model_for(kb: KnowledgeBase) -> MuscleModel:
    """The compiled model of a knowledge base, built once."""
    model = _MODELS.get(kb)
    if model is None:
        model = _MODELS[kb] = MuscleModel(list(kb.muscles.values()), kb.atlas)
    return model


def find(query: Query, kb: KnowledgeBase) -> FinderResult:
    """Rank every muscle by how well its trigger points explain the query, best first."""
    model = model_for(kb)
    weights = model.mark_weight(query.marks)
    explained = [model.best_side(c, query, weights) for c in model.compiled]
    explained.sort(key=lambda e: e.log_likelihood, reverse=True)
    scores = _posterior([e.log_likelihood for e in explained])
    candidates = [_candidate(e, s) for e, s in zip(explained[: query.top], scores, strict=False)]
    combination = best_combination(model, explained[:20], query, weights)
    return FinderResult(
        marks=list(query.marks),
        unresolved=list(query.unresolved),
        symptoms=list(query.symptoms),
        negated=list(query.negated),
        candidates=candidates,
        combination=combination,
    )


def _posterior(log_likelihoods: Sequence[float]) -> list[float]:
    top = max(log_likelihoods, default=0.0)
    exps = [math.exp(x - top) for x in log_likelihoods]
    total = sum(exps) or 1.0
    return [x / total for x in exps]


def _candidate(e: Explanation, score: float) -> Candidate:
    def regions(kind: str) -> list[str]:
        return list(dict.fromkeys(region for _, region, k in e.matched if k == kind))

    return Candidate(
        muscle=e.muscle.id,
        name=e.muscle.name,
        group=e.muscle.group,
        score=score,
        side=e.side if e.muscle.referral_side != "both-sides" else "both",
        essential_matched=regions("essential"),
        spillover_matched=regions("spillover"),
        trigger_point_matched=regions("trigger-point"),
        unexplained=[m.region for m in e.unexplained],
        trigger_points=list(e.muscle.trigger_points),
        symptoms_matched=list(e.symptoms),
        tender_matched=[t.region for t in e.tender],
        press_test=e.press,
    )
