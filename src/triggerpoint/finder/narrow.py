"""Stage 4: a qualifier near a place picks the part it names ('back of' + wrist ->
back-of-wrist); facet words listed together ('front and back of my knee') mark each part.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from triggerpoint.atlas import Atlas
from triggerpoint.finder.lexicon import Match, PhraseIndex
from triggerpoint.finder.qualify import ELSEWHERE, FACET_WORDS, SIDE_FACETS, VARIANTS, narrow
from triggerpoint.finder.tokens import SENTENCE_END, Token

__all__ = ["narrow_matches"]

#: Qualifiers that place a spot across a region ('on the little-finger side'), not another part.
_SIDE_PREFIXES = frozenset(SIDE_FACETS.values())
#: Of those, the sides of a limb ('little-finger-side-of-', 'thumb-side-of-'); not the palm side.
_LIMB_SIDES = tuple(_SIDE_PREFIXES - {SIDE_FACETS["palm"]})


def narrow_matches(
    tokens: Sequence[Token],
    matches: Sequence[Match],
    qualifiers: Mapping[int, tuple[str, ...]],
    atlas: Atlas,
    index: PhraseIndex,
) -> list[Match]:
    """Each place with the part a nearby qualifier picks ('back of' + wrist -> back-of-wrist);
    a condition or complaint that names a place ('posterior knee pain') is narrowed the same way.
    """
    broad = {b.term: b.regions for b in atlas.broad_terms}
    out: list[Match] = []
    for k, match in enumerate(matches):
        kind, target = match.target
        if kind in ("condition", "complaint"):
            own = index.place_in([t.norm for t in tokens[match.start : match.end]])
            kind, target = own if own is not None else (kind, target)
        if kind not in ("region", "broad"):
            out.append(match)
            continue
        options = list(broad[target]) if kind == "broad" else [target]
        low = matches[k - 1].end if k else 0
        high = matches[k + 1].start if k + 1 < len(matches) else len(tokens)
        own_facet = kind == "region" and tokens[match.start].norm in FACET_WORDS
        for i in _near(tokens, match, low, high):
            across = i in qualifiers and (
                any(p in _SIDE_PREFIXES for p in qualifiers[i]) or _on_the_side(tokens, i, match)
            )
            compound = i == match.start - 1  # "back-inner thigh", "front-outer hip"
            named_part = i in qualifiers and any(
                p in VARIANTS.get(o, {}) for o in options for p in qualifiers[i])
            if own_facet and not (across or compound or named_part
                                  or _coordinated_with(tokens, i, match)):
                continue  # "at the back, ... the tops of both shoulders" says which part
            found = narrow(options, qualifiers[i], atlas.regions) if i in qualifiers else None
            if found is not None and i >= match.end and _side_of(target) and not _side_of(found):
                # "little finger side of my wrist, palm side": the side stays, and the palm or
                # back side it names is marked too (the flexor, not the extensor, of that side)
                out.append(replace(match, narrowed=found))
                found = None
            if found is not None and i >= match.end and found.startswith("back-of-") and (
                    side_at := next((j for j in _near(tokens, match, low, high) if j > i
                                     and j in qualifiers and any(
                                         p in _LIMB_SIDES for p in qualifiers[j])), None)
            ) is not None and (side := narrow([found], qualifiers[side_at], atlas.regions)) not in (
                    None, found):
                # "R wrist back pinky side": the back of the wrist, its little-finger side
                match = replace(match, target=("region", found), narrowed=side, within=True)
                break
            if found is not None and _coordinated_with(tokens, i, match):
                out.append(replace(match, narrowed=found))  # "front and back of my knee"
                continue
            if found is not None:
                # ("the thumb side of the inner wrist": the side named before the place, of
                # the part its own facet word picked)
                if i == match.start - 1:
                    found = next((further for j in _near(tokens, match, low, high)
                                  if j < i and j in qualifiers for p in qualifiers[j]
                                  if p in _LIMB_SIDES
                                  and (further := VARIANTS.get(found, {}).get(p)) in atlas.regions),
                                 found)
                within = (match.target[0] == "region" and found not in options
                          and f"{target}>{found}" not in ELSEWHERE)
                for j in _listed_with(tokens, i, qualifiers):  # "front and back of my knee"
                    other = narrow(options, qualifiers[j], atlas.regions)
                    if other is not None and other != found:
                        out.append(replace(match, narrowed=other, within=within))
                match = replace(match, narrowed=found, within=within)
                break
        out.append(match)
    return out


def _side_of(region: str) -> bool:
    """A region named by the side of a limb it lies on ('little-finger-side-of-wrist')."""
    return region.startswith(_LIMB_SIDES)


def _on_the_side(tokens: Sequence[Token], i: int, match: Match) -> bool:
    """A facet word after the place and before 'side' ('back of the knee on the outer side'), or
    after 'at the' / 'in the' ('lower ribs at the back'): the spot lies across the two parts."""
    if i < match.end:
        return False
    if i + 1 < len(tokens) and tokens[i + 1].raw in ("side", "aspect"):
        return True
    lead = [t.raw for t in tokens[max(match.end, i - 2) : i]]
    return lead in (["at", "the"], ["in", "the"], ["in"])  # "my lower ribs, at the back"


def _coordinated_with(tokens: Sequence[Token], i: int, match: Match) -> bool:
    """A qualifier joined to the facet word a place starts with ('front and [back of my knee]')."""
    return i + 2 == match.start and tokens[i + 1].raw in ("and", "or", "&")


def _listed_with(
    tokens: Sequence[Token], i: int, qualifiers: Mapping[int, tuple[str, ...]]
) -> list[int]:
    """Other qualifiers coordinated with the one at ``i`` ('front and back', 'inner or outer')."""
    found = []
    for step in (-2, 2):
        j = i + step
        joiner = tokens[min(i, j) + 1].raw if 0 <= j < len(tokens) else ""
        while 0 <= j < len(tokens) and j in qualifiers and joiner in ("and", "or", "&", ","):
            found.append(j)
            j += step
            joiner = tokens[min(j - step, j) + 1].raw if 0 <= j < len(tokens) else ""
    return sorted(found)


def _near(tokens: Sequence[Token], match: Match, low: int, high: int) -> list[int]:
    """Token positions a qualifier may stand at: four words before (not counting small words and
    side words), four tokens after, in the same clause.
    """
    before = []
    words_seen = 0
    for i in range(match.start - 1, low - 1, -1):
        if tokens[i].kind == "boundary":
            break
        before.append(i)
        words_seen += tokens[i].kind not in ("stop", "side")
        if words_seen >= 4:
            break
    after = []
    for i in range(match.end, min(high, match.end + 5)):
        if tokens[i].raw in SENTENCE_END:
            break
        after.append(i)
    return before + after
