"""How common each muscle is as the cause of pain in an area: the prevalence prior.

The knowledge base holds, per pain area (``knowledge/data/prevalence``), what references say
about which muscles most often cause pain there: a ranked list (most frequent first), or muscles
named as *the most common* or as *common* causes. Each mention scores the muscle:

==============  ===========================
what it says    score of each muscle named
==============  ===========================
ranked          ``1 / rank`` (1, 1/2, 1/3 ...)
most-common     1
common          1/2
==============  ===========================

A muscle's score in an area is the sum over the reports (more sources, more weight); a muscle
group ('gluteus minimus') counts for each of its parts. The prior grows with the score up to
``FULL_SCORE`` (two sources that each call it the most common cause, or rank it first) and is
smoothed towards a floor so that nothing is ruled out::

    p(muscle | area) = UNLISTED + (1 - UNLISTED) * min(1, score / FULL_SCORE)

and a muscle the area does not list keeps ``UNLISTED``. The scale is absolute, not relative to
the area's best: an area whose sources only say 'common' gives a weaker prior than one where
several sources agree on the most common cause.

A region takes the best prior among the areas it belongs to. A broad word ('hip': outer hip,
front of the hip, groin or buttock) means one of its parts, so its prior is the mean over the
parts (a part no area covers counts ``UNLISTED``): a muscle common in one part only gets a
share, one common across them gets it whole. A named condition ('tennis elbow') calls on the
areas linked to it. A complaint word the description reader read as places ('frozen shoulder:
read as one of front, side or back of the shoulder') is one piece of evidence: its own list when the
references name its usual causes (frozen shoulder: subscapularis), which then stands in for
its condition's list too, else the mean over the places it was read as.

The log-prior added to a muscle's score is the mean over those marks and conditions, times a
weight that shrinks as the evidence grows::

    log_prior = PRIOR_WEIGHT / sqrt(n) * mean(log p - log UNLISTED)

where ``n`` is the number of pieces of evidence (marked places, counted by their weights, a
complaint word once, plus symptoms, tender spots and press tests; at least 1). One vague place
gets the full prior: the usual suspects come first. Five places, a symptom and a press test get
well under half of it, and their referral patterns decide. Subtracting ``log UNLISTED`` shifts
every muscle by the same constant, so only listed muscles need touching.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from triggerpoint.finder.query import Mark, Query
from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.knowledge.models import Prevalence
from triggerpoint.names import NameIndex

__all__ = [
    "FULL_SCORE",
    "MOST_COMMON",
    "PRIOR_WEIGHT",
    "UNLISTED",
    "PrevalencePrior",
    "area_prior",
    "area_scores",
    "unlisted_muscles",
]

#: Relative prior of a muscle no reference names for the area (the best-named one has 1).
UNLISTED = 0.2
#: The score of a muscle named the most common cause; 'common' scores half of it.
MOST_COMMON = 1.0
COMMON = 0.5
#: The score at which a muscle gets the full prior.
FULL_SCORE = 2.0
#: How strongly the prior counts with a single piece of evidence.
PRIOR_WEIGHT = 1.0


def _members(kb: KnowledgeBase, name: str) -> list[str]:
    if name in kb.muscles:
        return [name]
    return [m.id for m in kb.muscles.values() if m.group == name]


def area_scores(area: Prevalence, kb: KnowledgeBase) -> dict[str, float]:
    """Each named muscle's summed score in the area (see the module docstring)."""
    scores: dict[str, float] = {}
    for report in area.reports:
        for rank, name in enumerate(report.muscles, start=1):
            if report.says == "ranked":
                value = 1.0 / rank
            else:
                value = MOST_COMMON if report.says == "most-common" else COMMON
            for muscle in _members(kb, name):
                scores[muscle] = scores.get(muscle, 0.0) + value
    return scores


def unlisted_muscles(kb: KnowledgeBase) -> list[str]:
    """Muscles no prevalence list names: they keep the default prior everywhere.

    That is not an error (a muscle the references never call a frequent cause is just that);
    the list shows where the prevalence data could grow.
    """
    named = {m for area in kb.prevalence.values() for m in area_scores(area, kb)}
    return sorted(m for m in kb.muscles if m not in named)


@dataclass(frozen=True)
class _Area:
    id: str
    prior: Mapping[int, float]  # muscle index -> p(muscle | area), listed muscles only


