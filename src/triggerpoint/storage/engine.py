"""The database engine: SQLite tuned for a journal that must survive crashes, or PostgreSQL.

SQLite runs in WAL mode with ``synchronous=NORMAL`` (a committed entry survives the app being
killed), waits ``busy_timeout`` for other writers instead of failing at once, and enforces foreign
keys. Write transactions start with ``BEGIN IMMEDIATE`` so two processes queue for the write lock
instead of failing half-way through a read-then-write transaction.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event, exc, make_url

from triggerpoint.errors import StorageError
from triggerpoint.settings import normalize_database_url

__all__ = ["display_url", "make_engine", "parse_url", "writer"]

_WRITE = "triggerpoint_write"


def make_engine(url: str, *, busy_timeout_s: float = 15.0) -> Engine:
    """An engine for a SQLite file or a PostgreSQL database; StorageError for anything else."""
    parsed = parse_url(url)
    try:
        if parsed.get_backend_name() == "sqlite":
            return _sqlite_engine(parsed, busy_timeout_s)
        return create_engine(parsed, pool_pre_ping=True, connect_args={"connect_timeout": 10})
    except (exc.ArgumentError, exc.NoSuchModuleError) as error:
        raise StorageError(f"Cannot use database URL {display_url(parsed)}: {error}") from error


def writer(engine: Engine) -> Engine:
    """The same engine, but its transactions take the write lock up front (SQLite)."""
    return engine.execution_options(**{_WRITE: True})


def display_url(url: URL | str) -> str:
    """The URL without its password, for messages."""
    return make_url(url).render_as_string(hide_password=True)


def parse_url(url: str) -> URL:
    """The normalized URL, or StorageError saying which URLs work."""
    try:
        return make_url(normalize_database_url(url))
    except (ValueError, exc.ArgumentError) as error:
        raise StorageError(f"Cannot use database URL: {error}") from error


def _sqlite_engine(url: URL, busy_timeout_s: float) -> Engine:
    """A SQLite engine on a private file, with the connect and begin hooks installed."""
    _create_private_file(_sqlite_path(url))
    engine = create_engine(
        url, connect_args={"timeout": busy_timeout_s, "check_same_thread": False}
    )
    event.listen(engine, "connect", _pragmas(int(busy_timeout_s * 1000)))
    event.listen(engine, "begin", _begin)
    return engine


def _sqlite_path(url: URL) -> Path:
    """The journal file; an in-memory journal would lose everything, so it is refused."""
    if not url.database or url.database == ":memory:" or "mode=memory" in url.database:
        raise StorageError(
            "An in-memory SQLite journal would lose everything when the app stops; "
            "use a file: sqlite:///path/to/journal.sqlite3"
        )
    return Path(url.database)


def _create_private_file(path: Path) -> None:
    """Create the folder and an empty file readable only by the user: health data is private."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not path.exists():
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    except OSError as error:
        raise StorageError(
            f"Cannot create the journal file {path}: {error.strerror or error}. Choose another "
            "place with TRIGGERPOINT_DATABASE_URL=sqlite:///path/to/journal.sqlite3"
        ) from error


def _pragmas(busy_timeout_ms: int) -> Any:
    """A connect hook: let SQLAlchemy emit BEGIN, then set the pragmas a journal needs."""

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {busy_timeout_ms}")
        _use_wal(cursor, busy_timeout_ms / 1000)
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    return on_connect


def _use_wal(cursor: Any, timeout_s: float) -> None:
    """Switch to WAL once, retrying: SQLite reports a racing switch as busy without waiting."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            if cursor.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def _begin(connection: Connection) -> None:
    """Begin explicitly: IMMEDIATE for writes (queue for the lock), deferred for reads."""
    immediate = connection.get_execution_options().get(_WRITE, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
