"""Triage questions before self-care, in order of danger (as NHS Pathways orders them).

Everyone is asked the emergency questions first, then the questions before pressing on a
muscle; then, for each body area marked on the chart or named in the text, that area's
questions (low back: cauda equina and cancer signs; tummy and pelvis: pregnancy, fever, urine;
calf: one-sided swelling; head and neck: age, chewing, sight, neck manipulation; chest and arm:
exertion, sweating). The questions live in the knowledge base (``data/triage/*.yaml``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from triggerpoint.errors import InvalidQuery
from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.knowledge.safety_models import TriageArea, TriageQuestion

__all__ = ["AskedQuestion", "all_questions", "questions_for", "question"]


@dataclass(frozen=True)
class AskedQuestion:
    """A question as asked: its area, whether it must be answered, and the answer if given."""

    id: str
    text: str
    area: str
    area_name: str
    required: bool
    answer: bool | None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "area": self.area,
                "area_name": self.area_name, "required": self.required,
                "answer": None if self.answer is None else ("yes" if self.answer else "no")}


def _areas(kb: KnowledgeBase) -> list[TriageArea]:
    return sorted(kb.triage.values(), key=lambda a: (a.order, a.id))


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
) -> list[AskedQuestion]:
    """The questions for these marked regions and named places, most dangerous first."""
    marked = set(regions)
    named = set(concepts)
    given = dict(answers or {})
    asked: list[AskedQuestion] = []
    seen: set[str] = set()
    for area in _areas(kb):
        applies = area.for_everyone or bool(marked & set(area.regions)) or bool(
            named & set(area.concepts))
        if not applies:
            continue
        for q in area.questions:
            if q.id in seen:
                continue
            seen.add(q.id)
            asked.append(AskedQuestion(q.id, q.text, area.id, area.name, area.required,
                                       given.get(q.id)))
    return asked
