"""Referential integrity of the packaged knowledge base: one rule per test, one case per record."""

from __future__ import annotations

import pytest

from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.knowledge.integrity import RULES, Rule
from triggerpoint.knowledge.models import Complaint, Muscle, RedFlag, Symptom

_KB = KnowledgeBase.load()


def _cases(kind: str, rule_name: str) -> list[object]:
    rule = next(r for r in RULES if r.kind == kind and r.name == rule_name)
    records = getattr(_KB, kind.replace("-", "_")).values()
    return [pytest.param(rule, record, id=record.id) for record in records]


def _assert_clean(rule: Rule, record: object) -> None:
    problems = rule.check(_KB, record)
    assert not problems, f"{rule.kind[:-1]} '{record.id}': " + "; ".join(problems)  # type: ignore[attr-defined]


@pytest.mark.parametrize(("rule", "record"), _cases("muscles", "muscle regions exist"))
def test_muscle_regions_exist(rule: Rule, record: object) -> None:
    _assert_clean(rule, record)


@pytest.mark.parametrize(("rule", "record"), _cases("muscles", "muscle links exist"))
def test_muscle_techniques_tools_symptoms_conditions_zones_satellites_exist(
    rule: Rule, record: object
) -> None:
    _assert_clean(rule, record)


@pytest.mark.parametrize(
    ("rule", "record"), _cases("muscles", "self-treatment is a self-care technique")
)
def test_self_treatment_uses_only_self_care_techniques(rule: Rule, record: object) -> None:
    _assert_clean(rule, record)


@pytest.mark.parametrize(
    ("rule", "record"), _cases("muscles", "pressure keeps clear of danger zones")
)
def test_self_treatment_keeps_pressure_out_of_danger_zones(rule: Rule, record: object) -> None:
    _assert_clean(rule, record)


def _ball_in_the_groin(**self_treatment: object) -> Muscle:
    """Adductor longus as a careless author might write it: a ball pressed into the groin."""
    data = _KB.muscles["adductor-longus"].model_dump(mode="json")
    data["self_treatment"].update(
        {"tools": ["massage-ball"], "pressure_regions": ["inner-thigh", "groin"], **self_treatment}
    )
    data["cautions"] = [c for c in data["cautions"] if c.get("danger_zone") != "femoral-triangle"]
    return Muscle.model_validate(data)


def _danger_zone_problems(muscle: Muscle) -> list[str]:
    rule = next(r for r in RULES if r.name == "pressure keeps clear of danger zones")
    return rule.check(_KB, muscle)


def test_a_ball_in_the_femoral_triangle_is_caught_with_the_fix() -> None:
    problems = _danger_zone_problems(_ball_in_the_groin())
    groin = [p for p in problems if "'groin'" in p]
    assert groin and "danger zone 'femoral-triangle'" in groin[0]
    assert "take 'groin' out of the self-treatment" in groin[0]
    assert "self_treatable: false with a therapist_note" in groin[0]
    thigh = [p for p in problems if "'inner-thigh'" in p]
    fix = "add a caution with danger_zone: femoral-triangle and clears: [inner-thigh]"
    assert thigh and fix in thigh[0]


def test_a_clearing_caution_lets_work_in_a_partial_region_but_never_in_a_whole_one() -> None:
    data = _ball_in_the_groin(pressure_regions=["inner-thigh"]).model_dump(mode="json")
    clearing = {"text": "Work only the inner edge of the lower cord, away from the pulse.",
                "danger_zone": "femoral-triangle", "sources": ["gpnotebook-femoral-triangle"]}
    data["cautions"].append({**clearing, "clears": ["inner-thigh"]})
    assert _danger_zone_problems(Muscle.model_validate(data)) == []

    data["cautions"][-1] = {**clearing, "clears": ["groin"]}
    problems = _danger_zone_problems(Muscle.model_validate(data))
    assert any("clears 'groin'" in p and "never press there" in p for p in problems)


def test_a_therapist_only_point_may_lie_in_a_danger_zone() -> None:
    muscle = _KB.muscles["pectineus"]
    assert muscle.therapist_only and "groin" in muscle.trigger_points[0].regions
    assert _danger_zone_problems(muscle) == []


