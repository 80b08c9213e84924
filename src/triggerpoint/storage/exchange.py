"""Move a journal in and out: export to a versioned JSON document, import it back, back up a file.

An import checks the whole document first (pydantic, then region ids) and writes it in one
transaction, so a bad file leaves the journal as it was.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from sqlalchemy import exc, select
from sqlalchemy.orm import Session

from triggerpoint.errors import InputError, StorageError
from triggerpoint.inputs import check_output, private_temp
from triggerpoint.storage import reads, validate, writes
from triggerpoint.storage.document import (
    FORMAT,
    VERSION,
    ExportedPlan,
    ExportedProfile,
    JournalDocument,
)
from triggerpoint.storage.journal import Journal
from triggerpoint.storage.models import ImportSummary, Profile, StoredPlan
from triggerpoint.storage.tables import CheckInRow, PainEntryRow, PlanRow, ProfileRow, SessionRow

__all__ = ["FORMAT", "VERSION", "backup", "export_journal", "import_journal", "read_document"]


def export_journal(journal: Journal) -> dict[str, Any]:
    """Every profile and record, as JSON-ready data in the current format version."""
    with journal.transaction("export the journal") as session:
        profiles = [_export_profile(session, p) for p in reads.profiles(session, journal.owner_id)]
    document = JournalDocument(format=FORMAT, version=VERSION, profiles=profiles)
    return document.model_dump(mode="json")


def import_journal(journal: Journal, data: Mapping[str, Any]) -> ImportSummary:
    """Add an exported journal's profiles, all or nothing; InputError if the document is wrong."""
    validate.check_text(data)
    document = read_document(data)
    entries = (e for p in document.profiles for e in p.pain_entries)
    validate.check_regions(journal.atlas, entries)
    with journal.transaction("import the journal", write=True) as session:
        _refuse_clashes(session, journal.owner_id, document)
        for profile in document.profiles:
            _import_profile(session, journal.owner_id, profile)
    return _summary(document)


def read_document(data: Mapping[str, Any]) -> JournalDocument:
    """The validated document; InputError saying what is wrong (format, version, fields)."""
    if not isinstance(data, Mapping) or data.get("format") != FORMAT:
        raise InputError(f'This is not a triggerpoint journal export (no "format": "{FORMAT}").')
    version = data.get("version")
    if type(version) is not int or version != VERSION:
        newer = isinstance(version, int) and version > VERSION
        raise InputError(
            f"This journal export is format version {version!r}; this triggerpoint reads version "
            f"{VERSION}. " + ("Update triggerpoint to import it." if newer else "")
        )
    try:
        return JournalDocument.model_validate(data)
    except ValidationError as error:
        message = f"The journal export is invalid, nothing was imported:\n{_problems(error)}"
        raise InputError(message) from None


def backup(journal: Journal, dest: Path) -> None:
    """Copy a live SQLite journal to ``dest`` with SQLite's online backup (safe while in use)."""
    if journal.engine.dialect.name != "sqlite":
        raise StorageError(
            "backup() copies SQLite journals only. Back up a PostgreSQL journal with pg_dump, "
            "e.g.: pg_dump --format=custom --file=journal.dump 'postgresql://user@host/dbname'"
        )
    dest = Path(dest)
    try:
        check_output(dest)
    except InputError as error:  # this API's callers catch StorageError for the target
        raise StorageError(f"Could not back up the journal: {error}") from None
    _refuse_unsafe_target(journal, dest)
    _check_integrity(journal)
    partial: Path | None = None
    try:
        partial = private_temp(dest.parent)
        _copy_sqlite(journal, partial)
        check_output(dest)  # nothing was swapped in meanwhile
        os.replace(partial, dest)
    except (OSError, sqlite3.Error) as error:
        if partial is not None:
            partial.unlink(missing_ok=True)
        raise StorageError(f"Could not back up the journal to {dest}: {error}") from error
    except BaseException:
        if partial is not None:
            partial.unlink(missing_ok=True)
        raise


def _check_integrity(journal: Journal) -> None:
    """StorageError, and no copy, when SQLite finds the journal damaged (PRAGMA quick_check)."""
    try:
        with journal.engine.connect() as connection:
            found = [str(row[0]) for row in
                     connection.exec_driver_sql("PRAGMA quick_check(5)").fetchall()]
    except exc.DBAPIError as error:
        found = [str(error.orig).splitlines()[0]]
    if found != ["ok"]:
        raise StorageError(
            f"The journal is damaged, so no backup was written (SQLite found: "
            f"{'; '.join(found)[:300]}). Keep the file as it is; your last good backup or an "
            "export is the way back (sqlite3's .recover can rescue what is readable)."
        )


