"""Reading a plain description ("right temple and behind my right eye") into marks and symptoms.

The parser is a longest-match phrase reader over normalized words:

1. words are lower-cased, possessives and plurals folded, fillers ("the", "my") dropped;
2. the longest phrase naming a region, a broad area ("knee") or a symptom wins;
3. each region takes the nearest side word before it (or just after it), else the side of the
   region it is chained to ("right temple and eye"), else the one side the whole text names;
4. a negation just before a phrase ("no numbness") cancels it;
5. a misspelt word close to a known one is corrected and read again;
6. whatever is left that is not a common word is reported back, with suggestions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from triggerpoint.atlas import Atlas
from triggerpoint.errors import InvalidQuery
from triggerpoint.finder.qualify import FACET_WORDS, SIDE_FACETS, narrow
from triggerpoint.finder.query import Mark, MarkSide
from triggerpoint.finder.unresolved import Unresolved
from triggerpoint.finder.vocabulary import FILLERS, NEGATIONS, SIDE_WORDS, STOPWORDS, norm_token

__all__ = ["MAX_TEXT", "Lexicon", "ParsedText", "Unresolved", "phrase_key"]

MAX_TEXT = 2000
#: A condition naming more places than this (fibromyalgia) marks none of them.
MAX_CONDITION_REGIONS = 4
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[,;.!?\n]")
_INTENSITY = re.compile(r"\b(\d+(?:\.\d+)?)\s*(?:/|out of)\s*10\b")
_BOUNDARY = {",", ";", ".", "!", "?", "\n"}
_SENTENCE_END = {";", ".", "!", "?", "\n"}

Target = tuple[Literal["region", "broad", "symptom", "condition"], str]
_FINGERS = {"index", "middle", "ring", "little", "pinky", "pointer"}
_PREPOSITIONS = frozenset(
    [
        "on",
        "at",
        "in",
        "under",
        "over",
        "behind",
        "above",
        "below",
        "into",
        "across",
        "through",
        "between",
        "beside",
        "by",
        "next",
        "there",
        "here",
        "away",
        "now",
        "after",
        "before",
        "around",
        "along",
        "up",
        "down",
        "where",
        "against",
        "inside",
        "outside",
        "near",
    ]
)
#: Verbs that make the places after them movements, not pain sites ("when I lift my arm").
_ACTIVITY = frozenset(
    [
        "lift",
        "lifting",
        "raise",
        "raising",
        "use",
        "using",
        "bend",
        "bending",
        "straighten",
        "straightening",
        "turn",
        "turning",
        "shake",
        "shaking",
        "carry",
        "carrying",
        "swing",
        "swinging",
        "cross",
        "crossing",
        "rotate",
        "rotating",
        "twist",
        "twisting",
        "grip",
        "gripping",
        "clench",
        "clenching",
        "open",
        "opening",
        "stretch",
        "stretching",
        "flex",
        "flexing",
        "tilt",
        "tilting",
        "point",
        "pointing",
        "kneel",
        "kneeling",
    ]
)
_ACTIVITY_ON = frozenset(
    ["walk", "walking", "stand", "standing", "step", "stepping", "put", "putting"]
)
_OWNERS = frozenset({"my", "the", "your", "her", "his", "their", "our", "on", "to"})
_SCOPE_END = frozenset({"and", "but", "or", "while", "so", "then"})
_JOINERS = {"and", "or", ","}
#: Words after a place that show it is not where the pain is ("my back scan was clear").
_NOT_PAIN_AFTER = {"scan", "xray", "mri", "ct", "surgery", "operation", "brace", "x"}


def phrase_key(text: str) -> tuple[str, ...]:
    """The normalized word tuple a phrase is indexed and matched by."""
    words = (norm_token(w) for w in _WORD.findall(text.casefold().replace("-", " ")))
    return tuple(w for w in words if w not in STOPWORDS and w not in SIDE_WORDS)


@dataclass
class ParsedText:
    """What a description was read as."""

    marks: list[Mark] = field(default_factory=list)
    symptoms: list[str] = field(default_factory=list)
    conditions: list[str] = field(default_factory=list)
    unresolved: list[Unresolved] = field(default_factory=list)
    negated: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)


@dataclass
class _Token:
    raw: str
    norm: str
    kind: Literal["word", "side", "stop", "boundary", "negation"]


@dataclass
class _Match:
    start: int
    end: int
    target: Target
    side: MarkSide | None = None
    negated: bool = False
    narrowed: str | None = None
    within: bool = False


class Lexicon:
    """Every phrase that names a region, broad area or symptom, compiled for fast reading."""

    def __init__(
        self,
        atlas: Atlas,
        symptoms: Iterable[tuple[str, Sequence[str]]],
        conditions: Iterable[tuple[str, Sequence[str], Sequence[str]]] = (),
    ) -> None:
        self.atlas = atlas
        self.phrases: dict[tuple[str, ...], Target] = {}
        self.places: dict[tuple[str, ...], Target] = {}
        for symptom_id, names in symptoms:
            for name in names:
                self._add(name, ("symptom", symptom_id))
        self.condition_regions: dict[str, tuple[str, ...]] = {}
        for condition_id, names, regions in conditions:
            self.condition_regions[condition_id] = tuple(regions)
            for name in names:
                self._add(name, ("condition", condition_id))
        for broad in atlas.broad_terms:
            for name in (broad.term, *broad.synonyms):
                self._add(name, ("broad", broad.term))
        for region in atlas:
            for name in (region.id, region.name, *region.synonyms, *region.anatomical_terms):
                self._add(name, ("region", region.id))
        self.longest = max((len(k) for k in self.phrases), default=1)
        self.broad = {b.term: b.regions for b in atlas.broad_terms}

    def _add(self, name: str, target: Target) -> None:
        key = phrase_key(name)
        if key:
            self.phrases.setdefault(key, target)
            if target[0] in ("region", "broad"):
                self.places.setdefault(key, target)

    @cached_property
    def vocabulary(self) -> list[str]:
        """Every word that appears in some phrase (for spelling correction)."""
        return sorted({w for key in self.phrases for w in key if len(w) >= 3})

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
        tokens = self._tokens(text)
        matches, leftovers = self._read(tokens)
        corrected = self._correct(tokens, leftovers)
        if corrected:
            matches, leftovers = self._read(tokens)
        matches, qualifiers, context = self._qualifiers(tokens, matches)
        self._narrow(tokens, matches, qualifiers)
        self._assign_sides(tokens, matches)
        leftovers = [i for i in leftovers if i not in qualifiers]
        result = self._result(text, tokens, matches, leftovers, corrected)
        result.context = context
        return result

    # -- reading ---------------------------------------------------------------------------

    def _tokens(self, text: str) -> list[_Token]:
        tokens = []
        for raw in _WORD.findall(text.casefold().replace("’", "'").replace("-", " ")):
            norm = norm_token(raw)
            if raw in _BOUNDARY:
                kind: Literal["word", "side", "stop", "boundary", "negation"] = "boundary"
            elif norm in SIDE_WORDS:
                kind = "side"
            elif norm in NEGATIONS:
                kind = "negation"
            elif norm in STOPWORDS:
                kind = "stop"
            else:
                kind = "word"
            tokens.append(_Token(raw, norm, kind))
        for k in range(len(tokens) - 1):
            before = tokens[k - 1].raw if k else ""
            if (
                tokens[k].norm == "right"
                and tokens[k + 1].raw in _PREPOSITIONS
                and before not in _OWNERS
            ):
                tokens[k].kind = "stop"  # "right on my tailbone": an intensifier, not a side
        return _expand_fingers(tokens)

    def _read(self, tokens: list[_Token]) -> tuple[list[_Match], list[int]]:
        """Longest-match over content words; returns matches and unmatched word positions."""
        content = [i for i, t in enumerate(tokens) if t.kind in ("word", "boundary")]
        matches: list[_Match] = []
        leftovers: list[int] = []
        k = 0
        while k < len(content):
            found = None
            for length in range(min(self.longest, len(content) - k), 0, -1):
                window = content[k : k + length]
                if any(tokens[i].kind == "boundary" for i in window):
                    continue
                target = self.phrases.get(tuple(tokens[i].norm for i in window))
                if target is not None:
                    found = _Match(window[0], window[-1] + 1, target)
                    k += length
                    break
            if found is None:
                if tokens[content[k]].kind == "word":
                    leftovers.append(content[k])
                k += 1
            else:
                found.negated = _negated(tokens, found.start)
                matches.append(found)
        return matches, leftovers

    def _correct(self, tokens: list[_Token], leftovers: list[int]) -> dict[int, str]:
        """Fix likely misspellings of known words in place; returns position -> original."""
        from rapidfuzz import process
        from rapidfuzz.distance import DamerauLevenshtein

        fixed: dict[int, str] = {}
        for i in leftovers:
            word = tokens[i].norm
            if len(word) < 4 or word in FILLERS:
                continue
            side = process.extractOne(
                word, ("left", "right"), scorer=DamerauLevenshtein.distance, score_cutoff=1
            )
            if side is not None:
                fixed[i] = tokens[i].raw
                tokens[i].norm, tokens[i].kind = side[0], "side"
                continue
            if len(word) < 5:
                continue  # short words are too often other real words (check, heat, saw)
            limit = 1 if len(word) <= 8 else 2
            best = process.extractOne(
                word, self.vocabulary, scorer=DamerauLevenshtein.distance, score_cutoff=limit
            )
            if best is not None:
                fixed[i] = tokens[i].raw
                tokens[i].norm = best[0]
        return fixed

    def _qualifiers(
        self, tokens: list[_Token], matches: list[_Match]
    ) -> tuple[list[_Match], dict[int, tuple[str, ...]], list[str]]:
        """Find qualifier words; 'back of ...' and 'little-finger side' become qualifiers, and
        places named only as movements ('when I lift my arm') become context.
        """
        qualifiers: dict[int, tuple[str, ...]] = {}
        kept: list[_Match] = []
        context: list[str] = []
        for match in matches:
            after = tokens[match.end].raw if match.end < len(tokens) else ""
            before = tokens[match.start - 1].raw if match.start else ""
            single = tokens[match.start].norm if match.end - match.start == 1 else ""
            if single in FACET_WORDS and after == "of":
                qualifiers[match.start] = FACET_WORDS[single]  # "bottom of my spine"
            elif match.target == ("broad", "back") and (
                before == "the" and _same_sentence(tokens, kept, match)
            ):
                qualifiers[match.start] = FACET_WORDS["back"]
            elif match.target[0] in ("region", "broad") and _in_activity(tokens, match):
                context.append(" ".join(t.raw for t in tokens[match.start : match.end]))
            elif (
                match.target[0] == "region"
                and after == "side"
                and match.target[1] in ("little-finger", "thumb", "palm")
            ):
                qualifiers[match.start] = (SIDE_FACETS[match.target[1].split("-")[0]],)
            elif after.replace("-", "") in _NOT_PAIN_AFTER:
                continue
            else:
                kept.append(match)
        used = {i for m in kept for i in range(m.start, m.end)}
        for i, token in enumerate(tokens):
            if token.kind == "word" and i not in used and token.norm in FACET_WORDS:
                qualifiers.setdefault(i, FACET_WORDS[token.norm])
        return kept, qualifiers, context

    def _narrow(
        self, tokens: list[_Token], matches: list[_Match], qualifiers: dict[int, tuple[str, ...]]
    ) -> None:
        """Let a nearby qualifier pick the part of a place it names."""
        for k, match in enumerate(matches):
            kind, target = match.target
            if kind in ("symptom", "condition"):
                continue
            options = list(self.broad[target]) if kind == "broad" else [target]
            low = matches[k - 1].end if k else 0
            high = matches[k + 1].start if k + 1 < len(matches) else len(tokens)
            for i in _near(tokens, match, low, high):
                if i in qualifiers:
                    found = narrow(options, qualifiers[i], self.atlas.regions)
                    if found is not None:
                        match.narrowed = found
                        match.within = kind == "region" and found not in options
                        break

    def _assign_sides(self, tokens: list[_Token], matches: list[_Match]) -> None:
        previous: _Match | None = None
        for match in matches:
            match.side = _side_before(tokens, match.start, previous)
            if match.side is None and previous is not None and _chained(tokens, previous, match):
                match.side = previous.side
            if match.side is None:
                match.side = _side_after(tokens, match.end)
            previous = match

    # -- result ----------------------------------------------------------------------------

    def _result(
        self,
        text: str,
        tokens: list[_Token],
        matches: list[_Match],
        leftovers: list[int],
        corrected: dict[int, str],
    ) -> ParsedText:
        result = ParsedText()
        default = _text_side(tokens)
        intensities = _intensities(text)
        sentence_ids = _sentence_ids(tokens)
        sentence_of: dict[int, int] = {}
        for match in matches:
            words = " ".join(corrected.get(i, tokens[i].raw) for i in range(match.start, match.end))
            kind, target = match.target
            if match.negated:
                result.negated.append(words)
            elif kind == "symptom":
                if target not in result.symptoms:
                    result.symptoms.append(target)
            elif kind == "condition":
                if target not in result.conditions:
                    result.conditions.append(target)
                place = self._condition_mark(target, match.side or default, words)
                if place is not None:
                    result.marks.append(place)
            else:
                mark = self._mark(kind, target, match.side or default, words)
                if match.narrowed is not None:
                    within = (mark.region,) if match.within else ()
                    mark = mark.model_copy(
                        update={"region": match.narrowed, "alternatives": (), "within": within}
                    )
                sentence_of[id(mark)] = sentence_ids[match.start]
                result.marks.append(mark)
        result.marks = self._drop_redundant_broad(result.marks, sentence_of)
        if intensities:
            value = intensities[0] if len(intensities) == 1 else max(intensities)
            result.marks = [m.model_copy(update={"intensity": value}) for m in result.marks]
        result.unresolved = self._unresolved(tokens, leftovers, corrected)
        return result

    def _drop_redundant_broad(self, marks: list[Mark], sentence_of: dict[int, int]) -> list[Mark]:
        """Drop a general ache word ('headache', 'backache') when the same sentence names a
        precise place in the same area ('at the base of my skull'): the place says more.
        """
        regions = self.atlas.regions
        precise = {
            (sentence_of.get(id(m)), regions[m.region].area) for m in marks if not m.alternatives
        }
        kept = []
        for mark in marks:
            areas = {regions[r].area for r in (mark.region, *mark.alternatives)}
            sentence = sentence_of.get(id(mark))
            general = (mark.text or "").endswith(("ache", "aches"))
            if general and mark.alternatives and any((sentence, a) in precise for a in areas):
                continue
            kept.append(mark)
        return kept

    def _condition_mark(self, condition: str, side: MarkSide, words: str) -> Mark | None:
        """A condition named with its place ('low back pain', 'tennis elbow') marks the place:
        the region its own words name, else its few typical regions.
        """
        inner = self._place_in(phrase_key(words))
        if inner is not None:
            return self._mark(inner[0], inner[1], side, words)
        regions = self.condition_regions.get(condition, ())
        if not regions or len(regions) > MAX_CONDITION_REGIONS:
            return None
        mark = self._mark("region", regions[0], side, words)
        return mark.model_copy(update={"alternatives": regions[1:]})

    def _place_in(self, key: tuple[str, ...]) -> tuple[str, str] | None:
        """The longest region or area phrase inside a phrase's words."""
        for length in range(len(key), 0, -1):
            for start in range(len(key) - length + 1):
                target = self.places.get(key[start : start + length])
                if target is not None:
                    return target
        return None

    def _mark(self, kind: str, target: str, side: MarkSide, words: str) -> Mark:
        regions = self.broad[target] if kind == "broad" else [target]
        region = self.atlas.regions[regions[0]]
        if region.laterality == "midline":
            side = "midline"
        elif side == "midline":
            side = "either"
        return Mark(region=regions[0], side=side, text=words, alternatives=tuple(regions[1:]))

    def _unresolved(
        self, tokens: list[_Token], leftovers: list[int], corrected: dict[int, str]
    ) -> list[Unresolved]:
        runs: list[list[int]] = []
        for i in leftovers:
            if i in corrected or tokens[i].norm in FILLERS or tokens[i].norm.isdigit():
                continue
            if runs and runs[-1][-1] + 1 == i:
                runs[-1].append(i)
            else:
                runs.append([i])
        found = []
        for run in runs:
            words = " ".join(tokens[i].raw for i in run)
            found.append(Unresolved(text=words, suggestions=self.atlas.suggest(words, limit=3)))
        return found


