"""Reading a pain drawing's export: view labels are no places ('Back: R calf', 'front view:',
'Pain map (back + front):'), a place left blank is fine ('Neck: none', 'Arch/toes: nil', 'ankle
none'), a hand's side in brackets is the place's side ('5th finger (back)'), and a denial reaches
every item of a list ('no marks on jaw, ear or back of head'). Each row is a text and exactly the
(region, side) pairs it should mark, read through the packaged lexicon; the lookalikes keep what
they say.
"""

from __future__ import annotations

import pytest
from readings import marks

from triggerpoint.finder.build import lexicon_for
from triggerpoint.finder.charts import read_chart_labels
from triggerpoint.knowledge import KnowledgeBase

READINGS = [
    # a view label before what was marked on it is no place, and gives it no facet
    ("Front: R deep groin (7), R upper inner thigh (3).", {("groin", "right"),
                                                          ("inner-thigh", "right")}),
    ("Back: L lower buttock (6), L back of thigh (5)", {("lower-buttock", "left"),
                                                        ("back-of-thigh", "left")}),
    ("Rear view - right calf, upper half", {("calf", "right")}),
    ("Pain map (front + back):\n* L outer elbow - 6/10", {("outer-elbow", "left")}),
    ("dorsal hand view: R index finger shaded", {("index-finger", "right")}),
    # a view or a place left blank
    ("R temple (5). Back: none. Neck: nil.", {("temple", "right")}),
    ("L heel underside 8/10. Arch/toes: none", {("heel", "left")}),
    ("right outer ankle 6, foot none", {("outer-ankle", "right")}),
    ("L elbow outer; wrist - nothing", {("outer-elbow", "left")}),
    # a hand's side in brackets after a place is that place's side, not the back
    ("LEFT 5th finger (back) shaded", {("little-finger", "left")}),
    # a denial reaches every item of its list, with 'or', or with 'and' after a comma
    ("R calf (4). No marks on jaw, ear or back of head.", {("calf", "right")}),
    ("no pain in my neck, shoulder, and arm, just my low back", {("low-back", "either")}),
    ("never had issues with my knees or hips but my heel is sore", {("heel", "both")}),
    # ticked and empty boxes; a limb heading before a view keeps its side
    ("Right arm, dorsal view:\n [x] lateral elbow - 6\n [ ] forearm shaft\n [ ] fingers",
     {("outer-elbow", "right")}),
    ("\u2611 R heel \u2610 R arch", {("heel", "right")}),
    # a blank said as a question's answer, or 'not shaded'
    ("R neck ache. Headache? nope.", {("back-of-neck", "right")}),
    ("L middle finger palm side = shaded (5); wrist & forearm = not shaded",
     {("middle-finger", "left")}),
    # a joint said to be fine; a facet right after its place
    ("groin itself and knee joint fine, my left inner thigh hurts", {("inner-thigh", "left")}),
    ("L shoulder-blade bottom to lower ribs", {("lower-tip-of-shoulder-blade", "left"),
                                              ("lower-ribs", "left")}),
    ("my heel bottom hurts", {("heel", "either")}),
    # 'back to' with no owner is a direction, not the back
    ("my knee is back to normal but my hip hurts", {("outer-hip", "either")}),
    ("pain from my back to my hip", {("low-back", "either"), ("outer-hip", "either")}),
    # lookalikes: a bracket that is no hand's side, a label followed by no side, a new clause
    ("my back is killing me", {("low-back", "either")}),
    ("no pain in my knee, my hip hurts", {("outer-hip", "either")}),
    ("no pain in my jaw and my neck is stiff", {("back-of-neck", "either")}),
]


@pytest.mark.parametrize(("text", "expected"), READINGS)
def test_reading(kb: KnowledgeBase, text: str, expected: set[tuple[str, str]]) -> None:
    assert marks(kb, text) == expected