@pytest.mark.parametrize(("rule", "record"), _cases("muscles", "muscle names are unique"))
def test_muscle_names_and_aliases_are_unique(rule: Rule, record: object) -> None:
    _assert_clean(rule, record)


@pytest.mark.parametrize(("rule", "record"), _cases("muscles", "trigger point ids are unique"))
def test_trigger_point_ids_are_unique(rule: Rule, record: object) -> None:
    _assert_clean(rule, record)


@pytest.mark.parametrize(
    ("rule", "record"), _cases("muscles", "muscle lists its actions once each")
)
def test_every_muscle_lists_its_actions_once_each(rule: Rule, record: object) -> None:
    _assert_clean(rule, record)


def test_a_muscle_without_actions_or_with_one_twice_is_caught() -> None:
    rule = next(r for r in RULES if r.name == "muscle lists its actions once each")
    muscle = _KB.muscles["supinator"]
    bare = muscle.model_copy(update={"actions": None})
    assert "lists no actions" in rule.check(_KB, bare)[0]
    twice = muscle.model_copy(update={"actions": muscle.actions.model_copy(  # type: ignore[union-attr]
        update={"moves": ["forearm supination", "forearm supination"]})})
    assert rule.check(_KB, twice) == ["action 'forearm supination' is listed twice: keep one"]


@pytest.mark.parametrize(("rule", "record"), _cases("techniques", "technique tools exist"))
def test_technique_tools_exist(rule: Rule, record: object) -> None:
    _assert_clean(rule, record)


@pytest.mark.parametrize(("rule", "record"), _cases("conditions", "condition has muscles"))
def test_condition_regions_exist_and_muscles_list_it(rule: Rule, record: object) -> None:
    _assert_clean(rule, record)


@pytest.mark.parametrize(("rule", "record"), _cases("complaints", "complaint links exist"))
def test_complaint_regions_and_condition_exist_and_words_are_unique(
    rule: Rule, record: object
) -> None:
    _assert_clean(rule, record)


def test_a_complaint_with_an_unknown_region_or_a_borrowed_word_is_caught() -> None:
    data = _KB.complaints["sciatica"].model_dump(mode="json")
    data["regions"] = ["buttock", "back-of-thighs"]
    data["aliases"] = [*data["aliases"], "shin splints"]
    data["condition"] = "sciatica-pain"
    rule = next(r for r in RULES if r.name == "complaint links exist")
    problems = rule.check(_KB, Complaint.model_validate(data))
    assert any("region 'back-of-thighs' does not exist" in p for p in problems)
    assert any("condition 'sciatica-pain' does not exist" in p for p in problems)
    assert any("'shin splints' is also used by complaint 'shin-splints'" in p for p in problems)


@pytest.mark.parametrize(("rule", "record"), _cases("red-flags", "red flag regions exist"))
def test_red_flag_regions_exist(rule: Rule, record: object) -> None:
    _assert_clean(rule, record)


@pytest.mark.parametrize(("rule", "record"), _cases("red-flags", "red flag concepts exist"))
def test_red_flag_concepts_exist(rule: Rule, record: object) -> None:
    _assert_clean(rule, record)


def test_a_red_flag_rule_naming_an_unknown_concept_is_caught() -> None:
    data = _KB.red_flags["shingles-signs"].model_dump(mode="json")
    data["when"] = [*data["when"], {"all": ["one-sided-band"],
                                    "any": ["contraindication-open-wound"]}]
    rule = next(r for r in RULES if r.name == "red flag concepts exist")
    problems = rule.check(_KB, RedFlag.model_validate(data))
    assert problems == [
        "its rules name the concept 'contraindication-open-wound', which is not in "
        "safety-concepts/: fix the id, or add safety-concepts/contraindication-open-wound.yaml "
        "with its terms and sources"]


@pytest.mark.parametrize(
    ("rule", "record"), _cases("contraindications", "contraindication links exist")
)
def test_contraindication_links_exist(rule: Rule, record: object) -> None:
    _assert_clean(rule, record)


