"""The lean log's journal (storage.lite, plain sqlite3) against ``Journal`` (SQLAlchemy): the same
rows written, the same records and warnings read back, and nothing written whenever it declines.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from journal_samples import pain, rich_pain
from test_journal_window import PROFILE, ZONES, _document, _moments

from triggerpoint.atlas import Atlas
from triggerpoint.errors import UnknownRegion
from triggerpoint.records import PainEntry, PainSpot
from triggerpoint.reports.journal_warnings import journal_warnings
from triggerpoint.storage import Journal, import_journal
from triggerpoint.storage.lite import HEAD, LOCAL_OWNER, LiteJournal, sqlite_path
from triggerpoint.storage.migrate import HEAD as MIGRATE_HEAD
from triggerpoint.storage.migrate import LOCAL_OWNER as MIGRATE_OWNER


def _rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the journal's record tables, as stored."""
    with sqlite3.connect(path) as connection:
        return {table: connection.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
                for table in ("pain_entries", "pain_spots", "profiles", "owners")}


@pytest.fixture
def journal_path(tmp_path: Path) -> Iterator[Path]:
    """A journal made by ``Journal`` (migrated, regions synced, profiles 'me' and 'anna')."""
    path = tmp_path / "journal.sqlite3"
    with Journal.open(f"sqlite:///{path}") as journal:
        journal.add_profile("anna")
    yield path


def _lite(path: Path) -> LiteJournal:
    found = LiteJournal.open(path, atlas=Atlas.load())
    assert found is not None
    return found


def test_constants_follow_the_migrations() -> None:
    assert (HEAD, LOCAL_OWNER) == (MIGRATE_HEAD, MIGRATE_OWNER)


def test_plain_urls_only() -> None:
    assert sqlite_path("sqlite:////tmp/a/journal.sqlite3") == Path("/tmp/a/journal.sqlite3")
    assert sqlite_path("sqlite:///rel/j.db") == Path("rel/j.db")
    for url in ("sqlite://", "sqlite:///", "sqlite:///:memory:", "sqlite:///a.db?mode=ro",
                "sqlite:///a%20b.db", "sqlite+pysqlite:///a.db", "postgresql://u@h/db",
                "SQLITE:///a.db", "sqlite:///a b.db"):
        assert sqlite_path(url) is None, url


def test_writes_the_rows_journal_writes(tmp_path: Path, journal_path: Path) -> None:
    twin = tmp_path / "twin.sqlite3"
    twin.write_bytes(journal_path.read_bytes())
    entries = [rich_pain(), pain(5, region="back-of-neck", intensity=0),
               PainEntry(at=datetime(2026, 3, 1, 23, 59, 59, tzinfo=ZoneInfo("Pacific/Kiritimati")),
                         spots=[PainSpot(region="low-back", side="both", intensity=10)],
                         qualities=["burning"], note="x" * 50)]
    with Journal.open(f"sqlite:///{twin}") as journal:
        full_ids = [journal.add_pain_entry(profile=p, entry=e)
                    for p, e in zip(("me", "anna", "me"), entries, strict=True)]
    with _lite(journal_path) as lite:
        lite_ids = [lite.add_pain_entry(profile=p, entry=e)
                    for p, e in zip(("me", "anna", "me"), entries, strict=True)]
    assert lite_ids == full_ids == [1, 2, 3]
    assert _rows(journal_path) == _rows(twin)


def test_unknown_region_is_refused_before_writing(journal_path: Path) -> None:
    before = _rows(journal_path)
    entry = PainEntry.model_construct(at=datetime(2026, 3, 1, tzinfo=UTC), qualities=[], note="",
                                      spots=[PainSpot.model_construct(region="tempel",
                                                                      side="left", intensity=3)])
    with _lite(journal_path) as lite, pytest.raises(UnknownRegion):
        lite.add_pain_entry(profile="me", entry=entry)
    assert _rows(journal_path) == before


def test_declines_without_writing(tmp_path: Path, journal_path: Path) -> None:
    from triggerpoint.storage.lite import LiteDeclined

    atlas = Atlas.load()
    missing = tmp_path / "none" / "journal.sqlite3"
    assert LiteJournal.open(missing, atlas=atlas) is None
    assert not missing.parent.exists()  # created by nobody
    before = _rows(journal_path)
    with _lite(journal_path) as lite, pytest.raises(LiteDeclined):
        lite.add_pain_entry(profile="nobody", entry=pain())
    assert _rows(journal_path) == before
    with sqlite3.connect(journal_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0999'")
    assert LiteJournal.open(journal_path, atlas=atlas) is None  # newer: Journal refuses it
    with sqlite3.connect(journal_path) as connection:
        connection.execute(f"UPDATE alembic_version SET version_num = '{HEAD}'")
        connection.execute("DELETE FROM regions WHERE id = 'calf'")
    assert LiteJournal.open(journal_path, atlas=atlas) is None  # Journal syncs the atlas
    with sqlite3.connect(journal_path) as connection:
        connection.execute("INSERT INTO regions (id, name) VALUES ('calf', 'Calf')")
    _lite(journal_path).close()
    if os.geteuid() != 0:  # root may write anything (the full path agrees: os.access)
        journal_path.chmod(0o400)
        try:
            assert LiteJournal.open(journal_path, atlas=atlas) is None  # read-only
        finally:
            journal_path.chmod(0o600)
    assert _rows(journal_path) == before


@pytest.fixture(params=ZONES)
def zone(request: pytest.FixtureRequest) -> tzinfo:
    return ZoneInfo(request.param)


def test_reads_and_warnings_equal_journals(journal_path: Path, zone: tzinfo) -> None:
    url = f"sqlite:///{journal_path}"
    with Journal.open(url) as journal:
        import_journal(journal, json.loads(json.dumps(_document(zone))))
    with Journal.open(url) as journal, _lite(journal_path) as lite:
        assert lite.pain_span(profile=PROFILE) == journal.pain_span(profile=PROFILE)
        assert (lite.pain_entries(profile=PROFILE, trusted=True)
                == journal.pain_entries(profile=PROFILE, trusted=True))
        for unsafe in (False, True):
            assert (lite.sessions(profile=PROFILE, trusted=True, unsafe_only=unsafe)
                    == journal.sessions(profile=PROFILE, trusted=True, unsafe_only=unsafe))
        warned = 0
        for now in _moments(zone):
            since, until = now - timedelta(days=40), now + timedelta(microseconds=1)
            assert (lite.pain_entries(profile=PROFILE, since=since, until=until, trusted=True)
                    == journal.pain_entries(profile=PROFILE, since=since, until=until,
                                            trusted=True))
            # the one function the lean log and the full path both call, on either journal
            expected = journal_warnings(journal, PROFILE, now=now, tz=zone)
            assert journal_warnings(lite, PROFILE, now=now, tz=zone) == expected
            warned += bool(expected)
        assert warned  # the seeded record raises warnings at some of the moments
