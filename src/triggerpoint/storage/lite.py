"""The journal for one pain entry with plain ``sqlite3``: the lean ``triggerpoint log``.

Importing SQLAlchemy costs several times the whole of logging one entry, so the lean command
line (cli/lean.py, through ``services.journal.log_pain_lite``) writes a pain entry and reads
what the warnings need with the standard library's driver, the same rows and bytes as
``Journal`` (the datetime text of SQLAlchemy's SQLite dialect, JSON as ``json.dumps``).

It takes only the plain case: an existing SQLite journal this user can write, in WAL mode, at
the current schema revision (one-row read), with every atlas region already synced, the
owner's profiles in place and the profile asked for present. For anything else ``open``
returns None, or a method raises ``LiteDeclined``, *before anything is written*, and the caller
leaves the command to ``Journal`` (SQLAlchemy and Alembic), which creates, migrates, refuses a
read-only or newer journal and reports errors with its own messages.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, Self, cast

from triggerpoint.atlas import Atlas
from triggerpoint.errors import ReadOnlyJournal, StorageError
from triggerpoint.records import PainEntry, PainSpot, SafetyLevel, SpotSide, StepRecord
from triggerpoint.storage import validate
from triggerpoint.storage.models import StoredPainEntry, StoredSession

__all__ = ["LiteDeclined", "LiteJournal", "sqlite_path"]

#: The schema revision this code writes (storage.migrate.HEAD; a test keeps the two equal).
HEAD = "0002"
#: The owner of the profiles on a personal machine (storage.migrate.LOCAL_OWNER).
LOCAL_OWNER = "local"
#: ``sqlite:///PATH`` URLs the lean path reads the same way SQLAlchemy does: plain paths only.
_PLAIN_URL = re.compile(r"sqlite:///([A-Za-z0-9_./+-]{1,1000})")
_StepSide = Literal["left", "right", "both"]


class LiteDeclined(Exception):
    """This journal or request is not the plain case: nothing was written; use ``Journal``."""


def sqlite_path(url: str) -> Path | None:
    """The file of a plain ``sqlite:///PATH`` URL (as SQLAlchemy reads it), else None."""
    found = _PLAIN_URL.fullmatch(url)
    if found is None or found.group(1) in ("", ":memory:"):
        return None
    return Path(found.group(1))