@pytest.mark.parametrize(("rule", "record"), _cases("danger-zones", "danger zone regions exist"))
def test_danger_zone_regions_exist(rule: Rule, record: object) -> None:
    _assert_clean(rule, record)


@pytest.mark.parametrize(("rule", "record"), _cases("symptoms", "symptom places exist"))
def test_symptom_places_exist(rule: Rule, record: object) -> None:
    _assert_clean(rule, record)


def test_a_symptom_placed_in_an_unknown_place_is_caught() -> None:
    data = _KB.symptoms["difficulty-swallowing"].model_dump(mode="json")
    data["felt_in"] = "gullet-area"
    data["felt_at"] = "throats"
    rule = next(r for r in RULES if r.name == "symptom places exist")
    problems = rule.check(_KB, Symptom.model_validate(data))
    assert any("region 'throats' does not exist" in p for p in problems)
    assert any("felt_in 'gullet-area' is neither an atlas region nor a broad term" in p
               for p in problems)


@pytest.mark.parametrize(
    ("rule", "record"),
    [
        case
        for rule in RULES
        if rule.name == "sources exist"
        for case in _cases(rule.kind, rule.name)
    ],
)
def test_every_cited_source_exists(rule: Rule, record: object) -> None:
    _assert_clean(rule, record)


@pytest.mark.parametrize("muscle", list(_KB.muscles.values()), ids=list(_KB.muscles))
def test_every_muscle_has_points_zone_treatment_and_sources(muscle: object) -> None:
    m = _KB.muscles[muscle.id]  # type: ignore[attr-defined]
    assert m.trigger_points, f"muscle '{m.id}' has no trigger points"
    assert m.essential_regions, f"muscle '{m.id}' has no essential referral zone"
    assert (m.self_treatment.tools or m.therapist_only) and m.self_treatment.sources, (
        f"muscle '{m.id}': self-treatment"
    )
    assert m.sources and m.referral_sources, f"muscle '{m.id}' has no sources"


@pytest.mark.parametrize("source", list(_KB.sources.values()), ids=list(_KB.sources))
def test_every_source_is_cited(source: object) -> None:
    from triggerpoint.knowledge.base import iter_records
    from triggerpoint.knowledge.integrity import _source_ids
    from triggerpoint.safety.context import context_rules
    from triggerpoint.safety.lexicon import MIXED_LANGUAGE_DATA
    from triggerpoint.yamlio import read_yaml

    cited = {s for _, record in iter_records(_KB) for s in _source_ids(record.model_dump())}
    cited |= set(context_rules().sources)  # the safety gate's reading rules cite these
    # ... and its lists of words from other languages
    cited |= {s for path in MIXED_LANGUAGE_DATA for s in read_yaml(path)["sources"]}
    assert source.id in cited, f"source '{source.id}' is never cited; cite it or remove it"  # type: ignore[attr-defined]


@pytest.mark.parametrize(("rule", "record"), _cases("prevalence", "prevalence links exist"))
def test_prevalence_lists_name_known_regions_conditions_and_muscles_that_reach_them(
    rule: Rule, record: object
) -> None:
    _assert_clean(rule, record)


def test_a_prevalence_list_naming_a_stranger_or_a_far_muscle_is_caught() -> None:
    from triggerpoint.knowledge.models import Prevalence

    data = _KB.prevalence["hip"].model_dump(mode="json")
    data["regions"] = [*data["regions"], "hip-bone"]
    data["reports"][0]["muscles"] = ["gluteus-maximum", "masseter"]
    rule = next(r for r in RULES if r.name == "prevalence links exist")
    problems = rule.check(_KB, Prevalence.model_validate(data))
    assert any("region 'hip-bone' does not exist" in p for p in problems)
    assert any("'gluteus-maximum' does not exist" in p for p in problems)
    assert any("muscle 'masseter' is listed" in p for p in problems)
    groups = rule.check(_KB, _KB.prevalence["back-of-knee"])
    assert groups == [], "a muscle group ('hamstrings') is a valid entry"
