"""Referential-integrity rules for the knowledge base, one function per rule.

Each rule takes the knowledge base and one record and returns the problems it finds,
as sentences that say what is wrong and what is known instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from triggerpoint.knowledge.base import KnowledgeBase
from triggerpoint.knowledge.models import (
    Complaint,
    Condition,
    Contraindication,
    DangerZone,
    Muscle,
    Prevalence,
    RedFlag,
    Symptom,
    Technique,
)

__all__ = ["RULES", "Rule", "all_problems"]


@dataclass(frozen=True)
class Rule:
    """A named check that applies to every record of one kind."""

    name: str
    kind: str
    check: Callable[[KnowledgeBase, Any], list[str]]


def _missing(label: str, ids: Iterable[str], known: Mapping[str, Any]) -> list[str]:
    problems = []
    for item in ids:
        if item not in known:
            nearest = [k for k in known if k.split("-")[0] == item.split("-")[0]][:5]
            hint = f"; similar known ids: {', '.join(nearest)}" if nearest else ""
            problems.append(f"{label} '{item}' does not exist{hint}")
    return problems


def _source_ids(data: Any) -> list[str]:
    """Every id listed under a 'sources' or 'referral_sources' key, at any depth."""
    found: list[str] = []
    if isinstance(data, dict):
        for key, value in data.items():
            if key in ("sources", "referral_sources"):
                found.extend(value)
            else:
                found.extend(_source_ids(value))
    elif isinstance(data, list):
        for value in data:
            found.extend(_source_ids(value))
    return found


def _sources_exist(kb: KnowledgeBase, record: BaseModel) -> list[str]:
    return _missing("source", _source_ids(record.model_dump()), kb.sources)


def _muscle_regions(kb: KnowledgeBase, m: Muscle) -> list[str]:
    ids = [*m.essential_regions, *m.spillover_regions]
    ids += [r for tp in m.trigger_points for r in tp.regions]
    ids += m.self_treatment.pressure_regions + [r for c in m.cautions for r in c.clears]
    return _missing("region", list(dict.fromkeys(ids)), kb.atlas.regions)


def _muscle_links(kb: KnowledgeBase, m: Muscle) -> list[str]:
    st = m.self_treatment
    return (
        _missing("technique", [st.technique, *st.alternatives], kb.techniques)
        + _missing("tool", st.tools, kb.tools)
        + _missing("symptom", m.symptoms, kb.symptoms)
        + _missing("condition", m.conditions, kb.conditions)
        + _missing("danger zone", m.danger_zones, kb.danger_zones)
        + _missing("caution danger zone", [c.danger_zone for c in m.cautions if c.danger_zone],
                   kb.danger_zones)
        + _missing("satellite muscle", m.satellites, kb.muscles)
    )


def _self_treatment_is_self(kb: KnowledgeBase, m: Muscle) -> list[str]:
    st = m.self_treatment
    return [
        f"self-treatment technique '{t}' is for a {kb.techniques[t].performed_by}, "
        "not for self-care"
        for t in [st.technique, *st.alternatives]
        if t in kb.techniques and kb.techniques[t].performed_by != "self"
    ]


def _pressure_clear_of_danger_zones(kb: KnowledgeBase, m: Muscle) -> list[str]:
    """No pressure in a danger zone, unless a caution clears a partial region of it.

    Pressure goes where ``self_treatment.pressure_regions`` and the self-treatable trigger
    points say. A region a zone covers only in part (``partial_regions``) may be pressed when
    one of the muscle's cautions names the zone and lists the region under ``clears``; the
    other regions of a zone are never pressed. Therapist-only points are not pressed at all.
    """
    st = m.self_treatment
    cleared = {(c.danger_zone, r) for c in m.cautions for r in c.clears}
    problems = []
    for zone in kb.danger_zones.values():
        for region in zone.regions:
            by = ["self_treatment.pressure_regions"] if region in st.pressure_regions else []
            by += [f"trigger point '{tp.id}'" for tp in m.trigger_points
                   if tp.self_treatable and region in tp.regions]
            if not by:
                continue
            what = f"pressure on '{region}' (from {', '.join(by)})"
            if region not in zone.partial_regions:
                problems.append(
                    f"{what} is inside danger zone '{zone.id}' ({zone.name}), which covers "
                    f"'{region}' wholly; take '{region}' out of the self-treatment, or set "
                    "self_treatable: false with a therapist_note on the trigger point"
                )
            elif (zone.id, region) not in cleared:
                problems.append(
                    f"{what} is in part of danger zone '{zone.id}' ({zone.name}) and nothing says "
                    f"how to keep clear of it; add a caution with danger_zone: {zone.id} and "
                    f"clears: [{region}] whose text keeps the work off the spot named in the "
                    "zone's 'where', or set self_treatable: false with a therapist_note on the "
                    "trigger point"
                )
    for caution in m.cautions:
        named = kb.danger_zones.get(caution.danger_zone or "")
        if named is None:
            continue  # reported by 'muscle links exist'
        if named.id not in m.danger_zones:
            problems.append(
                f"a caution is about danger zone '{named.id}' but danger_zones leaves it out; "
                "add it so plans warn about it"
            )
        for region in caution.clears:
            if region not in named.partial_regions:
                problems.append(
                    f"a caution clears '{region}', but danger zone '{named.id}' covers that region "
                    f"only wholly (partial: {named.partial_regions}); never press there"
                )
            elif region not in st.pressure_regions:
                problems.append(
                    f"a caution clears '{region}' of danger zone '{named.id}', but the "
                    "self-treatment does not press there; drop it from clears"
                )
    return problems


def _unique_names(kb: KnowledgeBase, m: Muscle) -> list[str]:
    from triggerpoint.names import normalize

    mine = {normalize(n) for n in [m.id, m.name, *m.aliases]}
    problems = []
    for other in kb.muscles.values():
        if other.id != m.id:
            clash = mine & {normalize(n) for n in [other.id, other.name, *other.aliases]}
            problems += [f"name '{c}' is also used by muscle '{other.id}'" for c in sorted(clash)]
    return problems


def _unique_trigger_point_ids(kb: KnowledgeBase, m: Muscle) -> list[str]:
    ids = [tp.id for tp in m.trigger_points]
    return [f"trigger point id '{i}' is used twice" for i in sorted(set(ids)) if ids.count(i) > 1]


def _muscle_actions(kb: KnowledgeBase, m: Muscle) -> list[str]:
    if m.actions is None:
        return ["lists no actions: add 'actions:' with 'moves:' (joint and movement, main action "
                "first, e.g. 'forearm supination') and the 'sources:' they come from"]
    moves = m.actions.moves
    return [f"action '{a}' is listed twice: keep one" for a in sorted(set(moves))
            if moves.count(a) > 1]


def _technique_tools(kb: KnowledgeBase, t: Technique) -> list[str]:
    return _missing("tool", t.tools, kb.tools)


def _condition_has_muscles(kb: KnowledgeBase, c: Condition) -> list[str]:
    problems = _missing("region", c.regions, kb.atlas.regions)
    if not kb.muscles_for_condition(c.id):
        problems.append("no muscle lists this condition under 'conditions'")
    return problems


def _complaint_links(kb: KnowledgeBase, c: Complaint) -> list[str]:
    """A complaint's regions and condition exist, and its words name nothing else."""
    from triggerpoint.names import normalize

    problems = _missing("region", c.regions, kb.atlas.regions)
    if c.condition is not None:
        problems += _missing("condition", [c.condition], kb.conditions)
    mine = {normalize(n) for n in [c.name, *c.aliases]}
    for other in kb.complaints.values():
        if other.id != c.id:
            clash = mine & {normalize(n) for n in [other.name, *other.aliases]}
            problems += [
                f"word '{w}' is also used by complaint '{other.id}'" for w in sorted(clash)
            ]
    return problems


