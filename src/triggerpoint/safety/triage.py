"""Triage questions before self-care, in order of danger (as NHS Pathways orders them).

Everyone is asked the emergency questions first, then the questions before pressing on a
muscle; then, for each body area marked on the chart or named in the text, that area's
questions (low back: cauda equina and cancer signs; tummy and pelvis: pregnancy, fever, urine;
calf: one-sided swelling; head and neck: age, chewing, sight, neck manipulation; chest and arm:
exertion, sweating). The questions live in the knowledge base (``data/triage/*.yaml``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cached_property, lru_cache
from typing import Any, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict

from triggerpoint.errors import InvalidQuery
from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.knowledge.safety_models import TriageArea, TriageQuestion

__all__ = ["OpenQuestion", "all_questions", "question", "questions_for"]


class OpenQuestion(BaseModel):
    """A triage question for this person, and the answer if it was given."""

    model_config = ConfigDict(frozen=True)

    id: str
    text: str
    area: str
    area_name: str
    required: bool
    answer: Literal["yes", "no"] | None = None

    @cached_property
    def json_form(self) -> dict[str, Any]:
        """``model_dump(mode="json")``, made once per question (the questions are made once
        per knowledge base and every consultation sends about twenty); use ``to_json`` for a
        copy that is yours to change."""
        return self.model_dump(mode="json")

    def to_json(self) -> dict[str, Any]:
        """The question as JSON: a fresh copy of ``json_form``."""
        return dict(self.json_form)


@lru_cache(maxsize=4)
def _areas(kb: KnowledgeBase) -> tuple[TriageArea, ...]:
    """The areas in the order they are asked (sorted once per knowledge base)."""
    return tuple(sorted(kb.triage.values(), key=lambda a: (a.order, a.id)))


def all_questions(kb: KnowledgeBase) -> list[tuple[TriageArea, TriageQuestion]]:
    """Every question of every area, in the order they are asked."""
    return [(area, q) for area in _areas(kb) for q in area.questions]


def question(kb: KnowledgeBase, question_id: str) -> TriageQuestion:
    """The question with that id; an unknown id is an error that lists the known ones."""
    for _, q in all_questions(kb):
        if q.id == question_id:
            return q
    known = ", ".join(q.id for _, q in all_questions(kb))
    raise InvalidQuery(f"Unknown screening question '{question_id}'; known: {known}.")


def questions_for(
    kb: KnowledgeBase,
    regions: Iterable[str],
    concepts: Iterable[str],
    answers: Mapping[str, bool] | None = None,
) -> list[OpenQuestion]:
    """The questions for these marked regions and named places, most dangerous first."""
    marked = set(regions)
    named = set(concepts)
    given = dict(answers or {})
    asked: list[OpenQuestion] = []
    seen: set[str] = set()
    for area in _asking(kb):
        if not (area.for_everyone or not area.places.isdisjoint(marked)
                or not area.words.isdisjoint(named)):
            continue
        for question_id, unanswered, yes, no in area.questions:
            if question_id in seen:
                continue
            seen.add(question_id)
            answer = given.get(question_id)
            asked.append(unanswered if answer is None else yes if answer else no)
    return asked


class _Asked(NamedTuple):
    """An area in asking order: what brings in its questions, and its questions as asked
    (id; unanswered, answered yes, answered no)."""

    for_everyone: bool
    places: frozenset[str]
    words: frozenset[str]
    questions: tuple[tuple[str, OpenQuestion, OpenQuestion, OpenQuestion], ...]


@lru_cache(maxsize=4)
def _asking(kb: KnowledgeBase) -> tuple[_Asked, ...]:
    """Each area in asking order with the regions and concepts that bring in its questions."""
    made = _open_questions(kb)
    return tuple(
        _Asked(a.for_everyone, frozenset(a.regions), frozenset(a.concepts),
               tuple((q.id, made[a.id, q.id, None], made[a.id, q.id, True],
                      made[a.id, q.id, False]) for q in a.questions))
        for a in _areas(kb))


@lru_cache(maxsize=4)
def _open_questions(
        kb: KnowledgeBase) -> dict[tuple[str, str, bool | None], OpenQuestion]:
    """Every question of every area, unanswered, answered yes and answered no: built once per
    knowledge base and shared (an OpenQuestion is frozen)."""
    made: dict[tuple[str, str, bool | None], OpenQuestion] = {}
    for area in _areas(kb):
        for q in area.questions:
            for answer in (None, True, False):
                # built from the validated knowledge base: no need to validate each field again
                made[area.id, q.id, answer] = OpenQuestion.model_construct(
                    id=q.id, text=q.text, area=area.id, area_name=area.name,
                    required=area.required,
                    answer=None if answer is None else ("yes" if answer else "no"))
    return made
