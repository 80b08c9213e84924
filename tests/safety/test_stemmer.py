"""The gate stems words with PyStemmer (Snowball's C build); the pure-Python snowballstemmer is
the oracle: both must give every word the gate knows, and every word of the scenario suite,
and the held-out sets in benchmarks/, the same stem (a different stem would silently change
which terms a text matches)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import Stemmer
from snowballstemmer.english_stemmer import EnglishStemmer

from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.safety.concepts import concept_index

SUITE = Path(__file__).parent / "suite"
BENCHMARKS = Path(__file__).parents[2] / "benchmarks"
_WORD = re.compile(r"[a-z]+")


def _texts_words() -> set[str]:
    words: set[str] = set()
    for path in [*SUITE.glob("*.jsonl"), *BENCHMARKS.glob("*.jsonl")]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                words.update(_WORD.findall(str(json.loads(line).get("text", "")).lower()))
    return words


def test_pystemmer_stems_as_the_pure_python_snowball_stemmer() -> None:
    index = concept_index(KnowledgeBase.load())
    words = {w for group in index.vocabulary.words.values() for w in group} | _texts_words()
    assert len(words) > 8000
    fast, oracle = Stemmer.Stemmer("english"), EnglishStemmer()
    differ = sorted(w for w in words if fast.stemWord(w) != oracle.stemWord(w))
    assert not differ, f"PyStemmer and snowballstemmer disagree on {differ[:20]}"
