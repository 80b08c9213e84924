"""Screen use case: the safety assessment of what a person wrote and marked, and the triage
questions in the order they are asked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from triggerpoint.errors import InputError
from triggerpoint.finder import build_query
from triggerpoint.safety import SafetyAssessment, all_questions, screen
from triggerpoint.services.context import Ask, triaged

if TYPE_CHECKING:
    from triggerpoint.knowledge import KnowledgeBase
    from triggerpoint.knowledge.safety_models import TriageArea, TriageQuestion
    from triggerpoint.services.context import AppContext

__all__ = ["ScreenRequest", "assess", "questions"]


class ScreenRequest(BaseModel):
    """What a person wrote, where they marked, their answers and conditions."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str | None = None
    regions: list[str] = Field(default_factory=list)
    answers: dict[str, bool] | None = None
    conditions: list[str] = Field(default_factory=list)


def assess(ctx: AppContext, request: ScreenRequest, ask: Ask | None = None) -> SafetyAssessment:
    """The safety assessment; with ``ask``, the open questions are asked first."""
    kb = ctx.kb
    regions = _regions(kb, request.text, request.regions)
    return triaged(lambda a: screen(kb, text=request.text, answers=a,
                                    conditions=request.conditions, regions=regions),
                   request.answers, ask)


def _regions(kb: KnowledgeBase, text: str | None, specs: list[str]) -> list[str]:
    """The regions the description names or the options mark (none if it names none)."""
    try:
        query = build_query(kb, text=text, regions=specs)
    except InputError:
        return [s.split("=")[0].split(":")[0] for s in specs]
    return [r for m in query.marks for r in (m.region, *m.alternatives)]


def questions(ctx: AppContext) -> list[tuple[TriageArea, TriageQuestion]]:
    """Every triage question with its area, in the order asked (most dangerous first)."""
    return list(all_questions(ctx.kb))
