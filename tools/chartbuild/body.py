"""The body outline: head, neck, torso, arms with hands, legs with feet, as parametric parts.

Paired parts are designed for the person's right half (``u`` >= 0) and mirrored; ``Body`` holds
every part whole. Where each region lies on these parts is in ``head``, ``trunk`` and ``limbs``.
"""

from __future__ import annotations

import math

from shapely.geometry import Point, Polygon
from shapely.ops import unary_union

from .geometry import Geom, Limb, Pt, both, capsule, ellipse, smooth, spline, sym, taper

__all__ = [
    "ARM",
    "ARM_STATIONS",
    "HEAD_HALF",
    "LEG_LATERAL",
    "LEG_MEDIAL",
    "NECK_HALF",
    "TORSO_HALF",
    "THUMB_BASE",
    "THUMB_LENGTH",
    "THUMB_RADII",
    "THUMB_SPLAY",
    "Body",
    "Hand",
    "Rule",
    "arm_shape",
    "foot_parts",
    "hand_parts",
    "leg_shape",
]

#: A region id, the zone it covers, and the body part it is cut from.
Rule = tuple[str, Geom, Geom]

# fmt: off
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
# fmt: on


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


#: The thumb: base (s, t) in the hand's frame, splay towards lateral (degrees), axis length,
#: and the radii at its base and tip.
THUMB_BASE = (11.0, 13.0)
THUMB_SPLAY = 27.0
THUMB_LENGTH = 29.0
THUMB_RADII = (5.6, 3.6)


class Hand:
    """The frame of the right hand: ``s`` lateral, ``t`` distal from the wrist crease."""

    def __init__(self) -> None:
        self.wrist, (self.nx, self.ny) = ARM.at(1, 1.0)
        self.down = (-self.ny, self.nx)  # along the forearm, towards the fingers
        base = self.local(*THUMB_BASE)
        dx, dy = self.direction(THUMB_SPLAY)
        #: The thumb's axis, from its base in the palm to the centre of its tip.
        self.thumb = Limb([base, (base[0] + dx * THUMB_LENGTH, base[1] + dy * THUMB_LENGTH)])

    def local(self, s: float, t: float) -> Pt:
        """The body point ``s`` lateral of the hand's axis and ``t`` beyond the wrist crease."""
        (wx, wy), (dx, dy) = self.wrist, self.down
        return (wx + self.nx * s + dx * t, wy + self.ny * s + dy * t)

    def direction(self, degrees: float) -> Pt:
        """The distal direction turned towards the thumb by ``degrees``."""
        a = math.radians(degrees)
        (dx, dy), nx, ny = self.down, self.nx, self.ny
        return (dx * math.cos(a) + nx * math.sin(a), dy * math.cos(a) + ny * math.sin(a))

    def along_thumb(self, distance: float) -> Pt:
        """The point ``distance`` along the thumb's axis from its base."""
        (x0, y0), (x1, y1) = self.thumb.joints
        f = distance / THUMB_LENGTH
        return (x0 + (x1 - x0) * f, y0 + (y1 - y0) * f)


def hand_parts() -> dict[str, Geom]:
    """Palm, thumb and fingers of the right hand (palm forward, thumb lateral)."""
    hand = Hand()
    local = hand.local
    palm = smooth(
        [
            local(-10, -3),
            local(-13.5, 16),
            local(-13.5, 33),
            local(-10, 41),
            local(2, 43),
            local(12.5, 40),
            local(14.5, 24),
            local(11.5, 6),
            local(8, -3),
        ],
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
        dx, dy = hand.direction(splay)
        parts[name] = capsule([base, (base[0] + dx * length, base[1] + dy * length)], width / 2)
    base, tip = hand.thumb.joints
    parts["thumb"] = taper(base, tip, *THUMB_RADII)
    return parts


def leg_shape() -> Geom:
    lateral = spline(LEG_LATERAL, closed=False)
    medial = spline(LEG_MEDIAL, closed=False)
    return Polygon([*lateral, *reversed(medial)]).buffer(0)


def foot_parts() -> dict[str, Geom]:
    """The right foot, toes pointing down and a little outward (same outline in both views)."""
    body = smooth(
        [
            (25, 722),
            (44, 722),
            (46, 741),
            (52, 760),
            (57, 777),
            (55, 788),
            (28, 793),
            (21, 779),
            (21.5, 756),
            (23.5, 738),
        ],
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