def _expand_fingers(tokens: list[_Token]) -> list[_Token]:
    """'ring and little fingers' -> 'ring finger and little fingers'."""
    out: list[_Token] = []
    for i, token in enumerate(tokens):
        out.append(token)
        nxt = tokens[i + 1 : i + 4]
        if (
            token.norm in _FINGERS
            and len(nxt) == 3
            and nxt[0].raw in _JOINERS
            and nxt[1].norm in _FINGERS
            and nxt[2].norm == "finger"
        ):
            out.append(_Token("finger", "finger", "word"))
    return out


def _sentence_ids(tokens: list[_Token]) -> list[int]:
    """The sentence number of every token."""
    ids, current = [], 0
    for token in tokens:
        ids.append(current)
        if token.raw in _SENTENCE_END:
            current += 1
    return ids


def _in_activity(tokens: list[_Token], match: _Match) -> bool:
    """True when the place follows a movement verb in the same clause ('lift my arm')."""
    for i in range(match.start - 1, -1, -1):
        token = tokens[i]
        if token.kind == "boundary" or token.norm in _SCOPE_END:
            return False
        if token.norm in _ACTIVITY:
            return True
        if token.norm in _ACTIVITY_ON and i + 1 < len(tokens) and tokens[i + 1].raw == "on":
            return True
    return False


