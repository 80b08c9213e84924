"""The CSV report: one row per pain spot, sessions in a second file, no formula injection."""

from __future__ import annotations

import csv
from pathlib import Path

from report_samples import DAYS, PROFILE
from typer.testing import CliRunner

from triggerpoint.cli.app import app
from triggerpoint.reports.csv import SESSION_COLUMNS, SPOT_COLUMNS, safe_cell


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_report_command_writes_spots_and_sessions(report_db: str, tmp_path: Path) -> None:
    out = tmp_path / "pain.csv"
    result = CliRunner().invoke(app, ["report", "--format", "csv", "--out", str(out),
                                      "--db", report_db, "--profile", PROFILE])
    assert result.exit_code == 0, result.stderr
    with out.open(encoding="utf-8-sig") as handle:
        assert handle.readline().strip() == ",".join(SPOT_COLUMNS)
    rows = read(out)
    spots = 2 * DAYS * 2 + 2 * 7  # two spots twice a day, and the low back in the last week
    assert len(rows) == spots
    first = rows[0]
    assert first["region_id"] == "temple" and first["region_name"] == "Temple"
    assert first["side"] == "right" and 0 <= int(first["intensity"]) <= 10
    assert first["profile"] == PROFILE and first["qualities"] == "aching"
    assert first["time"][-6] in "+-"  # local time with its offset
    assert any(r["note"] == "'=1+1 <b>bold</b>" for r in rows)  # shown, never run
    sessions = read(tmp_path / "pain-sessions.csv")
    assert list(sessions[0]) == list(SESSION_COLUMNS)
    assert len(sessions) == (DAYS + 1) // 2
    assert "upper-trapezius right ischemic-compression thumb 90s" in sessions[0]["steps"]


def test_safe_cell() -> None:
    assert [safe_cell(t) for t in ("=SUM(A1)", "+1", "-2", "@x", "fine", "")] == [
        "'=SUM(A1)", "'+1", "'-2", "'@x", "fine", ""]
