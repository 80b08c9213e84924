"""One consultation: the finder's ranking with the safety assessment that governs it.

Every front end (CLI, batch, web) calls this, so the same red-flag rules apply everywhere.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from triggerpoint.finder import FinderResult, build_query, find
from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.safety import SafetyAssessment, screen

__all__ = ["Consultation", "consult"]


@dataclass(frozen=True)
class Consultation:
    """Ranked muscles plus the safety level; from 'doctor' up the warning leads."""

    result: FinderResult
    safety: SafetyAssessment

    def to_json(self) -> dict[str, Any]:
        """The finder's JSON contract with a leading ``safety`` object."""
        return {"safety": self.safety.to_json(), **self.result.to_json()}


def consult(
    kb: KnowledgeBase,
    *,
    text: str | None = None,
    regions: Sequence[str] = (),
    symptoms: Sequence[str] = (),
    tender: Sequence[str] = (),
    confirm: Sequence[str] = (),
    deny: Sequence[str] = (),
    top: int = 10,
    answers: Mapping[str, bool] | None = None,
    conditions: Sequence[str] = (),
) -> Consultation:
    """Rank the muscles and screen for safety from the same input."""
    query = build_query(kb, text=text, regions=regions, symptoms=symptoms, tender=tender,
                        confirm=confirm, deny=deny, top=top)
    marked = [r for m in query.marks for r in (m.region, *m.alternatives)]
    safety = screen(kb, text=text, answers=answers, conditions=conditions, regions=marked)
    return Consultation(find(query, kb), safety)
