"""A seeded journal file per test, and the report data collected from it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from report_samples import PROFILE, recent_now, seed

from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.reports import ReportData, collect_report
from triggerpoint.storage import Journal

ZONE = ZoneInfo("Europe/London")


@pytest.fixture
def now() -> datetime:
    return recent_now()


@pytest.fixture
def report_db(tmp_path: Path, now: datetime) -> str:
    url = f"sqlite:///{tmp_path}/j.sqlite3"
    seed(url, now)
    return url


@pytest.fixture
def data(report_db: str, now: datetime, kb: KnowledgeBase) -> ReportData:
    with Journal.open(report_db) as journal:
        return collect_report(journal, PROFILE, days=90, now=now, tz=ZONE, kb=kb)
