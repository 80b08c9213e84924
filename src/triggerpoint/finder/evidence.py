"""Weak evidence from the words of a description: activities and pain qualities.

Each muscle lists what aggravates it (``aggravated_by``: 'typing with the wrists bent', 'running
uphill') and its symptoms. When the description shares words with these ('I type all day',
'after running up hills'), the muscle gets a small bonus. Words are compared by a crude stem
('typing', 'typed', 'types' -> 'typ'); common words and body words are left out, since places
are the drawing's business (every word of the atlas's region names, synonyms and broad terms
is left out). A word counts by how specific it is: ``log(N / df) / log N``, 1 for a
word only one of the N muscles lists and near 0 for one they all list; and a muscle that lists
many words (so matches more texts by chance) has its sum scaled by ``sqrt(typical / size)``,
the typical size being the median over the muscles. The bonus is a likelihood
ratio of at most ``WORD_RATIO`` per word and ``MAX_RATIO`` in all: weak on purpose, as a habit
or a quality is suggestive, never decisive. Symptoms the description reader already found (or
found denied) are not counted again.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence

from triggerpoint.finder.actions import ActionEvidence
from triggerpoint.finder.query import Query
from triggerpoint.finder.words import words
from triggerpoint.knowledge import KnowledgeBase, Muscle

__all__ = ["MAX_RATIO", "WORD_RATIO", "WeakEvidence", "stem", "stems"]

WORD_RATIO = 1.5
MAX_RATIO = 2.0

_WORD = re.compile(r"[a-z]+")
#: Words too common to tell muscles apart, and body words (the drawing already counts places).
STOP = frozenset(
    """
    a about above across after again against all also an and any are around as at away back
    bad be been before being below between both but by can cause causes could day days do does
    doing down during e each eg even ever every few for from front get gets getting give go
    going good had has have having hard he her here high him his how i if in into is it its
    just keep keeps kind lasting less like little long longer lot low lower made make makes many
    may me more most much my near no not now of off often on once one only or other our out
    over own part per poor put quite rather really same she should side since so some such than
    that the their them then there these they thing things this those through time times to too
    under up upper very was way we well were what when where which while who why will with
    without would you your ie etc spells spell periods period hours hour habit habits
    use using used work working worked job activity activities position positions
    feel feels felt worse worst especially movement movements move moves moving strength
    behind outside inside outer inner front top bottom deep lot bit start started
    arm arms hand hands finger fingers thumb thumbs wrist wrists elbow elbows shoulder shoulders
    neck head face jaw leg legs knee knees foot feet toe toes hip hips thigh thighs calf calves
    ankle ankles chest ribs rib belly stomach abdomen body muscle muscles pain pains painful sore
    ache aches aching hurt hurts left right
    """.split()
)


def stem(word: str) -> str:
    """A crude English stem: 'running' -> 'run', 'typing' and 'type' -> 'typ'."""
    for suffix in ("ingly", "ings", "ing", "edly", "ied", "ies", "ed", "es", "ly", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    return word


def _compound_pattern() -> re.Pattern[str]:
    """Exercises of the reader's word list named by a verb and a common word ('sit up', 'push
    up'), written with a space, a hyphen or run together, singular or plural: apart, the common
    word is left out and the verb alone says little."""
    pairs = sorted(
        {
            p
            for p in words().activity_phrases
            if len(p.split()) == 2 and p.split()[1].removesuffix("s") in STOP
        },
        key=len,
    )
    alternatives = "|".join(
        rf"{re.escape(a)}[\s-]*{re.escape(b.removesuffix('s'))}" for a, b in map(str.split, pairs)
    )
    return re.compile(rf"\b(?:{alternatives})(?:e?s)?\b")


_COMPOUND = _compound_pattern()


def _joined(match: re.Match[str]) -> str:
    return re.sub(r"[\s-]+", "", match.group(0))


def stems(text: str) -> set[str]:
    """The content stems of a text (common and body words left out); an exercise named by a verb
    and a common word is one word ('sit-ups', 'sit ups' and 'situp' all read 'situp')."""
    text = _COMPOUND.sub(_joined, text.casefold())
    return {stem(w) for w in _WORD.findall(text) if w not in STOP and len(w) > 2}


class WeakEvidence:
    """Activity and quality words of every muscle, weighted by how specific they are."""

    def __init__(self, kb: KnowledgeBase, muscles: Sequence[Muscle]) -> None:
        places = [
            w for r in kb.atlas.regions.values() for w in (r.name, *r.synonyms, *r.anatomical_terms)
        ]
        places += [w for b in kb.atlas.broad_terms for w in (b.term, *b.synonyms)]
        self.place_words = frozenset(stems(" ".join(places)))
        self.symptom_words = {
            s.id: stems(" ".join([s.name, *s.synonyms])) - self.place_words
            for s in kb.symptoms.values()
        }
        self.words: list[dict[str, str | None]] = []  # stem -> symptom id it came from, or None
        for muscle in muscles:
            words: dict[str, str | None] = {}
            for symptom in muscle.symptoms:
                for w in self.symptom_words.get(symptom, ()):
                    words[w] = symptom
            for w in stems(" ".join(muscle.aggravated_by)) - self.place_words:
                words[w] = None
            self.words.append(words)
        df: dict[str, int] = {}
        for words in self.words:
            for w in words:
                df[w] = df.get(w, 0) + 1
        n = max(2, len(muscles))
        self.specificity = {w: math.log(n / d) / math.log(n) for w, d in df.items()}
        sizes = sorted(len(words) for words in self.words if words)
        typical = sizes[len(sizes) // 2] if sizes else 1
        #: A muscle that lists many words matches more texts by chance: its matches count
        #: sqrt(typical / size), the typical size being the median over all muscles.
        self.scale = [math.sqrt(typical / len(words)) if words else 0.0 for words in self.words]
        #: Resisted tests a clinical note names (finder/actions.py).
        self.tests = ActionEvidence(muscles)
        self.by_word: dict[str, list[int]] = {}
        for i, words in enumerate(self.words):
            for w in words:
                self.by_word.setdefault(w, []).append(i)

    def matches(self, text: str, query: Query) -> dict[int, list[str]]:
        """Muscle index -> the description's stems that match its activities or symptoms."""
        said = stems(text)
        known = set(query.symptoms) | set(query.negated)
        found: dict[int, list[str]] = {}
        for w in sorted(said):
            for i in self.by_word.get(w, ()):
                symptom = self.words[i][w]
                if symptom is not None and symptom in known:
                    continue
                found.setdefault(i, []).append(w)
        return found

    def log_bonus(self, text: str | None, query: Query) -> dict[int, float]:
        """Muscle index -> log likelihood ratio of the weak evidence (absent: 0)."""
        if not text:
            return {}
        cap = math.log(MAX_RATIO)
        per_word = math.log(WORD_RATIO)
        return {
            i: min(cap, per_word * self.scale[i] * _total(self.specificity[w] for w in words))
            for i, words in self.matches(text, query).items()
        }


def _total(values: Iterable[float]) -> float:
    return sum(values)
