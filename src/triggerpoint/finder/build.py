"""Turning what a person typed (text, region specs, symptom names) into a finder Query."""

from __future__ import annotations

import weakref
from collections.abc import Sequence

from triggerpoint.errors import InvalidQuery
from triggerpoint.finder.parse import Lexicon
from triggerpoint.finder.query import Mark, Query
from triggerpoint.finder.spec import parse_region_spec
from triggerpoint.finder.unresolved import Unresolved
from triggerpoint.knowledge import KnowledgeBase

__all__ = ["adopt_lexicon", "build_query", "lexicon_for"]

_LEXICONS: weakref.WeakKeyDictionary[KnowledgeBase, Lexicon] = weakref.WeakKeyDictionary()


def lexicon_for(kb: KnowledgeBase) -> Lexicon:
    """The description reader for a knowledge base, built once."""
    lexicon = _LEXICONS.get(kb)
    if lexicon is None:
        symptoms = [(s.id, [s.id, s.name, *s.synonyms]) for s in kb.symptoms.values()]
        felt_at = {s.id: s.felt_at for s in kb.symptoms.values() if s.felt_at is not None}
        felt_in = {s.id: s.felt_in for s in kb.symptoms.values() if s.felt_in is not None}
        conditions = [(c.id, [c.name, *c.aliases], c.regions) for c in kb.conditions.values()]
        muscles = [(m.id, [m.id, m.name, *m.aliases]) for m in kb.muscles.values()]
        lies_in = {m.id: [r for tp in m.trigger_points for r in tp.regions]
                   for m in kb.muscles.values()}
        groups: dict[str, list[str]] = {}
        for m in kb.muscles.values():
            groups.setdefault(m.group.replace("-", " "), []).append(m.id)
        lexicon = _LEXICONS[kb] = Lexicon(
            kb.atlas, symptoms, conditions, kb.complaints.values(), muscles, lies_in, groups,
            felt_at, felt_in,
        )
    return lexicon


def adopt_lexicon(kb: KnowledgeBase, lexicon: Lexicon) -> None:
    """Use a description reader built elsewhere for ``kb`` (the find snapshot)."""
    _LEXICONS[kb] = lexicon


def build_query(
    kb: KnowledgeBase,
    *,
    text: str | None = None,
    regions: Sequence[str] = (),
    symptoms: Sequence[str] = (),
    tender: Sequence[str] = (),
    confirm: Sequence[str] = (),
    deny: Sequence[str] = (),
    top: int = 10,
) -> Query:
    """A Query from free text and/or structured parts; raises InputError on bad input."""
    marks = [parse_region_spec(spec, kb) for spec in regions]
    found_symptoms = [kb.lookup("symptoms", s).id for s in symptoms]
    unresolved: list[Unresolved] = []
    negated: list[str] = []
    conditions: list[str] = []
    context: list[str] = []
    pressed: list[Mark] = []
    named: list[str] = []
    reproduced: list[str] = []
    if text is not None and (text.strip() or not marks):
        parsed = lexicon_for(kb).parse(text)
        marks += parsed.marks
        found_symptoms += parsed.symptoms
        conditions = parsed.conditions
        context = parsed.context
        pressed = parsed.tender
        named = parsed.tender_muscles
        reproduced = parsed.confirmed_muscles
        unresolved, negated = parsed.unresolved, parsed.negated
    if not marks:
        raise InvalidQuery(_nothing_found(unresolved))
    denied = [kb.muscle(m).id for m in deny]
    # a note's "reproduces sx" is a press test; the person's own answer wins over it
    confirmed = list(dict.fromkeys(
        [kb.muscle(m).id for m in confirm] + [m for m in reproduced if m not in denied]))
    both = sorted(set(confirmed) & set(denied))
    if both:
        raise InvalidQuery(f"A muscle cannot be both confirmed and denied: {', '.join(both)}.")
    return Query(
        marks=tuple(marks),
        symptoms=tuple(dict.fromkeys(found_symptoms)),
        conditions=tuple(conditions),
        tender=(*(parse_region_spec(spec, kb) for spec in tender), *pressed),
        tender_muscles=tuple(named),
        confirmed=tuple(confirmed),
        denied=tuple(denied),
        top=top,
        unresolved=tuple(unresolved),
        negated=tuple(negated),
        context=tuple(context),
    )


def _nothing_found(unresolved: Sequence[Unresolved]) -> str:
    message = "No body region found in the description; say where it hurts, e.g. 'right temple'."
    hints = [
        f"'{u.text}' (did you mean {', '.join(u.suggestions)}?)"
        for u in unresolved
        if u.suggestions
    ]
    if hints:
        message += " Not understood: " + "; ".join(hints) + "."
    return message
