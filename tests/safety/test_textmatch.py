"""Unit tests of the negation-aware matcher behind the safety gate."""

from __future__ import annotations

import pytest

from triggerpoint.safety.textmatch import Text, negated_terms


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("numbness in my hand", "numb"),
        ("I have flu-like symptoms", "flu-like"),
        ("I have flu like symptoms", "flu-like"),
        ("I take low-dose aspirin", "low-dose aspirin"),
        ("I feel light headed", "light-headed"),
        ("I cant feel my feet", "can't feel"),
        ("i dont know when my bladder is full", "don't know when my bladder"),
        ("I havent been able to pee", "haven't been able to pee"),
        ("Im expecting a baby", "i'm expecting"),
        ("I can’t feel the toilet paper", "can't feel"),
    ],
)
def test_term_found(text: str, term: str) -> None:
    assert Text(text).has(term)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("no numbness or tingling", "numb"),
        ("no numbness or tingling", "tingl"),
        ("I don't have any chest pain", "chest"),
        ("never had a blood clot", "blood clot"),
        ("I am not pregnant", "pregnant"),
        ("I’m not pregnant", "pregnant"),
        ("im not pregnant", "pregnant"),
        ("i dont have a fever", "fever"),
        ("I haven't noticed any swelling", "swelling"),
    ],
)
def test_term_negated(text: str, term: str) -> None:
    parsed = Text(text)
    assert not parsed.has(term)
    assert parsed.negated(term)


def test_apostrophe_is_optional_only_for_common_contractions() -> None:
    # "we're" must not turn into "were": "we were expecting rain" is not a pregnancy.
    assert not Text("we were expecting rain").has("we're expecting")
    assert Text("we’re expecting our first").has("we're expecting")


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("No numbness, tingling or weakness in my legs", ["numb", "tingl", "weak"]),
        ("No numbness, tingling, or weakness", ["numb", "tingl", "weak"]),
        ("no fever, chills or night sweats", ["fever", "chills", "night sweats"]),
        ("I dont have any numbness, weakness or tingling", ["numb", "weak", "tingl"]),
        ("I don't take warfarin or any blood thinners", ["warfarin", "blood thinner"]),
        ("I've never had a DVT, blood clot or anything like that", ["dvt", "blood clot"]),
        ("no pins and needles or numbness", ["pins and needles", "numb"]),
    ],
)
def test_negation_covers_a_short_list(text: str, terms: list[str]) -> None:
    assert negated_terms(text, terms) == terms


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # A denied list followed by a new statement: the statement still counts.
        ("No fever or chills, my legs are numb", "numb"),
        ("no fever, chills or sweats, my legs are numb", "numb"),
        ("I don't have a fever, my legs or feet are numb", "numb"),
        ("no pain in my arm, my legs are numb", "numb"),
        # A comma list without 'or' may be a list of symptoms: stay conservative.
        ("No fever, tingling legs, back pain", "tingl"),
    ],
)
def test_negation_does_not_run_into_a_new_statement(text: str, term: str) -> None:
    assert Text(text).has(term)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("I haven't slept because both legs are numb", "both legs"),
        ("I have not been sleeping since my legs went numb", "my legs"),
        ("I don't smoke and my legs are numb", "my legs"),
        ("I didn't sleep so my back is stiff", "my back"),
        ("I don't mind the ache when my calf is swollen", "swollen"),
    ],
)
def test_negation_stops_at_a_new_clause(text: str, term: str) -> None:
    assert Text(text).has(term)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("I didn't realise I'd wet myself", "wet myself"),
        ("I didn't notice I had wet myself", "wet myself"),
        ("I'm not sure if my calf is swollen", "swollen"),
        ("I don't know why my calf is swollen", "calf"),
    ],
)
def test_not_realising_or_not_sure_is_not_a_denial(text: str, term: str) -> None:
    assert Text(text).has(term)


def test_sentences_do_not_share_a_negation() -> None:
    parsed = Text("No fever. My calf is swollen. It is warm and red.")
    assert parsed.matches([["calf"], ["swollen"], ["warm"]])
    assert not Text("No fever.").has("fever")


def test_groups_may_span_two_neighbouring_sentences_only() -> None:
    assert Text("My calf is swollen. It is warm and red.").matches([["calf"], ["warm"]])
    assert not Text("My calf is swollen. I went out. It is warm.").matches(
        [["calf"], ["warm"]]
    )


def test_ampersand_reads_as_and() -> None:
    assert Text("pins & needles in both legs").has("pins and needles")
