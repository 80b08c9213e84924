"""The lists of words from other languages that people mix into English (safety/data/*.yaml in
``lexicon.MIXED_LANGUAGE_DATA``): one rule per test, each run over every list, so a new language
gets the same checks by being added to the tuple.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.safety.lexicon import MIXED_LANGUAGE_DATA, english_words
from triggerpoint.yamlio import read_yaml

DATA = Path(__file__).resolve().parents[2] / "src/triggerpoint/safety/data"
#: Words of another language that are also English words with the same meaning.
SAME_IN_ENGLISH = {"papa", "mummy"}
LISTS = pytest.mark.parametrize("path", MIXED_LANGUAGE_DATA, ids=lambda p: p.name)



@pytest.mark.parametrize("name", ["spanish.yaml", "hindi-urdu.yaml", "tagalog.yaml", "kreol.yaml",
                                  "haitian.yaml", "indonesian-malay.yaml", "hawaiian-pidgin.yaml",
                                  "bisaya.yaml", "irish.yaml"])
def test_the_list_is_read(name: str) -> None:
    assert DATA / name in MIXED_LANGUAGE_DATA, f"add {name} to lexicon.MIXED_LANGUAGE_DATA"


@LISTS
def test_a_list_cites_known_sources(kb: KnowledgeBase, path: Path) -> None:
    data = read_yaml(path)
    unknown = [s for s in data["sources"] if s not in kb.sources]
    assert data["sources"], f"{path.name} cites no source; add the pages its words come from"
    assert not unknown, f"{path.name} cites sources not in knowledge/sources.yaml: {unknown}"


@LISTS
def test_a_listed_word_is_not_an_english_word(path: Path) -> None:
    words = read_yaml(path)["words"]
    english = english_words(min_length=2, min_count=1000)
    clash = sorted(w for w in words if w in english and w not in SAME_IN_ENGLISH)
    assert not clash, f"{path.name}: these would change ordinary English text, remove them: {clash}"


@LISTS
def test_every_entry_has_the_three_parts(path: Path) -> None:
    data = read_yaml(path)
    missing = [key for key in ("sources", "phrases", "words", "my") if key not in data]
    assert not missing, f"{path.name} lacks {missing}; see spanish.yaml for the layout"


def test_no_word_means_two_things_in_two_languages() -> None:
    tables = [read_yaml(path)["words"] for path in MIXED_LANGUAGE_DATA]
    clash = sorted(w for i, a in enumerate(tables) for b in tables[i + 1:] for w in a
                   if w in b and a[w] != b[w])
    assert not clash, f"one word, two meanings across the language lists: {clash}"


@LISTS
def test_every_meaning_is_words(path: Path) -> None:
    data = read_yaml(path)
    entries = {**data["phrases"], **data["words"]}
    odd = sorted(k for k, v in entries.items() if not isinstance(v, str) or not v.strip())
    assert not odd, f"{path.name}: quote these meanings (YAML reads no, yes, on as booleans): {odd}"


@LISTS
def test_a_listed_word_changes_no_concept_term(kb: KnowledgeBase, path: Path) -> None:
    """A term is read through the same lists as a text, so a listed word that a term also uses
    turns the term into its meaning: Spanish "tia" (aunt) made the mini-stroke's "TIA" match
    every "aunt". A word may stand in a term only where the list gives it the term's own sense."""
    words = read_yaml(path)["words"]
    same_sense = {"comot"}  # Nigerian Pidgin "e just comot by itself": it came out
    clash = sorted({
        (word.rstrip("*!"), concept.id)
        for concept in kb.safety_concepts.values()
        for term in [*concept.terms, *concept.exclude,
                     *(t for near in concept.near for group in near.groups for t in group)]
        for word in term.split()
        if word.rstrip("*!") in words and word.rstrip("*!") not in same_sense
    })
    assert not clash, (f"{path.name}: these words are also concept terms; drop them or use a "
                       f"phrase: {clash}")
