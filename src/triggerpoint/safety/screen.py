"""The safety gate: one assessment from the description, the triage answers, conditions,
medications and the body regions involved, used by every front end.

The description is read for clinical concepts in context (concepts.py); red flags are rules over
those concepts and the numbers in the text (knowledge/data/red-flags); the answers to the triage
questions can only raise the level, never lower it. Self-treatment steps are shown only when
the level allows self-care *and* the required questions are answered.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.knowledge.models import Contraindication, RedFlag, SafetyLevel
from triggerpoint.knowledge.safety_models import RedFlagRule
from triggerpoint.safety.concepts import REASSURED, Mention, Reading, concept_index, read
from triggerpoint.safety.levels import LEVEL_INFO, SELF_CARE_LEVELS, highest, rank
from triggerpoint.safety.numbers import Numbers
from triggerpoint.safety.triage import OpenQuestion, question, questions_for

__all__ = ["OpenQuestion", "Reason", "Restrictions", "SafetyAssessment", "screen"]


class Reason(BaseModel):
    """One thing that raised the level or changed what may be done."""

    model_config = ConfigDict(frozen=True)

    id: str
    kind: Literal["red-flag", "contraindication"]
    level: SafetyLevel
    text: str = Field(description="Plain words: what was found and why it matters.")
    advice: str
    sources: list[str]
    evidence: list[str] = Field(
        default_factory=list,
        description="What showed it: the words read in the description, or the answer given.")


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
    """The level, the reasons behind it, the advice, the limits on self-care and the questions."""

    model_config = ConfigDict(frozen=True)

    level: SafetyLevel
    reasons: list[Reason]
    advice: str
    restrictions: Restrictions
    questionnaire: Literal["answered", "partly answered", "not answered"]
    questions: list[OpenQuestion] = Field(default_factory=list)
    concepts: list[dict[str, Any]] = Field(
        default_factory=list, description="What the gate read in the description, in context.")

    @property
    def title(self) -> str:
        return LEVEL_INFO[self.level].title

    @property
    def time_frame(self) -> str:
        return LEVEL_INFO[self.level].time_frame

    @property
    def self_care_allowed(self) -> bool:
        """False from 'doctor' up: then no self-treatment steps are shown."""
        return self.level in SELF_CARE_LEVELS

    @property
    def open_questions(self) -> list[OpenQuestion]:
        """Required questions not yet answered."""
        return [q for q in self.questions if q.required and q.answer is None]

    @property
    def triage_complete(self) -> bool:
        """True when every required question for this person is answered."""
        return not self.open_questions

    @property
    def self_care_ready(self) -> bool:
        """Self-treatment steps may be shown: the level allows it and triage is complete."""
        return self.self_care_allowed and self.triage_complete

    def to_json(self) -> dict[str, Any]:
        data = self.model_dump(mode="json", exclude={"questions"})
        open_questions = self.open_questions
        info = LEVEL_INFO[self.level]
        return {
            "level": data["level"],
            "title": info.title,
            "time_frame": info.time_frame,
            "self_care_allowed": self.self_care_allowed,
            "triage_complete": not open_questions,
            "self_care_ready": self.self_care_allowed and not open_questions,
            "advice": data["advice"],
            "reasons": data["reasons"],
            "restrictions": data["restrictions"],
            "questionnaire": data["questionnaire"],
            "open_questions": [q.id for q in open_questions],
            "questions": [q.to_json() for q in self.questions],
            "concepts": data["concepts"],
        }


def screen(
    kb: KnowledgeBase,
    *,
    text: str | None = None,
    answers: Mapping[str, bool] | None = None,
    conditions: Sequence[str] = (),
    regions: Sequence[str] = (),
) -> SafetyAssessment:
    """Assess safety; ``conditions`` are contraindication names (conditions or medications).

    ``regions`` are the places involved: they choose the area questions, count as places for
    the rules (a marked low back is back pain), and where a contraindication rules out a marked
    place (varicose veins and the calf), the restrictions say so.
    """
    marked_only = None if text else _marked_only(kb)
    reading = read(kb, text, regions) if marked_only is None else marked_only.reading(regions)
    reasons: dict[str, Reason] = {}
    present = reading.present
    flags = _flag_index(kb)
    for flag in flags.worth_asking(present):
        evidence = _flag_evidence(kb, flag, reading)
        if evidence is not None:
            reasons[flag.id] = _flag_reason(kb, flag.id, evidence)
    for item_id, concept in _contraindication_concepts(kb):
        words = reading.evidence(concept) if concept in present else []
        if words:
            reasons[item_id] = _contra_reason(kb, item_id, [f"“{w}”" for w in words])
    for question_id, yes in (answers or {}).items():
        known = question(kb, question_id)
        if yes and known.target not in reasons:
            make = _flag_reason if known.kind == "red-flag" else _contra_reason
            reasons[known.target] = make(kb, known.target, [f"answered yes: {known.text}"])
    for name in conditions:
        item = kb.lookup("contraindications", name)
        reasons.setdefault(item.id, _contra_reason(kb, item.id, [f"condition given: {name}"]))
    ordered = sorted(reasons.values(), key=lambda r: -rank(r.level))
    level = highest(r.level for r in ordered)
    advice = ordered[0].advice if ordered and rank(level) > 0 else LEVEL_INFO[level].advice
    asked = questions_for(kb, regions, reading.present, answers)
    return SafetyAssessment(
        level=level,
        reasons=ordered,
        advice=advice,
        restrictions=_restrictions(kb, ordered, regions),
        questionnaire=_questionnaire(answers, [q.answer for q in asked if q.required]),
        questions=asked,
        concepts=[m.to_json() for m in reading.mentions],
    )


def _questionnaire(
    answers: Mapping[str, bool] | None, required: list[str | None]
) -> Literal["answered", "partly answered", "not answered"]:
    if answers is None:
        return "not answered"
    return "answered" if all(a is not None for a in required) else "partly answered"


@dataclass(frozen=True)
class _MarkedOnly:
    """What ``read`` finds when there are no words, only marked places: the concepts those
    places imply, each with the mention ``read`` makes of it, in ``read``'s order, and the
    numbers and turn of no text."""

    implied: tuple[tuple[frozenset[str], Mention], ...]
    numbers: Numbers
    turn: int | None

    def reading(self, regions: Sequence[str]) -> Reading:
        """``read(kb, None, regions)``: the implied concepts of the marked places."""
        marked = set(regions)
        return Reading(tuple(mention for places, mention in self.implied
                             if not places.isdisjoint(marked)), self.numbers, self.turn)


@lru_cache(maxsize=4)
def _marked_only(kb: KnowledgeBase) -> _MarkedOnly | None:
    """The no-text reading's parts, each mention made by ``read`` itself (of one of the
    concept's places), so a drawing without words skips reading empty text (None, and every
    reading is ``read``'s, should no words and no place ever mention something)."""
    nothing = read(kb, None)
    if nothing.mentions:
        return None
    implied = []
    for concept in concept_index(kb).concepts.values():
        if concept.regions:
            shown = read(kb, None, concept.regions[:1]).mentions
            implied.append((frozenset(concept.regions),
                            next(m for m in shown if m.concept == concept.id)))
    return _MarkedOnly(tuple(implied), nothing.numbers, nothing.turn)


