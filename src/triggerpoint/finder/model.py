"""The ranking model: how well each muscle's referral pattern explains a whole pain drawing.

Each muscle, placed on the left or the right, defines a distribution over body regions: its
essential zone weighs 1.0, its spillover zone 0.5, the spot over its trigger points 0.5, and
regions bordering the essential zone 0.15 (people draw imprecisely). A region it does not
reach keeps a floor of 0.02, and the same region on the wrong side a twentieth of its weight.

The drawing's log-likelihood under the muscle is the weighted sum, over marked regions, of
``log(weight / Z ** TEMPERATURE)``, where ``Z`` is the total weight of the pattern. Dividing by
``Z`` is what makes regions the muscle would explain but the person did not mark cost a little:
a wide pattern spreads its weight thin. The temperature below 1 softens that, so a large muscle
that explains everything is not beaten by a tiny one that explains a part.

Evidence beyond the drawing multiplies in as likelihood ratios: a reported symptom the muscle
is known to cause (x3), a tender spot over one of its trigger points (x3), and the press test,
which is the strongest clinical sign (reproduced familiar pain x20, did not x0.1).
Scores are the posterior over all muscles with a flat prior.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from triggerpoint.atlas import Atlas
from triggerpoint.finder.query import Mark, Query
from triggerpoint.knowledge import Muscle

__all__ = ["CompiledMuscle", "Explanation", "MuscleModel"]

ESSENTIAL, SPILLOVER, TRIGGER_POINT, NEIGHBOUR, FLOOR = 1.0, 0.5, 0.5, 0.15, 0.02
WRONG_SIDE = 0.05
TEMPERATURE = 0.5
BROAD_MARK = 0.7
SYMPTOM_RATIO, TENDER_RATIO = 3.0, 3.0
CONFIRMED_RATIO, DENIED_RATIO = 20.0, 0.1

Side = str


@dataclass(frozen=True)
class CompiledMuscle:
    """A muscle's pattern as region -> (weight, kind), ready for scoring."""

    muscle: Muscle
    weights: Mapping[str, tuple[float, str]]
    log_z: float
    trigger_regions: frozenset[str]
    symptoms: frozenset[str]


@dataclass(frozen=True)
class Explanation:
    """How one muscle on one side explains the marks."""

    muscle: Muscle
    side: Side
    log_likelihood: float
    matched: tuple[tuple[Mark, str, str], ...]  # (mark, region that fits, kind)
    unexplained: tuple[Mark, ...]
    symptoms: tuple[str, ...]
    tender: tuple[Mark, ...]
    press: str | None


def _compile(muscle: Muscle, atlas: Atlas) -> CompiledMuscle:
    weights: dict[str, tuple[float, str]] = {}
    for region in muscle.essential_regions:
        for neighbour in atlas.regions[region].neighbours if region in atlas.regions else ():
            weights[neighbour] = (NEIGHBOUR, "neighbour")
    trigger_regions = frozenset(r for tp in muscle.trigger_points for r in tp.regions)
    for region in trigger_regions:
        weights[region] = (TRIGGER_POINT, "trigger-point")
    for region in muscle.spillover_regions:
        weights[region] = (SPILLOVER, "spillover")
    for region in muscle.essential_regions:
        weights[region] = (ESSENTIAL, "essential")
    total = sum(w for w, _ in weights.values())
    return CompiledMuscle(
        muscle, weights, math.log(total), trigger_regions, frozenset(muscle.symptoms)
    )


def _pain_side(muscle: Muscle, side: Side) -> Side:
    """The side a muscle on ``side`` sends pain to ('any' for both sides)."""
    if muscle.referral_side == "both-sides":
        return "any"
    if muscle.referral_side == "opposite-side":
        return "left" if side == "right" else "right"
    return side


def _side_factor(mark: Mark, pain_side: Side) -> float:
    if pain_side == "any" or mark.side in ("either", "both", "midline"):
        return 1.0
    return 1.0 if mark.side == pain_side else WRONG_SIDE


class MuscleModel:
    """Compiled patterns of every muscle in a knowledge base, scored against queries."""

    def __init__(self, muscles: Sequence[Muscle], atlas: Atlas) -> None:
        self.compiled = [_compile(m, atlas) for m in muscles]
        self.by_id = {c.muscle.id: c for c in self.compiled}

    def mark_weight(self, marks: Sequence[Mark]) -> list[float]:
        """Weight of each mark: stronger pain counts more; broad words count less."""
        known = [m.intensity for m in marks if m.intensity is not None]
        top = max(known) if known and max(known) > 0 else None
        weights = []
        for mark in marks:
            w = 1.0
            if top is not None and mark.intensity is not None:
                w = 0.5 + 0.5 * mark.intensity / top
            weights.append(w * (BROAD_MARK if mark.alternatives else 1.0))
        return weights

    def fit(self, compiled: CompiledMuscle, mark: Mark, pain_side: Side) -> tuple[float, str, str]:
        """The best (weight, region, kind) of a mark under a pattern; weight 0 if none."""
        factor = _side_factor(mark, pain_side)
        best = (0.0, mark.region, "none")
        for region in (mark.region, *mark.alternatives):
            hit = compiled.weights.get(region)
            if hit is not None and hit[0] * factor > best[0]:
                best = (hit[0] * factor, region, hit[1] if factor == 1.0 else "wrong-side")
        return best

    def explain(
        self, compiled: CompiledMuscle, side: Side, query: Query, weights: Sequence[float]
    ) -> Explanation:
        """Score one muscle on one side against the query, keeping the reasons."""
        pain_side = _pain_side(compiled.muscle, side)
        log_l = 0.0
        matched: list[tuple[Mark, str, str]] = []
        unexplained: list[Mark] = []
        for mark, a in zip(query.marks, weights, strict=True):
            weight, region, kind = self.fit(compiled, mark, pain_side)
            log_l += a * (math.log(weight + FLOOR) - TEMPERATURE * compiled.log_z)
            if kind in ("essential", "spillover", "trigger-point"):
                matched.append((mark, region, kind))
            else:
                unexplained.append(mark)
        symptoms = tuple(s for s in query.symptoms if s in compiled.symptoms)
        log_l += len(symptoms) * math.log(SYMPTOM_RATIO)
        tender = tuple(
            t for t in query.tender
            if {t.region, *t.alternatives} & compiled.trigger_regions
            and t.side in ("either", "both", "midline", side)
        )
        log_l += len(tender) * math.log(TENDER_RATIO)
        press = None
        if compiled.muscle.id in query.confirmed:
            press, log_l = "confirmed", log_l + math.log(CONFIRMED_RATIO)
        elif compiled.muscle.id in query.denied:
            press, log_l = "denied", log_l + math.log(DENIED_RATIO)
        return Explanation(
            compiled.muscle, side, log_l, tuple(matched), tuple(unexplained), symptoms, tender,
            press,
        )

    def best_side(
        self, compiled: CompiledMuscle, query: Query, weights: Sequence[float]
    ) -> Explanation:
        """The better of the muscle on the left and on the right."""
        sides = ("right",) if compiled.muscle.referral_side == "both-sides" else ("right", "left")
        options = [self.explain(compiled, side, query, weights) for side in sides]
        return max(options, key=lambda e: e.log_likelihood)
