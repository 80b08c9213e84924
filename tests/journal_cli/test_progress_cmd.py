"""`triggerpoint progress`: warnings first, trends, what helped, in plain words and JSON."""

from __future__ import annotations

from datetime import timedelta

from journal_cli_helpers import Run, days_ago, log_spike

from triggerpoint.records import SessionRecord, StepRecord
from triggerpoint.reports.clock import local_zone, parse_moment
from triggerpoint.storage import Journal


def test_progress_json_has_the_spike_warning(run: Run) -> None:
    log_spike(run)
    result = run("progress", "--json", "--days", "28")
    assert result.code == 0, result.err
    data = result.json()
    kinds = [w["kind"] for w in data["warnings"]]
    assert "pain-spiked" in kinds
    spike = data["warnings"][kinds.index("pain-spiked")]
    assert spike["advice"] and spike["evidence"]
    assert data["summary"]["overall"]["change"]["worsened"] is True
    assert "warnings" not in data["summary"]  # one list of warnings: the current one
    assert data["profile"] == "me" and data["first_day"] < data["last_day"]


def test_progress_text_puts_warnings_first(run: Run) -> None:
    log_spike(run)
    out = run("progress").out
    assert out.index("Please read: warnings") < out.index("first week")
    assert "Pain spiked and stayed up" in out
    assert "Daily pain" in out  # the sparkline: the runner is not a terminal


def test_progress_without_warnings_and_with_sessions(run: Run, db: str) -> None:
    zone = local_zone()
    with Journal.open(db) as journal:
        for back in range(10, 0, -1):
            start = parse_moment(days_ago(back, 10), zone)
            journal.add_session(profile="me", record=SessionRecord(
                started_at=start, ended_at=start + timedelta(minutes=10), pain_before=5,
                pain_after=2, safety_level="self-care", steps=[StepRecord(
                    muscle="upper-trapezius", side="right", technique="ischemic-compression",
                    tool="thumb", duration_s=60)]))
    for back in range(10, 0, -1):
        assert run("log", "--spot", "back-of-neck:right=4", "--at", days_ago(back)).code == 0
    result = run("progress", "--per-day", "1")
    assert result.code == 0, result.err
    assert "No warnings." in result.out
    assert "trapezius" in result.out and "10 done of 11 planned" in result.out
    data = run("progress", "--json").json()
    [helped] = data["summary"]["helped"]
    assert helped["sessions"] == 10 and helped["immediate"]["mean_change"] == -3


def test_progress_bad_options(run: Run) -> None:
    assert run("log", "right temple", "5").code == 0
    for args in (("progress", "--days", "0"), ("progress", "--tz", "Mars/Olympus"),
                 ("progress", "--per-day", "-1")):
        result = run(*args)
        assert result.code == 2 and result.err.count("\n") == 1, (args, result.err)


def test_terminal_chart_fits_the_width_and_sparkline_otherwise() -> None:
    from datetime import UTC, datetime

    import plotext

    from triggerpoint.analytics.log import PainLog
    from triggerpoint.analytics.trends import overall_trend
    from triggerpoint.cli.progress_cmd import _plotext_chart, daily_chart
    from triggerpoint.records import PainEntry, PainSpot

    start = datetime(2026, 3, 1, 9, tzinfo=UTC)
    entries = [PainEntry(at=start + timedelta(days=d), spots=[
        PainSpot(region="temple", side="right", intensity=6 - d // 3)]) for d in range(12)]
    trend = overall_trend(PainLog.from_entries(entries))
    assert trend is not None
    chart = plotext.uncolorize(_plotext_chart(trend, 60))
    lines = chart.splitlines()
    assert len(lines) >= 10 and max(len(line) for line in lines) <= 60
    assert "01 Mar" in chart and "12 Mar" in chart
    line = daily_chart(trend)  # the test's stdout is not a terminal
    assert line.startswith("Daily pain 01 Mar ") and "12 Mar" in line
    assert daily_chart(None) == ""