def _same_sentence(tokens: list[_Token], kept: list[_Match], match: _Match) -> bool:
    """True when a place was named earlier in the sentence ('my wrist, on the back')."""
    if not kept or kept[-1].target[0] not in ("region", "broad"):
        return False
    return not any(t.raw in _SENTENCE_END for t in tokens[kept[-1].end : match.start])


def _near(tokens: list[_Token], match: _Match, low: int, high: int) -> list[int]:
    """Token positions a qualifier may stand at: four words before, four after, same clause."""
    before = []
    for i in range(match.start - 1, max(low, match.start - 5) - 1, -1):
        if tokens[i].kind == "boundary":
            break
        before.append(i)
    after = []
    for i in range(match.end, min(high, match.end + 5)):
        if tokens[i].raw in _SENTENCE_END:
            break
        after.append(i)
    return before + after


def _negated(tokens: list[_Token], start: int) -> bool:
    """True when a negation stands within three words before ``start`` in the same clause."""
    seen = 0
    for i in range(start - 1, -1, -1):
        token = tokens[i]
        if token.kind == "boundary" or token.norm in ("but", "and", "with"):
            return False
        if token.kind == "negation":
            return True
        if token.kind == "word":
            seen += 1
            if seen > 3:
                return False
    return False


def _side_value(token: _Token) -> MarkSide:
    return SIDE_WORDS[token.norm]