def _prevalence_links(kb: KnowledgeBase, p: Prevalence) -> list[str]:
    """A prevalence list's regions, conditions, complaints and muscles (or groups) exist, and each
    muscle it names refers pain to one of the regions it is called on for (its own, its
    conditions' or its complaints') or their neighbours; else the list contradicts the muscle's
    own referral pattern, and the prior could not help it anyway."""
    problems = _missing("region", p.regions, kb.atlas.regions)
    problems += _missing("condition", p.conditions, kb.conditions)
    problems += _missing("complaint", p.complaints, kb.complaints)
    groups = {m.group for m in kb.muscles.values()}
    named = list(dict.fromkeys(m for r in p.reports for m in r.muscles))
    problems += _missing("muscle or muscle group", [m for m in named if m not in groups],
                         kb.muscles)
    called = [
        *p.regions,
        *(r for c in p.conditions if c in kb.conditions for r in kb.conditions[c].regions),
        *(r for c in p.complaints if c in kb.complaints for r in kb.complaints[c].regions),
    ]
    area = set(called) | {
        n for r in called if r in kb.atlas.regions for n in kb.atlas.regions[r].neighbours
    }
    for name in named:
        members = [m for m in kb.muscles.values() if m.id == name or m.group == name]
        reach = {
            r
            for m in members
            for r in (*m.essential_regions, *m.spillover_regions,
                      *(r for tp in m.trigger_points for r in tp.regions))
        }
        if members and not reach & area:
            problems.append(
                f"muscle '{name}' is listed, but its referral zones and trigger points reach none "
                f"of the regions {sorted(set(called))} or their neighbours: fix the list or the "
                "muscle's pattern"
            )
    return problems