def test_a_blank_place_is_reported_as_fine(kb: KnowledgeBase) -> None:
    parsed = lexicon_for(kb).parse("R temple (5). Neck: none")
    assert [n.casefold() for n in parsed.negated] == ["neck"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Back: none. Front: L groin", ";. L groin"),
        ("R calf 4\n- Front: nil", "R calf 4\n- ;"),
        ("Arch/toes: nil", "Arch and toes fine"),
        ("teeth (top and bottom) sore", "teeth (top and bottom) sore"),  # no hand's side
        ("my back - none of the stretches help", "my back - none of the stretches help"),
        ("Back: aching all day", "Back: aching all day"),  # no side after it: a place
    ],
)
def test_chart_labels_as_words(text: str, expected: str) -> None:
    assert " ".join(read_chart_labels(text).split()) == " ".join(expected.split())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a common English word is what it says, not a slip for a body or side word
        ("ring finger, light ache", {("ring-finger", "either")}),
        ("a sharp spike of pain in my heel", {("heel", "either")}),
        # a slip still is one: a tie goes to the body word, and a misspelling a phrase holds
        # ('frozen sholder') is corrected like any other
        ("pain in my wirst", {("back-of-wrist", "either")}),
        ("my sholder hurts", {("top-of-shoulder", "either")}),
        ("lumber pain on the left", {("low-back", "left")}),
        ("side stich when running", {("lower-ribs", "either"), ("side-of-chest", "either")}),
    ],
)
def test_spelling(kb: KnowledgeBase, text: str, expected: set[tuple[str, str]]) -> None:
    assert marks(kb, text) == expected


def test_a_common_word_spelt_like_a_place_is_not_reported(kb: KnowledgeBase) -> None:
    parsed = lexicon_for(kb).parse("my knee hurts with a light touch")
    assert parsed.unresolved == []



# Drawings exported as data: every format reads to the same marks, and an unmarked place (no
# score, a zero, "no", an empty box, a crossed-out item) is no mark.
EXPORTS = [
    ("region,side,intensity\nback of throat,R,6\ndeep in ear,R,4\ntemple,,\nteeth,,\n"
     "note: swallowing hurts", {("throat", "right"), ("ear", "right")}),
    ('{"view": "front", "marks": [{"area": "forehead", "side": "L", "pain": 7}, '
     '{"area": "neck", "side": "", "pain": null}], "other": "dizzy"}', {("forehead", "left")}),
    ('{"view": "side (L)", "marks": {"outer thigh upper": 4, "outer knee": 6, "shin": null}}',
     {("outer-thigh", "left"), ("outer-knee", "left")}),
    ("region,left,right\nsacrum,x,x\nupper buttock,,x\nouter thigh,,", {
        ("sacrum", "midline"), ("upper-buttock", "right")}),
    ("#, body part, side, marked\n1, front of shoulder, R, yes\n3, elbow, R, no",
     {("front-of-shoulder", "right")}),
    ("region: heel (bottom) | side: R | intensity: 7\nregion: calf | side: | intensity:",
     {("heel", "right")}),
    ("view=front | groin L=7 | knee= | outer hip=0", {("groin", "left")}),
    ("Pain map | view: side | L: temple (8/10) | R: -- none --", {("temple", "left")}),
    ("view: back\n1. base of skull - right  \u2713\n2. jaw  x\n3. shoulder  x",
     {("base-of-skull", "right")}),
    ("\u2713 sacrum, R side\nx buttock\nx legs", {("sacrum", "midline")}),
    ("1) index finger - R - 4/5\n2) wrist -\n3) forearm -", {("index-finger", "right")}),
]


@pytest.mark.parametrize(("text", "expected"), EXPORTS)
def test_exports(kb: KnowledgeBase, text: str, expected: set[tuple[str, str]]) -> None:
    assert marks(kb, text) == expected


