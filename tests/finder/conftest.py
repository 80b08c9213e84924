"""A tiny hand-made knowledge base, so model tests do not depend on the packaged data."""

from __future__ import annotations

from typing import Any

import pytest

from triggerpoint.atlas import Atlas, Region
from triggerpoint.knowledge import KnowledgeBase, Muscle, Symptom

REGIONS = {
    "temple": [], "back-of-neck": ["top-of-shoulder"], "top-of-shoulder": ["back-of-neck"],
    "behind-the-eye": [], "shoulder-blade": [], "outer-upper-arm": [], "sacrum": [],
    "front-of-shoulder": [],
}


def _region(region_id: str, neighbours: list[str]) -> Region:
    return Region(
        id=region_id, name=region_id.replace("-", " ").capitalize(), area="head",
        laterality="midline" if region_id == "sacrum" else "paired", views=["front"],
        neighbours=neighbours,
    )


def make_muscle(
    muscle_id: str, essential: list[str], spillover: list[str] = (),  # type: ignore[assignment]
    points: list[str] = ("shoulder-blade",), **extra: Any,  # type: ignore[assignment]
) -> Muscle:
    src = ["test-source"]
    return Muscle.model_validate({
        "id": muscle_id, "name": muscle_id.replace("-", " ").capitalize(), "group": muscle_id,
        "size": "medium", "essential_regions": list(essential),
        "spillover_regions": list(spillover), "referral_sources": src, "sources": src,
        "trigger_points": [{"id": "tp1", "name": "central", "regions": list(points),
                            "location": "In the middle of the muscle belly.", "sources": src}],
        "self_treatment": {"technique": "sustained-pressure", "tools": ["thumb"],
                           "pressure_regions": list(points),
                           "position": "Sitting comfortably.", "instructions": "Press and hold.",
                           "dose": {"hold_s": [30, 90]}, "sources": src},
        "stretch": {"name": "s", "instructions": "Stretch gently.", "hold_s": [20, 30],
                    "sources": src},
        **extra,
    })


@pytest.fixture
def tiny_kb() -> KnowledgeBase:
    atlas = Atlas({r: _region(r, n) for r, n in REGIONS.items()})
    muscles = [
        make_muscle("head-muscle", ["temple", "behind-the-eye"], ["back-of-neck"],
                    points=["top-of-shoulder"], symptoms=["dizziness"]),
        make_muscle("neck-muscle", ["back-of-neck"], ["temple"], points=["back-of-neck"]),
        make_muscle("arm-muscle", ["outer-upper-arm", "front-of-shoulder"], ["shoulder-blade"]),
        make_muscle("crossing-muscle", ["temple"], referral_side="opposite-side"),
        make_muscle("sacral-muscle", ["sacrum"], referral_side="both-sides"),
    ]
    symptoms = {"dizziness": Symptom(id="dizziness", name="Dizziness", synonyms=["dizzy"])}
    return KnowledgeBase(atlas=atlas, muscles={m.id: m for m in muscles}, symptoms=symptoms)


@pytest.fixture
def muscle_factory() -> Any:
    """Build a minimal valid Muscle for model tests."""
    return make_muscle
