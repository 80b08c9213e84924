"""The HTML report: every section, images embedded as data: URIs, nothing fetched, escaped text."""

from __future__ import annotations

import re
from pathlib import Path

from report_samples import PROFILE
from typer.testing import CliRunner

from triggerpoint.cli.app import app
from triggerpoint.reports import ReportData
from triggerpoint.reports.html import report_html

SECTIONS = ("glance", "warnings", "body-charts", "trends", "sessions", "adherence", "checkins",
            "safety", "session-list", "entries")


def test_report_command_writes_html(report_db: str, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["report", "--format", "html", "--out", str(out),
                                      "--db", report_db, "--profile", PROFILE])
    assert result.exit_code == 0, result.stderr
    assert "70 pain entries" in result.stdout
    assert out.stat().st_mode & 0o077 == 0
    html = out.read_text(encoding="utf-8")
    for section in SECTIONS:
        assert f'<section id="{section}"' in html, section
    assert "Not a diagnosis" in html
    assert len(re.findall(r'src="data:image/png;base64,', html)) == 3  # trend, regions, sessions
    assert len(re.findall(r'src="data:image/svg\+xml;base64,', html)) == 3  # body charts
    assert not re.search(r'(src|href)="(https?:|file:|//)', html)
    assert "<script" not in html


def test_report_content(data: ReportData) -> None:
    html = report_html(data)
    assert "Robin &lt;test&gt;" in html and "Robin <test>" not in html
    assert "=1+1 &lt;b&gt;bold&lt;/b&gt;" in html
    for text in ("Pain spread to a new place", "Pain spiked and stayed up",
                 "A session was recorded above self-care", "Upper trapezius",
                 "Ischemic compression", "ibuprofen 400 mg", "therapist", "Temple (right)",
                 "Low back (both sides)", "First-week mean", "Latest 7-day mean",
                 "associations, not proof"):
        assert text in html, text


def test_empty_range_still_renders(data: ReportData) -> None:
    from dataclasses import replace

    empty = replace(data, entries=(), sessions=(), checkins=())
    html = report_html(empty)
    assert "No pain entries in this range." in html