def _side_before(tokens: list[_Token], start: int, previous: _Match | None) -> MarkSide | None:
    """The side word within four words before a place, not past the previous place."""
    limit = previous.end if previous else 0
    return _first_side((tokens[i] for i in range(start - 1, limit - 1, -1)), max_words=4)


def _side_after(tokens: list[_Token], end: int) -> MarkSide | None:
    """The side word within two words after a place ('forehead, mostly on the right')."""
    return _first_side(tokens[end : end + 8], max_words=2)


def _first_side(scan: Iterable[_Token], max_words: int) -> MarkSide | None:
    """The first side word in a scan, stopping at a sentence end or after ``max_words``."""
    words = 0
    for token in scan:
        if token.raw in _SENTENCE_END:
            return None
        if token.kind == "side":
            return _side_value(token)
        if token.kind == "word":
            words += 1
            if words > max_words:
                return None
    return None


def _chained(tokens: list[_Token], previous: _Match, match: _Match) -> bool:
    """Two regions joined by 'and', 'or', a comma or a route word, in one sentence."""
    between = tokens[previous.end : match.start]
    return not any(t.raw in _SENTENCE_END for t in between) and len(between) <= 8


def _text_side(tokens: list[_Token]) -> MarkSide:
    sides = {SIDE_WORDS[t.norm] for t in tokens if t.kind == "side"}
    sides &= {"left", "right"}
    return sides.pop() if len(sides) == 1 else "either"


def _intensities(text: str) -> list[float]:
    values = [float(v) for v in _INTENSITY.findall(text.casefold())]
    for value in values:
        if not 0 <= value <= 10:
            raise InvalidQuery(f"Pain intensity {value:g}/10 is outside 0-10.")
    return values
