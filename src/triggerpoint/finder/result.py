"""What the finder returns, and its stable JSON form (documented in docs/json.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from triggerpoint.finder.query import Mark
from triggerpoint.finder.unresolved import Unresolved
from triggerpoint.knowledge import TriggerPoint

__all__ = ["Candidate", "Combination", "FinderResult"]


@dataclass(frozen=True)
class Candidate:
    """A muscle whose trigger points may cause the pain, with the reasons."""

    muscle: str
    name: str
    group: str
    score: float
    side: str
    essential_matched: list[str]
    spillover_matched: list[str]
    trigger_point_matched: list[str]
    unexplained: list[str]
    trigger_points: list[TriggerPoint]
    symptoms_matched: list[str] = field(default_factory=list)
    tender_matched: list[str] = field(default_factory=list)
    press_test: str | None = None
    #: Resisted tests the note names that load this muscle ("forearm supination").
    tests_matched: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "muscle": self.muscle,
            "name": self.name,
            "group": self.group,
            "score": round(self.score, 4),
            "side": self.side,
            "essential_matched": self.essential_matched,
            "spillover_matched": self.spillover_matched,
            "trigger_point_matched": self.trigger_point_matched,
            "unexplained": self.unexplained,
            "symptoms_matched": self.symptoms_matched,
            "tender_matched": self.tender_matched,
            "press_test": self.press_test,
            "tests_matched": self.tests_matched,
            "trigger_points": [tp.to_json() for tp in self.trigger_points],
        }


@dataclass(frozen=True)
class Combination:
    """The fewest muscles that together explain the drawing, and how much of it they explain."""

    muscles: list[str]
    coverage: float

    def to_json(self) -> dict[str, Any]:
        return {"muscles": self.muscles, "coverage": round(self.coverage, 4)}


@dataclass(frozen=True)
class FinderResult:
    """The marks as understood, what was not understood, and the ranked candidates."""

    marks: list[Mark]
    unresolved: list[Unresolved]
    symptoms: list[str]
    negated: list[str]
    candidates: list[Candidate]
    combination: Combination
    conditions: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)

    @property
    def readings(self) -> list[str]:
        """How complaint words were read ('sciatica: read as buttock, ...'), once each."""
        return list(dict.fromkeys(m.reading for m in self.marks if m.reading))

    def to_json(self) -> dict[str, Any]:
        """The stable JSON contract: see docs/json.md."""
        return {
            "regions": [
                {
                    "id": m.region,
                    "side": m.side,
                    "intensity": m.intensity,
                    "text": m.text,
                    **({"alternatives": list(m.alternatives)} if m.alternatives else {}),
                    **({"reading": m.reading, "complaint": m.complaint} if m.reading else {}),
                }
                for m in self.marks
            ],
            "unresolved": [u.model_dump() for u in self.unresolved],
            "symptoms": self.symptoms,
            "conditions": self.conditions,
            "negated": self.negated,
            "context": self.context,
            "readings": self.readings,
            "candidates": [c.to_json() for c in self.candidates],
            "combination": self.combination.to_json(),
        }
