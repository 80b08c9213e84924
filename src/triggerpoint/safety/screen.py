"""The safety gate: one assessment from the description, the questionnaire, conditions,
medications and the body regions involved, used by every front end.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from triggerpoint.errors import InvalidQuery
from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.knowledge.models import SafetyLevel
from triggerpoint.safety.levels import LEVEL_ADVICE, SELF_CARE_LEVELS, highest, rank
from triggerpoint.safety.questions import QUESTIONS
from triggerpoint.safety.textmatch import Text

__all__ = ["Reason", "Restrictions", "SafetyAssessment", "screen"]


class Reason(BaseModel):
    """One thing that raised the level or changed what may be done."""

    model_config = ConfigDict(frozen=True)

    id: str
    kind: Literal["red-flag", "contraindication"]
    level: SafetyLevel
    text: str = Field(description="Plain words: what was found and why it matters.")
    advice: str
    sources: list[str]


class Restrictions(BaseModel):
    """What a self-care plan must respect."""

    model_config = ConfigDict(frozen=True)

    max_pressure: int = Field(default=7, ge=0, le=10)
    forbid_techniques: list[str] = Field(default_factory=list)
    forbid_tools: list[str] = Field(default_factory=list)
    avoid_regions: list[str] = Field(default_factory=list)
    avoid_muscles: list[str] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)


class SafetyAssessment(BaseModel):
    """The level, the reasons behind it, the advice, and the limits on self-care."""

    model_config = ConfigDict(frozen=True)

    level: SafetyLevel
    reasons: list[Reason]
    advice: str
    restrictions: Restrictions
    questionnaire: Literal["answered", "not answered"]

    @property
    def self_care_allowed(self) -> bool:
        """False from 'doctor' up: then no self-treatment steps are shown."""
        return self.level in SELF_CARE_LEVELS

    def to_json(self) -> dict[str, Any]:
        return {**self.model_dump(mode="json"), "self_care_allowed": self.self_care_allowed}


def screen(
    kb: KnowledgeBase,
    *,
    text: str | None = None,
    answers: Mapping[str, bool] | None = None,
    conditions: Sequence[str] = (),
    regions: Sequence[str] = (),
) -> SafetyAssessment:
    """Assess safety; ``conditions`` are contraindication names (conditions or medications).

    ``regions`` are the places involved: where a contraindication rules out a marked place
    (varicose veins and the calf), the restrictions say so.
    """
    reasons: dict[str, Reason] = {}
    parsed = Text(text) if text else None
    if parsed is not None:
        for flag in kb.red_flags.values():
            if any(parsed.matches(p.all_of) for p in flag.patterns):
                reasons[flag.id] = _flag_reason(kb, flag.id)
        for item in kb.contraindications.values():
            if any(parsed.has(term) for term in item.terms):
                reasons[item.id] = _contra_reason(kb, item.id)
    for question_id, yes in (answers or {}).items():
        question = _question(question_id)
        if yes:
            make = _flag_reason if question.kind == "red-flag" else _contra_reason
            reasons[question.target] = make(kb, question.target)
    for name in conditions:
        item = kb.lookup("contraindications", name)
        reasons[item.id] = _contra_reason(kb, item.id)
    ordered = sorted(reasons.values(), key=lambda r: -rank(r.level))
    level = highest([r.level for r in ordered])
    advice = ordered[0].advice if ordered and rank(level) > 0 else LEVEL_ADVICE[level]
    return SafetyAssessment(
        level=level,
        reasons=ordered,
        advice=advice,
        restrictions=_restrictions(kb, ordered, regions),
        questionnaire="answered" if answers is not None else "not answered",
    )


def _question(question_id: str) -> Any:
    for question in QUESTIONS:
        if question.id == question_id:
            return question
    known = ", ".join(q.id for q in QUESTIONS)
    raise InvalidQuery(f"Unknown screening question '{question_id}'; known: {known}.")


def _flag_reason(kb: KnowledgeBase, flag_id: str) -> Reason:
    flag = kb.red_flags[flag_id]
    return Reason(id=flag.id, kind="red-flag", level=flag.level,
                  text=f"{flag.name}: {flag.reason}", advice=flag.advice,
                  sources=list(flag.sources))


def _contra_reason(kb: KnowledgeBase, item_id: str) -> Reason:
    item = kb.contraindications[item_id]
    level = item.effect.level
    advice = LEVEL_ADVICE[level] if rank(level) > 0 else item.effect.note
    return Reason(id=item.id, kind="contraindication", level=level,
                  text=f"{item.name}: {item.effect.note}", advice=advice,
                  sources=list(item.sources))


def _restrictions(
    kb: KnowledgeBase, reasons: Sequence[Reason], marked: Sequence[str]
) -> Restrictions:
    pressure = 7
    techniques: set[str] = set()
    tools: set[str] = set()
    regions: set[str] = set()
    muscles: set[str] = set()
    notes: list[str] = []
    for reason in reasons:
        if reason.kind != "contraindication":
            continue
        effect = kb.contraindications[reason.id].effect
        if effect.max_pressure is not None:
            pressure = min(pressure, effect.max_pressure)
        techniques |= set(effect.forbid_techniques)
        tools |= set(effect.forbid_tools)
        regions |= set(effect.avoid_regions)
        muscles |= set(effect.avoid_muscles)
        notes.append(effect.note)
        overlap = [kb.atlas.regions[r].name.lower() for r in effect.avoid_regions if r in marked]
        if overlap:
            item = kb.contraindications[reason.id].name
            notes.append(f"Because of {item.lower()}, do not press or roll on: "
                         f"{', '.join(overlap)}.")
    techniques |= {t.id for t in kb.techniques.values() if t.performed_by != "self"}
    return Restrictions(
        max_pressure=pressure, forbid_techniques=sorted(techniques), forbid_tools=sorted(tools),
        avoid_regions=sorted(regions), avoid_muscles=sorted(muscles), notes=notes,
    )
