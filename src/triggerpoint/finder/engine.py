"""The finder's one entry point: a query and a knowledge base in, ranked muscles out."""

from __future__ import annotations

import math
import weakref
from collections.abc import Sequence

from triggerpoint.finder.combine import best_combination
from triggerpoint.finder.evidence import WeakEvidence
from triggerpoint.finder.model import Explanation, MuscleModel, best_first
from triggerpoint.finder.prior import PrevalencePrior
from triggerpoint.finder.query import Query
from triggerpoint.finder.result import Candidate, FinderResult
from triggerpoint.knowledge import KnowledgeBase

__all__ = ["COMBINATION_POOL", "adopt", "bonus_for", "extras_for", "find", "model_for"]

#: How many of the best-ranked muscles the combination is chosen from.
COMBINATION_POOL = 8

_MODELS: weakref.WeakKeyDictionary[KnowledgeBase, MuscleModel] = weakref.WeakKeyDictionary()
_EXTRAS: weakref.WeakKeyDictionary[KnowledgeBase, tuple[PrevalencePrior, WeakEvidence]] = (
    weakref.WeakKeyDictionary()
)


def model_for(kb: KnowledgeBase) -> MuscleModel:
    """The compiled model of a knowledge base, built once."""
    model = _MODELS.get(kb)
    if model is None:
        model = _MODELS[kb] = MuscleModel(list(kb.muscles.values()), kb.atlas)
    return model


def extras_for(kb: KnowledgeBase) -> tuple[PrevalencePrior, WeakEvidence]:
    """The prevalence prior and the weak evidence of a knowledge base, built once."""
    extras = _EXTRAS.get(kb)
    if extras is None:
        muscles = [c.muscle for c in model_for(kb).compiled]
        extras = _EXTRAS[kb] = (
            PrevalencePrior(kb, [m.id for m in muscles]),
            WeakEvidence(kb, muscles),
        )
    return extras


def adopt(
    kb: KnowledgeBase, model: MuscleModel, extras: tuple[PrevalencePrior, WeakEvidence]
) -> None:
    """Use parts built elsewhere for ``kb`` (the find snapshot, knowledge/snapshot.py)."""
    _MODELS[kb] = model
    _EXTRAS[kb] = extras


def bonus_for(
    query: Query, kb: KnowledgeBase, weights: Sequence[float], text: str | None = None,
    tested: dict[int, list[tuple[str, bool]]] | None = None,
) -> dict[int, float]:
    """Muscle index -> log term from outside the referral pattern: the prevalence prior for the
    marked areas plus the weak evidence of activities and pain qualities in ``text`` and the
    resisted tests it names (finder/actions.py; ``tested`` when the caller has read them)."""
    prior, evidence = extras_for(kb)
    bonus = prior.log_prior(query, weights)
    for i, extra in evidence.log_bonus(text, query).items():
        bonus[i] = bonus.get(i, 0.0) + extra
    for i, extra in evidence.tests.log_bonus(text, tested).items():
        bonus[i] = bonus.get(i, 0.0) + extra
    return bonus


def find(query: Query, kb: KnowledgeBase, *, text: str | None = None) -> FinderResult:
    """Rank every muscle by how well its trigger points explain the query, best first.

    ``text`` is the description the query was read from, for the weak evidence of activities
    and pain qualities; without it a ``text`` field of the query is used, if it has one.
    """
    model = model_for(kb)
    weights = model.mark_weight(query.marks)
    if text is None:
        text = getattr(query, "text", None)
    text = text if isinstance(text, str) else None
    # the resisted tests are read once: for the bonus and for what each candidate explains
    tested = extras_for(kb)[1].tests.matches(text) if text else {}
    bonus = bonus_for(query, kb, weights, text, tested)
    scores, sides = model.scores(query, weights, bonus)
    order = best_first(scores)
    explained = [
        model.reasons(model.compiled[i], "right" if sides[i] in ("either", "both") else sides[i],
                      query)
        for i in order[: max(query.top, COMBINATION_POOL)]
    ]
    posterior = _posterior(scores, order, query.top)
    candidates = [
        _candidate(e, p, sides[i], [action for action, _ in tested.get(i, ())])
        for e, p, i in zip(explained[: query.top], posterior, order, strict=False)
    ]
    combination = best_combination(model, explained[:COMBINATION_POOL], query, weights)
    return FinderResult(
        marks=list(query.marks),
        unresolved=list(query.unresolved),
        symptoms=list(query.symptoms),
        negated=list(query.negated),
        candidates=candidates,
        combination=combination,
        conditions=list(query.conditions),
        context=list(query.context),
    )


def _posterior(log_likelihoods: Sequence[float], order: Sequence[int], keep: int) -> list[float]:
    """The posterior of the first ``keep`` log-likelihoods in ``order`` (best first: the
    normalising sum adds them in that order)."""
    top = max(log_likelihoods, default=0.0)
    exps = [math.exp(log_likelihoods[i] - top) for i in order]
    total = sum(exps) or 1.0
    return [x / total for x in exps[:keep]]


def _candidate(e: Explanation, score: float, side: str, tests: list[str]) -> Candidate:
    found: dict[str, list[str]] = {"essential": [], "spillover": [], "trigger-point": []}
    for _, region, kind in e.matched:
        if region not in found[kind]:
            found[kind].append(region)
    return Candidate(
        muscle=e.muscle.id,
        name=e.muscle.name,
        group=e.muscle.group,
        score=score,
        side=side,
        essential_matched=found["essential"],
        spillover_matched=found["spillover"],
        trigger_point_matched=found["trigger-point"],
        unexplained=[m.region for m in e.unexplained],
        trigger_points=list(e.muscle.trigger_points),
        symptoms_matched=list(e.symptoms),
        tender_matched=[t.region for t in e.tender],
        press_test=e.press,
        tests_matched=tests,
    )
