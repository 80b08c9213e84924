"""The reader's word lists (finder/data/words.yaml) are valid data that point at real places."""

from __future__ import annotations

import pytest

from triggerpoint.finder.lexicon import phrase_key
from triggerpoint.finder.words import WORDS_FILE, WordLists, words
from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.yamlio import read_yaml


def test_the_word_lists_validate() -> None:
    assert WordLists.model_validate(read_yaml(WORDS_FILE)) == words()


@pytest.mark.parametrize(("phrase", "region"), sorted(words().places.items()))
def test_every_extra_place_phrase_names_a_known_region(
    kb: KnowledgeBase, phrase: str, region: str
) -> None:
    assert region in kb.atlas.regions, f"'{phrase}' points to unknown region '{region}'"
    assert phrase_key(phrase), f"'{phrase}' has no words left once folded"


@pytest.mark.parametrize("phrase", words().activity_phrases)
def test_no_activity_phrase_is_a_place_name(kb: KnowledgeBase, phrase: str) -> None:
    names = {
        phrase_key(n) for r in kb.atlas for n in (r.id, r.name, *r.synonyms, *r.anatomical_terms)
    }
    assert phrase_key(phrase) not in names, f"'{phrase}' would hide a place name"


@pytest.mark.parametrize(("short", "long"), sorted(words().shorthand.items()))
def test_every_shorthand_expands_to_other_words(short: str, long: str) -> None:
    assert long.strip() and long.casefold() != short.casefold()


@pytest.mark.parametrize(
    ("region", "prefix", "part"),
    [(r, p, part) for r, parts in sorted(words().variants.items()) for p, part in parts.items()],
)
def test_every_named_part_of_a_place_exists(
    kb: KnowledgeBase, region: str, prefix: str, part: str
) -> None:
    assert region in kb.atlas.regions and part in kb.atlas.regions
    assert prefix in {p for ps in words().facets.values() for p in ps}
