"""What helped: per (muscle, technique, tool), immediate and next-day change, honest counts."""

from __future__ import annotations

from analytics_records import STEP, day, neck, session

from triggerpoint.analytics.helped import MIN_SESSIONS, what_helped
from triggerpoint.analytics.log import PainLog

LEVATOR = ("levator-scapulae", "pin-and-stretch", "thumb")
INFRA = ("infraspinatus", "ischemic-compression", "ball")


def test_immediate_and_next_day_change_with_counts() -> None:
    sessions = [session(day(n, 9), 6, 3) for n in range(3)]
    next_days = [neck(day(n, 8), 4) for n in (1, 2, 3)] + [neck(day(n, 20), 4) for n in (1, 2, 3)]
    [item] = what_helped(sessions, PainLog.from_entries(next_days))
    assert (item.muscle, item.technique, item.tool, item.sessions) == (*STEP, 3)
    assert item.enough_data
    assert (item.immediate.count, item.immediate.mean_change) == (3, -3)
    assert item.immediate.verdict is not None and item.immediate.verdict.improved
    assert (item.next_day.count, item.next_day.mean_before, item.next_day.mean_after) == (3, 6, 4)
    assert item.next_day.verdict is not None and item.next_day.verdict.improved  # 2 points


def test_next_day_change_uses_the_mean_of_the_next_calendar_day() -> None:
    entries = [neck(day(1, 7), 2), neck(day(1, 21), 6), neck(day(0, 22), 9)]  # same-day: ignored
    [item] = what_helped([session(day(0, 9), 5, 4)], PainLog.from_entries(entries))
    assert (item.next_day.count, item.next_day.mean_after, item.next_day.mean_change) == (1, 4, -1)


def test_no_next_day_entry_gives_none_not_zero() -> None:
    [item] = what_helped([session(day(0), 5, 4)], PainLog.from_entries([neck(day(0, 20), 3)]))
    assert item.next_day.count == 0
    assert item.next_day.mean_change is None and item.next_day.verdict is None


def test_below_the_minimum_says_not_enough_data() -> None:
    assert MIN_SESSIONS == 3
    [item] = what_helped([session(day(0), 8, 2), session(day(1), 8, 2)], PainLog.from_entries([]))
    assert not item.enough_data and not item.immediate.enough_data
    assert item.immediate.count == 2 and item.immediate.mean_change == -6  # shown, not judged
    assert item.immediate.verdict is None
    assert item.immediate.words == "Not enough data: 2 of the 3 sessions needed to judge."
    [judged] = what_helped([session(day(0), 8, 2)], PainLog.from_entries([]), min_sessions=1)
    assert judged.enough_data and judged.immediate.verdict is not None


def test_sorted_by_benefit_with_not_enough_data_last() -> None:
    sessions = [
        *(session(day(n), 5, 5, [INFRA]) for n in range(3)),  # no change
        *(session(day(n), 6, 2, [LEVATOR]) for n in range(3, 5)),  # big drop, only 2 sessions
        *(session(day(n), 6, 3, [STEP]) for n in range(5, 8)),  # clear drop
    ]
    order = [item.muscle for item in what_helped(sessions, PainLog.from_entries([]))]
    assert order == ["upper-trapezius", "infraspinatus", "levator-scapulae"]


def test_each_combination_counts_a_session_once_and_skipped_steps_not_at_all() -> None:
    sessions = [
        session(day(0), 6, 4, [STEP, STEP]),  # left and right side: one session
        session(day(1), 6, 4, [STEP], completed=False),
        session(day(2), 6, 4, [STEP, INFRA]),  # credited to both
    ]
    counts = {i.muscle: i.sessions for i in what_helped(sessions, PainLog.from_entries([]))}
    assert counts == {"upper-trapezius": 2, "infraspinatus": 1}


def test_sessions_without_a_before_rating_count_but_give_no_figures() -> None:
    [item] = what_helped([session(day(0), None, 3)], PainLog.from_entries([neck(day(1), 3)]))
    assert (item.sessions, item.immediate.count, item.next_day.count) == (1, 0, 0)
