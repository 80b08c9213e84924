"""The body chart: every region drawn where it should be, as valid, accessible SVG."""

from __future__ import annotations

import math
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from triggerpoint.atlas import Atlas
from triggerpoint.atlas.chart import (
    ChartShape,
    chart_size,
    muscles_chart_svg,
    region_shapes,
    render_svg,
    svg_to_png,
    weight_colour,
)
from triggerpoint.errors import InputError
from triggerpoint.knowledge import KnowledgeBase

shapely = pytest.importorskip("shapely")
# the chart builder (tools/chartbuild, on the path through pytest's pythonpath) needs shapely
neighbours = pytest.importorskip("chartbuild.neighbours")
paths = pytest.importorskip("chartbuild.paths")
pipeline = pytest.importorskip("chartbuild.pipeline")

NS = {"svg": "http://www.w3.org/2000/svg"}
ROOT = Path(__file__).resolve().parents[2]
BUILD_SCRIPT = ROOT / "scripts" / "build_chart.py"
FIX = ".venv/bin/python scripts/build_chart.py"
NEUTRAL = weight_colour(0)


@cache
def geometries() -> tuple[tuple[ChartShape, Any], ...]:
    return tuple((s, paths.path_to_geom(s.path)) for s in region_shapes())


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def region_paths(root: ET.Element) -> list[ET.Element]:
    return root.findall(".//svg:path[@class='region']", NS)


def marks_outside_legend(root: ET.Element) -> int:
    legend = root.find(".//svg:g[@class='legend']", NS)
    in_legend = 0 if legend is None else len(legend.findall(".//svg:g[@class='mark']", NS))
    return len(root.findall(".//svg:g[@class='mark']", NS)) - in_legend


# -- coverage ---------------------------------------------------------------------------------


def test_every_region_is_drawn_on_each_of_its_sides_in_each_of_its_views(atlas: Atlas) -> None:
    drawn = {(s.region, s.side, s.view) for s in region_shapes()}
    missing = [
        (r.id, side, view)
        for r in atlas
        for side in (("midline",) if r.laterality == "midline" else ("left", "right"))
        for view in r.views
        if (r.id, side, view) not in drawn
    ]
    assert not missing, f"regions missing from the chart: {missing}"


def test_every_shape_is_a_known_region_side_and_view(atlas: Atlas) -> None:
    shapes = region_shapes()
    ids = Counter(s.id for s in shapes)
    assert not [i for i, n in ids.items() if n > 1], "shape ids must be unique"
    for s in shapes:
        assert s.region in atlas, f"stray shape for unknown region '{s.region}'"
        region = atlas.regions[s.region]
        want = ("midline",) if region.laterality == "midline" else ("left", "right")
        assert s.side in want, f"{s.id}: side '{s.side}' for a {region.laterality} region"
        assert s.view in region.views, f"{s.id}: drawn in a view regions.yaml does not list"


def test_the_persons_right_is_on_the_viewers_left_in_front_and_right_in_back() -> None:
    width, _ = chart_size()
    for s in region_shapes():
        if s.side == "midline":
            continue
        midline = width / 4 if s.view == "front" else width * 3 / 4
        on_viewers_left = s.cx < midline
        assert on_viewers_left == ((s.side == "right") == (s.view == "front")), s.id


def test_each_centre_lies_inside_its_shape() -> None:
    for shape, geom in geometries():
        point = shapely.Point(shape.cx, shape.cy)
        assert geom.contains(point), f"{shape.id}: centre {point} is outside the shape"


def test_shapes_of_a_view_do_not_overlap() -> None:
    for view in ("front", "back"):
        items = [(s, g) for s, g in geometries() if s.view == view]
        tree = shapely.STRtree([g for _, g in items])
        for i, (shape, geom) in enumerate(items):
            for j in tree.query(geom, predicate="intersects"):
                if j <= i:
                    continue
                other, other_geom = items[int(j)]
                overlap = geom.intersection(other_geom).area
                assert overlap < 1.0, f"{shape.id} overlaps {other.id} by {overlap:.1f} px²"


