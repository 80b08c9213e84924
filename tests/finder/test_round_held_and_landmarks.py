"""Reading rules of the round after style set 29: a place that a feeling word names just before
it is where the feeling is, though an '-ing' word follows ('prickly tingling right palm holding
tools'; 'arm lifting at work' still names a movement), and clinical landmarks of therapists'
notes ('coccygeal ache', 'inferomedial to the coracoid', 'the ulnar aspect of the arm', 'toe
knuckles'). The round after style set 30 adds search-box shorthand ('lwr bk', 'lwr back
molars') and a drawing's view written as an attribute (view="back", which had been read as the
low back). The round after style set 31 drops the attributes that only draw a shape in
markup ('r="14"' is a circle's radius, not the right side), keeps a place named by the side of
a limb when a palm or back facet follows ('little finger side of my wrist, palm side'; since
style set 69 the palm side is marked beside it), and
reads the front point of the hip bone (ASIS) and a stitch under the ribs in lay words. The
round after style set 32 reads a place said fine with a facet noun between ('kneecap area is
fine'), and no longer reads 'AROM' (range of motion) as the arm or a chair's arms as the
person's. The round after style set 33 reads a tag that marks a place (its place, side and score
attributes, so a zero leaves it out), a table column headed by its scale ('0-10'), a list with
rows of dots before each score, 'hands and knees' as a posture, 'heartburn' as a complaint of
the upper belly and 'the balls of my toes' as the ball of the foot. The rounds after style sets
34-36 read 'behind my back' and doing up a bra as a movement, 'between the blade and the spine'
as the inner edge of the shoulder blade, 'under the front of my ribs' as the upper belly, a
'body_area' column as the place, HL7 observations (OBX) without the marks scored zero and with the
observation's name as a heading, and a markup 'class' as styling (class="body-back" is no low
back). The round after style sets 37-38 reads a place said fine with an adverb between
('lower back surprisingly ok', also beside a complaint word alone: 'stiff neck') and the back
of a car ('car seats into the back') as no low back. The round after style set 40 lets a denial
reach every finger of a numbered list ('no paresthesia 4th/5th fingers') and reads the pisiform
as the little-finger side of the wrist. The round after style sets 41-42 reads a column of scores
aligned by spaces (a zero leaves its place out), "palm heel" as the heel of the hand and "the
usual hip carry" as a way of carrying a child, not the hip.
Each row
is a description and exactly the (region, side) pairs it should mark, read
through the packaged lexicon.
"""

from __future__ import annotations

import pytest
from readings import marks

from triggerpoint.knowledge import KnowledgeBase

