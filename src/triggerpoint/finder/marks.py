"""Stage 6: matches become marks, with complaint words read as the places they usually mean
('sciatica: read as buttock, ...') and conditions marking the place their words name.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final, Literal

from triggerpoint.atlas import Atlas
from triggerpoint.finder.lexicon import Match, PhraseIndex
from triggerpoint.finder.qualify import FACET_WORDS, narrow
from triggerpoint.finder.query import Mark, MarkSide
from triggerpoint.finder.tokens import Token, item_scores, sentence_ids
from triggerpoint.finder.words import words as word_lists
from triggerpoint.knowledge.models import Complaint

__all__ = ["MAX_CONDITION_REGIONS", "MarkMaker", "Read"]

#: A condition naming more places than this (fibromyalgia) marks none of them.
MAX_CONDITION_REGIONS = 4


@dataclass
class Read:
    """What the matches say: marks, symptoms, conditions and what was said to be absent."""

    marks: list[Mark] = field(default_factory=list)
    symptoms: list[str] = field(default_factory=list)
    conditions: list[str] = field(default_factory=list)
    negated: list[str] = field(default_factory=list)


class MarkMaker:
    """Turns matches into marks for one knowledge base's atlas, conditions and complaints."""

    def __init__(
        self,
        atlas: Atlas,
        index: PhraseIndex,
        condition_regions: Mapping[str, tuple[str, ...]],
        complaints: Mapping[str, Complaint],
        felt_at: Mapping[str, str] | None = None,
        felt_in: Mapping[str, str] | None = None,
    ) -> None:
        self.atlas = atlas
        self.index = index
        self.condition_regions = condition_regions
        self.complaints = complaints
        #: symptom -> the region a symptom that names its place is felt in ('deep in my groin')
        self.felt_at = dict(felt_at or {})
        #: symptom -> the place (a region id or a broad term) a symptom implies without naming it,
        #: marked when the text names no place ('hard to swallow': the throat)
        self.felt_in = dict(felt_in or {})
        self.broad = {b.term: b.regions for b in atlas.broad_terms}

    def read(
        self,
        tokens: Sequence[Token],
        matches: Sequence[Match],
        default: MarkSide,
        corrected: Mapping[int, str],
    ) -> Read:
        """The marks and the rest; complaint words mark their places only when the text names
        no place of its own, unless their own words name one ('runner's knee').
        """
        out = Read()
        sentence = sentence_ids(tokens)
        scores = item_scores(tokens)
        sentence_of: dict[int, int] = {}
        claims: list[tuple[str, Complaint]] = []
        named = any(m.target[0] in ("region", "broad") and not m.negated for m in matches)
        placed = named or any(
            m.target[0] in ("complaint", "condition") and not m.negated for m in matches
        )
        precise = {
            m.narrowed or m.target[1] for m in matches if m.target[0] == "region" and not m.negated
        }
        for match in matches:
            words = " ".join(corrected.get(i, tokens[i].raw) for i in range(match.start, match.end))
            kind, target = match.target
            side = match.side or default
            if match.negated:
                out.negated.append(words)
            elif kind == "symptom":
                _add(out.symptoms, target)
                if target in self.felt_at:  # "deep in my groin and the inner thigh": the groin too
                    own: tuple[str, str] | None = ("region", self.felt_at[target])
                else:
                    # (a place the symptom implies comes before a word inside it: "hurts to turn
                    # head" is the neck, "arm behind back" the shoulder)
                    implied = self.felt_in.get(target)
                    own = (
                        None
                        if placed
                        else ("broad" if implied in self.broad else "region", implied)
                        if implied is not None
                        else self.index.place_in([t.norm for t in tokens[match.start : match.end]])
                    )
                if own is not None:  # "knee gives way": with no other place, the knee is where
                    out.marks.append(self._mark(own[0], own[1], side, words))
            elif kind == "condition":
                _add(out.conditions, target)
                # (its place from the words as read: a corrected slip, "heal pain", is the heel)
                place = self._condition_mark(target, side, words, " ".join(
                    t.norm for t in tokens[match.start : match.end]))
                if place is not None and match.narrowed is not None:
                    place = place.model_copy(update={"region": match.narrowed, "alternatives": ()})
                out.marks += [place] if place is not None else []
            elif kind == "complaint":
                complaint = self.complaints[target]
                if not (complaint.generic and any(
                        m is not match and m.target[0] in ("region", "broad", "complaint",
                                                           "condition") and not m.negated
                        for m in matches)):
                    # ("lower back pain trigger point": the back says where, not the knots)
                    out.marks += self._complaint(tokens, match, words, named, default, precise)
                claims.append((words, complaint))
                if complaint.condition is not None:
                    _add(out.conditions, complaint.condition)
                key = tuple(t.norm for t in tokens[match.start : match.end] if t.kind == "word")
                if key in self.index.symptom_of:
                    _add(out.symptoms, self.index.symptom_of[key])
            else:
                mark = self._mark(kind, target, side, words)
                if match.narrowed is not None:
                    within = (mark.region,) if match.within else ()
                    mark = mark.model_copy(
                        update={"region": match.narrowed, "alternatives": (), "within": within}
                    )
                weight = emphasis(tokens, match, matches)
                if weight is not None or match.start in scores:
                    mark = mark.model_copy(update={
                        "emphasis": weight, "intensity": scores.get(match.start)})
                sentence_of[id(mark)] = sentence[match.start]
                out.marks.append(mark)
        out.marks = self._claim(self._drop_redundant_broad(out.marks, sentence_of), claims)
        return out

    def _claim(self, marks: list[Mark], claims: Sequence[tuple[str, Complaint]]) -> list[Mark]:
        """A complaint word whose own broad word gave way to a precise place ('tension headache
        in the temples') still says what the place's pain is: the place carries its reading, so
        the complaint's prevalence list applies to it.
        """
        if not claims:
            return marks
        read = {m.complaint for m in marks if m.complaint}
        out: list[Mark] = []
        for mark in marks:
            parts = [mark]
            for words, complaint in claims:
                if complaint.id in read or mark.reading:
                    continue
                if mark.alternatives:
                    # a broad place beside the complaint ("trochanteric bursitis, left hip"): the
                    # complaint's list of usual causes applies to it (a generic one, "knot",
                    # says nothing of which)
                    members = (mark.region, *mark.alternatives)
                    mine = [r for r in complaint.regions if r in members]
                    if not mine or complaint.generic:
                        continue
                    note = self.reading_note(words, complaint, mine)
                    parts = [mark.model_copy(update={"reading": note, "complaint": complaint.id})]
                    break
                if mark.region in complaint.regions:
                    note = self.reading_note(words, complaint, [mark.region])
                    parts = [mark.model_copy(update={"reading": note, "complaint": complaint.id})]
                    break
            out.extend(parts)
        return out

    def _complaint(
        self,
        tokens: Sequence[Token],
        match: Match,
        words: str,
        named: bool,
        default: MarkSide,
        precise: set[str] = frozenset(),  # type: ignore[assignment]
    ) -> list[Mark]:
        complaint = self.complaints[match.target[1]]
        own_place = self.index.place_in(
            [t.norm for t in tokens[match.start : match.end]],
            prefer=lambda place: not self._own_regions(place).isdisjoint(complaint.regions))
        regions = list(complaint.regions)
        # a broad place its words name that holds none of its own places is what moves, not
        # what hurts ("can't turn my head to look behind" is a stiff neck, not the back of the
        # head)
        foreign = (own_place is not None and own_place[0] == "broad"
                   and self._own_regions(own_place).isdisjoint(regions))
        narrowed_match = None if foreign else match.narrowed
        narrowed = None if foreign else (
            match.narrowed or self._own_facet(tokens, match, own_place))
        if own_place is not None and narrowed is not None:
            regions = [narrowed]  # "medial elbow pain": its own qualifier says where
        elif named:  # beside places of its own, a complaint marks only the place its words name
            own = self._own_regions(own_place)
            if own_place is not None and own_place[0] == "broad" and own & precise:
                return []  # "tension headache in the temples": the temples say where (claimed)
            # ... or, when none of its usual places is that one, the place itself ("thumb base
            # pain, palm side of wrist": the thumb base)
            regions = [r for r in regions if r in own] or (
                [narrowed_match] if narrowed_match else []
            ) or ([own_place[1]] if own_place is not None and own_place[0] == "region" else [])
            if not regions:
                return []
        side: MarkSide = match.side or ("both" if complaint.side == "both" else default)
        note = self.reading_note(words, complaint, regions)
        if complaint.reading == "one-of":
            mark = self._mark("region", regions[0], side, words)
            update = {
                "alternatives": tuple(regions[1:]),
                "reading": note,
                "complaint": complaint.id,
            }
            return [mark.model_copy(update=update)]
        return [
            self._mark("region", r, side, words).model_copy(
                update={"reading": note, "complaint": complaint.id}
            )
            for r in regions
        ]

    def _own_facet(
        self, tokens: Sequence[Token], match: Match, own_place: tuple[str, str] | None
    ) -> str | None:
        """The part of its own broad place a complaint's words pick ('medial elbow pain')."""
        if own_place is None or own_place[0] != "broad":
            return None
        for token in tokens[match.start : match.end]:
            if token.norm in FACET_WORDS:
                found = narrow(
                    self.broad[own_place[1]], FACET_WORDS[token.norm], self.atlas.regions
                )
                if found is not None:
                    return found
        return None

    def _own_regions(self, place: tuple[str, str] | None) -> set[str]:
        if place is None:
            return set()
        return set(self.broad[place[1]]) if place[0] == "broad" else {place[1]}

    def reading_note(self, words: str, complaint: Complaint, regions: Sequence[str]) -> str:
        """'sciatica: read as buttock, back of the thigh and calf' — a reading, not a diagnosis."""
        names = [self.atlas.regions[r].name.lower() for r in regions]
        joiner = " or " if complaint.reading == "one-of" else " and "
        listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + joiner + names[-1]
        if complaint.widespread:
            return (
                f"{words}: read as pain in many places on both sides; marked where it is "
                f"most common: {listed}"
            )
        prefix = "one of " if complaint.reading == "one-of" and len(names) > 1 else ""
        return f"{words}: read as {prefix}{listed}"

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

    def _condition_mark(
        self, condition: str, side: MarkSide, words: str, read_as: str
    ) -> Mark | None:
        """A condition named with its place ('low back pain') marks the place: the region its
        own words name (``read_as``: the words as read, slips corrected), else its few typical
        regions.
        """
        from triggerpoint.finder.lexicon import phrase_key

        inner = self.index.place_in(phrase_key(read_as))
        if inner is not None:
            return self._mark(inner[0], inner[1], side, words)
        regions = self.condition_regions.get(condition, ())
        if not regions or len(regions) > MAX_CONDITION_REGIONS:
            # a condition of many places named by a word of its own ("pseudo-sciatica") marks
            # the places of the complaint that stands for it ("sciatica"), where there is one
            regions = next((tuple(c.regions) for c in self.complaints.values()
                            if c.condition == condition
                            and 0 < len(c.regions) <= MAX_CONDITION_REGIONS), ())
        if not regions:
            return None
        mark = self._mark("region", regions[0], side, words)
        return mark.model_copy(update={"alternatives": regions[1:]})

    def _mark(self, kind: str, target: str, side: MarkSide, words: str) -> Mark:
        regions = self.broad[target] if kind == "broad" else [target]
        if side in ("left", "right") and len(regions) > 1:
            # "right chest" is no breastbone: a side leaves out the broad word's midline parts
            regions = [r for i, r in enumerate(regions)
                       if not i or self.atlas.regions[r].laterality != "midline"]
        region = self.atlas.regions[regions[0]]
        if region.laterality == "midline":
            side = "midline"
        elif side == "midline":
            side = "either"
        return Mark(region=regions[0], side=side, text=words, alternatives=tuple(regions[1:]))