def _export_profile(session: Session, profile: Profile) -> ExportedProfile:
    """One profile's records, in the order the journal returns them."""
    return ExportedProfile(
        name=profile.name,
        created_at=profile.created_at,
        pain_entries=reads.pain_entries(session, profile.id, None, None),
        sessions=reads.sessions(session, profile.id, None, None),
        checkins=reads.checkins(session, profile.id, None, None),
        plans=[ExportedPlan(**p.model_dump()) for p in reads.plans(session, profile.id)],
    )


def _refuse_clashes(session: Session, owner_id: int, document: JournalDocument) -> None:
    """InputError when the owner already has a profile (with records) or plan of the document.

    A profile of the same name that holds nothing yet (the first-run 'me') is replaced.
    """
    names = [p.name for p in document.profiles]
    mine = ProfileRow.owner_id == owner_id
    clashing = session.scalars(select(ProfileRow).where(mine, ProfileRow.name.in_(names))).all()
    existing = [row.name for row in clashing if not _empty(session, row.id)]
    if not existing:
        for row in clashing:
            session.delete(row)
        session.flush()
    if existing:
        raise InputError(
            f"The journal already has the profile(s) {', '.join(sorted(existing))}; importing "
            "would mix two histories. Import into an empty journal, or delete those profiles "
            "first. Nothing was imported."
        )
    plan_ids = [plan.id for p in document.profiles for plan in p.plans]
    taken = session.scalars(select(PlanRow.id).where(PlanRow.id.in_(plan_ids))).all()
    if taken:
        raise InputError(f"The journal already has plans {', '.join(sorted(taken))}.")


def _empty(session: Session, profile_id: int) -> bool:
    """Whether a profile holds no records at all."""
    return not any(
        session.scalar(select(table.id).where(table.profile_id == profile_id).limit(1))
        for table in (PainEntryRow, SessionRow, CheckInRow, PlanRow)
    )


def _import_profile(session: Session, owner_id: int, profile: ExportedProfile) -> None:
    """Write one profile and its records with bulk inserts (inside the caller's transaction)."""
    profile_id = writes.ensure_profile(session, owner_id, profile.name, profile.created_at)
    writes.insert_pain_entries(session, profile_id, profile.pain_entries)
    writes.insert_sessions(session, profile_id, profile.sessions)
    writes.upsert_checkins(session, profile_id, profile.checkins)
    plans = [StoredPlan(**p.model_dump()) for p in profile.plans]
    writes.insert_plans(session, profile_id, plans)


def _summary(document: JournalDocument) -> ImportSummary:
    """How many of each thing the document held."""
    profiles = document.profiles
    return ImportSummary(
        profiles=len(profiles),
        pain_entries=sum(len(p.pain_entries) for p in profiles),
        sessions=sum(len(p.sessions) for p in profiles),
        checkins=sum(len(p.checkins) for p in profiles),
        plans=sum(len(p.plans) for p in profiles),
    )


def _problems(error: ValidationError, limit: int = 10) -> str:
    """The first validation problems, one per line, each with where it is in the document."""
    lines = [
        f"  {'.'.join(str(part) for part in e['loc']) or '(document)'}: {e['msg']}"
        for e in error.errors()[:limit]
    ]
    if error.error_count() > limit:
        lines.append(f"  ... and {error.error_count() - limit} more")
    return "\n".join(lines)


def _refuse_unsafe_target(journal: Journal, dest: Path) -> None:
    """Never overwrite the journal itself, nor a database another program has open."""
    source = Path(journal.engine.url.database or "")
    if dest.exists() and source.exists() and dest.resolve() == source.resolve():
        raise StorageError(f"Cannot back up the journal onto itself ({dest}).")
    if Path(f"{dest}-wal").exists():
        raise StorageError(f"{dest} is a database in use (it has a -wal file); choose another.")


def _copy_sqlite(journal: Journal, target_path: Path) -> None:
    """Page-by-page copy through SQLite's backup API, into a new private file (0600)."""
    raw = journal.engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        target = sqlite3.connect(target_path)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        raw.close()
