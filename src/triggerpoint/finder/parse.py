"""Reading a plain description ("right temple and behind my right eye") into marks and symptoms.

The reader runs in small stages, each returning new values:

1. ``tokens``: shorthand spelt out ('c/o L SIJ'), words folded and typed (side, negation...);
2. ``lexicon``: the longest phrase naming a region, area, symptom, condition, complaint word
   or an activity ('chin-ups') wins; misspelt words close to known ones are corrected;
3. ``context``: places named in an activity, gear or a test, or said to be fine, are set
   aside; qualifier words ('back of', 'inner', 'volar') are found;
4. ``narrow``: a qualifier picks the part of the place it names;
5. ``sides``: each place takes the side word near it, its chain's side, or the text's one side;
6. ``marks``: matches become marks; a complaint word alone marks the places it usually means
   and says so; the rest is reported only when it looks like a place or a symptom. A place a
   clinical note says is tender to press ('TTP lateral border of R scapula') is a tender spot,
   not a pain place, unless the note names no other place or the spot is where it hurts.

The word lists are data (``finder/data/words.yaml``), validated when first read.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final

from triggerpoint.atlas import Atlas
from triggerpoint.errors import InvalidQuery
from triggerpoint.finder.context import separate
from triggerpoint.finder.lexicon import Match, PhraseIndex, phrase_key
from triggerpoint.finder.marks import MarkMaker
from triggerpoint.finder.narrow import narrow_matches
from triggerpoint.finder.qualify import ELSEWHERE, FACET_WORDS, VARIANTS
from triggerpoint.finder.query import Mark, MarkSide
from triggerpoint.finder.sides import assign_sides, side_phrases, text_side
from triggerpoint.finder.tokens import SENTENCE_END, Token, intensities, tokenise
from triggerpoint.finder.unresolved import Suggester, Unresolved, looks_like_place_or_symptom
from triggerpoint.finder.vocabulary import FILLERS
from triggerpoint.finder.words import words
from triggerpoint.knowledge.models import Complaint

__all__ = ["MAX_TEXT", "Lexicon", "ParsedText", "Unresolved", "phrase_key"]

MAX_TEXT = 2000
_PLACES = ("region", "broad", "complaint", "condition")


@dataclass
class ParsedText:
    """What a description was read as."""

    marks: list[Mark] = field(default_factory=list)
    symptoms: list[str] = field(default_factory=list)
    conditions: list[str] = field(default_factory=list)
    unresolved: list[Unresolved] = field(default_factory=list)
    negated: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    tender: list[Mark] = field(default_factory=list)
    tender_muscles: list[str] = field(default_factory=list)
    confirmed_muscles: list[str] = field(default_factory=list)


class Lexicon:
    """Every phrase that names a region, area, symptom, condition or complaint, compiled."""

    def __init__(
        self,
        atlas: Atlas,
        symptoms: Iterable[tuple[str, Sequence[str]]],
        conditions: Iterable[tuple[str, Sequence[str], Sequence[str]]] = (),
        complaints: Iterable[Complaint] = (),
        muscles: Iterable[tuple[str, Sequence[str]]] = (),
        lies_in: Mapping[str, Sequence[str]] | None = None,
        groups: Mapping[str, Sequence[str]] | None = None,
        felt_at: Mapping[str, str] | None = None,
        felt_in: Mapping[str, str] | None = None,
    ) -> None:
        self.atlas = atlas
        index = self.index = PhraseIndex()
        known = {c.id: c for c in complaints}
        for complaint in known.values():
            index.add([complaint.name, *complaint.aliases], ("complaint", complaint.id))
        for symptom_id, names in symptoms:
            index.add(names, ("symptom", symptom_id))
        index.add_activities()
        condition_regions: dict[str, tuple[str, ...]] = {}
        for condition_id, names, regions in conditions:
            condition_regions[condition_id] = tuple(regions)
            index.add(names, ("condition", condition_id))
        for phrase, place in words().places.items():
            if place in atlas.regions:
                index.add([phrase], ("region", place))
        for broad in atlas.broad_terms:
            index.add([broad.term, *broad.synonyms], ("broad", broad.term))
        for region in atlas:
            names = [region.id, region.name, *region.synonyms, *region.anatomical_terms]
            index.add(names, ("region", region.id))
        self.maker = MarkMaker(atlas, index, condition_regions, known, felt_at, felt_in)
        self.muscle_names = _muscle_names(muscles)
        #: muscle id -> the regions its trigger points lie in (where the muscle is felt)
        self.lies_in = {m: tuple(r) for m, r in (lies_in or {}).items()}
        #: names of muscles and of their groups ('trapezius': its three parts), for a text
        #: that names a muscle and no place
        self._lying_names = dict(self.muscle_names)
        members = groups or {}
        for key, ids in _muscle_names((g, [g]) for g in members).items():
            self._lying_names.setdefault(key, tuple(members[ids[0]]))
        self._lying_names = {k: tuple(m for m in ids if self.lies_in.get(m))
                             for k, ids in self._lying_names.items()}
        self._lying_names = {k: ids for k, ids in self._lying_names.items() if ids}
        #: first word of a name -> the most words a name starting with it has
        self._name_starts: dict[str, int] = {}
        for key in self._lying_names:
            self._name_starts[key[0]] = max(self._name_starts.get(key[0], 0), len(key))
        self._name_words = frozenset(w for key in self.muscle_names for w in key)
        self._broad = {b.term: tuple(b.regions) for b in atlas.broad_terms}
        self.suggester = Suggester(
            (name, region.id)
            for region in atlas
            for name in (region.id, region.name, *region.synonyms)
        )

    @property
    def vocabulary(self) -> list[str]:
        """Every word that appears in some phrase (for spelling correction)."""
        return self.index.vocabulary

    def parse(self, text: str) -> ParsedText:
        """Read a description; raises InvalidQuery if it is empty or too long."""
        text = text.strip()
        if not text:
            raise InvalidQuery("The description is empty: say where it hurts, e.g. 'right temple'.")
        if len(text) > MAX_TEXT:
            raise InvalidQuery(
                f"The description is {len(text):,} characters long; keep it under {MAX_TEXT:,} "
                "(a few sentences about where it hurts)."
            )
        tokens = _listed_digits(tokenise(text))
        named = self._named_tender(tokens)  # before spelling fixes ('thoracis' is no typo)
        matches, leftovers = self.index.read(tokens)
        joined = self.index.split_run_together(tokens, leftovers)
        if joined is not None:
            tokens = joined
            matches, leftovers = self.index.read(tokens)
        tokens, corrected = self.index.correct(tokens, leftovers)
        if corrected:
            matches, leftovers = self.index.read(tokens)
        names = self._muscle_name_spans(tokens, corrected)
        if names:
            matches, leftovers = _without_name_words(matches, leftovers, names, corrected)
        parts = separate(tokens, matches, self._broad)
        matches = narrow_matches(tokens, parts.kept, parts.qualifiers, self.atlas, self.index)
        matches = side_phrases(tokens, assign_sides(tokens, matches), self._area_of)
        matches = _back_of_a_front_place(tokens, matches)
        spots = tender_spans(tokens)
        pressed = [
            m
            for m in matches
            if m.target[0] in ("region", "broad") and any(a <= m.start < b for a, b in spots)
        ]
        rest = [m for m in matches if m not in pressed]
        tender: list[Mark] = []
        if pressed and any(m.target[0] in _PLACES and not m.negated for m in rest):
            matches = rest  # the pressed spot is where the trigger point is, not the pain
            tender = self.maker.read(tokens, pressed, text_side(tokens), corrected).marks
        read = self.maker.read(tokens, matches, text_side(tokens), corrected)
        hurting = {r for m in read.marks for r in (m.region, *m.alternatives)}
        read.marks += [t for t in tender if t.region in hurting]  # pressed where it hurts
        tender = [t for t in tender if t.region not in hurting]
        if not read.marks and not tender and names:
            read.marks = self._muscle_places(tokens, names, named, text_side(tokens))
        levels = intensities(text)
        marks = read.marks
        if levels:
            value = levels[0] if len(levels) == 1 else max(levels)
            marks = [m if m.intensity is not None else m.model_copy(update={"intensity": value})
                     for m in marks]
        leftovers = [i for i in leftovers if i not in parts.qualifiers]
        return ParsedText(
            marks=marks,
            symptoms=read.symptoms,
            conditions=read.conditions,
            unresolved=self._unresolved(tokens, leftovers, corrected),
            negated=read.negated + parts.fine,
            context=parts.context,
            tender=tender,
            tender_muscles=[m for m in named.tender if m not in named.confirmed],
            confirmed_muscles=list(named.confirmed),
        )

    def _muscle_name_spans(
        self, tokens: Sequence[Token], corrected: Mapping[int, str]
    ) -> list[tuple[int, int, tuple[str, ...]]]:
        """Where the text names a muscle or a group of muscles ('biceps femoris', 'QL',
        'trapezius'): token spans [start, end) with the muscles named, longest name first; a
        word the speller changed is read as written ('digastric', not 'gastric')."""
        if not corrected and self._name_starts.keys().isdisjoint(t.norm for t in tokens):
            return []  # (most texts name no muscle: one pass over the words tells)
        keyed = [(i, phrase_key(corrected[i]) if i in corrected else (t.norm,))
                 for i, t in enumerate(tokens) if t.kind in ("word", "side")]
        at = [i for i, key in keyed if key]
        words = [key[0] for _, key in keyed if key]
        spans: list[tuple[int, int, tuple[str, ...]]] = []
        k = 0
        while k < len(words):
            longest = self._name_starts.get(words[k], 0)
            for length in range(min(longest, len(words) - k), 0, -1):
                ids = self._lying_names.get(tuple(words[k : k + length]))
                if ids:
                    spans.append((at[k], at[k + length - 1] + 1, ids))
                    k += length
                    break
            else:
                k += 1
        return spans

    def _muscle_places(
        self,
        tokens: Sequence[Token],
        spans: Sequence[tuple[int, int, tuple[str, ...]]],
        named: _Named,
        side: MarkSide,
    ) -> list[Mark]:
        """Where the muscles a text names lie, when it names no place ('piriformis pain', 'my
        QL is killing me'): the person feels the pain in that muscle, so its trigger points'
        regions are marked, and the muscle counts as one named sore."""
        marks: list[Mark] = []
        for start, end, ids in spans:
            words = " ".join(t.raw for t in tokens[start:end])
            regions = list(dict.fromkeys(r for m in ids for r in self.lies_in[m]))
            names = [self.atlas.regions[r].name.lower() for r in regions]
            listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
            note = f"{words}: read as where the muscle lies: {listed}"
            marks += [Mark(region=r, side=side, text=words, reading=note)
                      for r in regions if all(m.region != r for m in marks)]
            named.tender.extend(m for m in ids if m not in named.tender)
        return marks

    def _named_tender(self, tokens: Sequence[Token]) -> _Named:
        """Muscles a note names where it found them tender or banded ('TTP L QL', 'taut band R
        upper trap', 'knot in my glute med'), in the order named; ``confirmed``: those whose
        press reproduced the symptoms ('TrP R ECRL reproduces sx'), the press test."""
        found = _Named()
        for start, end in muscle_spans(tokens, self._name_words):
            norms = [t.norm for t in tokens[start:end] if t.kind == "word"]
            reproduced = end < len(tokens) and tokens[end].norm.startswith("reproduc") and not (
                {"not", "no", "non", "without", "nor"} & {t.norm for t in tokens[end - 2 : end]})
            i = 0
            while i < len(norms):
                for length in range(min(_LONGEST_NAME, len(norms) - i), 0, -1):
                    ids = self.muscle_names.get(tuple(norms[i : i + length]))
                    if ids is not None:
                        found.tender.extend(m for m in ids if m not in found.tender)
                        if reproduced:
                            found.confirmed.extend(m for m in ids if m not in found.confirmed)
                        i += length
                        break
                else:
                    i += 1
        return found

    def _area_of(self, match: Match) -> str | None:
        """The body area of the place a match names (its first region for a broad word)."""
        kind, target = match.target
        if match.narrowed is not None:
            return self.atlas.regions[match.narrowed].area
        if kind == "region":
            return self.atlas.regions[target].area
        if kind == "broad":
            return self.atlas.regions[self._broad[target][0]].area
        regions: Sequence[str] = ()
        if kind == "condition":
            regions = self.maker.condition_regions.get(target, ())
        elif kind == "complaint":
            regions = self.maker.complaints[target].regions
        return self.atlas.regions[regions[0]].area if regions else None

    def _unresolved(
        self, tokens: Sequence[Token], leftovers: Sequence[int], corrected: dict[int, str]
    ) -> list[Unresolved]:
        """Runs of unknown words that look like places or symptoms, with suggestions."""
        runs: list[list[int]] = []
        for i in leftovers:
            if i in corrected or tokens[i].norm in FILLERS or tokens[i].norm.isdigit():
                continue
            if tokens[i].norm in self.index.long_guard and not (
                    i and tokens[i - 1].raw in _OWNERS):
                continue  # a common word spelt like a body word ('a light touch'), not 'my X'

            if runs and runs[-1][-1] + 1 == i:
                runs[-1].append(i)
            else:
                runs.append([i])
        found = []
        for run in runs:
            before = tokens[run[0] - 1].raw if run[0] else ""
            after = tokens[run[-1] + 1].raw if run[-1] + 1 < len(tokens) else ""
            norms = [tokens[i].norm for i in run]
            if looks_like_place_or_symptom(norms, before, after, self.index.by_length):
                text = " ".join(tokens[i].raw for i in run)
                found.append(Unresolved(text=text, suggestions=self.suggester.suggest(text)))
        return found


_OWNERS: Final = frozenset({"my", "your", "his", "her", "their", "our"})
#: Words of muscle names as notes shorten them ('abd. hallucis' is read 'abduction hallucis').
_NAME_VARIANTS: dict[str, str] = {
    "abductor": "abduction", "adductor": "adduction", "extensor": "extension",
    "flexor": "flexion",
}
_LONGEST_NAME = 5
#: The last word of a muscle's name as notes shorten it.
_SHORT_WORDS: dict[str, str] = {
    "major": "maj", "minor": "min", "maximus": "max", "medius": "med", "minimus": "min",
    "capitis": "cap", "cervicis": "cerv", "longus": "long", "brevis": "brev",
    "superior": "sup", "inferior": "inf", "lumborum": "lumb", "thoracis": "thor",
}
#: Shortened words whose full stop does not end a note's sentence ('ECU prox. forearm').
_ABBREVIATED: frozenset[str] = frozenset(
    "prox dist lat med ant post sup inf approx maj min cap bilat ext int "
    # (as the shorthand stage spells them out: 'lat.' is read 'lateral.')
    "proximal distal lateral medial anterior posterior superior inferior bilateral".split())
#: Words after which a note names where it felt a trigger point ('taut band in', 'TrP', 'knot').
_MUSCLE_CUES: tuple[tuple[str, ...], ...] = (
    ("tender", "to", "palpation"), ("taut", "band"), ("taut", "bands"), ("trp",), ("trps",),
    ("trigger", "point"), ("trigger", "points"), ("knot",), ("knots",),
)


@dataclass
class _Named:
    """Muscles named as tender, and those whose press reproduced the symptoms."""

    tender: list[str] = field(default_factory=list)
    confirmed: list[str] = field(default_factory=list)


def _without_name_words(
    matches: Sequence[Match],
    leftovers: Sequence[int],
    names: Sequence[tuple[int, int, tuple[str, ...]]],
    corrected: Mapping[int, str],
) -> tuple[list[Match], list[int]]:
    """The matches and unread words left once the words of muscles' names are set aside: a
    place word inside a longer name ('biceps' of 'biceps femoris', 'adductor' of 'adductor
    pollicis') or one the speller made of a name ('gastric' of 'digastric') names no place, and
    a name's other words ('femoris') are not words the reader failed to understand."""
    def inside(match: Match) -> bool:
        return any(start <= match.start and match.end <= end and (
            end - start > match.end - match.start
            or any(i in corrected for i in range(match.start, match.end)))
            for start, end, _ in names)

    kept = [m for m in matches if not inside(m)]
    return kept, [i for i in leftovers if not any(s <= i < e for s, e, _ in names)]


def _muscle_names(muscles: Iterable[tuple[str, Sequence[str]]]) -> dict[tuple[str, ...],
                                                                           tuple[str, ...]]:
    """Folded name -> the muscles it names (a shared name such as 'SCM' names both parts); a
    name that reads as a direction only ('lat' is spelt out 'lateral') names none."""
    found: dict[tuple[str, ...], dict[str, None]] = {}
    for muscle_id, names in muscles:
        for name in names:
            key = phrase_key(name)
            variant = tuple(w for w in (_NAME_VARIANTS.get(w, w) for w in key) if w)
            # as notes shorten the last word: "teres maj.", "semispinalis cap.", "glute med"
            short = (*key[:-1], _SHORT_WORDS[key[-1]]) if key and key[-1] in _SHORT_WORDS else key
            for k in {key, variant, short}:
                if len("".join(k)) >= 2 and not set(k) <= FACET_WORDS.keys():
                    found.setdefault(k, {})[muscle_id] = None
    return {k: tuple(ids) for k, ids in found.items()}


def muscle_spans(
    tokens: Sequence[Token], name_words: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """Where a note may name the muscle a trigger point was felt in: after a cue ('TTP', 'taut
    band', 'TrP', 'knot'); ``name_words``: the words of muscles' names (a full stop between two
    of them is a shortened word's: 'ant. deltoid')."""
    return _cue_spans(tokens, _MUSCLE_CUES, name_words)


#: Places on the front view whose back lies elsewhere, with that place ('lower-ribs': 'mid-back'):
#: the variants that replace their place (``qualify.ELSEWHERE``) named by a "back of" facet.
_BACK_ELSEWHERE: Final = {place: variant for place, variant in (
    pair.split(">") for pair in ELSEWHERE) if VARIANTS.get(place, {}).get("back-of-") == variant}
#: Words that may stand between "back" and such a place ("back ache at my bottom ribs", "lower
#: ribs at back").
_BACK_LINK: Final = frozenset({"at", "my", "the", "over", "around", "round", "by", "near", "on",
                               "in", "ache", "aches", "aching", "pain", "hurts", "sore", "of"})


def _back_of_a_front_place(tokens: Sequence[Token], matches: list[Match]) -> list[Match]:
    """The bare word "back" told with a place whose back lies elsewhere, only small words
    between ("my back aches at my bottom ribs", "ache over lower ribs at back"), is that other
    place, as "the lower ribs at the back" is (the mid back): one place, not the low back and
    the ribs' front."""
    place = next((m for m in matches if m.target[0] == "region"
                  and m.target[1] in _BACK_ELSEWHERE and not m.negated), None)
    if place is None:
        return matches
    for back in matches:
        if back.target[0] != "broad" or back.negated or [
                t.norm for t in tokens[back.start:back.end]] != ["back"]:
            continue
        first, second = (back, place) if back.start < place.start else (place, back)
        between = [t.norm for t in tokens[first.end:second.start]]
        if len(between) <= 4 and set(between) <= _BACK_LINK:
            moved = Match(place.start, place.end, ("region", _BACK_ELSEWHERE[place.target[1]]),
                          place.side, place.negated, place.narrowed, place.within)
            return [moved if m is place else m for m in matches if m is not back]
    return matches


def tender_spans(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Where a clinical note names the spot that is tender to press ('TTP just below R occiput,
    deep, reproduces HA'): after 'tender to palpation'.
    """
    return _cue_spans(tokens, (("tender", "to", "palpation"),))


def _cue_spans(
    tokens: Sequence[Token],
    cues: Sequence[tuple[str, ...]],
    name_words: frozenset[str] = frozenset(),
) -> list[tuple[int, int]]:
    """From each cue to the end of its sentence or to the word that says what the press
    reproduced (the places after it are the pain's)."""
    norms = [t.norm for t in tokens]
    first = {c[0] for c in cues}
    spans: list[tuple[int, int]] = []
    for i in range(len(tokens)):
        if norms[i] not in first:
            continue
        cue = next((c for c in cues if tuple(norms[i : i + len(c)]) == c), None)
        if cue is None:
            continue
        end = i + len(cue)
        while end < len(tokens) and (tokens[end].raw not in SENTENCE_END or (
                # the full stop of a shortened word inside a name ('abd. hallucis')
                tokens[end].raw == "." and end + 1 < len(tokens)
                and ((tokens[end - 1].norm in name_words and tokens[end + 1].norm in name_words)
                     or tokens[end - 1].raw in _ABBREVIATED))):
            if tokens[end].norm.startswith("reproduc"):
                break
            end += 1
        spans.append((i + len(cue), end))
    return spans


#: Fingers named bare in a list after 'fingers' ('my fingers, middle and ring mostly').
_DIGITS: Final = {
    "finger": frozenset({"index", "middle", "ring", "little", "pinky", "pinkie", "pointer"}),
}
_LIST_GLUE: Final = frozenset({",", "and", "or", "&", "the", "my", "mostly", "mainly",
                               "especially", "esp", "particularly", "just"})


#: Words that lead to the fingers meant, later in the sentence ('..., mainly middle and ring').
_LEADS: Final = frozenset({"mainly", "mostly", "especially", "esp", "particularly"})
#: Where a sentence ends: no list after it belongs to the fingers before it.
_STOPS: Final = frozenset({".", "!", "?", ";", "\n"})


def _listed_digits(tokens: list[Token]) -> list[Token]:
    """'pain in my fingers, middle and ring mostly': the bare names after 'fingers' get their
    noun, so they are read as the fingers they name (the broad word then gives way to them)."""
    out = list(tokens)
    changed = False
    for i in range(len(tokens) - 1, -1, -1):
        names = _DIGITS.get(tokens[i].norm)
        if names is None or tokens[i].raw != "fingers":
            continue
        last = None
        for j in range(i + 1, min(len(tokens), i + 9)):
            token = tokens[j]
            if token.norm in names:
                last = j
            elif token.raw not in _LIST_GLUE:
                break
        if last is None:
            # ("my fingers ache along the palm side, mainly middle and ring": the list comes
            # after "mainly" further on in the sentence)
            lead = next((j for j in range(i + 1, min(len(tokens), i + 12))
                         if tokens[j].raw in _LEADS or tokens[j].raw in _STOPS), None)
            if lead is not None and tokens[lead].raw in _LEADS:
                for j in range(lead + 1, min(len(tokens), lead + 8)):
                    if tokens[j].norm in names:
                        last = j
                    elif tokens[j].raw not in _LIST_GLUE:
                        break
        if last is not None and (last + 1 >= len(tokens) or tokens[last + 1].norm != (
                tokens[i].norm)):
            out[last + 1 : last + 1] = tokenise(tokens[i].raw)
            changed = True
    # (read again, so the noun is shared along the list: "middle and ring fingers")
    return tokenise(" ".join(t.raw for t in out)) if changed else out