def test_a_plain_description_passes_through_the_export_reader() -> None:
    from triggerpoint.finder.charts import read_export

    text = "my back hurts, region unclear: maybe the side | who knows"
    assert read_export("my right temple aches, 6/10") == "my right temple aches, 6/10"
    assert read_export("{not json") == "{not json"
    assert "region" in read_export(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("deep ache behind my right kneecap", {("front-of-knee", "right")}),
        ("hurts to swallow, deep under right ear", {("jaw-angle", "right")}),
        ("posterior cranial ache radiating through to R orbit; worse lying supine",
         {("back-of-head", "right"), ("behind-the-eye", "right")}),
        ("pain in my R orbit", {("eye", "right")}),
        # a facet before 'corner', 'tip', 'edge' is a part of the place before it
        ("ache under my left shoulder blade at the bottom corner",
         {("lower-tip-of-shoulder-blade", "left")}),
        ("my left heel is killing me, bottom and back of the heel", {("heel", "left")}),
        # places listed with a comma before 'all fine'; a new clause after a comma is not
        ("deep ache in the front of my right shoulder. Elbow, neck all fine.",
         {("front-of-shoulder", "right")}),
        ("burning at the ball of my right foot, the heel is fine", {("ball-of-foot", "right")}),
        # a foot on a pedal is a posture
        ("long drives, foot on the pedal for hours, ache down the back of my thigh",
         {("back-of-thigh", "either")}),
        ("chest wall pain R, ribs 5-7, mid-axillary line", {("chest", "right"),
                                                           ("side-of-chest", "right")}),
        ("burning strip between spine and left shoulder blade",
         {("between-shoulder-blades", "left")}),
        ("thumb base aches and the web space is tender", {("base-of-thumb", "either"),
                                                          ("thumb-web", "either")}),
        ("ache in the back of my lower ribs on the right", {("mid-back", "right")}),
        ("ache lower ribs back right side", {("mid-back", "right")}),
    ],
)
def test_places_read_by_their_neighbours(
        kb: KnowledgeBase, text: str, expected: set[tuple[str, str]]) -> None:
    assert marks(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # JSON by view, with a side in a key, lists of place names, lists left out
        ('{"views": {"back": {"skull base, left": 3}, "left side": {"temple": 6}}, '
         '"not marked": ["jaw", "neck"]}', {("base-of-skull", "left"), ("temple", "left")}),
        ('{"side": "left", "front_view": ["thumb", "index finger"], "back_view": [], '
         '"skipped_by_user": ["elbow"]}', {("thumb", "left"), ("index-finger", "left")}),
        # a table's score column named otherwise, a zero left out
        ("body_part,side,pain_0_10\nback of thigh,R,5\nankle,R,0\nlow back,,",
         {("back-of-thigh", "right")}),
        # a sentence with commas is no table
        ("Pain drawing: right arm, inside, upper; right hand, little finger side",
         {("inner-upper-arm", "right"), ("little-finger-side-of-hand", "right")}),
        # a limb after the view heading keeps its side; '(left blank)' is a blank
        ("FRONT VIEW - right leg\n- inner shin .... 3/10\n- groin .... (left blank)",
         {("inner-shin", "right")}),
        ("LEFT SIDE VIEW | outer hip point: 6 | foot: (blank)", {("outer-hip", "left")}),
    ],
)
def test_more_exports(kb: KnowledgeBase, text: str, expected: set[tuple[str, str]]) -> None:
    assert marks(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a denied movement reaches every place it names
        ("ache in my mid back on the left, doesnt go to the front or down the leg",
         {("mid-back", "left")}),
        # 'and so is my X' after a place said fine
        ("my left wrist hurts on the palm side. the back of it is fine and so is my thumb",
         {("front-of-wrist", "left")}),
        # a body part something is done with; 'back into' a sport; a bike's seat
        ("ache along the inner edge of my left shoulder blade, rubbing it with my hand helps",
         {("inner-edge-of-shoulder-blade", "left")}),
        ("got back into benching and now my upper left chest aches", {("upper-chest", "left")}),
        ("I cycle a lot, seat probably too low. my knee aches", {("front-of-knee", "either")}),
        ("Sunday league footy. Pain deep in my left groin", {("groin", "left")}),
        ("neck is honestly fine, my temple aches", {("temple", "either")}),
        # lookalikes
        ("I have a problem with my knee", {("front-of-knee", "either")}),
        ("pain in my seat when I sit", {("buttock", "either")}),
    ],
)
def test_forum_readings(kb: KnowledgeBase, text: str, expected: set[tuple[str, str]]) -> None:
    assert marks(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a chart's heading names no place, only its side
        ("Pain diagram - head & neck (front)\n[x] under the chin\n[ ] temple",
         {("chin", "midline")}),
        ("ARM / HAND BODY CHART  (RIGHT side marked)\n[x] outside of elbow - 6",
         {("outer-elbow", "right")}),
        ("Marked on foot chart: underside of the right big toe", {("big-toe", "right")}),
        # "(not filled in)" is a blank; a key whose value is a side says which foot
        ("1. heel - 6/10\n2. top of foot - (not filled in)", {("heel", "either")}),
        ('{"foot": "left", "areas": {"bottom of heel": 8, "top of foot": null}}',
         {("heel", "left")}),
    ],
)
def test_headings(kb: KnowledgeBase, text: str, expected: set[tuple[str, str]]) -> None:
    assert marks(kb, text) == expected


