"""Where the regions of the shoulders, chest, abdomen, back and pelvis lie, in both views."""

from __future__ import annotations

from shapely.ops import unary_union

from .body import Body, Rule
from .geometry import (
    BIG,
    above,
    band,
    capsule,
    ellipse,
    lateral_of,
    medial_of,
    rect,
    rim,
    smooth,
    sym,
)

__all__ = ["COLLAR", "DELTOID", "shoulder_rules", "torso_rules_back", "torso_rules_front"]

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
        (
            "side-of-chest",
            rim(torso, 15, 45).intersection(band([(0, 200), (99, 200)], [(0, 284), (99, 284)])),
            t,
        ),
        (
            "flank",
            rim(torso, 17, 45).intersection(band([(0, 284), (99, 284)], [(0, 340), (99, 336)])),
            t,
        ),
        ("upper-chest", above([(0, 173), (40, 175), (80, 180)]), t),
        ("chest", above([(0, 246), (24, 244), (46, 236), (70, 224)]), t),
        (
            "upper-abdomen",
            medial_of([(0, 0), *costal, (56, BIG)]).intersection(above([(0, 300), (60, 300)])),
            t,
        ),
        ("lower-ribs", above([(0, 300), (30, 300), (60, 302)]), t),
        ("hip-crest", capsule([(73, 332), (64, 344), (54, 355)], 6), t),
        (
            "mid-abdomen",
            above([(0, 346), (60, 346)]).intersection(medial_of([(52, 0), (52, BIG)])),
            t,
        ),
        ("flank", above([(0, 350), (99, 346)]), t),
        ("pubic-bone", ellipse(0, 392.5, 15, 7), t),
        # deep: the pelvic cavity seen through the lower belly, just above the pubic bone
        ("inside-pelvis", ellipse(0, 381, 12.5, 7), t),
        ("genital-area", ellipse(0, 410, 8.5, 12.5), t),
        ("groin", capsule([(13, 402), (28, 390), (48, 368)], 7.5), t),
        # deep: the hip joint (head of the thigh bone) below the middle of the groin crease
        ("deep-in-hip", ellipse(42, 399, 7.5, 8), t),
        ("lower-abdomen", above(inguinal), t),
        (
            "outer-hip",
            rim(torso, 15, 50).intersection(band([(0, 350), (99, 350)], [(0, 432), (99, 432)])),
            t,
        ),
        ("groin", medial_of([(30, 0), (30, BIG)]).intersection(above(thigh_top)), t),
        ("front-of-hip", above(thigh_top), t),
    ]


def torso_rules_back(b: Body) -> list[Rule]:
    t, torso = b.trunk, b.torso
    scapula = smooth(
        [(31, 151), (55, 155), (80, 166), (80, 190), (64, 222), (44, 252), (36, 240), (32, 205)]
    )
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
        (
            "side-of-chest",
            lateral_of([(80, 0), (80, 180), (64, 222), (44, 252), (44, BIG)]).intersection(
                band([(0, 180), (99, 180)], [(0, 284), (99, 284)])
            ),
            t,
        ),
        (
            "between-shoulder-blades",
            above([(0, 252), (40, 252)]).intersection(medial_of([(30, 0), (30, BIG)])),
            t,
        ),
        ("flank", rim(torso, 17, 45).intersection(band([(0, 284), (99, 284)], crest)), t),
        ("mid-back", above([(0, 294), (70, 290)]), t),
        ("sacrum", sym([(0, 346), (13, 348), (11, 372), (7, 390), (0, 398)]), t),
        ("tailbone", ellipse(0, 404, 4.5, 7), t),
        ("anus-and-rectum", ellipse(0, 416, 4.5, 4.5), t),
        ("perineum", ellipse(0, 425, 5, 10), t),
        ("hip-crest", capsule(crest, 6.5).intersection(lateral_of([(12, 0), (12, BIG)])), t),
        ("flank", rim(torso, 17, 45).intersection(above(crest)), t),
        ("low-back", above(crest), t),
        ("sacroiliac", ellipse(19.5, 368, 7.5, 14), t),
        (
            "outer-hip",
            rim(torso, 15, 50).intersection(band([(0, 350), (99, 350)], [(0, 432), (99, 432)])),
            t,
        ),
        ("sit-bone", ellipse(24, 432, 8.5, 7.5), t),
        ("upper-buttock", above([(0, 384), (40, 380), (80, 384)]), t),
        ("lower-buttock", band([(0, 420), (40, 418), (76, 412)], fold), t),
        ("buttock", above(fold), t),
    ]
