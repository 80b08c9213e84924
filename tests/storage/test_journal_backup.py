"""Backups: SQLite's online backup gives a working, private copy; PostgreSQL points to pg_dump."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest
from journal_samples import checkin, pain, rich_pain

from triggerpoint.errors import StorageError
from triggerpoint.storage import Journal, backup, export_journal


def test_backup_is_a_working_copy(sqlite_url: str, tmp_path: Path) -> None:
    dest = tmp_path / "copies" / "journal-backup.sqlite3"
    dest.parent.mkdir()
    with Journal.open(sqlite_url) as journal:
        journal.add_profile("anna")
        journal.add_pain_entries(profile="anna", entries=[rich_pain(m) for m in range(5)])
        journal.add_checkin(profile="anna", checkin=checkin())
        backup(journal, dest)
        journal.add_pain_entry(profile="anna", entry=pain(99))  # after the backup: not in it
        original = export_journal(journal)
    with sqlite3.connect(dest) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    with Journal.open(f"sqlite:///{dest}") as copy:
        assert len(copy.pain_entries(profile="anna")) == 5
        copy.add_pain_entry(profile="anna", entry=pain(99))
        assert export_journal(copy) == original
    assert stat.S_IMODE(dest.stat().st_mode) == 0o600
    assert [p.name for p in dest.parent.iterdir() if p.name.endswith(".partial")] == []


def test_backup_replaces_an_older_backup(sqlite_url: str, tmp_path: Path) -> None:
    dest = tmp_path / "backup.sqlite3"
    with Journal.open(sqlite_url) as journal:
        journal.add_profile("anna")
        journal.add_pain_entry(profile="anna", entry=pain(0))
        backup(journal, dest)
        journal.add_pain_entry(profile="anna", entry=pain(1))
        backup(journal, dest)
    with Journal.open(f"sqlite:///{dest}") as copy:
        assert len(copy.pain_entries(profile="anna")) == 2


def test_backup_refuses_the_journal_itself(sqlite_url: str) -> None:
    with Journal.open(sqlite_url) as journal, pytest.raises(StorageError, match="onto itself"):
        backup(journal, Path(journal.engine.url.database or ""))


def test_backup_into_a_missing_folder_is_a_storage_error(sqlite_url: str, tmp_path: Path) -> None:
    with Journal.open(sqlite_url) as journal, pytest.raises(StorageError, match="Could not back"):
        backup(journal, tmp_path / "no" / "such" / "folder" / "b.sqlite3")


@pytest.mark.parametrize("new_database", ["postgresql"], indirect=True)
def test_postgres_backup_suggests_pg_dump(journal: Journal, tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="pg_dump"):
        backup(journal, tmp_path / "b.sqlite3")