def test_a_note_shortens_a_muscle_name(kb: KnowledgeBase) -> None:
    lexicon = lexicon_for(kb)
    parsed = lexicon.parse("TTP R teres maj. at lat. scapular border reproduces pain")
    assert parsed.confirmed_muscles == ["teres-major"]
    parsed = lexicon.parse("TTP R ECU prox. forearm reproduces sx.")
    assert parsed.confirmed_muscles == ["extensor-carpi-ulnaris"]
    assert marks(kb, "mouse arm, right") == {("back-of-forearm", "right"),
                                             ("outer-elbow", "right"), ("back-of-wrist", "right")}
    assert marks(kb, "pain into post. delt & over long head of triceps") == {
        ("back-of-shoulder", "either"), ("back-of-upper-arm", "both")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # several rows in one line of 'key: value | ...', a numbered mark naming its place
        ("region: right flank of low back | intensity: 5 | region: right mid-buttock | "
         "intensity: 6 | region: right thigh | intensity: | notes: long drive",
         {("low-back", "right"), ("flank", "right"), ("buttock", "right")}),
        ("VIEW: right side | MARK 1: band around side of head above the ear | intensity 6 | "
         "MARK 2: (blank)", {("side-of-head", "right")}),
        # a dash as the value is a blank; a heading stops at the bar
        ("Hand diagram (R) | middle finger: X (light) | wrist: \u2014",
         {("middle-finger", "right")}),
        ("side: R | view: plantar | heel: no marks | outer edge of sole = 3",
         {("outer-edge-of-foot", "right")}),
        ("Front view \u2014 R lower belly, outer part: 5 | back: clear",
         {("lower-abdomen", "right")}),
        # an ache likened to a toothache; an exercise named after the skull; legs not numb;
        # "is back" and "back to normal"
        ("feels like a deep nagging toothache in my right calf", {("calf", "right")}),
        ("skull crushers at the gym, my left elbow hurts", {("outer-elbow", "left")}),
        ("legs not numb, my back hurts", {("low-back", "either")}),
        ("my toothache is back", {("upper-teeth", "either")}),
        ("my neck is back to normal and my back is sore", {("low-back", "either")}),
    ],
)
def test_set_16_readings(kb: KnowledgeBase, text: str, expected: set[tuple[str, str]]) -> None:
    assert marks(kb, text) == expected