@dataclass(frozen=True)
class _FlagIndex:
    """The red flags in order, and which of them a present concept makes worth asking."""

    flags: tuple[RedFlag, ...]
    #: Positions of the flags with a rule that needs no concept: always asked.
    always: frozenset[int]
    #: Concept -> positions of the flags with a rule it may witness.
    by_concept: Mapping[str, tuple[int, ...]]

    def worth_asking(self, present: frozenset[str]) -> list[RedFlag]:
        """The flags, in order, of which some rule may hold with these concepts present: those
        with a rule that needs no concept, and those with a rule that needs all of ``all``, one
        of ``any`` or a mention of ``both_sides`` where one of them is present."""
        positions = set(self.always)
        for concept in present:
            positions.update(self.by_concept.get(concept, ()))
        return [self.flags[k] for k in sorted(positions)]


@lru_cache(maxsize=4)
def _flag_index(kb: KnowledgeBase) -> _FlagIndex:
    """The red flags indexed by the concepts of which one must be present for any of its rules
    to hold (a rule needs all of ``all``, one of ``any`` or a mention of ``both_sides``)."""
    flags = tuple(kb.red_flags.values())
    always: set[int] = set()
    by_concept: dict[str, list[int]] = {}
    for k, flag in enumerate(flags):
        needed: set[str] = set()
        for rule in flag.when:
            witness = rule.all or rule.any or rule.both_sides
            if not witness:
                needed = set()
                break
            needed |= set(witness)
        if not needed:
            always.add(k)
        for concept in needed:
            by_concept.setdefault(concept, []).append(k)
    return _FlagIndex(flags, frozenset(always),
                      {concept: tuple(ks) for concept, ks in by_concept.items()})


@lru_cache(maxsize=4)
def _contraindication_concepts(kb: KnowledgeBase) -> tuple[tuple[str, str], ...]:
    """(contraindication id, the concept that shows it in a description), in order."""
    return tuple((item.id, f"contraindication-{item.id}")
                 for item in kb.contraindications.values())


@lru_cache(maxsize=4)
def _not_for_self(kb: KnowledgeBase) -> frozenset[str]:
    """The techniques only another person performs: never in a self-care plan."""
    return frozenset(t.id for t in kb.techniques.values() if t.performed_by != "self")


