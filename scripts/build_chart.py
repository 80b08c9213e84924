#!/usr/bin/env python3
"""Build the body chart from simple parametric parts.

Writes ``src/triggerpoint/atlas/data/chart.json`` (one closed shape per region, side and view,
in SVG coordinates) and derives every region's ``neighbours`` from that geometry, writing them
into ``src/triggerpoint/atlas/data/regions.yaml`` (then ``triggerpoint kb lint --fix``).

Needs shapely (``pip install -e '.[test]'``); the runtime only reads the JSON.

    .venv/bin/python scripts/build_chart.py           # rebuild chart.json and neighbours
    .venv/bin/python scripts/build_chart.py --check   # exit 1 when the files are stale

The body is designed in "half-body" coordinates: ``u`` is the distance from the midline
(growing towards the person's own side, i.e. lateral) and ``y`` grows downward from the top of
the head. Paired regions are built for one half and mirrored; midline regions are built whole.
In the front view the person's right is on the viewer's left; in the back view on the right.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections.abc import Iterable, Sequence
from functools import reduce
from pathlib import Path
from typing import Any

import numpy as np
import shapely
import yaml
from shapely import affinity
from shapely.geometry import LineString, Point, Polygon, box
from shapely.geometry.base import BaseGeometry
from shapely.geometry.polygon import orient
from shapely.ops import polylabel, unary_union

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "triggerpoint" / "atlas" / "data"
CHART_FILE = DATA / "chart.json"
REGIONS_FILE = DATA / "regions.yaml"

Pt = tuple[float, float]
Geom = BaseGeometry

# Canvas: two figures side by side.
WIDTH, HEIGHT = 800, 940
ORIGIN_Y = 80.0  # canvas y of the top of the head
CENTRES = {"front": 200.0, "back": 600.0}
VIEWS = ("front", "back")

#: Two shapes are neighbours when they share at least MIN_BORDER px of border (within TOLERANCE).
TOLERANCE = 1.0
MIN_BORDER = 2.0
#: Coordinates are snapped to GRID before the shapes are simplified with SIMPLIFY (px).
GRID = 0.01
SIMPLIFY = 0.3
#: Pieces smaller than MIN_AREA (px²) are dropped as slivers; separate pieces of a shape smaller
#: than STRAY_AREA join the neighbouring shape they share the longest border with.
MIN_AREA = 0.5
STRAY_AREA = 12.0

BIG = 2000.0
RIGHT_HALF = box(0, -BIG, BIG, BIG)


# -- geometry helpers ---------------------------------------------------------------------------


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


# -- the body -----------------------------------------------------------------------------------

HEAD_HALF: list[Pt] = [
    (0, 0), (21, 2.5), (34, 11), (41, 25), (43, 41), (42, 56), (39, 70),
    (34, 83), (25, 94), (13, 101), (0, 103.5),
]
NECK_HALF: list[Pt] = [(0, 70), (19, 70), (20, 96), (21, 112), (23.5, 124), (27, 136), (22, 152),
             (0, 154)]
TORSO_HALF: list[Pt] = [
    (0, 121), (20, 122), (40, 130), (62, 139), (80, 147), (90, 153), (97, 162), (99, 176),
    (95, 195), (80, 208), (75, 226), (72, 252), (66, 282), (63, 304), (66, 330), (72, 356),
    (76, 380), (76, 402), (70, 420), (46, 430), (14, 428), (0, 424),
]
ARM = Limb([(88, 176), (108, 283), (122, 386), (127, 430)])
#: (segment, fraction, radius) stations the arm outline passes through, shoulder to wrist.
ARM_STATIONS: list[tuple[int, float, float]] = [
    (0, 0.0, 19.0), (0, 0.35, 16.5), (0, 0.75, 14.3), (0, 1.0, 13.6),
    (1, 0.16, 13.9), (1, 0.42, 12.4), (1, 0.75, 10.6), (1, 1.0, 9.4), (1, 1.06, 9.8),
]
LEG_LATERAL: list[Pt] = [
    (72, 356), (76, 380), (76.5, 402), (74, 440), (68, 490), (61, 540), (56, 572), (56, 598),
    (58, 628), (55, 665), (48, 705), (44, 728), (45, 742),
]
LEG_MEDIAL: list[Pt] = [
    (1, 420), (4, 460), (9, 510), (15, 556), (17, 578), (16, 600), (15, 625), (18, 660),
    (22, 700), (25, 728), (24, 742),
]


def arm_shape() -> Geom:
    """The right arm from the shoulder to the wrist: a smooth tapering tube."""
    lateral: list[Pt] = []
    medial: list[Pt] = []
    for seg, t, r in ARM_STATIONS:
        p, n = ARM.at(seg, t)
        if t == 1.0 and seg == 0:  # the elbow: average the normals of both segments
            _, n2 = ARM.at(1, 0.0)
            n = ((n[0] + n2[0]) / 2, (n[1] + n2[1]) / 2)
        lateral.append((p[0] + n[0] * r, p[1] + n[1] * r))
        medial.append((p[0] - n[0] * r, p[1] - n[1] * r))
    tube = Polygon([*spline(lateral, closed=False), *reversed(spline(medial, closed=False))])
    return unary_union([tube.buffer(0), Point(86.5, 172).buffer(19.5, quad_segs=24)])


def hand_parts() -> dict[str, Geom]:
    """Palm, thumb and fingers of the right hand (palm forward, thumb lateral)."""
    wrist, (nx, ny) = ARM.at(1, 1.0)
    down = (-ny, nx)  # along the forearm, towards the fingers

    def local(s: float, t: float) -> Pt:  # s lateral, t distal from the wrist crease
        return (wrist[0] + nx * s + down[0] * t, wrist[1] + ny * s + down[1] * t)

    def direction(degrees: float) -> Pt:  # 'down' turned towards lateral by ``degrees``
        a = math.radians(degrees)
        return (down[0] * math.cos(a) + nx * math.sin(a), down[1] * math.cos(a) + ny * math.sin(a))

    palm = smooth(
        [local(-10, -3), local(-13.5, 16), local(-13.5, 33), local(-10, 41), local(2, 43),
         local(12.5, 40), local(14.5, 24), local(11.5, 6), local(8, -3)],
        samples=12,
    )
    parts: dict[str, Geom] = {"palm": palm}
    # Fingers: (name, base s, length, width, splay in degrees towards the thumb)
    fingers = [
        ("index-finger", 8.8, 29.0, 6.5, 5.0),
        ("middle-finger", 2.5, 32.5, 6.7, 1.0),
        ("ring-finger", -3.8, 30.5, 6.5, -3.5),
        ("little-finger", -9.8, 24.0, 5.8, -8.0),
    ]
    for name, s, length, width, splay in fingers:
        base = local(s, 35)
        dx, dy = direction(splay)
        parts[name] = capsule([base, (base[0] + dx * length, base[1] + dy * length)], width / 2)
    base = local(11, 13)
    dx, dy = direction(27)
    parts["thumb"] = taper(base, (base[0] + dx * 29, base[1] + dy * 29), 5.6, 3.6)
    return parts


def leg_shape() -> Geom:
    lateral = spline(LEG_LATERAL, closed=False)
    medial = spline(LEG_MEDIAL, closed=False)
    return Polygon([*lateral, *reversed(medial)]).buffer(0)


def foot_parts() -> dict[str, Geom]:
    """The right foot, toes pointing down and a little outward (same outline in both views)."""
    body = smooth(
        [(25, 722), (44, 722), (46, 741), (52, 760), (57, 777), (55, 788), (28, 793),
         (21, 779), (21.5, 756), (23.5, 738)],
        samples=12,
    )
    toes = {
        "big-toe": ellipse(27.5, 794, 7.4, 9.2, -8),
        "toe2": ellipse(38, 796.5, 4.5, 6.8, -12),
        "toe3": ellipse(45.6, 795, 4.2, 6.3, -16),
        "toe4": ellipse(51.8, 791.3, 3.8, 5.6, -22),
        "toe5": ellipse(56.4, 786.2, 3.4, 4.8, -30),
    }
    return {"foot": body, **toes}


class Body:
    """Every part of the body, whole (both halves) and right-half."""

    def __init__(self) -> None:
        self.head = sym(HEAD_HALF)
        self.ear = both(ellipse(43, 56, 6.5, 13.5, -6)).difference(self.head)
        self.neck = sym(NECK_HALF).difference(self.head)
        self.torso = sym(TORSO_HALF)
        self.hand = hand_parts()
        arm_one = unary_union([arm_shape(), *self.hand.values()])
        self.arm = both(arm_one)
        self.leg = both(leg_shape())
        self.feet = {k: both(v) for k, v in foot_parts().items()}
        legs = unary_union([self.leg, *self.feet.values()])
        self.trunk = unary_union([self.torso, legs]).difference(self.head)
        self.all = unary_union([self.head, self.ear, self.neck, self.trunk, self.arm])


# -- regions ------------------------------------------------------------------------------------

Rule = tuple[str, Geom, Geom]  # region id, zone, part it is cut from


def cap(b: Body, depth: float) -> Geom:
    """The crown: a crescent along the top of the head."""
    crescent = b.head.difference(affinity.translate(b.head, 0, depth))
    return crescent.intersection(above([(0, 30), (BIG, 30)]))


def rim(part: Geom, width: float, u_from: float) -> Geom:
    """The strip of ``part`` within ``width`` of its outline, lateral of ``u_from``."""
    strip = part.difference(part.buffer(-width, quad_segs=16))
    return strip.intersection(lateral_of([(u_from, 0), (u_from, BIG)]))


def head_rules_front(b: Body) -> list[Rule]:
    h = b.head
    return [
        ("ear", b.ear, b.ear),
        ("chin", ellipse(0, 99.5, 13.5, 10), h),
        ("eye", ellipse(15.5, 49, 8.6, 4.6), h),
        ("eyebrow", capsule([(6, 40.5), (12, 37.8), (20, 37.2), (27, 39.5)], 2.4), h),
        ("behind-the-eye", ellipse(27.6, 49, 3.4, 4.4), h),
        ("nose", sym([(0, 43), (3.6, 44), (4.6, 56), (7.5, 66), (9.3, 72), (6.5, 75.5), (0, 76)]),
         h),
        ("mouth", ellipse(0, 83, 10.5, 3.4), h),
        ("upper-teeth", ellipse(0, 83, 16.5, 8.5).intersection(rect(-BIG, 0, BIG, 83)), h),
        ("lower-teeth", ellipse(0, 83, 16.5, 8.5), h),
        ("jaw-joint", ellipse(39.5, 62, 5.5, 6.5), h),
        ("jaw-angle", ellipse(35, 88, 8.5, 8.5), h),
        ("top-of-head", cap(b, 13), h),
        ("side-of-head", lateral_of([(26, 0), (29, 18), (33, 33)]).intersection(
            above([(0, 33), (50, 33)])), h),
        ("temple", ellipse(40, 45, 12, 15.5), h),
        ("cheek", ellipse(20, 64, 15, 13), h),
        ("forehead", above([(0, 46), (50, 46)]), h),
        ("jaw", below([(0, 77), (20, 77), (30, 72), (45, 68)]), h),
        ("cheek", rect(0, 0, BIG, BIG), h),
    ]


def head_rules_back(b: Body) -> list[Rule]:
    h, n = b.head, b.neck
    below_skull = below([(0, 85.5), (22, 85.5), (34, 82)])
    return [
        ("ear", b.ear, b.ear),
        ("back-of-neck", rect(0, 0, 12, BIG).intersection(below_skull), unary_union([h, n])),
        ("side-of-neck", rect(0, 0, 21, BIG).intersection(below_skull), unary_union([h, n])),
        ("top-of-head", cap(b, 14), h),
        ("jaw-angle", below_skull, h),
        ("behind-the-ear", ellipse(36, 68, 9, 17), h),
        ("base-of-skull", below([(0, 70), (15, 69.5), (30, 64), (45, 55)]), h),
        ("temple", ellipse(45, 41, 7, 9.5), h),
        ("side-of-head", lateral_of([(24, 0), (27, 20), (29, 40), (31, 60)]), h),
        ("back-of-head", rect(0, 0, BIG, BIG), h),
    ]


COLLAR = [(5, 133.5), (20, 135), (40, 138), (62, 142.5), (86, 151)]
DELTOID = ellipse(91, 182, 18, 32, -12)


def shoulder_rules(b: Body, view: str) -> list[Rule]:
    t, n, a = b.trunk, b.neck, b.arm
    nt, ta = unary_union([n, t]), unary_union([t, a])
    side = lateral_of([(96, 0), (100, 170), (104, 230)])
    if view == "front":
        top = above([(u, y + 4) for u, y in COLLAR])  # above the collarbone's lower edge
        return [
            ("breastbone", capsule([(0, 139), (0, 250)], 6.5), t),
            ("collarbone", capsule(COLLAR, 4), t),
            ("throat", rect(0, 0, 7.5, BIG).intersection(top), nt),
            ("front-of-neck", rect(0, 0, 14, BIG).intersection(top), nt),
            ("side-of-neck", rect(0, 0, 27, BIG).intersection(top), nt),
            ("top-of-shoulder", top, ta),
            ("side-of-shoulder", DELTOID.intersection(side), ta),
            ("front-of-shoulder", DELTOID, ta),
            ("armpit", ellipse(81, 211, 7.5, 11), ta),
        ]
    trap = above([(14, 137), (40, 143), (62, 151), (86, 162)])
    return [
        ("back-of-neck", rect(0, 0, 12, BIG).intersection(trap), nt),
        ("side-of-neck", rect(0, 0, 27, BIG).intersection(trap), nt),
        ("top-of-shoulder", trap, ta),
        ("side-of-shoulder", DELTOID.intersection(side), ta),
        ("back-of-shoulder", DELTOID, ta),
        ("armpit", ellipse(81, 211, 7.5, 11), ta),
    ]


def torso_rules_front(b: Body) -> list[Rule]:
    t, torso = b.trunk, b.torso
    costal = [(0, 250), (7, 251), (30, 270), (56, 296)]
    inguinal = [(0, 391), (20, 391), (30, 384), (50, 362), (70, 346)]
    thigh_top = [(0, 424), (30, 421), (60, 412), (90, 404)]
    return [
        ("breast", ellipse(40, 210, 18, 16.5), t),
        ("side-of-chest", rim(torso, 15, 45).intersection(band([(0, 200), (99, 200)],
                                                              [(0, 284), (99, 284)])), t),
        ("flank", rim(torso, 17, 45).intersection(band([(0, 284), (99, 284)],
                                                      [(0, 340), (99, 336)])), t),
        ("upper-chest", above([(0, 173), (40, 175), (80, 180)]), t),
        ("chest", above([(0, 246), (24, 244), (46, 236), (70, 224)]), t),
        ("upper-abdomen", medial_of([(0, 0), *costal, (56, BIG)]).intersection(
            above([(0, 300), (60, 300)])), t),
        ("lower-ribs", above([(0, 300), (30, 300), (60, 302)]), t),
        ("hip-crest", capsule([(73, 332), (64, 344), (54, 355)], 6), t),
        ("mid-abdomen", above([(0, 346), (60, 346)]).intersection(
            medial_of([(52, 0), (52, BIG)])), t),
        ("flank", above([(0, 350), (99, 346)]), t),
        ("pubic-bone", ellipse(0, 392.5, 15, 7), t),
        ("genital-area", ellipse(0, 410, 8.5, 12.5), t),
        ("groin", capsule([(13, 402), (28, 390), (48, 368)], 7.5), t),
        ("lower-abdomen", above(inguinal), t),
        ("outer-hip", rim(torso, 15, 50).intersection(band([(0, 350), (99, 350)],
                                                          [(0, 432), (99, 432)])), t),
        ("groin", medial_of([(30, 0), (30, BIG)]).intersection(above(thigh_top)), t),
        ("front-of-hip", above(thigh_top), t),
    ]


def torso_rules_back(b: Body) -> list[Rule]:
    t, torso = b.trunk, b.torso
    scapula = smooth([(31, 151), (55, 155), (80, 166), (80, 190), (64, 222), (44, 252),
                      (36, 240), (32, 205)])
    spine = [(30, 173), (55, 168), (90, 160)]
    medial_border = [(30, 152), (32, 200), (38, 238)]
    crest = [(14, 349), (40, 345), (60, 340), (80, 332)]
    fold = [(0, 436), (20, 438), (45, 437), (70, 428)]
    return [
        ("lower-tip-of-shoulder-blade", ellipse(43, 247, 9, 8), t),
        ("inner-edge-of-shoulder-blade", capsule(medial_border, 4.5), t),
        ("upper-shoulder-blade", scapula.intersection(above(spine)), t),
        ("shoulder-blade", scapula, t),
        ("upper-shoulder-blade", above(spine).intersection(lateral_of([(30, 0), (30, BIG)])), t),
        ("side-of-chest", lateral_of([(80, 0), (80, 180), (64, 222), (44, 252), (44, BIG)])
         .intersection(band([(0, 180), (99, 180)], [(0, 284), (99, 284)])), t),
        ("between-shoulder-blades", above([(0, 252), (40, 252)]).intersection(
            medial_of([(30, 0), (30, BIG)])), t),
        ("flank", rim(torso, 17, 45).intersection(band([(0, 284), (99, 284)], crest)), t),
        ("mid-back", above([(0, 294), (70, 290)]), t),
        ("sacrum", sym([(0, 346), (13, 348), (11, 372), (7, 390), (0, 398)]), t),
        ("tailbone", ellipse(0, 404, 4.5, 7), t),
        ("perineum", ellipse(0, 425, 5, 10), t),
        ("hip-crest", capsule(crest, 6.5).intersection(lateral_of([(12, 0), (12, BIG)])), t),
        ("flank", rim(torso, 17, 45).intersection(above(crest)), t),
        ("low-back", above(crest), t),
        ("sacroiliac", ellipse(19.5, 368, 7.5, 14), t),
        ("outer-hip", rim(torso, 15, 50).intersection(band([(0, 350), (99, 350)],
                                                          [(0, 432), (99, 432)])), t),
        ("sit-bone", ellipse(24, 432, 8.5, 7.5), t),
        ("upper-buttock", above([(0, 384), (40, 380), (80, 384)]), t),
        ("lower-buttock", band([(0, 420), (40, 418), (76, 412)], fold), t),
        ("buttock", above(fold), t),
    ]


def leg_zones() -> dict[str, Geom]:
    """Lateral strips of the leg, following its outline."""
    lat = spline(LEG_LATERAL, closed=False)
    med = spline(LEG_MEDIAL, closed=False)
    ys = np.arange(380.0, 746.0, 2.0)
    lat_u = np.interp(ys, [p[1] for p in lat], [p[0] for p in lat])
    med_u = np.interp(ys, [p[1] for p in med], [p[0] for p in med])

    def at_frac(f: float) -> list[Pt]:
        us = med_u + (lat_u - med_u) * f
        return [(float(u), float(y)) for u, y in zip(us, ys, strict=True)]

    return {"medial": medial_of(at_frac(0.27)), "lateral": lateral_of(at_frac(0.75))}


def leg_rules_front(b: Body) -> list[Rule]:
    t = b.trunk
    z = leg_zones()
    knee_band = band([(0, 558), (BIG, 558)], [(0, 604), (BIG, 604)])
    return [
        ("front-of-knee", ellipse(36.5, 580, 12.5, 15), t),
        ("inner-knee", knee_band.intersection(z["medial"]), t),
        ("outer-knee", knee_band.intersection(z["lateral"]), t),
        ("front-of-knee", knee_band, t),
        ("inner-thigh", above([(0, 560), (BIG, 560)]).intersection(z["medial"]), t),
        ("outer-thigh", above([(0, 560), (BIG, 560)]).intersection(z["lateral"]), t),
        ("front-of-thigh", above([(0, 560), (BIG, 560)]), t),
        ("inner-ankle", ellipse(24.5, 728, 5, 6), t),
        ("outer-ankle", ellipse(44.5, 724, 5, 6.5), t),
        ("front-of-ankle", band([(0, 716), (BIG, 716)], [(0, 742), (BIG, 744)]), t),
        ("inner-shin", z["medial"], t),
        ("outer-lower-leg", lateral_of([(40, 0), (40, 604), (44, 660), (38, 716)]), t),
        ("shin", above([(0, 720), (BIG, 720)]), t),
    ]


def leg_rules_back(b: Body) -> list[Rule]:
    t = b.trunk
    z = leg_zones()
    knee_band = band([(0, 560), (BIG, 560)], [(0, 602), (BIG, 602)])
    return [
        ("back-of-knee", ellipse(36.5, 581, 12.5, 13), t),
        ("inner-knee", knee_band.intersection(z["medial"]), t),
        ("outer-knee", knee_band.intersection(z["lateral"]), t),
        ("back-of-knee", knee_band, t),
        ("inner-thigh", above([(0, 560), (BIG, 560)]).intersection(z["medial"]), t),
        ("outer-thigh", above([(0, 560), (BIG, 560)]).intersection(z["lateral"]), t),
        ("back-of-thigh", above([(0, 560), (BIG, 560)]), t),
        ("inner-ankle", ellipse(24.5, 728, 5, 6), t),
        ("outer-ankle", ellipse(44.5, 724, 5, 6.5), t),
        ("achilles", band([(0, 690), (BIG, 690)], [(0, 744), (BIG, 744)]).intersection(
            lateral_of([(28, 0), (28, BIG)])).intersection(medial_of([(41, 0), (41, BIG)])), t),
        ("inner-shin", z["medial"].intersection(above([(0, 744), (BIG, 744)])), t),
        ("outer-lower-leg", lateral_of([(44, 0), (44, 604), (48, 660), (40, 716)]).intersection(
            above([(0, 744), (BIG, 744)])), t),
        ("calf", above([(0, 744), (BIG, 744)]), t),
    ]


def foot_rules(b: Body, view: str) -> list[Rule]:
    f = b.feet
    t = b.trunk.intersection(below([(0, 741), (BIG, 741)]))
    small = unary_union([f["toe2"], f["toe3"], f["toe4"], f["toe5"]])
    rules: list[Rule] = [
        ("big-toe", f["big-toe"], f["big-toe"]),
        ("small-toes", small, small),
    ]
    if view == "front":
        rules += [
            ("arch", medial_of([(25, 740), (24.5, 764), (26.5, 790)]), t),
            ("outer-edge-of-foot", lateral_of([(46, 740), (48.5, 760), (52.5, 784)]), t),
            ("top-of-foot", rect(0, 0, BIG, BIG), t),
        ]
    else:
        rules += [
            ("heel", above([(0, 763), (30, 765), (60, 761)]), t),
            ("ball-of-foot", band([(0, 778), (30, 778), (60, 772)], [(0, BIG), (BIG, BIG)]), t),
            ("arch", medial_of([(27.5, 740), (27.5, 764), (28.5, 790)]), t),
            ("outer-edge-of-foot", lateral_of([(45, 740), (48.5, 760), (52, 784)]), t),
            ("sole", rect(0, 0, BIG, BIG), t),
        ]
    return rules


def arm_rules(b: Body, view: str) -> list[Rule]:
    # where the arm overlaps the chest or the back, the trunk's regions win
    a = b.arm.difference(b.torso.intersection(medial_of([(79, 0), (79, BIG)])))
    hand = b.hand
    front = view == "front"
    fingers = ["thumb", "index-finger", "middle-finger", "ring-finger", "little-finger"]
    rules: list[Rule] = [(f, hand[f].difference(hand["palm"]), a) for f in fingers]
    palm = hand["palm"]
    # the hand
    wrist_cut = ARM.cut(1, 1.04)  # beyond the wrist crease
    wrist, (nx, ny) = ARM.at(1, 1.0)
    side_hand = ARM.zone(2, -0.3, 2.0, -30, -7.5)
    if front:
        rules += [
            ("base-of-thumb", ellipse(wrist[0] + nx * 7.5 + 1, wrist[1] + ny * 7.5 + 14, 7.5, 12,
                                      -8).intersection(wrist_cut), palm),
            ("thumb-web", ellipse(wrist[0] + nx * 12 + 3, wrist[1] + ny * 12 + 28, 6, 9, -8),
             palm),
            ("little-finger-side-of-hand", side_hand.intersection(wrist_cut), palm),
            ("palm", wrist_cut, palm),
        ]
    else:
        rules += [
            ("thumb-web", ellipse(wrist[0] + nx * 11 + 2, wrist[1] + ny * 11 + 22, 7, 13, -8)
             .intersection(wrist_cut), palm),
            ("little-finger-side-of-hand", side_hand.intersection(wrist_cut), palm),
            ("back-of-hand", wrist_cut, palm),
        ]
    wr = "front-of-wrist" if front else "back-of-wrist"
    fa = "front-of-forearm" if front else "back-of-forearm"
    el = "elbow-crease" if front else "back-of-elbow"
    ua = "front-of-upper-arm" if front else "back-of-upper-arm"
    outer = lateral_of(ARM.offset_line([7, 5, 3.5, 3.5]))
    inner = medial_of(ARM.offset_line([-7, -5, -3.5, -3.5]))
    wrist_band = ARM.cut(1, 0.87).difference(wrist_cut)
    elbow_band = ARM.cut(0, 0.88).difference(ARM.cut(1, 0.13))
    forearm = ARM.cut(1, 0.1)
    rules += [
        ("thumb-side-of-wrist", wrist_band.intersection(outer), a),
        ("little-finger-side-of-wrist", wrist_band.intersection(inner), a),
        (wr, wrist_band, a),
        ("outer-elbow", elbow_band.intersection(outer), a),
        ("inner-elbow", elbow_band.intersection(inner), a),
        (el, elbow_band, a),
        ("thumb-side-of-forearm", forearm.intersection(outer), a),
        ("little-finger-side-of-forearm", forearm.intersection(inner), a),
        (fa, forearm, a),
        ("outer-upper-arm", outer, a),
        ("inner-upper-arm", inner, a),
        (ua, rect(0, 0, BIG, BIG), a),
    ]
    return rules


def rules_for(b: Body, view: str) -> list[Rule]:
    if view == "front":
        return [
            *head_rules_front(b),
            *shoulder_rules(b, view),
            *arm_rules(b, view),
            *torso_rules_front(b),
            *foot_rules(b, view),
            *leg_rules_front(b),
        ]
    return [
        *head_rules_back(b),
        *shoulder_rules(b, view),
        *arm_rules(b, view),
        *torso_rules_back(b),
        *foot_rules(b, view),
        *leg_rules_back(b),
    ]


def load_regions() -> list[dict[str, Any]]:
    with REGIONS_FILE.open(encoding="utf-8") as handle:
        data: list[dict[str, Any]] = yaml.safe_load(handle)
    return data


def polygons(geom: Geom) -> list[Polygon]:
    """The polygons in any geometry (collections flattened)."""
    if isinstance(geom, Polygon):
        return [] if geom.is_empty else [geom]
    return [p for part in getattr(geom, "geoms", []) for p in polygons(part)]


def clean(geom: Geom) -> Geom:
    """Drop slivers and empty bits; keep polygons only."""
    polys = [p for p in polygons(shapely.make_valid(geom)) if p.area >= MIN_AREA]
    return unary_union(polys) if polys else Polygon()


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
        print(f"warning: {view}: {left.area:.1f} px² of the body is in no region: {where}",
              file=sys.stderr)
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
            best = max(near, key=lambda i: face.boundary.intersection(
                geoms[i].buffer(GRID * 2)).length)
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
            best = max(near, key=lambda j: piece.boundary.intersection(
                out[j].buffer(GRID * 2)).length)
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


# -- paths --------------------------------------------------------------------------------------


def _fmt(v: float) -> str:
    text = f"{v:.1f}"
    text = text.rstrip("0").rstrip(".") if "." in text else text
    return "0" if text == "-0" else text


def to_path(geom: Geom) -> str:
    """An SVG path (absolute moves and lines, one subpath per ring, even-odd fill)."""
    parts = []
    polys = getattr(geom, "geoms", [geom])
    for poly in polys:
        poly = orient(poly)
        for ring in [poly.exterior, *poly.interiors]:
            coords = list(ring.coords)[:-1]
            pts = " ".join(f"{_fmt(x)} {_fmt(y)}" for x, y in coords)
            parts.append(f"M{pts}Z")
    return "".join(parts)


_NUM = re.compile(r"-?\d+(?:\.\d+)?")


def path_to_geom(d: str) -> Geom:
    """The region a path drawn by ``to_path`` covers (even-odd over its rings)."""
    rings = [r for r in d.split("M") if r]
    polys = []
    for ring in rings:
        nums = [float(n) for n in _NUM.findall(ring)]
        polys.append(Polygon(list(zip(nums[::2], nums[1::2], strict=True))).buffer(0))
    return reduce(lambda a, b: a.symmetric_difference(b), polys, Polygon())


# -- neighbours ---------------------------------------------------------------------------------


def derive_neighbours(
    shapes: Iterable[tuple[str, str, str, Geom]], order: Sequence[str]
) -> dict[str, list[str]]:
    """Region -> regions whose shapes share a border with one of its shapes in some view.

    ``shapes`` are (region, side, view, geometry). Any two shapes of the same view count, on the
    same side or across the midline. Neighbours are listed in ``order`` (the atlas order).
    """
    rank = {r: i for i, r in enumerate(order)}
    by_view: dict[str, list[tuple[str, Geom]]] = {}
    for region, _side, view, geom in shapes:
        by_view.setdefault(view, []).append((region, geom))
    found: dict[str, set[str]] = {r: set() for r in order}
    for items in by_view.values():
        tree = shapely.STRtree([g for _, g in items])
        for region, geom in items:
            for j in tree.query(geom, predicate="dwithin", distance=TOLERANCE):
                other, other_geom = items[int(j)]
                if other == region or other in found[region]:
                    continue
                shared = geom.boundary.intersection(other_geom.buffer(TOLERANCE)).length
                if shared >= MIN_BORDER:
                    found[region].add(other)
                    found[other].add(region)
    return {r: sorted(found[r], key=lambda x: rank[x]) for r in order}


def chart_shapes(chart: dict[str, Any]) -> list[tuple[str, str, str, Geom]]:
    return [(s["r"], s["s"], s["v"], path_to_geom(s["d"])) for s in chart["shapes"]]


# -- build --------------------------------------------------------------------------------------


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="fail if the files are stale")
    parser.add_argument(
        "--chart-only", action="store_true", help="write chart.json but leave regions.yaml"
    )
    args = parser.parse_args(argv)
    regions = load_regions()
    chart = build(regions)
    text = chart_text(chart)
    neighbours = derive_neighbours(
        chart_shapes(json.loads(text)), [r["id"] for r in regions]
    )
    if args.check:
        stale = CHART_FILE.read_text(encoding="utf-8") != text if CHART_FILE.exists() else True
        stale = stale or any(r.get("neighbours", []) != neighbours[r["id"]] for r in regions)
        print("stale" if stale else "up to date")
        return 1 if stale else 0
    CHART_FILE.write_text(text, encoding="utf-8")
    report_views(regions, chart)
    if args.chart_only:
        return 0
    write_neighbours(neighbours)
    drawn = {(s["r"], s["s"], s["v"]) for s in chart["shapes"]}
    print(f"wrote {CHART_FILE.relative_to(ROOT)}: {len(chart['shapes'])} shapes, "
          f"{len({r for r, _, _ in drawn})} regions, {len(text) // 1024} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
