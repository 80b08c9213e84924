"""What held-out style sets 146 and 147 taught the finder (night-shift detectives, forensic
benches, drawings one word per line, pros and cons, Singlish and Spanglish queries, mornings
against evenings; wedding planners, voice actors, before and after a session, notes full of
acronyms, initials only, what I did written as a recipe):

- a drawing written one word per line, its items parted by a line of dashes ('elbow / outer /
  left / 6 / -- / ...'), is read an item to a line;
- a trigger thumb is the long thumb flexor's (its own complaint, no longer a trigger finger);
- shoulder pain reaching behind the back (a back pocket, a bra clasp) is a sign of the
  infraspinatus and the coracobrachialis;
- 'R wrist back pinky side' is the back of the wrist, its little-finger side (the extensor
  carpi ulnaris'), as 'back of wrist, pinky side' was;
- 'perineal' (a note's word) is the perineum.
"""

from __future__ import annotations

import pytest

from triggerpoint.finder import find
from triggerpoint.finder.build import build_query
from triggerpoint.finder.charts import read_chart
from triggerpoint.knowledge import KnowledgeBase


def _ranked(kb: KnowledgeBase, text: str) -> list[str]:
    query = build_query(kb, text=text, top=len(kb.muscles))
    return [c.muscle for c in find(query, kb, text=text).candidates]


def test_a_drawing_one_word_per_line(kb: KnowledgeBase) -> None:
    text = "elbow\nouter\nleft\n6\n--\nhand\nback\nthumb-side\nleft\n5"
    assert read_chart(text) == "elbow outer left 6\nhand back thumb-side left 5"
    marks = [(m.region, m.side, m.intensity) for m in build_query(kb, text=text).marks]
    assert marks == [("outer-elbow", "left", 6.0), ("back-of-hand", "left", 5.0)]


@pytest.mark.parametrize("text", [
    "my neck hurts\n--\nsent from my phone",  # a signature's dashes under prose
    "neck\n--",
])
def test_prose_with_dashes_is_left_alone(text: str) -> None:
    assert read_chart(text).splitlines()[-1].strip() in ("sent from my phone", "--", "neck")


@pytest.mark.parametrize("text", ["trigger thumb", "my thumb keeps locking"])
def test_a_trigger_thumb(kb: KnowledgeBase, text: str) -> None:
    assert _ranked(kb, text)[0] == "flexor-pollicis-longus"
    assert _ranked(kb, "trigger finger")[0] in ("flexor-digitorum-profundus",
                                                "flexor-digitorum-superficialis")


@pytest.mark.parametrize("text", ["shoulder hurts cant reach back pocket",
                                  "front of shoulder hurts when I do up my bra"])
def test_reaching_behind_the_back(kb: KnowledgeBase, text: str) -> None:
    assert "reach-behind-back" in build_query(kb, text=text).symptoms
    assert _ranked(kb, text)[0] == "infraspinatus"


def test_the_back_of_the_wrist_then_its_side(kb: KnowledgeBase) -> None:
    (mark,) = build_query(kb, text="R wrist back pinky side ache").marks
    assert (mark.region, mark.within, mark.side) == (
        "little-finger-side-of-wrist", ("back-of-wrist",), "right")
    assert _ranked(kb, "R wrist back pinky side ache")[0] == "extensor-carpi-ulnaris"
    (mark,) = build_query(kb, text="R wrist, palm side, little-finger edge").marks
    assert mark.region == "front-of-wrist"  # the palm side keeps its own reading


def test_perineal_is_the_perineum(kb: KnowledgeBase) -> None:
    marks = build_query(kb, text="c/o perineal ache with prolonged sitting").marks
    assert [m.region for m in marks] == ["perineum"]


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("knee back ache", "back-of-knee"),
        ("wrist back ache", "back-of-wrist"),
        ("lower ribs back ache right", "mid-back"),
    ],
)
def test_a_place_then_back_is_its_back(kb: KnowledgeBase, text: str, region: str) -> None:
    # (sets 148-149: terse queries; "knee back ache" was the front of the knee and the low back)
    assert [m.region for m in build_query(kb, text=text).marks] == [region]


@pytest.mark.parametrize("text", ["my neck, back and shoulders ache", "neck and back ache"])
def test_back_in_a_list_stays_the_back(kb: KnowledgeBase, text: str) -> None:
    assert "low-back" in [m.region for m in build_query(kb, text=text).marks]


@pytest.mark.parametrize("text", ["hurts when I tilt my head back", "tilt my head back sore"])
def test_back_as_a_movement_is_no_facet(kb: KnowledgeBase, text: str) -> None:
    assert not any(m.region in ("back-of-head", "back-of-shoulder")
                   for m in build_query(kb, text=text).marks)