def test_the_regions_tile_the_body_without_holes() -> None:
    for view in ("front", "back"):
        whole = shapely.union_all([g for s, g in geometries() if s.view == view])
        holes = sum(
            shapely.Polygon(ring).area
            for p in getattr(whole, "geoms", [whole])
            for ring in p.interiors
        )
        assert holes < 2.0, f"{view}: {holes:.1f} px² of gaps inside the body"


def test_neighbours_in_regions_yaml_match_the_geometry(atlas: Atlas) -> None:
    derived = neighbours.derive_neighbours(
        [(s.region, s.side, s.view, g) for s, g in geometries()], [r.id for r in atlas]
    )
    stale = {r.id: (r.neighbours, derived[r.id]) for r in atlas if r.neighbours != derived[r.id]}
    assert not stale, f"neighbours differ from the chart (yaml, geometry): {stale}; run {FIX}"


def test_chart_json_and_neighbours_are_what_the_builder_makes_today() -> None:
    """scripts/build_chart.py --check: the committed files equal a fresh build of the body."""
    done = subprocess.run(
        [sys.executable, str(BUILD_SCRIPT), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 0, (
        f"chart.json or the neighbours in regions.yaml are stale "
        f"({done.stdout.strip()} {done.stderr.strip()}); run {FIX}"
    )


def test_the_check_names_each_stale_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    regions = pipeline.load_regions()
    fresh = pipeline.CHART_FILE.read_text(encoding="utf-8")
    current = {r["id"]: r["neighbours"] for r in regions}
    assert pipeline.stale_files(regions, fresh, current) == []
    monkeypatch.setattr(pipeline, "CHART_FILE", tmp_path / "chart.json")
    assert pipeline.stale_files(regions, fresh, current) == ["chart.json"]
    pipeline.CHART_FILE.write_text(fresh.replace("0", "1", 1), encoding="utf-8")
    assert pipeline.stale_files(regions, fresh, current) == ["chart.json"]
    pipeline.CHART_FILE.write_text(fresh, encoding="utf-8")
    moved = dict(current, chin=current["chin"][1:])
    assert pipeline.stale_files(regions, fresh, moved) == ["the neighbours in regions.yaml"]


def test_a_region_the_body_connects_has_neighbours(atlas: Atlas) -> None:
    lonely = [r.id for r in atlas if not r.neighbours]
    assert not lonely


def centre(region: str, side: str, view: str) -> tuple[float, float]:
    """The centre of a drawn shape, as (distance from the view's midline, height)."""
    width, _ = chart_size()
    midline = width / 4 if view == "front" else width * 3 / 4
    (shape,) = [s for s in region_shapes() if (s.region, s.side, s.view) == (region, side, view)]
    return abs(shape.cx - midline), shape.cy


def test_the_pelvic_regions_sit_between_their_landmarks() -> None:
    # back: the anus below the tailbone and above the perineum, on the midline
    anus_u, anus_y = centre("anus-and-rectum", "midline", "back")
    assert anus_u < 1
    assert centre("tailbone", "midline", "back")[1] < anus_y
    assert anus_y < centre("perineum", "midline", "back")[1]
    # front: the pelvic cavity just above the pubic bone, below the navel
    pelvis_u, pelvis_y = centre("inside-pelvis", "midline", "front")
    assert pelvis_u < 1
    assert centre("mid-abdomen", "right", "front")[1] < pelvis_y
    assert pelvis_y < centre("pubic-bone", "midline", "front")[1]
    # front: the hip joint lateral of the groin crease, medial of the outer hip
    for side in ("left", "right"):
        hip_u, hip_y = centre("deep-in-hip", side, "front")
        assert centre("groin", side, "front")[0] < hip_u < centre("outer-hip", side, "front")[0]
        assert centre("lower-abdomen", side, "front")[1] < hip_y


def test_the_thumb_regions_run_from_the_wrist_to_the_tip() -> None:
    for side in ("left", "right"):
        for view in ("front", "back"):
            wrist = centre("thumb-side-of-wrist", side, view)
            order = ["thumb", "tip-of-thumb"]
            if view == "back":
                order.insert(0, "back-of-thumb-base")
            reach = [math.dist(wrist, centre(r, side, view)) for r in order]
            assert reach == sorted(reach), f"{side} {view}: {dict(zip(order, reach, strict=True))}"


def test_the_toe_webs_lie_between_the_toes_and_the_foot(atlas: Atlas) -> None:
    assert {"big-toe", "small-toes", "top-of-foot"} <= set(atlas.regions["between-toes"].neighbours)
    for side in ("left", "right"):
        webs_u, webs_y = centre("between-toes", side, "front")
        assert centre("top-of-foot", side, "front")[1] < webs_y
        assert centre("big-toe", side, "front")[0] < webs_u


# -- SVG --------------------------------------------------------------------------------------


def test_svg_parses_and_every_region_carries_ids_data_and_a_title() -> None:
    root = parse(render_svg({}))
    paths = region_paths(root)
    assert len(paths) == len(region_shapes())
    ids = [p.get("id") for p in paths]
    assert len(set(ids)) == len(ids)
    for p in paths:
        region, side, view = p.get("data-region"), p.get("data-side"), p.get("data-view")
        assert region and side and view
        assert p.get("id") == f"{region}-{side}-{view}"
        title = p.find("svg:title", NS)
        assert title is not None and title.text
    by_id = {p.get("id"): p for p in paths}
    title = by_id["temple-right-front"].find("svg:title", NS)
    assert title is not None and title.text == "Right temple"
    chin = by_id["chin-midline-front"].find("svg:title", NS)
    assert chin is not None and chin.text == "Chin"


def test_views_and_sides_are_labelled() -> None:
    root = parse(render_svg({}, title="Test chart"))
    texts = [t.text for t in root.iter(f"{{{NS['svg']}}}text")]
    for label in ("Front", "Back", "Test chart"):
        assert label in texts
    assert texts.count("Left") == 2 and texts.count("Right") == 2


def test_weights_colour_exactly_the_weighted_shapes() -> None:
    weights = {("temple", "right"): 1.0, ("chin", "midline"): 0.45, ("calf", "left"): 0.0}
    root = parse(render_svg(weights))
    coloured = {}
    for p in region_paths(root):
        key = (p.get("data-region"), p.get("data-side"))
        fill = p.get("fill")
        if fill != NEUTRAL:
            coloured[p.get("id")] = fill
        else:
            assert weights.get(key, 0) == 0, p.get("id")  # type: ignore[call-overload]
    assert coloured == {
        "temple-right-front": weight_colour(1.0),
        "temple-right-back": weight_colour(1.0),
        "chin-midline-front": weight_colour(0.45),
    }
    assert weight_colour(1.0) != weight_colour(0.45) != NEUTRAL


def test_the_colour_scale_darkens_with_weight() -> None:
    def brightness(colour: str) -> int:
        return sum(int(colour[i : i + 2], 16) for i in (1, 3, 5))

    levels = [brightness(weight_colour(w)) for w in (0, 0.2, 0.45, 0.7, 1.0)]
    assert levels == sorted(levels, reverse=True)


def test_marks_draw_an_x_in_every_view_of_the_region() -> None:
    assert marks_outside_legend(parse(render_svg({}))) == 0
    root = parse(render_svg({}, [("top-of-shoulder", "right"), ("top-of-shoulder", "right")]))
    assert marks_outside_legend(root) == 4  # two points, front and back view
    root = parse(render_svg({}, [("palm", "left")]))
    assert marks_outside_legend(root) == 1


def test_several_marks_in_a_region_do_not_overlap() -> None:
    root = parse(render_svg({}, [("buttock", "left")] * 3))
    centres = set()
    for mark in root.findall(".//svg:g[@class='mark']", NS):
        d = mark[0].get("d") or ""
        centres.add(d)
    assert len(centres) == 3 + 1  # three marks and the legend's


def test_the_legend_can_be_left_out() -> None:
    with_legend = render_svg({})
    without = render_svg({}, legend=False)
    assert "Main pain zone" in with_legend and "Trigger point" in with_legend
    assert "Main pain zone" not in without
    assert parse(without).find(".//svg:g[@class='legend']", NS) is None


def test_an_unknown_region_or_side_is_an_input_error() -> None:
    with pytest.raises(InputError):
        render_svg({("elbowz", "left"): 1.0})
    with pytest.raises(InputError):
        render_svg({("chin", "left"): 1.0})
    with pytest.raises(InputError):
        render_svg({}, [("temple", "midline")])


# -- muscles ----------------------------------------------------------------------------------


def weighted(svg: str) -> dict[tuple[str, str], float]:
    return {
        (p.get("data-region") or "", p.get("data-side") or ""): float(p.get("data-weight") or 0)
        for p in region_paths(parse(svg))
        if p.get("data-weight")
    }


def test_muscle_chart_draws_essential_spillover_and_trigger_points(kb: KnowledgeBase) -> None:
    muscle = kb.muscle("upper-trapezius")
    svg = muscles_chart_svg(kb, [muscle], "right")
    weights = weighted(svg)
    want = {(r, "right"): 1.0 for r in muscle.essential_regions}
    want |= {(r, "right"): 0.45 for r in muscle.spillover_regions}
    assert weights == want
    root = parse(svg)
    title = root.find("svg:title", NS)
    assert title is not None and title.text and "Upper trapezius" in title.text
    assert "right" in title.text
    # one X per trigger point, in its first region, in every view that region is drawn in
    expected = sum(len(kb.atlas.regions[p.regions[0]].views) for p in muscle.trigger_points)
    assert expected and marks_outside_legend(root) == expected


@pytest.mark.parametrize(
    ("referral_side", "pain_sides"),
    [("same-side", {"left"}), ("opposite-side", {"right"}), ("both-sides", {"left", "right"})],
)
def test_referral_side_decides_where_pain_is_drawn(
    kb: KnowledgeBase, referral_side: str, pain_sides: set[str]
) -> None:
    muscle = kb.muscle("upper-trapezius").model_copy(
        update={"referral_side": referral_side, "essential_regions": ["temple", "chin"]}
    )
    weights = weighted(muscles_chart_svg(kb, [muscle], "left"))
    assert {side for (region, side) in weights if region == "temple"} == pain_sides
    assert weights[("chin", "midline")] == 1.0


def test_muscle_chart_rejects_a_bad_side(kb: KnowledgeBase) -> None:
    with pytest.raises(InputError):
        muscles_chart_svg(kb, [kb.muscle("upper-trapezius")], "middle")


# -- PNG and import cost ----------------------------------------------------------------------


def test_svg_to_png_returns_png_bytes() -> None:
    pytest.importorskip("cairosvg")
    png = svg_to_png(render_svg({("temple", "right"): 1.0}), scale=0.5)
    assert png.startswith(b"\x89PNG")


def test_svg_to_png_without_cairosvg_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "cairosvg", None)
    with pytest.raises(InputError, match=r"pip install 'triggerpoint\[png\]'"):
        svg_to_png(render_svg({}))


def test_importing_the_chart_module_is_cheap() -> None:
    code = (
        "import sys, triggerpoint.atlas.chart as c; "
        "print(sorted(m for m in ('shapely', 'cairosvg') if m in sys.modules), "
        "c._chart.cache_info().currsize)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["[]", "0"]
