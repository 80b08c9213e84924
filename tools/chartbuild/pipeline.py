"""From the body's parts to chart.json and the neighbours in regions.yaml.

Each view is partitioned into region shapes (the person's right half, then mirrored), the shapes
of a view are noded into one coverage and simplified together so shared borders stay shared, and
each shape gets a visual centre and main axis for marks and labels.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path
from typing import Any

import numpy as np
import shapely
import yaml
from shapely import affinity
from shapely.geometry import Point, Polygon
from shapely.ops import polylabel, unary_union

from .body import Body
from .geometry import RIGHT_HALF, Geom, clean, mirror, polygons
from .neighbours import chart_shapes, derive_neighbours
from .paths import path_to_geom, to_path
from .rules import rules_for

__all__ = [
    "CHART_FILE",
    "REGIONS_FILE",
    "ROOT",
    "build",
    "chart_text",
    "load_regions",
    "neighbours_for",
    "partition",
    "report_views",
    "stale_files",
    "write_neighbours",
]

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "src" / "triggerpoint" / "atlas" / "data"
CHART_FILE = DATA / "chart.json"
REGIONS_FILE = DATA / "regions.yaml"

# Canvas: two figures side by side.
WIDTH, HEIGHT = 800, 940
ORIGIN_Y = 80.0  # canvas y of the top of the head
CENTRES = {"front": 200.0, "back": 600.0}
VIEWS = ("front", "back")

#: Coordinates are snapped to GRID before the shapes are simplified with SIMPLIFY (px).
GRID = 0.01
SIMPLIFY = 0.3
#: Separate pieces of a shape smaller than STRAY_AREA (px²) join the neighbouring shape they
#: share the longest border with.
STRAY_AREA = 12.0


def load_regions() -> list[dict[str, Any]]:
    with REGIONS_FILE.open(encoding="utf-8") as handle:
        data: list[dict[str, Any]] = yaml.safe_load(handle)
    return data


def partition(b: Body, view: str, midline: set[str]) -> dict[tuple[str, str], Geom]:
    """(region, 'half'|'midline') -> geometry in body coordinates, for one view."""
    claimed: Geom = Polygon()
    out: dict[tuple[str, str], Geom] = {}
    for region, zone, part in rules_for(b, view):
        if region in midline:
            geom = zone.intersection(part).difference(claimed)
            geom = clean(geom)
            if geom.is_empty:
                continue
            key = (region, "midline")
            claimed = claimed.union(geom)
        else:
            geom = zone.intersection(part).intersection(RIGHT_HALF).difference(claimed)
            geom = clean(geom)
            if geom.is_empty:
                continue
            key = (region, "half")
            claimed = claimed.union(geom).union(mirror(geom))
        out[key] = clean(out[key].union(geom)) if key in out else geom
    left = clean(b.all.intersection(RIGHT_HALF).difference(claimed))
    if left.area > 0.2:
        where = [tuple(round(v) for v in g.bounds) for g in getattr(left, "geoms", [left])]
        print(
            f"warning: {view}: {left.area:.1f} px² of the body is in no region: {where}",
            file=sys.stderr,
        )
    return out


def visual_centre(poly: Polygon) -> Point:
    """Where to put a mark: well inside the shape, and as near its centroid as that allows.

    Among interior points at least 70 % as deep as the deepest one (so in the middle of a thin
    band, not at its widest end) the one nearest the centroid wins.
    """
    x0, y0, x1, y1 = poly.bounds
    step = max(0.25, min(x1 - x0, y1 - y0) / 40)
    xs = np.arange(x0, x1 + step, step)
    ys = np.arange(y0, y1 + step, step)
    gx, gy = (a.ravel() for a in np.meshgrid(xs, ys))
    inside = shapely.contains_xy(poly, gx, gy)
    gx, gy = gx[inside], gy[inside]
    if len(gx) == 0:
        return polylabel(poly, 0.1)
    depth = shapely.distance(poly.boundary, shapely.points(gx, gy))
    c = poly.centroid
    score = np.minimum(depth, 0.7 * depth.max()) - 0.02 * np.hypot(gx - c.x, gy - c.y)
    i = int(np.argmax(score))
    return Point(float(gx[i]), float(gy[i]))


def as_coverage(geoms: list[Geom]) -> list[Geom]:
    """The same shapes with exactly shared borders (no gaps, no overlaps), for simplifying.

    All borders are noded together and cut into faces; each face goes to the shape that holds
    it (slivers left by rounding go to the shape they share the longest border with).
    """
    geoms = [clean(shapely.set_precision(clean(shapely.make_valid(g)), GRID)) for g in geoms]
    faces = list(shapely.polygonize([unary_union([g.boundary for g in geoms])]).geoms)
    tree = shapely.STRtree(geoms)
    owned: list[list[Geom]] = [[] for _ in geoms]
    body = unary_union(geoms)
    for face in faces:
        point = face.point_on_surface()
        hits = [int(i) for i in tree.query(point, predicate="intersects")]
        if hits:
            best = max(hits, key=lambda i: geoms[i].intersection(face).area)
        elif body.contains(point) and face.area < 5:
            near = [int(i) for i in tree.query(face, predicate="dwithin", distance=GRID * 2)]
            if not near:
                continue
            best = max(
                near, key=lambda i: face.boundary.intersection(geoms[i].buffer(GRID * 2)).length
            )
        else:
            continue
        owned[best].append(face)
    out = [unary_union(faces) for faces in owned]
    # Small stray pieces of a shape join the shape they share the longest border with.
    for i, geom in enumerate(out):
        pieces = sorted(polygons(geom), key=lambda p: p.area, reverse=True)
        for piece in pieces[1:]:
            if piece.area >= STRAY_AREA:
                continue
            near = [int(j) for j in tree.query(piece, predicate="dwithin", distance=GRID * 2)]
            near = [j for j in near if j != i]
            if not near:
                continue
            best = max(
                near, key=lambda j: piece.boundary.intersection(out[j].buffer(GRID * 2)).length
            )
            out[i] = out[i].difference(piece)
            out[best] = unary_union([out[best], piece])
    out = [clean(g) for g in out]
    for i, geom in enumerate(out):
        if geom.is_empty:
            raise SystemExit(f"shape {i} vanished while noding (area {geoms[i].area:.1f})")
    return out


def to_canvas(geom: Geom, view: str, side: str) -> Geom:
    """Body coordinates -> canvas coordinates for a side of a view."""
    flip = (side == "right") == (view == "front")  # the person's right is drawn on the left
    g = affinity.scale(geom, -1, 1, origin=(0, 0)) if flip and side != "midline" else geom
    return affinity.translate(g, CENTRES[view], ORIGIN_Y)


def build(regions: list[dict[str, Any]]) -> dict[str, Any]:
    body = Body()
    midline = {r["id"] for r in regions if r["laterality"] == "midline"}
    known = {r["id"] for r in regions}
    order = [r["id"] for r in regions]
    shapes: list[dict[str, Any]] = []
    raw: list[tuple[str, str, str, Geom]] = []
    for view in VIEWS:
        parts = partition(body, view, midline)
        for (region, kind), geom in parts.items():
            if region not in known:
                raise SystemExit(f"the chart draws '{region}', which is not in regions.yaml")
            sides = ["midline"] if kind == "midline" else ["right", "left"]
            for side in sides:
                raw.append((region, side, view, to_canvas(geom, view, side)))
    raw.sort(key=lambda s: (VIEWS.index(s[2]), order.index(s[0]), s[1]))
    # Simplify all shapes of a view together so shared borders stay shared.
    for view in VIEWS:
        items = [s for s in raw if s[2] == view]
        simple = shapely.coverage_simplify(as_coverage([s[3] for s in items]), SIMPLIFY)
        for (region, side, _v, _g), geom in zip(items, simple, strict=True):
            geom = clean(geom)
            best = max(getattr(geom, "geoms", [geom]), key=lambda p: p.area)
            centre = visual_centre(best)
            rect_ = best.minimum_rotated_rectangle
            xs = list(rect_.exterior.coords)
            e1 = (xs[1][0] - xs[0][0], xs[1][1] - xs[0][1])
            e2 = (xs[2][0] - xs[1][0], xs[2][1] - xs[1][1])
            ax, ay = max((e1, e2), key=lambda e: math.hypot(*e))
            norm = math.hypot(ax, ay) or 1.0
            ax, ay = ax / norm, ay / norm
            if ax < 0 or (ax == 0 and ay < 0):
                ax, ay = -ax, -ay
            shapes.append(
                {
                    "r": region,
                    "s": side,
                    "v": view,
                    "d": to_path(geom),
                    "c": [round(centre.x, 1), round(centre.y, 1)],
                    "a": [round(ax, 2), round(ay, 2)],
                    "rad": round(best.boundary.distance(centre), 1),
                }
            )
    outlines = {}
    for view in VIEWS:
        whole = unary_union([path_to_geom(s["d"]) for s in shapes if s["v"] == view])
        whole = whole.buffer(0.3, quad_segs=4).buffer(-0.3, quad_segs=4).simplify(0.2)
        outlines[view] = to_path(unary_union([Polygon(p.exterior) for p in polygons(whole)]))
    return {
        "comment": "Generated by scripts/build_chart.py; do not edit by hand.",
        "width": WIDTH,
        "height": HEIGHT,
        "views": {v: {"cx": CENTRES[v], "top": ORIGIN_Y} for v in VIEWS},
        "outline": outlines,
        "shapes": shapes,
    }


def chart_text(chart: dict[str, Any]) -> str:
    lines = ["{"]
    keys = [k for k in chart if k != "shapes"]
    for k in keys:
        lines.append(f"  {json.dumps(k)}: {json.dumps(chart[k], separators=(',', ':'))},")
    lines.append('  "shapes": [')
    body = [f"    {json.dumps(s, separators=(',', ':'))}" for s in chart["shapes"]]
    lines.append(",\n".join(body))
    lines.append("  ]")
    lines.append("}")
    return "\n".join(lines) + "\n"


def write_neighbours(neighbours: dict[str, list[str]]) -> bool:
    """Set ``neighbours`` in regions.yaml, in the canonical form of ``triggerpoint kb lint``.

    Only that one file is rewritten; True when it changed.
    """
    from triggerpoint.atlas.models import Region
    from triggerpoint.knowledge.lint import canonical_text
    from triggerpoint.yamlio import dump_yaml

    text = REGIONS_FILE.read_text(encoding="utf-8")
    header = text.split("\n", 1)[0][2:] if text.startswith("# ") else None
    regions = load_regions()
    for region in regions:
        region["neighbours"] = neighbours[region["id"]]
    REGIONS_FILE.write_text(dump_yaml(regions, header), encoding="utf-8")
    new = canonical_text(REGIONS_FILE, Region, True)
    REGIONS_FILE.write_text(new, encoding="utf-8")
    return new != text


def report_views(regions: list[dict[str, Any]], chart: dict[str, Any]) -> None:
    """Print regions whose drawn views differ from the views regions.yaml gives them."""
    drawn: dict[str, set[str]] = {}
    for s in chart["shapes"]:
        drawn.setdefault(s["r"], set()).add(s["v"])
    for region in regions:
        want = set(region["views"])
        got = drawn.get(region["id"], set())
        if want != got:
            print(f"views differ: {region['id']}: yaml {sorted(want)}, drawn {sorted(got)}")


def neighbours_for(regions: list[dict[str, Any]], text: str) -> dict[str, list[str]]:
    """Every region's neighbours on the chart whose JSON is ``text``, in regions.yaml order."""
    return derive_neighbours(chart_shapes(json.loads(text)), [r["id"] for r in regions])


def stale_files(
    regions: list[dict[str, Any]], text: str, neighbours: dict[str, list[str]]
) -> list[str]:
    """Which generated files differ from a fresh build: chart.json, regions.yaml, or none."""
    stale = []
    if not CHART_FILE.exists() or CHART_FILE.read_text(encoding="utf-8") != text:
        stale.append(CHART_FILE.name)
    if any(r.get("neighbours", []) != neighbours[r["id"]] for r in regions):
        stale.append(f"the neighbours in {REGIONS_FILE.name}")
    return stale
