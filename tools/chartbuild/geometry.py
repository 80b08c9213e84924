"""Shape helpers for the body chart: smooth outlines, half-planes, limbs and clean-up.

Coordinates are "half-body" coordinates: ``u`` is the distance from the midline (growing
lateral, towards the person's own side) and ``y`` grows downward from the top of the head.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import shapely
from shapely import affinity
from shapely.geometry import LineString, Point, Polygon, box
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

__all__ = [
    "BIG",
    "MIN_AREA",
    "RIGHT_HALF",
    "Geom",
    "Limb",
    "Pt",
    "above",
    "band",
    "below",
    "both",
    "capsule",
    "clean",
    "ellipse",
    "lateral_of",
    "medial_of",
    "mirror",
    "polygons",
    "rect",
    "rim",
    "smooth",
    "spline",
    "sym",
    "taper",
]

Pt = tuple[float, float]
Geom = BaseGeometry

#: Far enough to stand for infinity on the canvas.
BIG = 2000.0
RIGHT_HALF = box(0, -BIG, BIG, BIG)
#: Pieces smaller than MIN_AREA (px²) are dropped as slivers.
MIN_AREA = 0.5


def spline(points: Sequence[Pt], closed: bool = True, samples: int = 10) -> list[Pt]:
    """A Catmull-Rom curve through ``points``."""
    pts = list(points)
    n = len(pts)
    out: list[Pt] = []
    segments = n if closed else n - 1
    for i in range(segments):
        p0 = pts[(i - 1) % n] if closed or i > 0 else pts[0]
        p1, p2 = pts[i], pts[(i + 1) % n]
        p3 = pts[(i + 2) % n] if closed or i + 2 < n else pts[-1]
        for k in range(samples):
            t = k / samples
            t2, t3 = t * t, t * t * t
            out.append(
                tuple(  # type: ignore[arg-type]
                    0.5
                    * (
                        2 * p1[j]
                        + (-p0[j] + p2[j]) * t
                        + (2 * p0[j] - 5 * p1[j] + 4 * p2[j] - p3[j]) * t2
                        + (-p0[j] + 3 * p1[j] - 3 * p2[j] + p3[j]) * t3
                    )
                    for j in (0, 1)
                )
            )
    if not closed:
        out.append(pts[-1])
    return out


def smooth(points: Sequence[Pt], samples: int = 10) -> Polygon:
    """A closed smooth shape through ``points``."""
    return Polygon(spline(points, True, samples)).buffer(0)


def sym(half: Sequence[Pt], samples: int = 10) -> Polygon:
    """A left-right symmetric smooth shape from its right half (top midline to bottom midline)."""
    full = list(half) + [(-u, y) for u, y in reversed(half[1:-1])]
    return smooth(full, samples)


def mirror(geom: Geom) -> Geom:
    return affinity.scale(geom, -1, 1, origin=(0, 0))


def both(geom: Geom) -> Geom:
    """A one-sided part together with its mirror image."""
    return unary_union([geom, mirror(geom)])


def ellipse(cx: float, cy: float, rx: float, ry: float, angle: float = 0) -> Geom:
    shape = affinity.scale(Point(0, 0).buffer(1, quad_segs=24), rx, ry)
    return affinity.translate(affinity.rotate(shape, angle, origin=(0, 0)), cx, cy)


def capsule(points: Sequence[Pt], r: float) -> Geom:
    return LineString(points).buffer(r, quad_segs=16)


def taper(p0: Pt, p1: Pt, r0: float, r1: float) -> Geom:
    """A limb segment: the hull of two circles."""
    return unary_union(
        [Point(p0).buffer(r0, quad_segs=24), Point(p1).buffer(r1, quad_segs=24)]
    ).convex_hull


def below(curve: Sequence[Pt]) -> Geom:
    """Everything below a curve given left to right (extended flat to the sides)."""
    pts = [(-BIG, curve[0][1]), *curve, (BIG, curve[-1][1])]
    return Polygon([*pts, (BIG, BIG), (-BIG, BIG)])


def above(curve: Sequence[Pt]) -> Geom:
    pts = [(-BIG, curve[0][1]), *curve, (BIG, curve[-1][1])]
    return Polygon([*pts, (BIG, -BIG), (-BIG, -BIG)])


def band(top: Sequence[Pt], bottom: Sequence[Pt]) -> Geom:
    return below(top).intersection(above(bottom))


def rect(u0: float, y0: float, u1: float, y1: float) -> Geom:
    return box(u0, y0, u1, y1)


def lateral_of(line: Sequence[Pt]) -> Geom:
    """Everything on the lateral side (greater u) of a line given top to bottom."""
    pts = [(line[0][0], -BIG), *line, (line[-1][0], BIG)]
    return Polygon([*pts, (BIG, BIG), (BIG, -BIG)])


def medial_of(line: Sequence[Pt]) -> Geom:
    pts = [(line[0][0], -BIG), *line, (line[-1][0], BIG)]
    return Polygon([*pts, (-BIG, BIG), (-BIG, -BIG)])


class Limb:
    """A chain of joints with a local frame: ``t`` along the chain, ``s`` lateral offset."""

    def __init__(self, joints: Sequence[Pt]) -> None:
        self.joints = list(joints)

    def at(self, i: int, t: float) -> tuple[Pt, Pt]:
        """Point at fraction ``t`` of segment ``i``, and the segment's lateral unit normal."""
        (x0, y0), (x1, y1) = self.joints[i], self.joints[i + 1]
        dx, dy = x1 - x0, y1 - y0
        norm = math.hypot(dx, dy)
        return (x0 + dx * t, y0 + dy * t), (dy / norm, -dx / norm)

    def zone(self, i: int, t0: float, t1: float, s0: float, s1: float) -> Geom:
        """The quad of segment ``i`` between fractions t0..t1 and lateral offsets s0..s1."""
        (a, n), (b, _) = self.at(i, t0), self.at(i, t1)
        return Polygon(
            [
                (a[0] + n[0] * s0, a[1] + n[1] * s0),
                (a[0] + n[0] * s1, a[1] + n[1] * s1),
                (b[0] + n[0] * s1, b[1] + n[1] * s1),
                (b[0] + n[0] * s0, b[1] + n[1] * s0),
            ]
        )

    def offset_line(self, offsets: Sequence[float]) -> list[Pt]:
        """The line at lateral offset ``offsets[j]`` at joint j, extended past both ends."""
        pts: list[Pt] = []
        last = len(self.joints) - 1
        for j, (p, s) in enumerate(zip(self.joints, offsets, strict=True)):
            normals = [self.at(i, 0.0)[1] for i in (j - 1, j) if 0 <= i < last]
            nx = sum(n[0] for n in normals) / len(normals)
            ny = sum(n[1] for n in normals) / len(normals)
            pts.append((p[0] + nx * s, p[1] + ny * s))
        (a, _), (b, _) = self.at(0, -2.0), self.at(last - 1, 3.0)
        first, end = pts[0], pts[-1]
        d0 = (self.joints[0][0] - a[0], self.joints[0][1] - a[1])
        d1 = (b[0] - self.joints[-1][0], b[1] - self.joints[-1][1])
        return [(first[0] - d0[0], first[1] - d0[1]), *pts, (end[0] + d1[0], end[1] + d1[1])]

    def cut(self, i: int, t: float) -> Geom:
        """Half-plane beyond (towards the chain's end) a cross-cut at fraction ``t`` of seg i."""
        p, n = self.at(i, t)
        d = (-n[1], n[0])  # along the segment, pointing to its end
        a = (p[0] - n[0] * BIG, p[1] - n[1] * BIG)
        b = (p[0] + n[0] * BIG, p[1] + n[1] * BIG)
        return Polygon(
            [a, b, (b[0] + d[0] * BIG, b[1] + d[1] * BIG), (a[0] + d[0] * BIG, a[1] + d[1] * BIG)]
        )


def rim(part: Geom, width: float, u_from: float) -> Geom:
    """The strip of ``part`` within ``width`` of its outline, lateral of ``u_from``."""
    strip = part.difference(part.buffer(-width, quad_segs=16))
    return strip.intersection(lateral_of([(u_from, 0), (u_from, BIG)]))


def polygons(geom: Geom) -> list[Polygon]:
    """The polygons in any geometry (collections flattened)."""
    if isinstance(geom, Polygon):
        return [] if geom.is_empty else [geom]
    return [p for part in getattr(geom, "geoms", []) for p in polygons(part)]


def clean(geom: Geom) -> Geom:
    """Drop slivers and empty bits; keep polygons only."""
    polys = [p for p in polygons(shapely.make_valid(geom)) if p.area >= MIN_AREA]
    return unary_union(polys) if polys else Polygon()
