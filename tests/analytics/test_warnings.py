"""Warnings: spikes that do not settle, spread, no improvement, unsafe sessions."""

from __future__ import annotations

import json
from datetime import timedelta

from analytics_records import daily_neck, day, entry, neck, session

from triggerpoint.analytics.log import PainLog
from triggerpoint.analytics.warnings import (
    find_warnings,
    no_improvement_warning,
    safety_level_warning,
    spike_warning,
    spread_warning,
)
from triggerpoint.records import PainEntry
from triggerpoint.safety.levels import LEVEL_INFO

BASELINE = daily_neck([3] * 10)  # days 0-9 at 3/10


def spike(after: list[tuple[int, float, int]]) -> list[PainEntry]:
    """The baseline, a rise to 7 on day 10 at 10:00, then (day, hour, level) readings."""
    return [*BASELINE, neck(day(10, 10), 7), *(neck(day(d, h), v) for d, h, v in after)]


def test_a_spike_that_settles_within_48_hours_is_expected_soreness() -> None:
    log = PainLog.from_entries(spike([(11, 8, 5), (12, 8, 3), (12, 20, 3), (13, 8, 3)]))
    assert spike_warning(log, now=day(14)) is None


def test_a_spike_still_there_48_hours_later_warns() -> None:
    log = PainLog.from_entries(spike([(11, 8, 7), (12, 8, 6), (12, 20, 7)]))
    warning = spike_warning(log, now=day(13))
    assert warning is not None and warning.kind == "pain-spiked"
    assert "neck (left)" in warning.message and "overall pain" in warning.message
    values = [(e.day.day, e.value) for e in warning.evidence[:3]]
    assert values == [(11, 3), (12, 7), (14, 7)]  # baseline, rise on day 10, 58 h later
    assert "Stop self-treatment" in warning.advice


def test_a_spike_is_not_judged_before_48_hours_have_passed() -> None:
    log = PainLog.from_entries(spike([(11, 8, 7), (12, 8, 7)]))
    assert spike_warning(log, now=day(12, 9)) is None


def test_the_mcid_applies_upwards() -> None:
    log = PainLog.from_entries([*BASELINE, *daily_neck([4, 4, 4, 4], first=10)])  # +1 point, 33 %
    assert spike_warning(log, now=day(14)) is not None  # 30 % of 3 is under 1 point: it counts
    log = PainLog.from_entries([*daily_neck([6] * 10), *daily_neck([7, 7, 7, 7], first=10)])
    assert spike_warning(log, now=day(14)) is None  # +1 point, 17 %


def test_a_spike_in_one_region_is_found_when_overall_pain_hides_it() -> None:
    entries = [entry(day(n), ("neck", "left", 6), ("shoulder", "right", 2 if n < 10 else 6))
               for n in range(14)]
    warning = spike_warning(PainLog.from_entries(entries), now=day(14))
    assert warning is not None and "shoulder (right)" in warning.message
    assert "overall" not in warning.message


def test_an_old_spike_is_not_a_warning_now() -> None:
    settled = [(d, 8.0, 3) for d in range(13, 40)]
    log = PainLog.from_entries(spike([(11, 8, 7), (12, 20, 7), *settled]))
    assert spike_warning(log, now=day(14)) is not None
    assert spike_warning(log, now=day(40)) is None


def test_a_new_region_is_a_spread() -> None:
    log = PainLog.from_entries([*BASELINE, entry(day(10), ("neck", "left", 3),
                                                  ("shoulder-blade", "right", 4))])
    warning = spread_warning(log, today=day(11).date())
    assert warning is not None and warning.kind == "pain-spread"
    assert warning.message == "Pain has appeared in a new place (shoulder blade (right))."
    [evidence] = warning.evidence
    assert (evidence.day, evidence.value) == (day(10).date(), 4)
    assert "Stop self-treatment" in warning.advice


def test_pain_on_the_other_side_is_a_spread() -> None:
    log = PainLog.from_entries([*BASELINE, entry(day(10), ("neck", "both", 3))])
    warning = spread_warning(log, today=day(11).date())
    assert warning is not None and warning.evidence[0].label == "new pain: neck (right)"


def test_a_region_seen_in_the_baseline_is_not_a_spread() -> None:
    entries = [*BASELINE, entry(day(2, 12), ("shoulder", "left", 2)),
               entry(day(10), ("shoulder", "left", 3))]
    assert spread_warning(PainLog.from_entries(entries), today=day(11).date()) is None
    zero = [*BASELINE, entry(day(10), ("neck", "left", 3), ("shoulder", "left", 0))]
    assert spread_warning(PainLog.from_entries(zero), today=day(11).date()) is None


def test_no_spread_without_a_baseline_to_compare_with() -> None:
    entries = [neck(day(0), 3), neck(day(1), 3), entry(day(2), ("shoulder", "left", 3))]
    assert spread_warning(PainLog.from_entries(entries), today=day(3).date()) is None


def test_fourteen_flat_days_give_no_improvement() -> None:
    warning = no_improvement_warning(PainLog.from_entries(daily_neck([5] * 14)))
    assert warning is not None and warning.kind == "no-improvement"
    assert warning.message.startswith("After 14 days of logging, your pain has not fallen")
    assert [e.value for e in warning.evidence] == [5, 5]
    assert "licensed therapist" in warning.advice


def test_thirteen_days_are_too_few_to_say() -> None:
    assert no_improvement_warning(PainLog.from_entries(daily_neck([5] * 13))) is None


def test_a_meaningful_fall_is_improvement() -> None:
    assert no_improvement_warning(PainLog.from_entries(daily_neck([6] * 7 + [4] * 7))) is None
    small = no_improvement_warning(PainLog.from_entries(daily_neck([6] * 7 + [5] * 7)))
    assert small is not None  # 1 point, 17 %


def test_worse_pain_is_called_worse() -> None:
    warning = no_improvement_warning(PainLog.from_entries(daily_neck([3] * 7 + [6] * 7)))
    assert warning is not None and "has gone up" in warning.message


def test_sessions_above_self_care_warn_with_their_level() -> None:
    sessions = [session(day(0), 5, 4), session(day(1), 5, 4, level="therapist"),
                session(day(2), 5, 4, level="doctor"), session(day(9), 5, 4, level="urgent")]
    warning = safety_level_warning(sessions, now=day(5))
    assert warning is not None and warning.kind == "safety-level"
    assert [(e.day.day, e.value) for e in warning.evidence] == [(3, "therapist"), (4, "doctor")]
    assert "highest: doctor" in warning.message
    assert warning.advice == LEVEL_INFO["doctor"].advice  # the same words as everywhere else
    assert safety_level_warning([session(day(0), 5, 4)], now=day(5)) is None


def test_find_warnings_puts_the_most_serious_first_and_is_plain_json() -> None:
    entries = [*daily_neck([5] * 14), entry(day(13, 12), ("calf", "left", 4))]
    sessions = [session(day(12), 5, 5, level="doctor")]
    warnings = find_warnings(PainLog.from_entries(entries), sessions, now=day(14))
    assert [w.kind for w in warnings] == ["safety-level", "pain-spread", "no-improvement"]
    data = [w.to_json() for w in warnings]
    assert json.loads(json.dumps(data)) == data
    assert data[1]["evidence"][0]["at"] == (day(13) + timedelta(hours=4)).isoformat()
