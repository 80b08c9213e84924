"""The database engine: SQLite tuned for a journal that must survive crashes, or PostgreSQL.

SQLite runs in WAL mode with ``synchronous=NORMAL`` (a committed entry survives the app being
killed), waits ``busy_timeout`` for other writers instead of failing at once, and enforces foreign
keys. Write transactions start with ``BEGIN IMMEDIATE`` so two processes queue for the write lock
instead of failing half-way through a read-then-write transaction.

A SQLite journal this user may only read (the file, or its folder where SQLite must create the
``-wal`` and ``-shm`` files) is opened read-only: reads work, and every write is refused before it
starts with ``ReadOnlyJournal`` saying which path stops it and how to fix that (``read_only``).
"""

from __future__ import annotations

import os
import pwd
import sqlite3
import stat
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import URL, Connection, Engine, create_engine, event, exc, make_url

from triggerpoint.errors import ReadOnlyJournal, StorageError
from triggerpoint.settings import normalize_database_url

__all__ = ["ReadOnly", "display_url", "make_engine", "parse_url", "read_only", "writer"]

_WRITE = "triggerpoint_write"
_READ_ONLY = "triggerpoint_read_only"
_ANOTHER = "or use --db (or TRIGGERPOINT_DATABASE_URL) to pick another journal."


@dataclass(frozen=True)
class ReadOnly:
    """Why a journal cannot be written: the path that stops it (``cause``) and the ``fix``."""

    cause: str
    fix: str

    def error(self, action: str) -> ReadOnlyJournal:
        """The error for a write: 'Cannot <action>: <cause>. Nothing was changed. <fix>'."""
        return ReadOnlyJournal(f"Cannot {action}: {self.cause}. Nothing was changed. {self.fix}")


def read_only(engine: Engine) -> ReadOnly | None:
    """Why this engine's journal cannot be written; None when it can (or is not SQLite)."""
    found = engine.get_execution_options().get(_READ_ONLY)
    return found if isinstance(found, ReadOnly) else None


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
    """A SQLite engine on a private file, with the connect and begin hooks installed.

    A journal this user cannot write is opened read-only (``mode=ro``), and ``immutable=1``
    when no ``-wal`` file holds unsaved pages: SQLite then reads the file as it is and creates
    no ``-wal`` or ``-shm`` file, which it could not create in a read-only folder anyway.
    """
    path = _sqlite_path(url)
    _create_private_file(path)
    if not os.access(path, os.R_OK):
        info = path.stat()
        raise StorageError(
            f"Cannot open the journal: {path} is not readable for you (owner "
            f"{_user(info.st_uid)}, mode {stat.S_IMODE(info.st_mode):04o}). Nothing was changed. "
            f"Open it as its owner, {_ANOTHER}")
    blocked = _blocked(path)
    options: dict[str, Any] = {}
    if blocked is not None:
        wal = Path(f"{path}-wal")
        immutable = "" if wal.exists() and wal.stat().st_size else "&immutable=1"
        target = f"file:{quote(str(path.absolute()))}?mode=ro{immutable}"
        options["creator"] = lambda: sqlite3.connect(
            target, uri=True, timeout=busy_timeout_s, check_same_thread=False)
    engine = create_engine(
        url, connect_args={"timeout": busy_timeout_s, "check_same_thread": False},
        execution_options={_READ_ONLY: blocked}, **options,
    )
    event.listen(engine, "connect", _pragmas(int(busy_timeout_s * 1000), wal=blocked is None))
    event.listen(engine, "begin", _begin)
    return engine


def _blocked(path: Path) -> ReadOnly | None:
    """Why this user cannot write the journal at ``path``; None when they can.

    SQLite writes the file and, in WAL mode, creates ``-wal`` and ``-shm`` files beside it, so a
    writable file in a folder the user cannot write is read-only too (unless both exist and are
    writable).
    """
    if not os.access(path, os.W_OK):
        return _refusal(path)
    folder = path.parent
    if os.access(folder, os.W_OK | os.X_OK):
        return None
    if all(os.access(f"{path}{suffix}", os.W_OK) for suffix in ("-wal", "-shm")):
        return None
    return _refusal(folder, f", and SQLite must create {path.name}-wal and -shm in it")


def _refusal(target: Path, detail: str = "") -> ReadOnly:
    """The cause and the fix for a file or folder this user cannot write."""
    info = target.stat()
    kind = "the folder " if stat.S_ISDIR(info.st_mode) else ""
    if os.statvfs(target).f_flag & os.ST_RDONLY:
        return ReadOnly(f"{kind}{target} is on a read-only file system{detail}",
                        f"Copy the journal to a writable place and open the copy with --db, "
                        f"{_ANOTHER.removeprefix('or ')}")
    owner = _user(info.st_uid)
    mode = f"{stat.S_IMODE(info.st_mode):04o}"
    as_owner = "" if info.st_uid == os.geteuid() else f" (as {owner})"
    return ReadOnly(f"{kind}{target} is read-only for you (owner {owner}, mode {mode}){detail}",
                    f"Make it writable with chmod u+w {target}{as_owner}, {_ANOTHER}")


def _user(uid: int) -> str:
    """A user's name, or their number when the system has no name for it."""
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return str(uid)


def _sqlite_path(url: URL) -> Path:
    """The journal file; an in-memory journal would lose everything, so it is refused."""
    if not url.database or url.database == ":memory:" or "mode=memory" in url.database:
        raise StorageError(
            "An in-memory SQLite journal would lose everything when the app stops; "
            "use a file: sqlite:///path/to/journal.sqlite3"
        )
    return Path(url.database)


def _create_private_file(path: Path) -> None:
    """Create the folder and an empty file readable only by the user: health data is private.

    ReadOnlyJournal when there is no journal yet and the folder it goes in cannot be written.
    """
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not path.exists():
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    except OSError as error:
        folder = next((p for p in path.parents if p.exists()), None)
        if folder is not None and folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
            raise _refusal(folder).error(f"create the journal {path}") from None
        raise StorageError(
            f"Cannot create the journal file {path}: {error.strerror or error}. Choose another "
            "place with TRIGGERPOINT_DATABASE_URL=sqlite:///path/to/journal.sqlite3"
        ) from error


def _pragmas(busy_timeout_ms: int, *, wal: bool = True) -> Any:
    """A connect hook: let SQLAlchemy emit BEGIN, then set the pragmas a journal needs (a
    read-only journal keeps its journal mode: switching it is a write)."""

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {busy_timeout_ms}")
        if wal:
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
    """Begin explicitly: IMMEDIATE for writes (queue for the lock), deferred for reads.

    A write on a read-only journal is refused here, before anything is written, whichever
    path it came by (the journal's own methods refuse earlier, naming what they were doing).
    """
    options = connection.get_execution_options()
    immediate = options.get(_WRITE, False)
    blocked = options.get(_READ_ONLY)
    if immediate and isinstance(blocked, ReadOnly):
        raise blocked.error("save")
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
