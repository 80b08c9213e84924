"""judge_change: the MCID (Farrar 2001) and the IMMPACT bands, and their edges."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from triggerpoint.analytics import judge_change
from triggerpoint.analytics.thresholds import ChangeVerdict
from triggerpoint.errors import InputError

ratings = st.floats(min_value=0, max_value=10, allow_nan=False)


def test_a_clear_improvement_is_meaningful() -> None:
    v = judge_change(7, 3)
    assert (v.points, round(v.percent or 0, 1)) == (-4, -57.1)
    assert v.direction == "better" and v.band == "substantial"
    assert v.improved and v.meaningful and not v.worsened
    assert v.words == "Down 4 points (57 %): a large improvement, a meaningful change."


def test_a_one_point_ten_percent_change_is_not_meaningful() -> None:
    v = judge_change(10, 9)
    assert (v.points, v.percent) == (-1, -10.0)
    assert v.band == "minimal"
    assert not v.meaningful and not v.improved


@pytest.mark.parametrize(
    ("before", "after", "band", "improved"),
    [
        (8, 6, "minimal", True),  # 2 points is enough although only 25 %
        (5, 3.5, "moderate", True),  # 30 % is enough although only 1.5 points
        (6, 5, "minimal", False),  # 1 point, 17 %: IMMPACT minimal, below the MCID
        (4, 2, "substantial", True),  # 50 %
        (5, 4.6, "none", False),  # 8 %
        (20 / 3, 14 / 3, "moderate", True),  # float means: still exactly 2 points
    ],
)
def test_mcid_points_or_percent(before: float, after: float, band: str, improved: bool) -> None:
    v = judge_change(before, after)
    assert (v.band, v.improved) == (band, improved)


def test_a_change_smaller_than_one_scale_step_never_counts() -> None:
    v = judge_change(0.5, 0.2)
    assert round(v.percent or 0) == -60
    assert not v.meaningful and v.band == "minimal"


def test_a_rise_from_no_pain_is_judged_in_points() -> None:
    v = judge_change(0, 3)
    assert v.percent is None and v.band == "moderate" and v.worsened
    assert v.words.startswith("Up 3 points: a moderate worsening")


def test_no_change() -> None:
    v = judge_change(4, 4)
    assert (v.direction, v.band, v.meaningful) == ("unchanged", "none", False)
    assert v.words == "No change."
    tiny = judge_change(1e-97, 4e-61)  # a huge percent of nothing is still no change
    assert (tiny.direction, tiny.band) == ("unchanged", "none")


@pytest.mark.parametrize("bad", [-1, 10.5, math.nan, math.inf])
def test_values_outside_the_scale_are_refused(bad: float) -> None:
    with pytest.raises(InputError, match="0 to 10"):
        judge_change(bad, 3)
    with pytest.raises(InputError):
        judge_change(3, bad)


def test_to_json_is_plain_json() -> None:
    data = judge_change(6, 4).to_json()
    assert json.loads(json.dumps(data)) == data
    assert data["percent"] == -33.333 and data["band"] == "moderate"


def _signed_band(v: ChangeVerdict) -> int:
    rank = ["none", "minimal", "moderate", "substantial"].index(v.band)
    return -rank if v.direction == "worse" else rank


@given(ratings, ratings, ratings)
def test_judge_change_is_monotonic(before: float, a: float, b: float) -> None:
    lower, higher = sorted((a, b))
    less_pain, more_pain = judge_change(before, lower), judge_change(before, higher)
    assert _signed_band(less_pain) >= _signed_band(more_pain)
    assert not (more_pain.improved and not less_pain.improved)
    assert not (less_pain.worsened and not more_pain.worsened)


@given(ratings, ratings)
def test_meaningful_is_exactly_improved_or_worsened(before: float, after: float) -> None:
    v = judge_change(before, after)
    assert v.meaningful == (v.improved or v.worsened)
    assert not (v.improved and v.worsened)
    assert v.band in ("none", "minimal") or v.meaningful
