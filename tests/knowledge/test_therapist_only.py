"""The schema side of danger zones: therapist-only points, pressure regions, clearing cautions."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.knowledge.models import Caution, DangerZone, Muscle, TriggerPoint

_KB = KnowledgeBase.load()
THERAPIST_ONLY = ("adductor-brevis", "pectineus", "longus-colli", "omohyoid")


def _muscle(muscle_id: str) -> dict[str, Any]:
    return _KB.muscles[muscle_id].model_dump(mode="json")


def test_a_therapist_only_point_must_say_why() -> None:
    point = {"id": "tp1", "name": "deep", "regions": ["groin"], "location": "Deep in the groin.",
             "sources": ["travell-simons-vol2"]}
    with pytest.raises(ValidationError, match="add a therapist_note"):
        TriggerPoint.model_validate({**point, "self_treatable": False})
    with pytest.raises(ValidationError, match="set self_treatable: false, or drop the note"):
        TriggerPoint.model_validate({**point, "therapist_note": "Leave it to a therapist."})


@pytest.mark.parametrize("muscle_id", THERAPIST_ONLY)
def test_the_unsafe_muscles_are_therapist_only(muscle_id: str) -> None:
    muscle = _KB.muscles[muscle_id]
    assert muscle.therapist_only
    st = muscle.self_treatment
    assert not st.pressure_regions and not st.tools and not st.alternatives
    assert "therapist" in st.instructions and all(tp.therapist_note for tp in muscle.trigger_points)


def test_a_therapist_only_muscle_may_not_name_tools_or_a_dose() -> None:
    data = _muscle("pectineus")
    data["self_treatment"]["tools"] = ["fingertips"]
    with pytest.raises(ValidationError, match="therapist-only muscle"):
        Muscle.model_validate(data)
    data = _muscle("pectineus")
    data["self_treatment"]["dose"] = {"hold_s": [30, 60]}
    with pytest.raises(ValidationError, match="therapist-only muscle"):
        Muscle.model_validate(data)


def test_pressure_regions_cover_every_self_treatable_point() -> None:
    data = _muscle("adductor-magnus")
    data["self_treatment"]["pressure_regions"] = ["inner-thigh"]  # leaves out the sit bone
    with pytest.raises(ValidationError, match=r"\['sit-bone'\].*pressure_regions leaves out"):
        Muscle.model_validate(data)


def test_a_self_treatable_muscle_needs_pressure_regions() -> None:
    data = _muscle("adductor-longus")
    data["self_treatment"]["pressure_regions"] = []
    with pytest.raises(ValidationError, match="needs pressure_regions and tools"):
        Muscle.model_validate(data)


def test_plans_never_start_at_a_therapist_only_point() -> None:
    data = _muscle("adductor-longus")
    data["trigger_points"].reverse()  # the therapist-only upper point first
    with pytest.raises(ValidationError, match="list a self-treatable point first"):
        Muscle.model_validate(data)


def test_a_caution_clears_regions_only_of_a_named_zone() -> None:
    with pytest.raises(ValidationError, match="names no danger_zone"):
        Caution.model_validate({"text": "Stay on the inner edge of the cord.",
                                "clears": ["inner-thigh"], "sources": ["travell-simons-vol2"]})


def test_partial_regions_lie_within_the_zone() -> None:
    data = _KB.danger_zones["femoral-triangle"].model_dump(mode="json")
    data["partial_regions"] = [*data["partial_regions"], "calf"]
    with pytest.raises(ValidationError, match=r"partial_regions \['calf'\]"):
        DangerZone.model_validate(data)


def test_the_groin_crease_and_throat_are_never_pressed() -> None:
    assert "groin" not in _KB.danger_zones["femoral-triangle"].partial_regions
    assert "throat" not in _KB.danger_zones["front-of-neck"].partial_regions
    pressed = {r for m in _KB.muscles.values() for r in m.self_treatment.pressure_regions}
    assert not pressed & {"groin", "throat", "eye", "behind-the-eye", "elbow-crease", "perineum"}


@pytest.mark.parametrize(
    "zone_id", ["front-of-neck", "side-of-neck-triangle"]
)
def test_neck_zones_name_the_carotid_sinus_and_the_vagus_nerve(zone_id: str) -> None:
    structures = _KB.danger_zones[zone_id].structures
    assert "carotid sinus" in structures and "vagus nerve" in structures


@pytest.mark.parametrize(
    "muscle_id",
    ["sternocleidomastoid-sternal", "sternocleidomastoid-clavicular", "longus-colli", "digastric",
     "scalenes", "omohyoid"],
)
def test_neck_muscle_cautions_name_the_carotid_sinus_and_the_vagus_nerve(muscle_id: str) -> None:
    text = " ".join(c.text for c in _KB.muscles[muscle_id].cautions)
    assert "carotid sinus" in text and "vagus" in text


@pytest.mark.parametrize(
    "muscle_id",
    ["adductor-brevis", "adductor-longus", "adductor-magnus", "pectineus", "gracilis", "sartorius",
     "vastus-medialis"],
)
def test_inner_thigh_muscles_carry_the_blood_clot_caution(muscle_id: str) -> None:
    clot = [c for c in _KB.muscles[muscle_id].cautions if "blood clot" in c.text]
    assert clot and {"nhs-dvt", "travell-simons-vol2"} <= set(clot[0].sources)
