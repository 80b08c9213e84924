"""A resisted test named in a clinical note (finder/actions.py): which movements are read, and
how they move the ranking."""

from __future__ import annotations

import pytest

from triggerpoint.finder import build_query, find
from triggerpoint.finder.actions import _Words, resisted_tests
from triggerpoint.knowledge import KnowledgeBase

_WORDS = _Words.read()


@pytest.mark.parametrize(
    ("note", "actions"),
    [
        ("Pain on resisted supination w/ elbow extended.", ["forearm supination"]),
        ("Resisted wrist ext reproduces.", ["wrist extension"]),
        ("resisted thumb IP flexion reproduces sx", ["thumb flexion"]),
        ("Resisted knee flexion painful", ["knee flexion"]),
        ("Ext rot weak. TTP below R scapular spine.", ["shoulder external-rotation"]),
        ("MMT inversion in PF 4/5 painful", ["foot inversion"]),  # PF is where it was held
        ("Resisted toe ext reproduces.", ["toes extension"]),
        ("resisted hip abd and flexion painful", ["hip abduction", "hip flexion"]),
        # negative, or no test at all: nothing
        ("Resisted elbow flex + supination pain-free.", []),
        ("Resisted wrist ext 5/5, no pain.", []),
        ("Hip flexion limited by pain.", []),
        ("went to ER last night, leg weak", []),
    ],
)
def test_which_resisted_tests_are_read(note: str, actions: list[str]) -> None:
    known = {f"{j} {m}" for j, m in (a.split() for a in actions)} | {
        "forearm supination", "elbow flexion", "shoulder external-rotation"}
    assert resisted_tests(note, _WORDS, known) == actions


def _top(kb: KnowledgeBase, text: str) -> list[str]:
    query = build_query(kb, text=text, top=5)
    return [c.muscle for c in find(query, kb, text=text).candidates]


def test_a_painful_resisted_test_puts_the_muscles_that_make_the_movement_first(
    kb: KnowledgeBase,
) -> None:
    places = "R posterior shoulder pain, deep, just below the acromion."
    plain = _top(kb, places)
    tested = _top(kb, f"{places} Resisted ER reproduces.")
    assert plain[0] not in ("teres-minor", "infraspinatus")
    assert tested[0] in ("teres-minor", "infraspinatus")
    # a negative test is no evidence: the ranking is that of the places alone
    assert _top(kb, f"{places} Resisted ER pain-free.") == plain


def test_the_result_says_which_test_a_muscle_explains(kb: KnowledgeBase) -> None:
    text = "L volar wrist and forearm pain, radial side. Pain with resisted pronation."
    result = find(build_query(kb, text=text, top=5), kb, text=text)
    by_muscle = {c.muscle: c.tests_matched for c in result.candidates}
    assert by_muscle["pronator-teres"] == ["forearm pronation"]
    assert result.candidates[0].muscle == "pronator-teres"
    assert "tests_matched" in result.candidates[0].to_json()


def test_every_action_word_list_names_a_knowledge_base_movement_and_joint() -> None:
    from triggerpoint.knowledge.models import JOINTS, MOVEMENTS

    assert set(_WORDS.movements.values()) <= set(MOVEMENTS)
    assert set(_WORDS.joints.values()) <= set(JOINTS)
    assert set(_WORDS.default_joints) <= set(MOVEMENTS)
