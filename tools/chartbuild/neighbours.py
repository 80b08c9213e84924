"""Which regions border each other on the chart: the ``neighbours`` of regions.yaml."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import shapely

from .geometry import Geom
from .paths import path_to_geom

__all__ = ["MIN_BORDER", "TOLERANCE", "chart_shapes", "derive_neighbours"]

#: Two shapes are neighbours when they share at least MIN_BORDER px of border (within TOLERANCE).
TOLERANCE = 1.0
MIN_BORDER = 2.0


def derive_neighbours(
    shapes: Iterable[tuple[str, str, str, Geom]], order: Sequence[str]
) -> dict[str, list[str]]:
    """Region -> regions whose shapes share a border with one of its shapes in some view.

    ``shapes`` are (region, side, view, geometry). Any two shapes of the same view count, on the
    same side or across the midline. Neighbours are listed in ``order`` (the atlas order).
    """
    rank = {r: i for i, r in enumerate(order)}
    by_view: dict[str, list[tuple[str, Geom]]] = {}
    for region, _side, view, geom in shapes:
        by_view.setdefault(view, []).append((region, geom))
    found: dict[str, set[str]] = {r: set() for r in order}
    for items in by_view.values():
        tree = shapely.STRtree([g for _, g in items])
        for region, geom in items:
            for j in tree.query(geom, predicate="dwithin", distance=TOLERANCE):
                other, other_geom = items[int(j)]
                if other == region or other in found[region]:
                    continue
                shared = geom.boundary.intersection(other_geom.buffer(TOLERANCE)).length
                if shared >= MIN_BORDER:
                    found[region].add(other)
                    found[other].add(region)
    return {r: sorted(found[r], key=lambda x: rank[x]) for r in order}


def chart_shapes(chart: dict[str, Any]) -> list[tuple[str, str, str, Geom]]:
    return [(s["r"], s["s"], s["v"], path_to_geom(s["d"])) for s in chart["shapes"]]
