"""The safety gate's data refers only to what exists: one rule per test, one case per record."""

from __future__ import annotations

import pytest

from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.safety.context import context_rules

_KB = KnowledgeBase.load()
_KNOWN = set(_KB.safety_concepts)


@pytest.mark.parametrize("flag", _KB.red_flags.values(), ids=list(_KB.red_flags))
def test_red_flag_rules_name_known_concepts(flag: object) -> None:
    unknown = {c for rule in flag.when  # type: ignore[attr-defined]
               for c in (*rule.all, *rule.any, *rule.both_sides, *rule.unless)} - _KNOWN
    assert not unknown, (f"red flag '{flag.id}' names unknown concepts {sorted(unknown)}; "  # type: ignore[attr-defined]
                         "add a file to knowledge/data/safety-concepts or fix the id")


@pytest.mark.parametrize("area", _KB.triage.values(), ids=list(_KB.triage))
def test_triage_questions_raise_known_flags(area: object) -> None:
    for question in area.questions:  # type: ignore[attr-defined]
        known = _KB.red_flags if question.kind == "red-flag" else _KB.contraindications
        assert question.target in known, (
            f"question '{question.id}' raises unknown {question.kind} '{question.target}'")
    unknown = (set(area.regions) - set(_KB.atlas.regions)) | (  # type: ignore[attr-defined]
        set(area.concepts) - _KNOWN)  # type: ignore[attr-defined]
    assert not unknown, f"area '{area.id}' names unknown regions or concepts {sorted(unknown)}"  # type: ignore[attr-defined]


def test_question_ids_are_unique() -> None:
    ids = [q.id for a in _KB.triage.values() for q in a.questions]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})


def test_emergency_questions_come_first() -> None:
    first = min(_KB.triage.values(), key=lambda a: a.order)
    assert first.id == "emergency" and first.for_everyone and first.required


@pytest.mark.parametrize("concept", _KB.safety_concepts.values(), ids=list(_KB.safety_concepts))
def test_concept_sources_and_regions_exist(concept: object) -> None:
    missing = set(concept.sources) - set(_KB.sources)  # type: ignore[attr-defined]
    assert not missing, f"concept '{concept.id}' cites unknown sources {sorted(missing)}"  # type: ignore[attr-defined]
    unknown = set(concept.regions) - set(_KB.atlas.regions)  # type: ignore[attr-defined]
    assert not unknown, f"concept '{concept.id}' names unknown regions {sorted(unknown)}"  # type: ignore[attr-defined]


def test_every_concept_is_used_by_a_rule_or_an_area() -> None:
    used = {c for f in _KB.red_flags.values() for r in f.when
            for c in (*r.all, *r.any, *r.both_sides, *r.unless)}
    used |= {c for a in _KB.triage.values() for c in a.concepts}
    unused = _KNOWN - used
    assert not unused, f"concepts no rule uses: {sorted(unused)}"


def test_context_rules_are_sourced() -> None:
    rules = context_rules()
    assert set(rules.sources) <= set(_KB.sources)
    assert {r.category for r in rules.rules} >= {
        "negated", "historical", "other", "hypothetical", "normal", "uncertain"}


_PHRASES = {**{c.id: list(c.terms) for c in _KB.safety_concepts.values()},
            **{c.id: [t.casefold() for t in c.terms] for c in _KB.contraindications.values()}}


@pytest.mark.parametrize("record", list(_PHRASES))
def test_a_phrase_keeps_more_than_one_word(record: str) -> None:
    """A phrase whose other words are all articles, possessives or copulas shrinks to one word
    ("my stitches" is 'stitch', which "a side stitch" matches): write the word alone, or keep a
    word that carries meaning ("had stitches")."""
    from triggerpoint.safety.lexicon import compile_term

    shrunk = [f"'{t}' -> {compile_term(t)[0][1:]!r}" for t in _PHRASES[record]
              if len(t.split()) > 1 and len(compile_term(t)) == 1]
    assert not shrunk, f"'{record}': phrases that match as one word: {', '.join(shrunk)}"
