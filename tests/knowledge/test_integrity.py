"""Referential integrity of the packaged knowledge base: one rule per test, one case per record."""

from __future__ import annotations

import pytest

from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.knowledge.integrity import RULES, Rule

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


@pytest.mark.parametrize(("rule", "record"), _cases("muscles", "muscle names are unique"))
def test_muscle_names_and_aliases_are_unique(rule: Rule, record: object) -> None:
    _assert_clean(rule, record)


@pytest.mark.parametrize(("rule", "record"), _cases("muscles", "trigger point ids are unique"))
def test_trigger_point_ids_are_unique(rule: Rule, record: object) -> None:
    _assert_clean(rule, record)


@pytest.mark.parametrize(("rule", "record"), _cases("techniques", "technique tools exist"))
def test_technique_tools_exist(rule: Rule, record: object) -> None:
    _assert_clean(rule, record)


@pytest.mark.parametrize(("rule", "record"), _cases("conditions", "condition has muscles"))
def test_condition_regions_exist_and_muscles_list_it(rule: Rule, record: object) -> None:
    _assert_clean(rule, record)


@pytest.mark.parametrize(("rule", "record"), _cases("red-flags", "red flag regions exist"))
def test_red_flag_regions_exist(rule: Rule, record: object) -> None:
    _assert_clean(rule, record)


@pytest.mark.parametrize(
    ("rule", "record"), _cases("contraindications", "contraindication links exist")
)
def test_contraindication_links_exist(rule: Rule, record: object) -> None:
    _assert_clean(rule, record)


@pytest.mark.parametrize(("rule", "record"), _cases("danger-zones", "danger zone regions exist"))
def test_danger_zone_regions_exist(rule: Rule, record: object) -> None:
    _assert_clean(rule, record)


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
    assert m.self_treatment.tools and m.self_treatment.sources, f"muscle '{m.id}': self-treatment"
    assert m.sources and m.referral_sources, f"muscle '{m.id}' has no sources"


@pytest.mark.parametrize("source", list(_KB.sources.values()), ids=list(_KB.sources))
def test_every_source_is_cited(source: object) -> None:
    from triggerpoint.knowledge.base import iter_records
    from triggerpoint.knowledge.integrity import _source_ids

    cited = {s for _, record in iter_records(_KB) for s in _source_ids(record.model_dump())}
    assert source.id in cited, f"source '{source.id}' is never cited; cite it or remove it"  # type: ignore[attr-defined]
