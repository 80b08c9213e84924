"""The region vocabulary: coverage, unique names, symmetric neighbours, helpful lookups."""

from __future__ import annotations

import pytest

from triggerpoint.atlas import Atlas
from triggerpoint.errors import UnknownRegion
from triggerpoint.finder.build import lexicon_for
from triggerpoint.knowledge import KnowledgeBase
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


# -- the pelvic, hip, thumb and toe regions (ids shared with the muscle data) -----------------

NEW_REGIONS = {
    "anus-and-rectum": ("midline", ["back"]),
    "inside-pelvis": ("midline", ["front"]),
    "deep-in-hip": ("paired", ["front"]),
    "back-of-thumb-base": ("paired", ["back"]),
    "tip-of-thumb": ("paired", ["front", "back"]),
    "between-toes": ("paired", ["front"]),
}


@pytest.mark.parametrize("region_id", sorted(NEW_REGIONS))
def test_the_deep_pelvic_hip_thumb_and_toe_regions_exist(region_id: str) -> None:
    region = _ATLAS.regions[region_id]
    assert (region.laterality, region.views) == NEW_REGIONS[region_id]
    assert region.synonyms and region.anatomical_terms and region.neighbours


@pytest.mark.parametrize(
    ("text", "region", "side"),
    [
        ("pain up my back passage", "anus-and-rectum", "midline"),
        ("a sharp pain in my bum hole when I sit", "anus-and-rectum", "midline"),
        ("it aches up my bottom", "anus-and-rectum", "midline"),
        ("rectal pain", "anus-and-rectum", "midline"),
        ("a heavy ache inside my pelvis", "inside-pelvis", "midline"),
        ("pain deep in my right hip joint", "deep-in-hip", "right"),
        ("deep inside my left hip", "deep-in-hip", "left"),
        # (an ache deep in the groin is the groin, with the sign of its own that says deep)
        ("deep in my left groin", "groin", "left"),
        ("the back of my right thumb base", "back-of-thumb-base", "right"),
        ("pain at the back of the base of my left thumb", "back-of-thumb-base", "left"),
        ("tingling in the pad of my left thumb", "tip-of-thumb", "left"),
        ("the tip of my right thumb hurts", "tip-of-thumb", "right"),
        ("pain between my toes on the right", "between-toes", "right"),
        ("the webs between my toes are sore", "between-toes", None),
    ],
)
def test_descriptions_of_the_new_places_resolve_to_them(
    kb: KnowledgeBase, text: str, region: str, side: str | None
) -> None:
    marks = lexicon_for(kb).parse(text).marks
    assert [m.region for m in marks] == [region], f"'{text}' was read as {marks}"
    if side is not None:
        assert marks[0].side == side


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("pain in my bottom", "buttock"),
        ("pain at the base of my thumb", "base-of-thumb"),
        ("my right thumb hurts", "thumb"),
        ("sore toes", "small-toes"),
        ("pain in the pelvic floor", "perineum"),
    ],
)
def test_nearby_places_keep_their_own_regions(kb: KnowledgeBase, text: str, region: str) -> None:
    assert [m.region for m in lexicon_for(kb).parse(text).marks] == [region]
