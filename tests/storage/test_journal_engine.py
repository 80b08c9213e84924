"""The engine: SQLite pragmas, URL handling, and database failures as clear StorageErrors."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest
from journal_samples import pain

from triggerpoint.errors import StorageError
from triggerpoint.settings import Settings
from triggerpoint.storage import Journal
from triggerpoint.storage.engine import make_engine


def test_sqlite_gets_wal_busy_timeout_foreign_keys_and_normal_sync(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url, busy_timeout_s=15)
    try:
        with engine.connect() as connection:
            pragma = {
                name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
                for name in ("journal_mode", "busy_timeout", "foreign_keys", "synchronous")
            }
    finally:
        engine.dispose()
    assert pragma == {"journal_mode": "wal", "busy_timeout": 15000, "foreign_keys": 1,
                      "synchronous": 1}


def test_journal_file_and_folder_are_private(tmp_path: Path) -> None:
    path = tmp_path / "new-folder" / "journal.sqlite3"
    Journal.open(f"sqlite:///{path}").close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


@pytest.mark.parametrize("url", ["postgresql://me@localhost/journal", "postgres://me@db/j",
                                 "postgresql+psycopg://me@localhost/journal"])
def test_postgres_urls_use_psycopg_3(url: str) -> None:
    engine = make_engine(url)
    assert (engine.dialect.name, engine.dialect.driver) == ("postgresql", "psycopg")
    engine.dispose()


@pytest.mark.parametrize("url", ["mysql://me@localhost/j", "journal.sqlite3", "sqlite://",
                                 "sqlite:///:memory:"])
def test_unusable_urls_are_refused_clearly(url: str) -> None:
    with pytest.raises(StorageError, match="Cannot use database URL|in-memory"):
        Journal.open(url)


def test_a_folder_that_cannot_be_created_is_a_storage_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(StorageError, match="Cannot create the journal file"):
        Journal.open(f"sqlite:///{blocker / 'journal.sqlite3'}")


def test_a_database_locked_too_long_is_a_clear_storage_error(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    url = f"sqlite:///{path}"
    impatient = Settings(database_url=url, sqlite_busy_timeout_s=0.2)
    with Journal.open(settings=impatient) as journal:
        journal.add_profile("anna")
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")
        try:
            with pytest.raises(StorageError, match="locked by another program for too long"):
                journal.add_pain_entry(profile="anna", entry=pain())
        finally:
            other.execute("ROLLBACK")
            other.close()
        journal.add_pain_entry(profile="anna", entry=pain())


def test_an_unreachable_server_is_a_clear_storage_error() -> None:
    with pytest.raises(StorageError, match="cannot reach the database server"):
        Journal.open("postgresql://nobody@127.0.0.1:1/journal")


def test_errors_do_not_leak_the_password() -> None:
    with pytest.raises(StorageError) as caught:
        Journal.open("postgresql://nobody:s3cret@127.0.0.1:1/journal")
    assert "s3cret" not in str(caught.value)