def _flag_evidence(kb: KnowledgeBase, flag: RedFlag, reading: Reading) -> list[str] | None:
    """The words that raised the flag, each with the concept it showed; None when no rule
    holds."""
    for rule in flag.when:
        concepts = _rule_holds(rule, reading)
        if concepts is not None:
            words = [f"{kb.safety_concepts[c].name.lower()}: “{w}”"
                     for c in concepts for w in reading.evidence(c)[:2]]
            return words or [_numbers_evidence(rule, reading)]
    return None


def _rule_holds(rule: RedFlagRule, reading: Reading) -> list[str] | None:
    present = reading.present
    if not present.issuperset(rule.all) or (rule.any and present.isdisjoint(rule.any)):
        return None
    chosen = [c for c in rule.any if c in present]
    if not present.isdisjoint(rule.unless) and not _told_after_reassurance(
            rule, chosen, reading):
        return None
    if rule.both_sides and not reading.on_both_sides(*rule.both_sides):
        return None
    numbers = reading.numbers
    floors: tuple[tuple[float | None, float | None], ...] = (
        (rule.age_at_least, numbers.age),
        (rule.temperature_at_least_c, numbers.temperature_c),
        (rule.weight_lost_kg_at_least, numbers.weight_lost_kg),
        (rule.lasting_days_at_least, numbers.lasting_days),
    )
    if any(want is not None and (got is None or got < want) for want, got in floors):
        return None
    if rule.age_under is not None and (numbers.age is None or numbers.age >= rule.age_under):
        return None
    if rule.unless_age_under is not None and (
            numbers.age is not None and numbers.age < rule.unless_age_under):
        return None
    if rule.same_sentence and not _meet_in_a_sentence(rule, reading):
        return None
    return [*rule.all, *chosen[:1], *rule.both_sides]


def _told_after_reassurance(rule: RedFlagRule, chosen: list[str], reading: Reading) -> bool:
    """True when the only thing that sets the rule aside is a reassurance given before a
    change, and everything the rule needs is told from the change on ("physio said that's
    normal. But since yesterday the whole calf swelled up": the swelling was never seen)."""
    blocking = {c for c in rule.unless if c in reading.present}
    witnesses = (*rule.all, *chosen[:1])
    return reading.turn is not None and blocking <= REASSURED and bool(witnesses) and all(
        reading.since_turn(c) for c in witnesses)


def _meet_in_a_sentence(rule: RedFlagRule, reading: Reading) -> bool:
    by_sentence: dict[int, set[str]] = {}
    for m in reading.mentions:
        if m.counts:
            by_sentence.setdefault(m.sentence, set()).add(m.concept)
    anywhere = by_sentence.pop(-1, set())  # marked regions count in every sentence
    return any(
        all(c in found | anywhere for c in rule.all)
        and (not rule.any or any(c in found | anywhere for c in rule.any))
        for found in by_sentence.values()
    )


def _numbers_evidence(rule: RedFlagRule, reading: Reading) -> str:
    n = reading.numbers
    parts = []
    if rule.lasting_days_at_least is not None and n.lasting_days is not None:
        parts.append(f"lasting about {n.lasting_days} days")
    if rule.age_at_least is not None and n.age is not None:
        parts.append(f"age {n.age}")
    if rule.temperature_at_least_c is not None and n.temperature_c is not None:
        parts.append(f"temperature {n.temperature_c:g} °C")
    if rule.weight_lost_kg_at_least is not None and n.weight_lost_kg is not None:
        parts.append(f"{n.weight_lost_kg:g} kg lost")
    return ", ".join(parts)


def _flag_reason(kb: KnowledgeBase, flag_id: str, evidence: list[str]) -> Reason:
    flag = kb.red_flags[flag_id]
    return Reason(id=flag.id, kind="red-flag", level=flag.level,
                  text=f"{flag.name}: {flag.reason}", advice=flag.advice,
                  sources=list(flag.sources), evidence=evidence)


def _contra_reason(kb: KnowledgeBase, item_id: str, evidence: list[str]) -> Reason:
    item: Contraindication = kb.contraindications[item_id]
    level = item.effect.level
    advice = LEVEL_INFO[level].advice if rank(level) > 0 else item.effect.note
    return Reason(id=item.id, kind="contraindication", level=level,
                  text=f"{item.name}: {item.effect.note}", advice=advice,
                  sources=list(item.sources), evidence=evidence)


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
    techniques |= _not_for_self(kb)
    return Restrictions(
        max_pressure=pressure, forbid_techniques=sorted(techniques), forbid_tools=sorted(tools),
        avoid_regions=sorted(regions), avoid_muscles=sorted(muscles), notes=notes,
    )
