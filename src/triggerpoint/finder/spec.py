"""A region spec as the command line and the journal take it: ``REGION[:SIDE][=INTENSITY]``.

Apart from the rest of the finder, so that reading one (``triggerpoint log --spot
temple:right=6``) imports no description reader.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Mapping
from dataclasses import dataclass

from triggerpoint.errors import InvalidQuery, UnknownRegion
from triggerpoint.finder.query import Mark, MarkSide
from triggerpoint.knowledge import KnowledgeBase

__all__ = ["parse_region_spec"]

_SPEC = re.compile(
    r"^\s*(?P<name>[^:=]+?)\s*(?::\s*(?P<side>[^=]*?)\s*)?(?:=\s*(?P<level>.*?))?\s*$"
)
_SIDES: dict[str, MarkSide] = {
    "left": "left",
    "l": "left",
    "right": "right",
    "r": "right",
    "both": "both",
    "midline": "midline",
    "middle": "midline",
}


def parse_region_spec(spec: str, kb: KnowledgeBase) -> Mark:
    """Read ``REGION[:SIDE][=INTENSITY]``, e.g. ``temple:right=6`` or ``knee:left``."""
    match = _SPEC.match(spec)
    if match is None or not match["name"].strip():
        raise InvalidQuery(f"Cannot read region '{spec}'; write REGION[:SIDE][=0-10].")
    region, alternatives = _resolve_region(match["name"], kb)
    side = _side(match["side"], spec)
    laterality = kb.atlas.regions[region].laterality
    if laterality == "midline" and side in ("left", "right"):
        raise InvalidQuery(
            f"'{match['name']}' is on the midline of the body; give it without a side."
        )
    if laterality == "paired" and side == "midline":
        raise InvalidQuery(f"'{match['name']}' has a left and a right; say which, or 'both'.")
    if laterality == "midline":
        side = "midline"
    return Mark(
        region=region,
        side=side,
        intensity=_intensity(match["level"], spec),
        text=spec.strip(),
        alternatives=alternatives,
    )


def _resolve_region(name: str, kb: KnowledgeBase) -> tuple[str, tuple[str, ...]]:
    names = _names_of(kb)
    broad = names.broad.get(name.strip().casefold())
    if broad is not None:
        return broad
    region = names.ids.get(name)
    if region is not None:
        return region, ()
    try:
        return kb.atlas.get(name).id, ()
    except UnknownRegion as exc:
        raise UnknownRegion(name.strip(), exc.suggestions) from None


@dataclass(frozen=True)
class _Names:
    """How a spec's region name is read, worked out once per knowledge base."""

    #: A broad word or its synonym -> its first region and the others (the first broad term
    #: that lists it wins).
    broad: Mapping[str, tuple[str, tuple[str, ...]]]
    #: A region id -> the region the atlas reads it as.
    ids: Mapping[str, str]


_NAMES: weakref.WeakKeyDictionary[KnowledgeBase, _Names] = weakref.WeakKeyDictionary()


def _names_of(kb: KnowledgeBase) -> _Names:
    names = _NAMES.get(kb)
    if names is None:
        broad: dict[str, tuple[str, tuple[str, ...]]] = {}
        for term in kb.atlas.broad_terms:
            for word in (term.term, *term.synonyms):
                broad.setdefault(word, (term.regions[0], tuple(term.regions[1:])))
        ids = {}
        for region_id in kb.atlas.regions:
            found = kb.atlas.find(region_id)
            if found is not None:
                ids[region_id] = found.id
        names = _NAMES[kb] = _Names(broad, ids)
    return names


def _side(value: str | None, spec: str) -> MarkSide:
    if value is None or not value.strip():
        return "either"
    side = _SIDES.get(value.strip().casefold())
    if side is None:
        raise InvalidQuery(f"Unknown side '{value}' in '{spec}'; use left, right, both (or l, r).")
    return side


def _intensity(value: str | None, spec: str) -> float | None:
    if value is None:
        return None
    try:
        level = float(value)
    except ValueError:
        raise InvalidQuery(
            f"Intensity '{value}' in '{spec}' is not a number from 0 to 10."
        ) from None
    if not 0 <= level <= 10:
        raise InvalidQuery(f"Intensity {level:g} in '{spec}' is outside 0-10.")
    return level
