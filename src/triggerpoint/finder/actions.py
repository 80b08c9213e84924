"""Evidence from a resisted test named in a clinical note.

A therapist's note often says which movement hurts or is weak against resistance ("resisted
wrist ext reproduces", "pain on resisted supination", "MMT inversion 4/5 painful", "Ext rot
weak"). The muscles that make that movement (each muscle's ``actions`` in the knowledge base,
main action first) are then more likely, whatever the places: the movement loads them. The
note is read clause by clause (split at ``, ; . ! ?``); a clause counts when it holds a test
word, a word that says the test was positive and none that says it was negative ("resisted
elbow flex + supination pain-free" gives nothing). A movement is told with its joint before or
after it ("resisted thumb IP flexion", "flexion of the knee") or, for a movement that belongs
to one joint, alone ("resisted supination"). Words are in ``data/actions.yaml``.

Each movement found multiplies the likelihood of a muscle whose main action it is by
``MAIN_RATIO`` and of one that also makes it by ``OTHER_RATIO``, at most ``MAX_RATIO`` in all:
a test is specific, but it loads every muscle that makes the movement, and a note's places
still decide among them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from triggerpoint.knowledge import Muscle

__all__ = [
    "ACTIONS_FILE", "MAIN_RATIO", "MAX_RATIO", "OTHER_RATIO", "ActionEvidence", "resisted_tests",
]

ACTIONS_FILE = Path(__file__).parent / "data" / "actions.yaml"
MAIN_RATIO = 3.0
OTHER_RATIO = 2.0
MAX_RATIO = 4.0

_TOKEN = re.compile(r"[a-z0-9][a-z0-9+/!-]*|[,;.!?]")
_BREAKS = frozenset(",;.!?")
#: How far (in words) a joint may stand from its movement ("thumb IP flexion").
_REACH = 3


@dataclass(frozen=True)
class _Words:
    """The word lists of ``data/actions.yaml`` as lookups (plain data: the find snapshot holds
    them, so a start reads no YAML)."""

    tests: frozenset[str]
    positive: frozenset[str]
    negative: frozenset[str]
    movements: dict[str, str]  # word or two-word phrase -> movement
    joints: dict[str, str]  # word or two-word phrase -> joint
    default_joints: dict[str, str]
    guarded: frozenset[str]

    @classmethod
    def read(cls, path: Path = ACTIONS_FILE) -> _Words:
        from triggerpoint.knowledge.models import JOINTS, MOVEMENTS
        from triggerpoint.yamlio import read_yaml

        data: dict[str, Any] = read_yaml(path)
        movements = {w: m for m, ws in data["movements"].items() for w in ws}
        joints = {w: j for j, ws in data["joints"].items() for w in ws}
        unknown = (set(movements.values()) - set(MOVEMENTS)) | (set(joints.values()) - set(JOINTS))
        if unknown:
            raise ValueError(f"{path.name}: {sorted(unknown)} are not movements or joints of the "
                             "knowledge base (knowledge/models.py, JOINTS and MOVEMENTS)")
        return cls(frozenset(data["test_words"]), frozenset(map(str, data["positive_words"])),
                   frozenset(map(str, data["negative_words"])), movements, joints,
                   dict(data["default_joints"]), frozenset(data["guarded"]))


def _clauses(text: str) -> list[list[str]]:
    found: list[list[str]] = [[]]
    for token in _TOKEN.findall(text.casefold()):
        if token in _BREAKS:
            found.append([])
        else:
            found[-1].append(token)
    return [c for c in found if c]


def _phrases(words: Sequence[str], table: dict[str, str]) -> list[tuple[int, int, str]]:
    """(start, end, value) of every phrase of ``table`` in ``words``, two-word phrases first."""
    found: list[tuple[int, int, str]] = []
    taken: set[int] = set()
    for size in (2, 1):
        for i in range(len(words) - size + 1):
            phrase = " ".join(words[i:i + size])
            if phrase in table and taken.isdisjoint(range(i, i + size)):
                found.append((i, i + size, table[phrase]))
                taken.update(range(i, i + size))
    return sorted(found)


def resisted_tests(text: str, words: _Words, known: Collection[str] = ()) -> list[str]:
    """The actions ("wrist extension") a note's positive resisted tests name, in order; with
    ``known``, a joint is taken only where it makes a known action ("supination w/ elbow
    extended" is the forearm's supination)."""
    found: list[str] = []
    for clause in _clauses(text):
        plain = set(clause)
        if not (plain & words.tests and plain & words.positive) or plain & words.negative:
            continue
        joints = _phrases(clause, words.joints)
        for start, end, movement in _phrases(clause, words.movements):
            if start > 0 and clause[start - 1] in ("in", "into"):
                continue  # "inversion in PF": a position held, not the movement tested
            near = [(abs(start - j_end) if j_end <= start else abs(j_start - end), joint)
                    for j_start, j_end, joint in joints
                    if (j_end <= start and start - j_end < _REACH
                        or j_start >= end and j_start - end < _REACH)
                    and (not known or f"{joint} {movement}" in known)]
            guarded = " ".join(clause[start:end]) in words.guarded
            if guarded and not near and not (start > 0 and clause[start - 1] in words.tests):
                continue  # "went to ER": a short word is a movement only beside a joint or test
            joint = min(near)[1] if near else words.default_joints.get(movement)
            if joint is not None:
                found.append(f"{joint} {movement}")
    return list(dict.fromkeys(found))


class ActionEvidence:
    """The muscles that make each movement, main action first."""

    def __init__(self, muscles: Sequence[Muscle], words: _Words | None = None) -> None:
        self.words = words or _Words.read()
        self.by_action: dict[str, list[tuple[int, bool]]] = {}
        for i, muscle in enumerate(muscles):
            if muscle.actions is None:
                continue
            for n, action in enumerate(muscle.actions.moves):
                self.by_action.setdefault(action, []).append((i, n == 0))

    def matches(self, text: str) -> dict[int, list[tuple[str, bool]]]:
        """Muscle index -> the tested actions it makes (and whether each is its main one)."""
        found: dict[int, list[tuple[str, bool]]] = {}
        for action in resisted_tests(text, self.words, self.by_action):
            for i, main in self.by_action.get(action, ()):
                found.setdefault(i, []).append((action, main))
        return found

    def log_bonus(self, text: str | None,
                  tested: dict[int, list[tuple[str, bool]]] | None = None) -> dict[int, float]:
        """Muscle index -> log likelihood ratio of the tests it explains (absent: 0); ``tested``
        is ``matches(text)`` when the caller has it already."""
        if tested is None:
            tested = self.matches(text) if text else {}
        cap = math.log(MAX_RATIO)
        return {i: min(cap, sum(math.log(MAIN_RATIO if main else OTHER_RATIO)
                                for _, main in actions))
                for i, actions in tested.items()}
