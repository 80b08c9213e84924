"""When a change in pain counts: the MCID and the IMMPACT bands, applied to 0-10 ratings.

Sources (see docs/analytics.md and clinical-safety.md 4.2):

- Farrar et al. 2001, Pain 94:149-158 (https://pubmed.ncbi.nlm.nih.gov/11690728/): a fall of
  about 2 points or about 30 % on the 0-10 numeric rating scale is a clinically important
  difference; the percent change is consistent whatever the starting pain.
- IMMPACT, Dworkin et al., J Pain 2008: a 10-20 % fall is minimally important, >= 30 % moderately
  important, >= 50 % substantial.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final, Literal

from triggerpoint.analytics._json import JsonResult
from triggerpoint.errors import InputError

__all__ = [
    "MCID_PERCENT",
    "MCID_POINTS",
    "MIN_POINTS",
    "BAND_PERCENT",
    "Band",
    "ChangeVerdict",
    "Direction",
    "judge_change",
]

Direction = Literal["better", "worse", "unchanged"]
Band = Literal["none", "minimal", "moderate", "substantial"]

#: Farrar 2001: a change of about 2 points on the 0-10 scale is clinically important.
MCID_POINTS: Final = 2.0
#: Farrar 2001 and IMMPACT 2008: a change of about 30 % is clinically important.
MCID_PERCENT: Final = 30.0
#: The smallest step of the 0-10 scale; a change of less than one step is below what a rating
#: can express, so it never counts as meaningful however large its percent (a judgement call).
MIN_POINTS: Final = 1.0
#: IMMPACT (Dworkin 2008): lower edge of each band, in percent of the starting pain.
BAND_PERCENT: Final[tuple[tuple[Band, float], ...]] = (
    ("substantial", 50.0),
    ("moderate", 30.0),
    ("minimal", 10.0),
)
#: Only when the starting pain is 0 (no percent exists): points per band, after the
#: pain-topics gloss of IMMPACT (about 2 points moderate, 4 or more substantial).
_BAND_POINTS: Final[tuple[tuple[Band, float], ...]] = (
    ("substantial", 4.0),
    ("moderate", 2.0),
    ("minimal", 1.0),
)
#: Tolerance for float means: 6.6667 -> 4.6667 is a 2-point fall.
_EPS: Final = 1e-9
_PLAIN: Final[dict[Band, str]] = {
    "none": "no real",
    "minimal": "a small",
    "moderate": "a moderate",
    "substantial": "a large",
}


@dataclass(frozen=True, slots=True)
class ChangeVerdict(JsonResult):
    """How a pain rating moved from `before` to `after`, judged against the MCID.

    `points` is after minus before (negative means less pain); `percent` is that change as a
    percentage of `before` (None when before is 0); `band` is the IMMPACT band of the size of
    the change in either direction; `improved` / `worsened` say whether the fall / rise reaches
    the MCID (>= 2 points or >= 30 %, and at least one whole step of the scale).
    """

    before: float
    after: float
    points: float
    percent: float | None
    direction: Direction
    band: Band
    improved: bool
    worsened: bool
    meaningful: bool
    words: str


def judge_change(before: float, after: float) -> ChangeVerdict:
    """Judge a change in 0-10 pain so every figure in a report uses the same rule."""
    _check_rating("before", before)
    _check_rating("after", after)
    points = after - before
    percent = 100.0 * points / before if before > 0 else None
    direction = _direction(points)
    band = _band(points, percent)
    meaningful = _reaches_mcid(points, percent)
    improved = meaningful and direction == "better"
    worsened = meaningful and direction == "worse"
    return ChangeVerdict(
        before=before,
        after=after,
        points=points,
        percent=percent,
        direction=direction,
        band=band,
        improved=improved,
        worsened=worsened,
        meaningful=meaningful,
        words=_describe(points, percent, direction, band, meaningful),
    )


def _check_rating(name: str, value: float) -> None:
    """Refuse values no 0-10 rating (or mean of ratings) can take, rather than judge nonsense."""
    if not (isinstance(value, int | float) and math.isfinite(value) and 0 <= value <= 10):
        raise InputError(f"{name} must be a pain rating from 0 to 10, got {value!r}")


def _direction(points: float) -> Direction:
    """Which way the pain went: a fall is better."""
    if abs(points) < _EPS:
        return "unchanged"
    return "better" if points < 0 else "worse"


def _band(points: float, percent: float | None) -> Band:
    """The IMMPACT band of the size of a change (points only when there is no percent)."""
    if abs(points) < _EPS:
        return "none"
    size, edges = (abs(points), _BAND_POINTS) if percent is None else (abs(percent), BAND_PERCENT)
    for band, edge in edges:
        if size >= edge - _EPS:
            return _cap_below_resolution(band, points)
    return "none"


def _cap_below_resolution(band: Band, points: float) -> Band:
    """Keep a change of less than one scale step out of the moderate and substantial bands."""
    if abs(points) < MIN_POINTS - _EPS and band in ("moderate", "substantial"):
        return "minimal"
    return band


def _reaches_mcid(points: float, percent: float | None) -> bool:
    """Farrar 2001: >= 2 points or >= 30 %, provided the change is at least one scale step."""
    if abs(points) < MIN_POINTS - _EPS:
        return False
    by_percent = percent is not None and abs(percent) >= MCID_PERCENT - _EPS
    return abs(points) >= MCID_POINTS - _EPS or by_percent


def _describe(
    points: float, percent: float | None, direction: Direction, band: Band, meaningful: bool
) -> str:
    """The verdict in plain words for a person reading their own report."""
    if direction == "unchanged":
        return "No change."
    way = "down" if direction == "better" else "up"
    size = f"{abs(points):.1f}".removesuffix(".0")
    unit = "point" if size == "1" else "points"
    share = "" if percent is None else f" ({abs(percent):.0f} %)"
    kind = "improvement" if direction == "better" else "worsening"
    judged = "a meaningful change" if meaningful else "not a meaningful change"
    return f"{way.capitalize()} {size} {unit}{share}: {_PLAIN[band]} {kind}, {judged}."