def _red_flag_regions(kb: KnowledgeBase, f: RedFlag) -> list[str]:
    return _missing("region", f.regions, kb.atlas.regions)


def _red_flag_concepts(kb: KnowledgeBase, f: RedFlag) -> list[str]:
    """Every concept a rule names is a safety concept of its own (a misspelt id, or one the
    concept index makes of a contraindication, would leave the rule silently unable to hold)."""
    named = dict.fromkeys(c for rule in f.when
                          for c in (*rule.all, *rule.any, *rule.both_sides, *rule.unless))
    return [
        f"its rules name the concept '{c}', which is not in safety-concepts/: fix the id, or "
        f"add safety-concepts/{c}.yaml with its terms and sources"
        for c in named if c not in kb.safety_concepts
    ]


def _contraindication_links(kb: KnowledgeBase, c: Contraindication) -> list[str]:
    e = c.effect
    return (
        _missing("technique", e.forbid_techniques, kb.techniques)
        + _missing("tool", e.forbid_tools, kb.tools)
        + _missing("region", e.avoid_regions, kb.atlas.regions)
        + _missing("muscle", e.avoid_muscles, kb.muscles)
    )


def _symptom_places(kb: KnowledgeBase, s: Symptom) -> list[str]:
    """A symptom's places are atlas regions (``felt_in`` may also be a broad term)."""
    problems = _missing("region", [s.felt_at] if s.felt_at else [], kb.atlas.regions)
    broad = {b.term for b in kb.atlas.broad_terms}
    if s.felt_in is not None and s.felt_in not in kb.atlas.regions and s.felt_in not in broad:
        problems.append(f"felt_in '{s.felt_in}' is neither an atlas region nor a broad term "
                        f"(atlas/data/broad-terms.yaml: {', '.join(sorted(broad)[:6])}, ...)")
    return problems


def _danger_zone_regions(kb: KnowledgeBase, d: DangerZone) -> list[str]:
    return _missing("region", d.regions, kb.atlas.regions)


RULES: list[Rule] = [
    Rule("muscle regions exist", "muscles", _muscle_regions),
    Rule("muscle links exist", "muscles", _muscle_links),
    Rule("self-treatment is a self-care technique", "muscles", _self_treatment_is_self),
    Rule("pressure keeps clear of danger zones", "muscles", _pressure_clear_of_danger_zones),
    Rule("muscle names are unique", "muscles", _unique_names),
    Rule("trigger point ids are unique", "muscles", _unique_trigger_point_ids),
    Rule("muscle lists its actions once each", "muscles", _muscle_actions),
    Rule("technique tools exist", "techniques", _technique_tools),
    Rule("condition has muscles", "conditions", _condition_has_muscles),
    Rule("complaint links exist", "complaints", _complaint_links),
    Rule("prevalence links exist", "prevalence", _prevalence_links),
    Rule("red flag regions exist", "red-flags", _red_flag_regions),
    Rule("red flag concepts exist", "red-flags", _red_flag_concepts),
    Rule("contraindication links exist", "contraindications", _contraindication_links),
    Rule("danger zone regions exist", "danger-zones", _danger_zone_regions),
    Rule("symptom places exist", "symptoms", _symptom_places),
    *[
        Rule("sources exist", kind, _sources_exist)
        for kind in (
            "muscles",
            "techniques",
            "tools",
            "conditions",
            "complaints",
            "symptoms",
            "red-flags",
            "contraindications",
            "danger-zones",
            "prevalence",
        )
    ],
]


def all_problems(kb: KnowledgeBase) -> list[str]:
    """Every problem found by every rule, prefixed with the record it concerns."""
    problems = []
    for rule in RULES:
        for record in getattr(kb, rule.kind.replace("-", "_")).values():
            problems += [f"{rule.kind[:-1]} '{record.id}': {p}" for p in rule.check(kb, record)]
    return problems