_MAIN: Final = word_lists().folded("emphasis_main")
_NOT_PLACE: Final = word_lists().folded("emphasis_not")
_LINKS: Final = frozenset({"is", "are", "the", "by", "far", "bit", "spot", "part", "area", "one",
                           "probably", "definitely", "being"})
_LOOK_BACK = 5


def emphasis(
    tokens: Sequence[Token], match: Match, matches: Sequence[Match]
) -> Literal["main"] | None:
    """'main' when a word of emphasis leads to the place within its clause ('mainly along the
    front', 'the worst bit is low down in the buttock') or follows it ('right temple worst',
    'L chest (worst)'), not when it is about a time or an action ('worst when I sit')."""
    taken = {i for m in matches if m is not match for i in range(m.start, m.end)}
    for i in range(match.start - 1, max(match.start - 1 - _LOOK_BACK, -1), -1):
        if tokens[i].kind == "boundary" or i in taken:
            break
        if tokens[i].norm in _MAIN:
            return "main"
    j = match.end
    while j < len(tokens) and tokens[j].norm in _LINKS:
        j += 1
    if j < len(tokens) and tokens[j].norm in _MAIN and (
            j + 1 >= len(tokens) or tokens[j + 1].norm not in _NOT_PLACE):
        return "main"
    return None


def _add(items: list[str], item: str) -> None:
    if item not in items:
        items.append(item)
