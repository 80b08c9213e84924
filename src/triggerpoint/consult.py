"""One consultation: the safety assessment first, then the finder's ranking it governs.

Every front end (CLI, batch, web) calls this, so the same red-flag rules apply everywhere. The
description is screened before anything else, whether or not a body region is understood: a
description with no region still gets its level and advice, with the finder's error beside it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from triggerpoint.errors import InputError
from triggerpoint.finder import FinderResult, build_query, find
from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.safety import SafetyAssessment, screen

__all__ = ["Consultation", "consult"]


@dataclass(frozen=True)
class Consultation:
    """The safety level, and the ranked muscles (or why there are none)."""

    safety: SafetyAssessment
    result: FinderResult | None = None
    error: InputError | None = None

    def to_json(self) -> dict[str, Any]:
        """The finder's JSON contract with a leading ``safety`` object; on a finder error,
        ``{"safety": ..., "error": "..."}``."""
        if self.result is None:
            return {"safety": self.safety.to_json(), "error": str(self.error)}
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
    """Screen for safety, then rank the muscles from the same input.

    Bad answers or conditions raise (they are the caller's input); a description the finder
    cannot place still returns the safety assessment, with the finder's error.
    """
    try:
        query = build_query(kb, text=text, regions=regions, symptoms=symptoms, tender=tender,
                            confirm=confirm, deny=deny, top=top)
    except InputError as exc:
        marked = _plain_regions(kb, regions)
        return Consultation(screen(kb, text=text, answers=answers, conditions=conditions,
                                   regions=marked), error=exc)
    marked = [r for m in query.marks for r in (m.region, *m.alternatives)]
    safety = screen(kb, text=text, answers=answers, conditions=conditions, regions=marked)
    return Consultation(safety, find(query, kb))


def _plain_regions(kb: KnowledgeBase, specs: Sequence[str]) -> list[str]:
    """The region ids of well-formed ``REGION[:SIDE][=N]`` specs (the others are skipped)."""
    found = []
    for spec in specs:
        name = spec.split("=")[0].split(":")[0].strip()
        if name in kb.atlas.regions:
            found.append(name)
    return found
