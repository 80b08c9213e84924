"""Where the regions of the head and face lie, in the front and the back view."""

from __future__ import annotations

from shapely import affinity
from shapely.ops import unary_union

from .body import Body, Rule
from .geometry import (
    BIG,
    Geom,
    above,
    below,
    capsule,
    ellipse,
    lateral_of,
    rect,
    sym,
)

__all__ = ["cap", "head_rules_back", "head_rules_front"]


def cap(b: Body, depth: float) -> Geom:
    """The crown: a crescent along the top of the head."""
    crescent = b.head.difference(affinity.translate(b.head, 0, depth))
    return crescent.intersection(above([(0, 30), (BIG, 30)]))


def head_rules_front(b: Body) -> list[Rule]:
    h = b.head
    return [
        ("ear", b.ear, b.ear),
        ("chin", ellipse(0, 99.5, 13.5, 10), h),
        ("eye", ellipse(15.5, 49, 8.6, 4.6), h),
        ("eyebrow", capsule([(6, 40.5), (12, 37.8), (20, 37.2), (27, 39.5)], 2.4), h),
        ("behind-the-eye", ellipse(27.6, 49, 3.4, 4.4), h),
        (
            "nose",
            sym([(0, 43), (3.6, 44), (4.6, 56), (7.5, 66), (9.3, 72), (6.5, 75.5), (0, 76)]),
            h,
        ),
        ("mouth", ellipse(0, 83, 10.5, 3.4), h),
        ("upper-teeth", ellipse(0, 83, 16.5, 8.5).intersection(rect(-BIG, 0, BIG, 83)), h),
        ("lower-teeth", ellipse(0, 83, 16.5, 8.5), h),
        ("jaw-joint", ellipse(39.5, 62, 5.5, 6.5), h),
        ("jaw-angle", ellipse(35, 88, 8.5, 8.5), h),
        ("top-of-head", cap(b, 13), h),
        (
            "side-of-head",
            lateral_of([(26, 0), (29, 18), (33, 33)]).intersection(above([(0, 33), (50, 33)])),
            h,
        ),
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