def _text(moment: datetime) -> str:
    """A moment as SQLAlchemy's SQLite dialect stores ``UTCDateTime``: naive UTC, microseconds."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise LiteDeclined("a naive time")
    utc = moment.astimezone(UTC)
    return (f"{utc.year:04d}-{utc.month:02d}-{utc.day:02d} {utc.hour:02d}:{utc.minute:02d}:"
            f"{utc.second:02d}.{utc.microsecond:06d}")


def _moment(text: str) -> datetime:
    """A stored moment as an aware UTC datetime (``UTCDateTime``'s result)."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


class LiteJournal:
    """One owner's SQLite journal through ``sqlite3``; the methods ``log`` uses of ``Journal``."""

    def __init__(self, connection: sqlite3.Connection, atlas: Atlas, owner_id: int) -> None:
        self._connection = connection
        self._atlas = atlas
        self._owner_id = owner_id

    @classmethod
    def open(cls, path: Path, *, atlas: Atlas, busy_timeout_s: float = 15.0) -> LiteJournal | None:
        """The journal at ``path`` when it is the plain case (see the module); None otherwise,
        having created and changed nothing."""
        try:
            if not path.is_file() or not os.access(path, os.R_OK | os.W_OK):
                return None
            if not os.access(path.parent, os.W_OK | os.X_OK):
                return None  # SQLite must be able to create the -wal and -shm files
            connection = sqlite3.connect(path, timeout=busy_timeout_s, isolation_level=None)
        except (OSError, sqlite3.Error):
            return None
        try:
            found = cls._checked(connection, atlas, busy_timeout_s)
        except (sqlite3.Error, LiteDeclined):
            found = None
        if found is None:
            connection.close()
        return found

    @classmethod
    def _checked(cls, connection: sqlite3.Connection, atlas: Atlas,
                 busy_timeout_s: float) -> LiteJournal | None:
        """The pragmas of storage.engine, then the checks of ``upgrade`` and ``ensure_owner``."""
        connection.execute(f"PRAGMA busy_timeout = {int(busy_timeout_s * 1000)}")
        if connection.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            return None  # the full path switches it (a write)
        connection.execute("PRAGMA synchronous = NORMAL")
        connection.execute("PRAGMA foreign_keys = ON")
        with cls._reading(connection):
            tables = {row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "alembic_version" not in tables:
                return None
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchall()
            if revision != [(HEAD,)]:
                return None  # new, older or newer: migrated or refused by the full path
            known = {row[0] for row in connection.execute("SELECT id FROM regions")}
            if any(region.id not in known for region in atlas):
                return None  # the full path syncs new atlas regions
            owner = connection.execute("SELECT id FROM owners WHERE name = ?",
                                       (LOCAL_OWNER,)).fetchone()
            if owner is None or connection.execute(
                    "SELECT id FROM profiles WHERE owner_id = ? LIMIT 1", owner).fetchone() is None:
                return None  # the full path starts the owner's profiles
        return cls(connection, atlas, int(owner[0]))

    @staticmethod
    def _reading(connection: sqlite3.Connection, action: str | None = None) -> _Transaction:
        return _Transaction(connection, "BEGIN", action)

    def close(self) -> None:
        """Close the connection."""
        self._connection.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()

    def _profile_id(self, name: str) -> int:
        """The owner's profile of this name; LiteDeclined when there is none (the full path
        reports it with the nearest names)."""
        found = self._connection.execute(
            "SELECT id FROM profiles WHERE owner_id = ? AND name = ?",
            (self._owner_id, validate.profile_name(name))).fetchone()
        if found is None:
            raise LiteDeclined("no such profile")
        return int(found[0])

    def add_pain_entry(self, *, profile: str, entry: PainEntry) -> int:
        """Save one pain entry in one write transaction (``BEGIN IMMEDIATE``); its id.

        The rows are ``writes.insert_pain_entries``'s: the id after the highest, the spots in
        order. LiteDeclined (nothing written) when the profile is unknown; InputError or
        UnknownRegion as ``Journal`` raises them, before the transaction.
        """
        validate.check_regions(self._atlas, [entry])
        validate.check_text([entry])
        at = _text(entry.at)
        qualities = json.dumps(list(entry.qualities))
        try:
            with _Transaction(self._connection, "BEGIN IMMEDIATE"):
                profile_id = self._profile_id(profile)
                last = self._connection.execute(
                    "SELECT coalesce(max(id), 0) FROM pain_entries").fetchone()[0]
                entry_id = int(last or 0) + 1
                self._connection.execute(
                    "INSERT INTO pain_entries (id, profile_id, at, qualities, note) "
                    "VALUES (?, ?, ?, ?, ?)", (entry_id, profile_id, at, qualities, entry.note))
                self._connection.executemany(
                    "INSERT INTO pain_spots (entry_id, position, region, side, intensity) "
                    "VALUES (?, ?, ?, ?, ?)",
                    [(entry_id, i, s.region, s.side, s.intensity)
                     for i, s in enumerate(entry.spots)])
        except sqlite3.Error as error:  # rolled back, or not committed (closing rolls it back)
            raise LiteDeclined(str(error)) from None
        return entry_id

    def pain_span(self, *, profile: str,
                  until: datetime | None = None) -> tuple[datetime, datetime] | None:
        """``Journal.pain_span``: the first and latest moment before ``until``; None if none."""
        where, values = _range("at", None, until)
        with self._reading(self._connection, "read the pain entries"):
            profile_id = self._profile_id(profile)
            first, last = self._connection.execute(
                f"SELECT min(at), max(at) FROM pain_entries WHERE profile_id = ?{where}",
                (profile_id, *values)).fetchone()
        return None if first is None or last is None else (_moment(first), _moment(last))

    def pain_entries(self, *, profile: str, since: datetime | None = None,
                     until: datetime | None = None, trusted: bool = True,
                     ) -> list[StoredPainEntry]:
        """``Journal.pain_entries(..., trusted=True)``: ``since <= at < until``, oldest first."""
        if not trusted:
            raise LiteDeclined("validated reads")
        where, values = _range("e.at", since, until)
        with self._reading(self._connection, "read the pain entries"):
            profile_id = self._profile_id(profile)
            rows = self._connection.execute(
                "SELECT e.id, e.at, e.qualities, e.note FROM pain_entries AS e "
                f"WHERE e.profile_id = ?{where} ORDER BY e.at, e.id",
                (profile_id, *values)).fetchall()
            if not rows:
                return []
            spot_rows = self._connection.execute(
                "SELECT s.entry_id, s.region, s.side, s.intensity FROM pain_spots AS s "
                "JOIN pain_entries AS e ON e.id = s.entry_id "
                f"WHERE e.profile_id = ?{where} ORDER BY s.entry_id, s.position",
                (profile_id, *values)).fetchall()
        spots: defaultdict[int, list[PainSpot]] = defaultdict(list)
        make_spot = PainSpot.model_construct
        for entry_id, region, side, intensity in spot_rows:
            spots[entry_id].append(make_spot(region=region, side=cast(SpotSide, side),
                                              intensity=intensity))
        make = StoredPainEntry.model_construct
        found = []
        for entry_id, at, qualities, note in rows:
            entry_spots = spots.get(entry_id)
            if not entry_spots:
                raise StorageError(f"Pain entry {entry_id} has no pain spot: the journal was "
                                   "changed outside triggerpoint. Delete that entry or restore "
                                   "a backup.")
            found.append(make(id=entry_id, at=_moment(at), spots=entry_spots,
                              qualities=json.loads(qualities), note=note))
        return found

    def sessions(self, *, profile: str, since: datetime | None = None,
                 until: datetime | None = None, trusted: bool = True,
                 unsafe_only: bool = False) -> list[StoredSession]:
        """``Journal.sessions(..., trusted=True)``: started ``since <= started_at < until``."""
        if not trusted:
            raise LiteDeclined("validated reads")
        where, values = _range("s.started_at", since, until)
        if unsafe_only:
            where += " AND s.safety_level != 'self-care'"
        with self._reading(self._connection, "read the sessions"):
            profile_id = self._profile_id(profile)
            rows = self._connection.execute(
                "SELECT s.id, s.started_at, s.ended_at, s.pain_before, s.pain_after, "
                "s.safety_level, s.stopped_early, s.plan_id, s.note FROM sessions AS s "
                f"WHERE s.profile_id = ?{where} ORDER BY s.started_at, s.id",
                (profile_id, *values)).fetchall()
            if not rows:
                return []
            step_rows = self._connection.execute(
                "SELECT t.session_id, t.muscle, t.side, t.technique, t.tool, t.duration_s, "
                "t.pressure, t.completed FROM session_steps AS t "
                "JOIN sessions AS s ON s.id = t.session_id "
                f"WHERE s.profile_id = ?{where} ORDER BY t.session_id, t.position",
                (profile_id, *values)).fetchall()
        steps: defaultdict[int, list[StepRecord]] = defaultdict(list)
        make_step = StepRecord.model_construct
        for session_id, muscle, side, technique, tool, duration_s, pressure, done in step_rows:
            steps[session_id].append(make_step(
                muscle=muscle, side=cast(_StepSide, side), technique=technique, tool=tool,
                duration_s=duration_s, pressure=pressure, completed=_bool(done)))
        make = StoredSession.model_construct
        return [
            make(id=sid, started_at=_moment(started), ended_at=_moment(ended),
                 pain_before=before, pain_after=after, safety_level=cast(SafetyLevel, level),
                 steps=steps.get(sid, []), stopped_early=_bool(early), plan_id=plan, note=note)
            for sid, started, ended, before, after, level, early, plan, note in rows
        ]


def _bool(value: Any) -> bool:
    """SQLAlchemy's Boolean result on SQLite (a NOT NULL column): 0 or 1 as a bool."""
    return bool(value)


def _range(column: str, since: datetime | None,
           until: datetime | None) -> tuple[str, tuple[str, ...]]:
    """Conditions for ``since <= column < until`` (aware bounds, compared as stored text)."""
    where, values = "", []
    for bound, operator in ((since, ">="), (until, "<")):
        if bound is not None:
            validate.aware_or_none(bound, "since" if operator == ">=" else "until")
            where += f" AND {column} {operator} ?"
            values.append(_text(bound))
    return where, tuple(values)


class _Transaction:
    """BEGIN (or BEGIN IMMEDIATE) ... COMMIT, or ROLLBACK on any error. With an ``action``,
    a driver error becomes StorageError as ``storage.failures.storage_errors`` words it."""

    def __init__(self, connection: sqlite3.Connection, begin: str,
                 action: str | None = None) -> None:
        self._connection = connection
        self._begin = begin
        self._action = action

    def __enter__(self) -> None:
        self._guarded(self._begin)

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        if kind is None:
            self._guarded("COMMIT")
            return
        self._connection.execute("ROLLBACK")
        if self._action is not None and isinstance(error, sqlite3.Error):
            raise _storage_error(self._action, error) from error

    def _guarded(self, statement: str) -> None:
        try:
            self._connection.execute(statement)
        except sqlite3.Error as error:
            if self._action is None:
                raise
            raise _storage_error(self._action, error) from error


def _storage_error(action: str, error: sqlite3.Error) -> StorageError:
    """The StorageError ``storage_errors`` raises for this driver error."""
    reason = (str(error).strip() or type(error).__name__).splitlines()[0]
    if isinstance(error, sqlite3.OperationalError):
        if "readonly" in reason:
            return ReadOnlyJournal(
                f"Could not {action}: the journal cannot be written ({reason}). Nothing was "
                "changed. Make the journal file and its folder writable for you, or use --db "
                "(or TRIGGERPOINT_DATABASE_URL) to pick another journal.")
        if "locked" in reason or "busy" in reason:
            reason = ("the journal database stayed locked by another program for too long. Close "
                      "other triggerpoint windows (or raise TRIGGERPOINT_SQLITE_BUSY_TIMEOUT_S) "
                      "and try again. Nothing was saved.")
    elif isinstance(error, sqlite3.IntegrityError | sqlite3.DataError):
        return StorageError(f"Could not {action}: the journal refused the data ({reason}). "
                            "Nothing was saved.")
    return StorageError(f"Could not {action}: {reason}")
