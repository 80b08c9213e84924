"""The region vocabulary: coverage, unique names, symmetric neighbours, helpful lookups."""

from __future__ import annotations

import pytest

from triggerpoint.atlas import Atlas
from triggerpoint.errors import UnknownRegion
from triggerpoint.names import normalize

_ATLAS = Atlas.load()

REQUIRED = [
    "forehead", "temple", "eyebrow", "behind-the-eye", "cheek", "upper-teeth", "lower-teeth",
    "jaw-angle", "jaw-joint", "ear", "behind-the-ear", "top-of-head", "back-of-head",
    "base-of-skull", "back-of-neck", "between-shoulder-blades", "mid-back", "low-back", "sacrum",
    "tailbone", "top-of-shoulder", "front-of-shoulder", "side-of-shoulder", "back-of-shoulder",
    "shoulder-blade", "outer-elbow", "inner-elbow", "back-of-elbow", "back-of-hand", "palm",
    "thumb", "index-finger", "middle-finger", "ring-finger", "little-finger", "outer-hip", "groin",
    "buttock", "front-of-knee", "inner-knee", "outer-knee", "back-of-knee", "top-of-foot", "sole",
    "heel", "arch", "ball-of-foot", "big-toe", "small-toes",
]


def test_the_body_surface_is_covered_finely() -> None:
    assert len(_ATLAS) >= 100
    missing = [r for r in REQUIRED if r not in _ATLAS]
    assert not missing, f"regions the atlas must have: {missing}"


@pytest.mark.parametrize("region", list(_ATLAS), ids=[r.id for r in _ATLAS])
def test_names_and_synonyms_point_to_one_region(region: object) -> None:
    for name in [region.name, *region.synonyms, *region.anatomical_terms]:  # type: ignore[attr-defined]
        found = _ATLAS.find(name)
        assert found is not None and found.id == region.id, (  # type: ignore[attr-defined]
            f"'{name}' of region '{region.id}' resolves to "  # type: ignore[attr-defined]
            f"'{found.id if found else None}'; make the synonym specific to one region"
        )


@pytest.mark.parametrize("region", list(_ATLAS), ids=[r.id for r in _ATLAS])
def test_neighbours_exist_and_are_mutual(region: object) -> None:
    for other in region.neighbours:  # type: ignore[attr-defined]
        assert other in _ATLAS, f"neighbour '{other}' of '{region.id}' is not a region"  # type: ignore[attr-defined]
        assert region.id in _ATLAS.regions[other].neighbours, (  # type: ignore[attr-defined]
            f"'{other}' does not list '{region.id}' back as a neighbour"  # type: ignore[attr-defined]
        )


def test_lookup_accepts_id_name_synonym_and_case() -> None:
    assert _ATLAS.get("temple").id == "temple"
    assert _ATLAS.get("Back of the Knee").id == "back-of-knee"
    assert _ATLAS.get("TMJ").id == "jaw-joint"
    assert _ATLAS.get("pinky").id == "little-finger"


def test_unknown_region_suggests_the_nearest_names() -> None:
    with pytest.raises(UnknownRegion) as caught:
        _ATLAS.get("templ")
    assert "temple" in caught.value.suggestions
    assert "Did you mean" in str(caught.value)


def test_normalize_folds_case_punctuation_and_hyphens() -> None:
    assert normalize("Upper-Trapezius ") == "upper trapezius"
    assert normalize("golfer's elbow") == "golfers elbow"