class PrevalencePrior:
    """The prevalence lists of a knowledge base, indexed by region, condition and complaint."""

    def __init__(self, kb: KnowledgeBase, muscle_ids: Sequence[str]) -> None:
        index = {m: i for i, m in enumerate(muscle_ids)}
        self.by_region: dict[str, list[_Area]] = {}
        self.by_condition: dict[str, list[_Area]] = {}
        self.by_complaint: dict[str, list[_Area]] = {}
        for prevalence in kb.prevalence.values():
            prior = {index[m]: p for m, p in area_prior(prevalence, kb).items() if m in index}
            area = _Area(prevalence.id, prior)
            for region in prevalence.regions:
                self.by_region.setdefault(region, []).append(area)
            for condition in prevalence.conditions:
                self.by_condition.setdefault(condition, []).append(area)
            for complaint in prevalence.complaints:
                self.by_complaint.setdefault(complaint, []).append(area)
        self.complaint_names = NameIndex(
            (c.id, [c.id, c.name, *c.aliases]) for c in kb.complaints.values()
        )
        self.complaint_condition = {
            c.id: c.condition for c in kb.complaints.values() if c.condition is not None
        }

    def complaint_of(self, reading: str) -> str | None:
        """The complaint a mark's reading ('sciatica: read as ...') was made from, if known."""
        return self.complaint_names.get(reading.split(":", 1)[0])

    def weight(self, query: Query, mark_weights: Sequence[float]) -> float:
        """The prior's weight for this much evidence: PRIOR_WEIGHT / sqrt(n).

        ``n`` counts marked places by their weights (the places one complaint word was read as
        share one mark's weight: it is one word) and each symptom, tender spot and press test.
        """
        n = float(len(query.symptoms) + len(query.tender) + len(query.tender_muscles)
                  + len(query.confirmed))
        n += len(query.denied) + sum(mark_weights)
        return PRIOR_WEIGHT / math.sqrt(max(1.0, n))

    def log_prior(self, query: Query, mark_weights: Sequence[float]) -> dict[int, float]:
        """Muscle index -> log-prior bonus over an unlisted muscle (absent: 0).

        One prior per place named, per complaint word (its own list if it has one, else the
        mean over the places it was read as) and per condition named, averaged.
        """
        found: list[dict[int, float]] = []  # muscle -> p, per piece of evidence
        readings: dict[str, list[Mark]] = {}
        for mark in query.marks:
            if mark.reading:
                readings.setdefault(mark.reading, []).append(mark)
            elif parts := self._parts(mark):
                found.append(_mean(parts))
        covered: set[str] = set()
        for reading, marks in readings.items():
            # (the complaint the reader matched, which may have been written with other small
            # words than its listed name: 'stitch in side' for 'stitch in my side')
            complaint = marks[0].complaint or self.complaint_of(reading)
            own = self.by_complaint.get(complaint or "", [])
            if own and complaint is not None:
                found.append(_best_of(own))
                covered.add(self.complaint_condition.get(complaint, ""))
            elif parts := [p for mark in marks for p in self._parts(mark)]:
                found.append(_mean(parts))
        for condition in query.conditions:
            areas = self.by_condition.get(condition, [])
            if areas and condition not in covered:
                found.append(_best_of(areas))
        if not found:
            return {}
        scale = self.weight(query, mark_weights) / len(found)
        total: dict[int, float] = {}
        for prior in found:
            for i, p in prior.items():
                total[i] = total.get(i, 0.0) + scale * (math.log(p) - _LOG_UNLISTED)
        return total

    def _parts(self, mark: Mark) -> list[dict[int, float]]:
        """The prior of each part a mark may mean (none when no list covers any of them)."""
        if mark.within:
            parts = [_best(self.by_region, (mark.region, *mark.within))]
        else:
            parts = [_best(self.by_region, (r,)) for r in (mark.region, *mark.alternatives)]
        return parts if any(parts) else []


_LOG_UNLISTED = math.log(UNLISTED)


def area_prior(area: Prevalence, kb: KnowledgeBase) -> dict[str, float]:
    """p(muscle | area) for every muscle the area lists (the others have ``UNLISTED``)."""
    return {
        m: UNLISTED + (1 - UNLISTED) * min(1.0, s / FULL_SCORE)
        for m, s in area_scores(area, kb).items()
    }


def _best_of(areas: Iterable[_Area]) -> dict[int, float]:
    best: dict[int, float] = {}
    for area in areas:
        for i, p in area.prior.items():
            if p > best.get(i, 0.0):
                best[i] = p
    return best


def _best(by_region: Mapping[str, list[_Area]], regions: Iterable[str]) -> dict[int, float]:
    """The best prior of each muscle over the areas the regions belong to."""
    return _best_of(a for r in regions for a in by_region.get(r, ()))


def _mean(parts: Sequence[Mapping[int, float]]) -> dict[int, float]:
    """The mean over the parts of a broad word, an unlisted muscle counting UNLISTED."""
    if len(parts) == 1:
        return dict(parts[0])
    total: dict[int, float] = {}
    for part in parts:
        for i, p in part.items():
            total[i] = total.get(i, 0.0) + p - UNLISTED
    return {i: UNLISTED + t / len(parts) for i, t in total.items()}
