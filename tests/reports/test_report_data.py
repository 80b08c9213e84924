"""Collecting a report: the range, the current warnings, plans, body-chart means, MCID band."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from report_samples import DAYS, PROFILE

from triggerpoint.errors import InputError
from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.records import PainEntry, PainSpot
from triggerpoint.reports import ReportData, collect_report
from triggerpoint.reports.bodymaps import body_maps, mean_intensities
from triggerpoint.reports.charts import mcid_margin
from triggerpoint.reports.data import planned_from_plans
from triggerpoint.storage import Journal, StoredPlan


def test_collects_the_range_and_the_summary(data: ReportData) -> None:
    assert data.profile == PROFILE and data.days == 90
    assert len(data.entries) == 2 * DAYS and len(data.sessions) == (DAYS + 1) // 2
    assert data.summary.entries == 2 * DAYS
    assert {w.kind for w in data.warnings} >= {"safety-level", "pain-spread", "pain-spiked"}
    assert data.safety_levels()["therapist"] == 1
    data_json = data.to_json()
    assert data_json["time_zone"] == "Europe/London" and "warnings" not in data_json["summary"]


def test_a_short_range_keeps_the_warnings_of_the_whole_record(report_db: str, kb: KnowledgeBase,
                                                              now: datetime) -> None:
    with Journal.open(report_db) as journal:
        short = collect_report(journal, PROFILE, days=3, now=now, kb=kb)
    assert len(short.entries) <= 6
    assert "pain-spread" in {w.kind for w in short.warnings}  # judged against earlier weeks
    with Journal.open(report_db) as journal, pytest.raises(InputError):
        collect_report(journal, PROFILE, days=0, now=now, kb=kb)


def test_plans_give_the_planned_sessions() -> None:
    def plan(created: int, days: list[str]) -> StoredPlan:
        sessions = [{"date": d} for d in days]
        return StoredPlan(id=str(created), title="p", created_at=datetime(2026, 1, created),
                          document={"sessions": [*sessions, {"no": "date"}]})

    plans = [plan(2, ["2026-01-05", "2026-01-05", "2026-01-06"]), plan(1, ["2026-01-06"] * 3)]
    assert planned_from_plans(plans, date(2026, 1, 1)) == {date(2026, 1, 5): 2,
                                                           date(2026, 1, 6): 1}
    assert planned_from_plans(plans, date(2026, 1, 6)) == {date(2026, 1, 6): 1}
    assert planned_from_plans([], date(2026, 1, 1)) is None


def test_body_chart_means_count_both_sides(now: datetime) -> None:
    entries = [PainEntry(at=now, spots=[PainSpot(region="low-back", side="both", intensity=6),
                                        PainSpot(region="temple", side="right", intensity=4)]),
               PainEntry(at=now, spots=[PainSpot(region="temple", side="right", intensity=8)])]
    means = mean_intensities(entries)
    assert means[("low-back", "left")] == means[("low-back", "right")] == 6
    assert means[("temple", "right")] == 6
    assert ("temple", "left") not in means


def test_three_body_charts_first_last_whole(data: ReportData) -> None:
    maps = body_maps(data)
    assert [m.title for m in maps] == ["First week", "Last week", "Whole range"]
    first, last, _ = maps
    assert ("low-back", "left") not in first.means and last.means[("low-back", "left")] == 8
    assert all(m.svg.startswith("<svg") for m in maps)
    assert last.last_day - last.first_day == timedelta(days=6)


def test_mcid_margin() -> None:
    assert mcid_margin(8) == 2 and mcid_margin(5) == 1.5 and mcid_margin(2) == 1
    assert mcid_margin(0) == 2
