"""Qualifier words that narrow a place: 'inner' elbow, 'back of' the skull, wrist 'on the
little-finger side'. They pick one part of a broad area, or the sided variant of a region.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

from triggerpoint.finder.words import words

__all__ = ["ELSEWHERE", "FACET_WORDS", "SIDE_FACETS", "narrow", "region_base", "VARIANTS"]

#: Qualifier word (folded) -> the id prefixes of the regions it points to (data/words.yaml).
FACET_WORDS: Final[Mapping[str, tuple[str, ...]]] = {
    word: tuple(prefixes) for word, prefixes in words().facets.items()
}
SIDE_FACETS: Final = dict(words().side_facets)
#: Parts of a place whose ids do not follow the prefix pattern (region -> prefix -> region).
VARIANTS: Final = words().variants
#: 'region>variant' pairs whose variant lies elsewhere: it replaces the place ('the lower ribs
#: at the back' are the mid back), where other variants mark a spot on both.
ELSEWHERE: Final = frozenset(words().variants_elsewhere)
_PREFIXES: Final = sorted(
    {p for ps in FACET_WORDS.values() for p in ps} | set(SIDE_FACETS.values()),
    key=len,
    reverse=True,
)


def region_base(region_id: str) -> str:
    """The body part a region is a facet of: 'back-of-wrist' -> 'wrist'."""
    for prefix in _PREFIXES:
        if region_id.startswith(prefix):
            return region_id.removeprefix(prefix)
    return region_id


def narrow(
    options: Sequence[str], prefixes: Sequence[str], known: Mapping[str, object]
) -> str | None:
    """The region among ``options`` (or their sided variants) that the prefixes point to."""
    for prefix in prefixes:
        for region in options:
            if region.startswith(prefix):
                return region
        for region in options:
            variant = VARIANTS.get(region, {}).get(prefix) or prefix + region_base(region)
            if variant in known:
                return variant
    return None
