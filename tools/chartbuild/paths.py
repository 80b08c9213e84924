"""Shapes as SVG path data and back: absolute moves and lines, one subpath per ring."""

from __future__ import annotations

import re

from shapely.geometry import Polygon
from shapely.geometry.polygon import orient

from .geometry import Geom

__all__ = ["path_to_geom", "to_path"]


def _fmt(v: float) -> str:
    text = f"{v:.1f}"
    text = text.rstrip("0").rstrip(".") if "." in text else text
    return "0" if text == "-0" else text


def to_path(geom: Geom) -> str:
    """An SVG path (absolute moves and lines, one subpath per ring, even-odd fill)."""
    parts = []
    polys = getattr(geom, "geoms", [geom])
    for poly in polys:
        poly = orient(poly)
        for ring in [poly.exterior, *poly.interiors]:
            coords = list(ring.coords)[:-1]
            pts = " ".join(f"{_fmt(x)} {_fmt(y)}" for x, y in coords)
            parts.append(f"M{pts}Z")
    return "".join(parts)


_NUM = re.compile(r"-?\d+(?:\.\d+)?")


def path_to_geom(d: str) -> Geom:
    """The region a path drawn by ``to_path`` covers (even-odd over its rings)."""
    covered: Geom = Polygon()
    for ring in (r for r in d.split("M") if r):
        nums = [float(n) for n in _NUM.findall(ring)]
        poly = Polygon(list(zip(nums[::2], nums[1::2], strict=True))).buffer(0)
        covered = covered.symmetric_difference(poly)
    return covered
