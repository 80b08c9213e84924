"""Page view models: what each page shows, built from the use cases' views. Templates render
these and nothing else; the JSON twins return the use cases' own ``to_json()``."""

from __future__ import annotations

from dataclasses import dataclass, field

from triggerpoint.finder import Candidate
from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.safety import SafetyAssessment
from triggerpoint.safety.triage import OpenQuestion
from triggerpoint.services.consult import Consultation
from triggerpoint.services.consult import explains as explained_by
from triggerpoint.web.bodymap import MapRegion, map_regions, map_svg, pattern_svg
from triggerpoint.web.state import FindState

__all__ = ["CandidateView", "QuestionGroup", "ResultsPage", "WherePage", "results_page",
           "where_page"]


@dataclass(frozen=True)
class QuestionGroup:
    """Questions of one area, in the order asked."""

    name: str
    questions: list[OpenQuestion]


def group_questions(questions: list[OpenQuestion]) -> list[QuestionGroup]:
    groups: list[QuestionGroup] = []
    for q in questions:
        if not groups or groups[-1].name != q.area_name:
            groups.append(QuestionGroup(q.area_name, []))
        groups[-1].questions.append(q)
    return groups


@dataclass(frozen=True)
class AreaRegions:
    """The markable regions of one body area, for the list that mirrors the chart."""

    area: str
    regions: list[MapRegion]


@dataclass(frozen=True)
class WherePage:
    """Where does it hurt: both views of the chart, the list, the words, the answers."""

    state: FindState
    views: list[tuple[str, str]]
    areas: list[AreaRegions]
    understood: list[str] = field(default_factory=list)


def where_page(kb: KnowledgeBase, state: FindState, understood: list[str]) -> WherePage:
    areas: dict[str, list[MapRegion]] = {}
    for region in map_regions(kb):
        areas.setdefault(region.area, []).append(region)
    views = [(v, map_svg(kb, v, state.marks)) for v in ("front", "back")]
    return WherePage(state, views, [AreaRegions(a.replace("-", " ").capitalize(), r)
                                    for a, r in areas.items()], understood)


@dataclass(frozen=True)
class CandidateView:
    """One ranked muscle: what it explains, its pattern, where to press, the press test."""

    rank: int
    muscle: str
    name: str
    side: str
    fit: int
    explains: list[str]
    unexplained: list[str]
    spots: list[str]
    pattern: str
    press_test: str | None
    confirm_query: str
    deny_query: str


@dataclass(frozen=True)
class ResultsPage:
    """The safety banner first, then (when allowed) the ranked muscles and their combination."""

    state: FindState
    safety: SafetyAssessment
    error: str | None
    candidates: list[CandidateView]
    together: str | None
    questions: list[QuestionGroup]
    understood: list[str]


def results_page(kb: KnowledgeBase, state: FindState, found: Consultation,
                 top: int = 5) -> ResultsPage:
    safety, result = found.safety, found.result
    names = {r.id: r.name for r in kb.atlas}
    candidates: list[CandidateView] = []
    together = None
    understood: list[str] = []
    if result is not None:
        understood = [_place(names, m.region, m.side) for m in result.marks]
        for rank, c in enumerate(result.candidates[:top], start=1):
            candidates.append(_candidate(kb, names, state, rank, c, safety.self_care_ready))
        combo = result.combination
        if len(combo.muscles) > 1:
            together = (" + ".join(kb.muscles[m].name for m in combo.muscles)
                        + f" explain {combo.coverage:.0%} of what you marked.")
    return ResultsPage(state, safety, str(found.error) if found.error else None, candidates,
                       together, group_questions(safety.open_questions), understood)


def _place(names: dict[str, str], region: str, side: str) -> str:
    name = names.get(region, region)
    return f"{name} ({side})" if side in ("left", "right") else name


def _candidate(kb: KnowledgeBase, names: dict[str, str], state: FindState, rank: int,
               c: Candidate, ready: bool) -> CandidateView:
    explains = explained_by(kb, c, lambda r: names.get(r, r))
    spots = [tp.location for tp in c.trigger_points if tp.self_treatable][:2] if ready else []
    side = c.side if c.side in ("left", "right") else "right"
    confirm = tuple(m for m in state.confirm if m != c.muscle) + (c.muscle,)
    deny = tuple(m for m in state.deny if m != c.muscle) + (c.muscle,)
    return CandidateView(
        rank, c.muscle, c.name, c.side, round(c.score * 100), explains,
        [names.get(r, r) for r in c.unexplained], spots, pattern_svg(kb, kb.muscles[c.muscle],
                                                                      side),
        c.press_test,
        state.query(confirm=confirm, deny=tuple(m for m in state.deny if m != c.muscle)),
        state.query(deny=deny, confirm=tuple(m for m in state.confirm if m != c.muscle)))
