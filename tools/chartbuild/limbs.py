"""Where the regions of the arms, hands, legs and feet lie, in both views."""

from __future__ import annotations

from itertools import pairwise

import numpy as np
from shapely.ops import unary_union

from .body import ARM, LEG_LATERAL, LEG_MEDIAL, THUMB_LENGTH, Body, Hand, Rule, foot_parts
from .geometry import (
    BIG,
    Geom,
    Pt,
    above,
    band,
    below,
    capsule,
    ellipse,
    lateral_of,
    medial_of,
    rect,
    spline,
)

__all__ = [
    "arm_rules",
    "between_toes",
    "foot_rules",
    "leg_rules_back",
    "leg_rules_front",
    "leg_zones",
    "thumb_rules",
]

#: Where along the thumb's axis (of THUMB_LENGTH from its base in the palm) the tip and pad
#: begin, and where the back of its base (the first metacarpal) ends.
THUMB_TIP_FROM = 20.0
THUMB_BASE_TO = 6.0


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
        (
            "achilles",
            band([(0, 690), (BIG, 690)], [(0, 744), (BIG, 744)])
            .intersection(lateral_of([(28, 0), (28, BIG)]))
            .intersection(medial_of([(41, 0), (41, BIG)])),
            t,
        ),
        ("inner-shin", z["medial"].intersection(above([(0, 744), (BIG, 744)])), t),
        (
            "outer-lower-leg",
            lateral_of([(44, 0), (44, 604), (48, 660), (40, 716)]).intersection(
                above([(0, 744), (BIG, 744)])
            ),
            t,
        ),
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
        rules = [("between-toes", between_toes(), t), *rules]
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


def between_toes() -> Geom:
    """The webs of the right foot: where neighbouring toes overlap, joined along their roots."""
    parts = foot_parts()
    toes = [parts[k] for k in ("big-toe", "toe2", "toe3", "toe4", "toe5")]
    webs = [a.intersection(b) for a, b in pairwise(toes)]
    row = unary_union(toes)
    first, last = webs[0].centroid.x, webs[-1].centroid.x
    roots = row.buffer(1.6).difference(row.buffer(-1.4)).intersection(parts["foot"].buffer(1.4))
    roots = roots.intersection(rect(first, 0, last, BIG))
    return unary_union([*(w.buffer(1.2) for w in webs), roots])


def thumb_rules(b: Body, view: str, a: Geom) -> list[Rule]:
    """The tip and pad of the thumb (both views) and the back of its base (back view)."""
    hand = Hand()
    thumb = b.hand["thumb"].difference(b.hand["palm"])
    tip = thumb.intersection(hand.thumb.cut(0, THUMB_TIP_FROM / THUMB_LENGTH))
    rules: list[Rule] = [("tip-of-thumb", tip, a)]
    if view == "back":
        base = capsule([hand.local(9, 2), hand.along_thumb(THUMB_BASE_TO)], 4.8)
        rules.append(("back-of-thumb-base", base.intersection(ARM.cut(1, 1.04)), a))
    return rules


def arm_rules(b: Body, view: str) -> list[Rule]:
    # where the arm overlaps the chest or the back, the trunk's regions win
    a = b.arm.difference(b.torso.intersection(medial_of([(79, 0), (79, BIG)])))
    hand = b.hand
    front = view == "front"
    fingers = ["thumb", "index-finger", "middle-finger", "ring-finger", "little-finger"]
    rules = thumb_rules(b, view, a)
    rules += [(f, hand[f].difference(hand["palm"]), a) for f in fingers]
    palm = hand["palm"]
    # the hand
    wrist_cut = ARM.cut(1, 1.04)  # beyond the wrist crease
    wrist, (nx, ny) = ARM.at(1, 1.0)
    side_hand = ARM.zone(2, -0.3, 2.0, -30, -7.5)
    if front:
        rules += [
            (
                "base-of-thumb",
                ellipse(
                    wrist[0] + nx * 7.5 + 1, wrist[1] + ny * 7.5 + 14, 7.5, 12, -8
                ).intersection(wrist_cut),
                palm,
            ),
            ("thumb-web", ellipse(wrist[0] + nx * 12 + 3, wrist[1] + ny * 12 + 28, 6, 9, -8), palm),
            ("little-finger-side-of-hand", side_hand.intersection(wrist_cut), palm),
            ("palm", wrist_cut, palm),
        ]
    else:
        rules += [
            (
                "thumb-web",
                ellipse(wrist[0] + nx * 11 + 2, wrist[1] + ny * 11 + 22, 7, 13, -8).intersection(
                    wrist_cut
                ),
                palm,
            ),
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