READINGS = [
    ("prickly tingling right palm holding tools", {("palm", "right")}),
    ("sore left forearm gripping the steering wheel", {("back-of-forearm", "left")}),
    ("shoulder ache, arm lifting at work", {("top-of-shoulder", "either")}),
    ("c/o central LBP + occasional coccygeal ache", {("low-back", "either"),
                                                       ("tailbone", "midline")}),
    ("TTP inferomed to coracoid, L", {("front-of-shoulder", "left")}),
    ("referral down ulnar aspect of arm, R", {("inner-upper-arm", "right")}),
    ("sore toe knuckle on my left foot", {("small-toes", "left")}),
    # the round after style set 30: search-box shorthand and a view written as an attribute
    ("lwr bk pain L", {("low-back", "left")}),
    ("toothache lwr back molars R", {("lower-teeth", "right")}),
    ('<map><area view="back" name="back of head" side="both" score="5"/></map>',
     {("back-of-head", "both")}),
    ("<Mark view='back' region='back of hand' side='R' nrs='5'/>", {("back-of-hand", "right")}),
    # the round after style set 31
    ('<svg data-view="back"><circle cx="212" cy="188" r="14" data-region="inner edge of '
     'shoulder blade" data-side="left" data-intensity="6"/></svg>',
     {("inner-edge-of-shoulder-blade", "left")}),
    ('<chart><region id="shoulder-front" lat="R" nrs="6"/></chart>',
     {("front-of-shoulder", "right")}),
    ("little finger side of my left wrist, palm side", {("little-finger-side-of-wrist", "left"),
                                                         ("front-of-wrist", "left")}),
    ("pinky side of wrist palm side ache, L", {("little-finger-side-of-wrist", "left"),
                                               ("front-of-wrist", "left")}),
    ("my left wrist, palm side", {("front-of-wrist", "left")}),
    ("tingling from the front point of my hip bone", {("front-of-hip", "either")}),
    ("stitch under my ribs when running", {("lower-ribs", "either"), ("side-of-chest", "either")}),
    # the round after style set 32
    ("Ache in my calf. Kneecap area is fine.", {("calf", "either")}),
    ("left buttock ache, AROM full", {("buttock", "left")}),
    ("sore calf, I push up on the arms of the chair to stand", {("calf", "either")}),
    # the round after style set 33
    ('<svg><g region="outer edge of foot" side="left" intensity="3"/>'
     '<g region="heel" side="left" intensity="0"/></svg>', {("outer-edge-of-foot", "left")}),
    ('<ul><li data-loc="outer thigh" data-lat="R" data-nrs="5"></li>'
     '<li data-loc="calf" data-lat="R" data-nrs="0"></li></ul>', {("outer-thigh", "right")}),
    ("| area | side | 0-10 |\n|---|---|---|\n| back of head | L | 5 |\n| jaw | - | 0 |",
     {("back-of-head", "left")}),
    ("* back of shoulder (L) ....... 7\n* neck ................... 0",
     {("back-of-shoulder", "left")}),
    ("low back ache, I have to get onto hands and knees to get out of bed",
     {("low-back", "either")}),
    ("heartburn feeling after my ab workout", {("upper-abdomen", "either")}),
    ("pain under the balls of my toes", {("ball-of-foot", "either")}),
    # the rounds after style sets 34-36
    ("Can't do my bra up behind my back, deep ache in the front of my right shoulder",
     {("front-of-shoulder", "right")}),
    ("ache along the inner edge of my right shoulder blade, between the blade and the spine",
     {("inner-edge-of-shoulder-blade", "right")}),
    ("burning under the front of my ribs on the right", {("upper-abdomen", "right")}),
    ("body_area,side,pain\nunder big toe,L,7\ntop of foot,L,0", {("big-toe", "left")}),
    ("OBX|1|ST|PAIN^site||inner thigh^L^6^stinging||||||F\nOBX|2|ST|PAIN^site||groin^L^0||||||F",
     {("inner-thigh", "left")}),
    ("OBX|1|TX|BODYMAP^Pain drawing||R outer elbow, int 7\nNTE|1||tennis",
     {("outer-elbow", "right")}),
    ('<svg class="body-back"><circle r="9" data-region="back of knee" data-side="R"/></svg>',
     {("back-of-knee", "right")}),
    # the round after style sets 37-38: "surprisingly ok" is fine; the back of a car is no back
    ("stiff neck on the left. Lower back surprisingly ok for once",
     {("back-of-neck", "left"), ("side-of-neck", "left"), ("top-of-shoulder", "left")}),
    ("I lift two car seats into the back every morning, now my right calf aches",
     {("calf", "right")}),
    ("ache in the left side of my lower back when I sit in the back of the car",
     {("low-back", "left")}),
    # the round after style set 40: a denial reaches every numbered finger; the pisiform
    ("ulnar wrist pain R. No paresthesia 4th/5th fingers", {("little-finger-side-of-wrist",
                                                               "right")}),
    ("tingling 4th/5th fingers R", {("ring-finger", "right"), ("little-finger", "right")}),
    ("tender around the pisiform, left", {("little-finger-side-of-wrist", "left")}),
    # the round after style sets 41-42: a column of scores set apart by spaces, the heel of the
    # palm, a child carried on the hip
    ("sole chart - RIGHT\nregion        score\nmiddle of sole    6\nheel        0\n"
     "big toe       0", {("sole", "right")}),
    ("ache at the palm heel, pinky side, left", {("little-finger-side-of-hand", "left")}),
    ("ache over the front of my left shoulder when I do the usual hip carry",
     {("front-of-shoulder", "left")}),
]


@pytest.mark.parametrize(("text", "expected"), READINGS)
def test_reading(kb: KnowledgeBase, text: str, expected: set[tuple[str, str]]) -> None:
    assert marks(kb, text) == expected
