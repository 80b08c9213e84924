"""The ranking model: how well each muscle's referral pattern explains a whole pain drawing.

Each muscle, placed on the left or the right, defines a distribution over body regions: its
essential zone weighs 1.0, its spillover zone 0.5, the spot over its trigger points 0.5, and
regions bordering the essential zone 0.15 and the spillover zone 0.07 (people draw
imprecisely). A region it does not
reach keeps a floor of 0.02, and the same region on the wrong side a twentieth of its weight.
A mark on both sides fits a muscle that refers to its own side only by the mean of the two
sides (one side is its own, the other its wrong side); a muscle referring to both sides fits it
whole.
A broad mark ('knee') takes its best-fitting part; a spot that lies in two regions at once
('back of the wrist, little-finger side') takes the mean of the two.

The drawing's log-likelihood under the muscle is the weighted sum, over marked regions, of
``log(weight / Z ** TEMPERATURE)``, where ``Z`` is the total weight of the pattern. Dividing by
``Z`` is what makes regions the muscle would explain but the person did not mark cost a little:
a wide pattern spreads its weight thin. The temperature below 1 softens that, so a large muscle
that explains everything is not beaten by a tiny one that explains a part.

Evidence beyond the drawing multiplies in as likelihood ratios: a reported symptom the muscle
is known to cause (x3; x10 for a sign only one muscle of the knowledge base causes, such as the
gracilis' hot, stinging pain just under the skin: the rarer a sign, the more it tells), a
condition the person names that the muscle commonly feeds ('like sciatica', x2), a tender spot
over one of its trigger points (x3), and the press test, which is the strongest clinical sign
(reproduced familiar pain x20, did not x0.1).
Scores are the posterior over all muscles. A muscle whose referral pattern rests on limited
evidence (case reports, a single secondary source) starts at half the weight of one described
in the classic references. The engine adds, per muscle, how common it is as a cause of pain in
the marked areas (``finder/prior.py``, a weight that shrinks as the evidence grows) and weak
evidence from activities and pain qualities in the text (``finder/evidence.py``).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from triggerpoint.atlas import Atlas
from triggerpoint.finder.query import Mark, MarkSide, Query
from triggerpoint.knowledge import Muscle

__all__ = ["CompiledMuscle", "Explanation", "MuscleModel", "best_first"]

ESSENTIAL, SPILLOVER, TRIGGER_POINT, NEIGHBOUR, FLOOR = 1.0, 0.5, 0.5, 0.15, 0.02
SPILLOVER_NEIGHBOUR = 0.07
WRONG_SIDE = 0.05
#: A mark on both sides under a muscle that refers to its own side only: the muscle on one side
#: explains that side, the other side's pain lies on its wrong side; the fit is the mean of the two.
BOTH_SIDES = (1.0 + WRONG_SIDE) / 2
TEMPERATURE = 0.5
BROAD_MARK = 0.7
#: A broad word's other readings ('back' as the mid back or between the shoulder blades beside
#: the low back it most often means) count for a little less than its first reading.
ALTERNATIVE = 0.9
#: A place the words make lesser than another ('worst at the temple, spreads to the eye').
LESSER_MARK = 0.75
SYMPTOM_RATIO, TENDER_RATIO, CONDITION_RATIO = 3.0, 3.0, 2.0
#: A symptom that only one muscle causes: a sign that points at it.
SIGN_RATIO = 10.0
LIMITED_EVIDENCE_PRIOR = 0.5
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
    conditions: frozenset[str]


class Explanation(NamedTuple):
    """How one muscle on one side explains the marks (a named tuple: ``find`` makes eight for
    every answer, and a tuple is made several times faster than a frozen dataclass)."""

    muscle: Muscle
    side: Side
    log_likelihood: float
    matched: tuple[tuple[Mark, str, str], ...]  # (mark, region that fits, kind)
    unexplained: tuple[Mark, ...]
    symptoms: tuple[str, ...]
    tender: tuple[Mark, ...]
    press: str | None


def _limb_edge(mark: Mark) -> bool:
    """A mark on one edge of a limb with the face it lies on ("the little-finger side of the
    wrist, palm side"): the face tells the flexor from the extensor that share the edge, so a
    pattern that reaches that face counts it in full."""
    return bool(mark.within) and mark.region.startswith(_EDGES)


def _read_as(mark: Mark, region: str) -> float:
    """How much a region counts as what a mark says: its first reading fully, another reading
    of a broad word ('back') at ``ALTERNATIVE``."""
    return ALTERNATIVE if region != mark.region and region in mark.alternatives else 1.0


def _face_weight(weight: float) -> float:
    """A face of a limb's edge that a pattern reaches (as its essential area or spillover)
    counts in full."""
    return ESSENTIAL if weight >= SPILLOVER else weight


#: The regions named by a limb's edge.
_EDGES = ("little-finger-side-of-", "thumb-side-of-")


def _compile(muscle: Muscle, atlas: Atlas) -> CompiledMuscle:
    weights: dict[str, tuple[float, str]] = {}
    for regions, weight in (
        (muscle.spillover_regions, SPILLOVER_NEIGHBOUR),
        (muscle.essential_regions, NEIGHBOUR),
    ):
        for region in regions:
            for neighbour in atlas.regions[region].neighbours if region in atlas.regions else ():
                weights[neighbour] = (weight, "neighbour")
    trigger_regions = frozenset(r for tp in muscle.trigger_points for r in tp.regions)
    for region in trigger_regions:
        weights[region] = (TRIGGER_POINT, "trigger-point")
    for region in muscle.spillover_regions:
        weights[region] = (SPILLOVER, "spillover")
    for region in muscle.essential_regions:
        weights[region] = (ESSENTIAL, "essential")
    total = sum(w for w, _ in weights.values())
    return CompiledMuscle(
        muscle,
        weights,
        math.log(total),
        trigger_regions,
        frozenset(muscle.symptoms),
        frozenset(muscle.conditions),
    )


def _pain_side(muscle: Muscle, side: Side) -> Side:
    """The side a muscle on ``side`` sends pain to ('any' for both sides)."""
    if muscle.referral_side == "both-sides":
        return "any"
    if muscle.referral_side == "opposite-side":
        return "left" if side == "right" else "right"
    return side


def _side_factor(mark: Mark, pain_side: Side) -> float:
    if pain_side == "any" or mark.side in ("either", "midline"):
        return 1.0
    if mark.side == "both":
        return BOTH_SIDES
    return 1.0 if mark.side == pain_side else WRONG_SIDE


def _log_prior(muscle: Muscle) -> float:
    """Log prior weight: 0 for established patterns, log 0.5 for limited evidence."""
    return math.log(LIMITED_EVIDENCE_PRIOR) if muscle.evidence == "limited" else 0.0


def best_first(scores: Sequence[float]) -> list[int]:
    """The indices of ``scores``, highest score first (ties in index order)."""
    return sorted(range(len(scores)), key=scores.__getitem__, reverse=True)


_EXPLAINS = frozenset({"essential", "spillover", "trigger-point"})
_MODE = {"same-side": 0, "opposite-side": 1, "both-sides": 2}
_LOG_FLOOR = math.log(FLOOR)


class MuscleModel:
    """Compiled patterns of every muscle in a knowledge base, scored against queries."""

    def __init__(self, muscles: Sequence[Muscle], atlas: Atlas) -> None:
        self.compiled = [_compile(m, atlas) for m in muscles]
        self.by_id = {c.muscle.id: i for i, c in enumerate(self.compiled)}
        self.modes = [_MODE[c.muscle.referral_side] for c in self.compiled]
        self.log_z = [c.log_z for c in self.compiled]
        self.log_prior = [_log_prior(c.muscle) for c in self.compiled]
        self.unsided: list[Side] = ["both" if m == 2 else "either" for m in self.modes]
        self.index: dict[str, list[tuple[int, float]]] = {}
        self.by_symptom: dict[str, list[int]] = {}
        self.by_condition: dict[str, list[int]] = {}
        self.by_trigger_region: dict[str, list[int]] = {}
        for i, c in enumerate(self.compiled):
            for region, (weight, _) in c.weights.items():
                self.index.setdefault(region, []).append((i, weight))
            for symptom in c.symptoms:
                self.by_symptom.setdefault(symptom, []).append(i)
            for condition in c.conditions:
                self.by_condition.setdefault(condition, []).append(i)
            for region in c.trigger_regions:
                self.by_trigger_region.setdefault(region, []).append(i)
        self.symptom_log = {symptom: math.log(SIGN_RATIO if len(held) == 1 else SYMPTOM_RATIO)
                            for symptom, held in self.by_symptom.items()}
        #: ``_plain_gains`` by (region, side), filled as marks come.
        self._plain: dict[tuple[str, MarkSide], tuple[tuple[int, float, float], ...]] = {}

    def rank(
        self,
        query: Query,
        weights: Sequence[float],
        bonus: Mapping[int, float] | None = None,
    ) -> list[tuple[float, int, Side]]:
        """(log-likelihood, muscle index, best side) for every muscle, best first.

        The same model as ``explain`` computed only as numbers, touching only the muscles
        whose patterns reach a marked region; the others keep the floor. ``bonus`` adds a
        log term per muscle index (the prevalence prior and the weak evidence).
        """
        scores, sides = self.scores(query, weights, bonus)
        return [(scores[i], i, sides[i]) for i in best_first(scores)]

    def scores(
        self,
        query: Query,
        weights: Sequence[float],
        bonus: Mapping[int, float] | None = None,
    ) -> tuple[list[float], list[Side]]:
        """Each muscle's log-likelihood and best side, by muscle index: ``rank`` unsorted."""
        gain: dict[int, list[float]] = {}
        for mark, a in zip(query.marks, weights, strict=True):
            self._add_mark(gain, mark, a)
        evidence = self._evidence(query, gain)
        for i, extra in (bonus or {}).items():
            evidence[i] = evidence.get(i, 0.0) + extra
        total = sum(weights)
        base = total * _LOG_FLOOR
        scale = -TEMPERATURE * total
        unsided = self.unsided
        scores = [base + scale * log_z + prior
                  for log_z, prior in zip(self.log_z, self.log_prior, strict=True)]
        sides = list(unsided)
        for i, extra in evidence.items():
            scores[i] += extra
        for i, (right, left) in gain.items():
            if unsided[i] == "both" or right == left:
                scores[i] += right
            else:
                scores[i] += max(right, left)
                sides[i] = "right" if right > left else "left"
        return scores, sides

    def _add_mark(self, gain: dict[int, list[float]], mark: Mark, a: float) -> None:
        if not mark.alternatives and not mark.within:
            for i, right, left in self._plain_gains(mark.region, mark.side):
                acc = gain.get(i)
                if acc is None:
                    acc = gain[i] = [0.0, 0.0]
                acc[0] += a * right
                acc[1] += a * left
            return
        free = mark.side in ("either", "midline")
        both = mark.side == "both"
        best: dict[int, list[float]] = {}
        modes = self.modes
        share = 1.0 / (1 + len(mark.within)) if mark.within else 0.0
        edge = _limb_edge(mark)
        for region in (mark.region, *mark.alternatives, *mark.within):
            facet = edge and region in mark.within
            read_as = _read_as(mark, region)
            for i, w in self.index.get(region, ()):
                if facet:
                    w = _face_weight(w)
                w *= read_as
                entry = best.get(i)
                if entry is None:
                    entry = best[i] = [0.0, 0.0]
                if free or modes[i] == 2:
                    wr = wl = w
                elif both:
                    wr = wl = w * BOTH_SIDES
                else:
                    pain_if_right = "right" if modes[i] == 0 else "left"
                    wr = w if mark.side == pain_if_right else w * WRONG_SIDE
                    wl = w * WRONG_SIDE if mark.side == pain_if_right else w
                if share:
                    entry[0] += wr * share
                    entry[1] += wl * share
                    continue
                if wr > entry[0]:
                    entry[0] = wr
                if wl > entry[1]:
                    entry[1] = wl
        for i, (wr, wl) in best.items():
            acc = gain.get(i)
            if acc is None:
                acc = gain[i] = [0.0, 0.0]
            acc[0] += a * (math.log(wr + FLOOR) - _LOG_FLOOR)
            acc[1] += a * (math.log(wl + FLOOR) - _LOG_FLOOR)

    def _plain_gains(self, region: str, side: MarkSide) -> tuple[tuple[int, float, float], ...]:
        """(muscle index, gain on the right, gain on the left) per unit of mark weight, for a
        mark on one region with neither alternatives nor parts: what ``_add_mark`` works out
        for such a mark, computed once per region and side (the weight then only scales it)."""
        key = (region, side)
        found = self._plain.get(key)
        if found is None:
            found = self._plain[key] = tuple(
                (i, math.log(right + FLOOR) - _LOG_FLOOR, math.log(left + FLOOR) - _LOG_FLOOR)
                for i, right, left in self._sided(region, side))
        return found

    def _sided(self, region: str, side: MarkSide) -> list[tuple[int, float, float]]:
        """(muscle index, weight if on the right, weight if on the left) of a plain mark."""
        sided = []
        for i, w in self.index.get(region, ()):
            if side in ("either", "midline") or self.modes[i] == 2:
                sided.append((i, w, w))
            elif side == "both":
                sided.append((i, w * BOTH_SIDES, w * BOTH_SIDES))
            elif side == ("right" if self.modes[i] == 0 else "left"):
                sided.append((i, w, w * WRONG_SIDE))
            else:
                sided.append((i, w * WRONG_SIDE, w))
        return sided

    def __getstate__(self) -> dict[str, object]:
        """Pickled without the per-region cache (rebuilt on use)."""
        return {k: v for k, v in self.__dict__.items() if k != "_plain"}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._plain = {}

    def _evidence(self, query: Query, gain: dict[int, list[float]]) -> dict[int, float]:
        evidence: dict[int, float] = {}
        for symptom in query.symptoms:
            for i in self.by_symptom.get(symptom, ()):
                evidence[i] = evidence.get(i, 0.0) + self.symptom_log[symptom]
        for condition in query.conditions:
            for i in self.by_condition.get(condition, ()):
                evidence[i] = evidence.get(i, 0.0) + math.log(CONDITION_RATIO)
        for spot in query.tender:
            hit = {
                i
                for r in (spot.region, *spot.alternatives)
                for i in self.by_trigger_region.get(r, ())
            }
            for i in hit:
                acc = gain.setdefault(i, [0.0, 0.0])
                if spot.side in ("right", "either", "both", "midline"):
                    acc[0] += math.log(TENDER_RATIO)
                if spot.side in ("left", "either", "both", "midline"):
                    acc[1] += math.log(TENDER_RATIO)
        for muscle_id in query.tender_muscles:
            i = self.by_id[muscle_id]
            evidence[i] = evidence.get(i, 0.0) + math.log(TENDER_RATIO)
        for muscle_id in query.confirmed:
            i = self.by_id[muscle_id]
            evidence[i] = evidence.get(i, 0.0) + math.log(CONFIRMED_RATIO)
        for muscle_id in query.denied:
            i = self.by_id[muscle_id]
            evidence[i] = evidence.get(i, 0.0) + math.log(DENIED_RATIO)
        return evidence

    def mark_weight(self, marks: Sequence[Mark]) -> list[float]:
        """Weight of each mark: stronger pain counts more; broad words count less; the places
        one complaint word was read as ('sciatica': buttock, back of the thigh, calf) share the
        weight of one mark, since the person said one word, not three places."""
        known = [m.intensity for m in marks if m.intensity is not None]
        top = max(known) if known and max(known) > 0 else None
        shared: dict[str, int] = {}
        for mark in marks:
            if mark.reading:
                shared[mark.reading] = shared.get(mark.reading, 0) + 1
        scored = len(set(known)) > 1
        main = any(m.emphasis == "main" for m in marks)
        weights = []
        for mark in marks:
            w = 1.0
            if top is not None and mark.intensity is not None:
                w = 0.5 + 0.5 * mark.intensity / top
            if not scored and main and mark.emphasis != "main":
                w *= LESSER_MARK
            if mark.reading:
                w /= shared[mark.reading]
            weights.append(w * (BROAD_MARK if mark.alternatives else 1.0))
        return weights

    def fit(self, compiled: CompiledMuscle, mark: Mark, pain_side: Side) -> tuple[float, str, str]:
        """The best (weight, region, kind) of a mark under a pattern; weight 0 if none."""
        factor = _side_factor(mark, pain_side)
        best = (0.0, mark.region, "none")
        for region in (mark.region, *mark.alternatives):
            hit = compiled.weights.get(region)
            if hit is None:
                continue
            w = hit[0] * factor * _read_as(mark, region)
            if w > best[0]:
                best = (w, region, hit[1] if factor != WRONG_SIDE else "wrong-side")
        return best

    def explain(
        self,
        compiled: CompiledMuscle,
        side: Side,
        query: Query,
        weights: Sequence[float],
        *,
        score: bool = True,
        bonus: float = 0.0,
    ) -> Explanation:
        """One muscle on one side against the query, with the reasons (and the score).

        This is the readable reference form of the model; ``rank`` computes the same numbers
        for every muscle at once, and the tests hold the two to each other. ``bonus`` is the
        muscle's log term from outside the pattern (prevalence prior, weak evidence).
        """
        pain_side = _pain_side(compiled.muscle, side)
        pattern = compiled.weights
        log_l = _log_prior(compiled.muscle) + bonus if score else 0.0
        log_z = TEMPERATURE * compiled.log_z
        matched: list[tuple[Mark, str, str]] = []
        unexplained: list[Mark] = []
        for mark, a in zip(query.marks, weights, strict=True):
            factor = _side_factor(mark, pain_side)
            best, region, kind = 0.0, mark.region, "none"
            for option in (
                (mark.region, *mark.alternatives) if mark.alternatives else (mark.region,)
            ):
                hit = pattern.get(option)
                if hit is None:
                    continue
                w = hit[0] * factor * _read_as(mark, option)
                if w > best:
                    best, region, kind = w, option, hit[1]
            if mark.within:
                face = _face_weight if _limb_edge(mark) else float
                parts = [face(pattern.get(r, (0.0, "none"))[0]) * factor for r in mark.within]
                best = (best + sum(parts)) / (1 + len(parts))
            if factor == WRONG_SIDE and kind != "none":
                kind = "wrong-side"
            if score:
                log_l += a * (math.log(best + FLOOR) - log_z)
            if kind in _EXPLAINS:
                matched.append((mark, region, kind))
            else:
                unexplained.append(mark)
        return self._beyond_the_drawing(compiled, side, query, log_l, matched, unexplained)

    def reasons(self, compiled: CompiledMuscle, side: Side, query: Query) -> Explanation:
        """``explain(compiled, side, query, weights, score=False)``, worked out leanly: only
        which pattern region explains each mark, and the evidence beyond the drawing (``find``
        asks it of the best-ranked muscles; the tests hold it to ``explain``)."""
        pain_side = _pain_side(compiled.muscle, side)
        pattern = compiled.weights
        matched: list[tuple[Mark, str, str]] = []
        unexplained: list[Mark] = []
        for mark in query.marks:
            factor = _side_factor(mark, pain_side)
            if factor == WRONG_SIDE:  # what it reaches there is on its wrong side
                unexplained.append(mark)
                continue
            region, kind = mark.region, "none"
            if mark.alternatives:
                best = 0.0
                for option in (mark.region, *mark.alternatives):
                    hit = pattern.get(option)
                    if hit is not None and (w := hit[0] * factor * _read_as(mark, option)) > best:
                        best, region, kind = w, option, hit[1]
            elif (hit := pattern.get(region)) is not None:
                kind = hit[1]  # every weight is above 0: the first fit is the best
            if kind in _EXPLAINS:
                matched.append((mark, region, kind))
            else:
                unexplained.append(mark)
        return self._beyond_the_drawing(compiled, side, query, 0.0, matched, unexplained)

    def _beyond_the_drawing(
        self,
        compiled: CompiledMuscle,
        side: Side,
        query: Query,
        log_l: float,
        matched: list[tuple[Mark, str, str]],
        unexplained: list[Mark],
    ) -> Explanation:
        """The explanation of the marks completed with the symptoms, conditions, tender spots
        and press test of the query that speak for or against the muscle (their log terms
        added to ``log_l``)."""
        symptoms: tuple[str, ...] = ()
        if query.symptoms:
            symptoms = tuple(s for s in query.symptoms if s in compiled.symptoms)
            log_l += sum(self.symptom_log[s] for s in symptoms)
        if query.conditions:
            conditions = sum(1 for c in query.conditions if c in compiled.conditions)
            log_l += conditions * math.log(CONDITION_RATIO)
        tender: tuple[Mark, ...] = ()
        if query.tender:
            tender = tuple(
                t
                for t in query.tender
                if {t.region, *t.alternatives} & compiled.trigger_regions
                and t.side in ("either", "both", "midline", side)
            )
        muscle_id = compiled.muscle.id
        if muscle_id in query.tender_muscles:
            # named as tender in a note: a tender spot over its own trigger points
            on: MarkSide = "left" if side == "left" else "right" if side == "right" else "either"
            tender += (Mark(region=min(compiled.trigger_regions), side=on,
                            text=compiled.muscle.name),)
        if tender:
            log_l += len(tender) * math.log(TENDER_RATIO)
        press = None
        if muscle_id in query.confirmed:
            press, log_l = "confirmed", log_l + math.log(CONFIRMED_RATIO)
        elif muscle_id in query.denied:
            press, log_l = "denied", log_l + math.log(DENIED_RATIO)
        return Explanation(
            compiled.muscle,
            side,
            log_l,
            tuple(matched),
            tuple(unexplained),
            symptoms,
            tender,
            press,
        )
