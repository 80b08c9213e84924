"""Adherence: sessions done against sessions planned, per calendar day."""

from __future__ import annotations

import pytest
from analytics_records import day, session

from triggerpoint.analytics.adherence import adherence
from triggerpoint.errors import InputError

DONE = [session(day(0, 8), 5, 4), session(day(0, 20), 5, 4), session(day(1), 5, 4),
        session(day(2, 8), 5, 4), session(day(2, 12), 5, 4), session(day(2, 20), 5, 4)]


def test_twice_daily_plan() -> None:
    result = adherence(DONE, today=day(3).date(), planned=2)
    assert [(d.done, d.planned) for d in result.days] == [(2, 2), (1, 2), (3, 2), (0, 2)]
    assert (result.done, result.planned, result.days_on_plan) == (6, 8, 2)
    assert result.rate == 5 / 8  # the third session of day 2 does not make up for day 1


def test_without_a_plan_sessions_are_still_counted_per_day() -> None:
    result = adherence(DONE, today=day(2).date())
    assert [d.done for d in result.days] == [2, 1, 3]
    assert (result.planned, result.rate, result.days_on_plan) == (None, None, None)


def test_a_plan_per_day() -> None:
    plan = {day(n).date(): 1 for n in range(-1, 3)}
    result = adherence(DONE, today=day(2).date(), planned=plan)
    assert [(d.day.day, d.done, d.planned) for d in result.days] == [
        (1, 0, 1), (2, 2, 1), (3, 1, 1), (4, 3, 1)]
    assert (result.planned, result.rate) == (4, 3 / 4)


def test_stopped_early_is_shown() -> None:
    stopped = session(day(0), 5, 4).model_copy(update={"stopped_early": True})
    assert adherence([stopped], today=day(0).date()).days[0].stopped_early == 1


def test_nothing_to_report() -> None:
    result = adherence([], today=day(0).date(), planned=2)
    assert (result.days, result.done, result.planned, result.rate) == ((), 0, 0, None)


def test_a_negative_plan_is_refused() -> None:
    with pytest.raises(InputError):
        adherence(DONE, today=day(2).date(), planned=-1)
