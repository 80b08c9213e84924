"""Bring a journal database to the current schema when it is opened; no alembic.ini needed.

Opening a journal that is already at the newest revision costs one small read: Alembic is only
imported and run when the stored revision is older (or the database is new). SQLite migrations
run with foreign keys switched off (a table rebuild must not cascade deletes) and are checked
with ``PRAGMA foreign_key_check`` before they commit.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, insert, inspect, select, text

from triggerpoint.atlas import Atlas
from triggerpoint.errors import StorageError
from triggerpoint.storage.engine import read_only, writer
from triggerpoint.storage.tables import OwnerRow, ProfileRow, RegionRow

if TYPE_CHECKING:
    from alembic.config import Config

__all__ = ["DEFAULT_PROFILE", "HEAD", "LOCAL_OWNER", "MIGRATIONS", "alembic_config", "ensure_owner",
           "upgrade"]

#: The newest revision in migrations/versions (a test keeps the two in step).
HEAD = "0002"
#: The owner of the profiles on a personal machine (clinic mode adds others).
LOCAL_OWNER = "local"
#: The profile a new owner starts with, so a first run needs no set-up.
DEFAULT_PROFILE = "me"

MIGRATIONS = Path(__file__).parent / "migrations"
_PG_LOCK_KEY = 0x7472_6967  # one app-wide advisory lock: "trig"


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config built in code, pointing at the packaged migrations."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine, atlas: Atlas) -> None:
    """Migrate to head (only when behind) and sync region ids, one process at a time.

    A read-only journal at head is only read (new atlas regions matter only to writes, which it
    refuses); one that needs its tables made or upgraded raises ReadOnlyJournal.
    """
    blocked = read_only(engine)
    revision = _revision(engine)
    if revision is not None and revision != HEAD and revision not in _known_revisions():
        raise StorageError(
            f"This journal was written by a newer triggerpoint (schema revision "
            f"{revision[:40]!r}; this version knows up to {HEAD!r}). Update triggerpoint "
            "(pip install --upgrade triggerpoint) to open it; nothing was changed."
        )
    if blocked is not None and revision is None:
        raise blocked.error("set up a new journal (it has no tables yet)")
    if blocked is not None and revision != HEAD:
        raise blocked.error(f"open this journal: it needs upgrading to this triggerpoint's "
                            f"schema (revision {revision!r} to {HEAD!r}), which writes to it")
    if revision == HEAD:
        if blocked is not None:
            return
        with engine.connect() as connection:
            known = set(connection.scalars(select(RegionRow.id)))
        if all(r.id in known for r in atlas):
            return
        with writer(engine).begin() as connection:
            sync_regions(connection, atlas)
        return
    with writer(engine).connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        raw = connection.connection.dbapi_connection
        if sqlite and raw is not None:
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                _migrate(connection, atlas, sqlite)
        finally:
            if sqlite and raw is not None:
                raw.execute("PRAGMA foreign_keys = ON")


def _migrate(connection: Connection, atlas: Atlas, sqlite: bool) -> None:
    from alembic import command

    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
    command.upgrade(alembic_config(connection), "head")
    if sqlite:
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise StorageError(f"The journal upgrade would break {len(broken)} links between "
                               "records; nothing was changed. Please report this.")
    sync_regions(connection, atlas)


def _known_revisions() -> set[str]:
    """The revisions of the packaged migrations: their file names start with the revision."""
    return {path.name.split("_")[0] for path in (MIGRATIONS / "versions").glob("[0-9]*_*.py")}


def _revision(engine: Engine) -> str | None:
    """The stored schema revision; None for a new database."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        found = connection.scalar(text("SELECT version_num FROM alembic_version"))
        return str(found) if found is not None else None


def ensure_owner(engine: Engine, name: str, now: datetime) -> int:
    """The owner's id. A new owner, or one left with no profile, gets the default profile
    ('me'), so a first run needs no set-up; a read when nothing is missing."""
    with engine.connect() as connection:
        found = connection.scalar(select(OwnerRow.id).where(OwnerRow.name == name))
        if found is not None and connection.scalar(
                select(ProfileRow.id).where(ProfileRow.owner_id == found).limit(1)) is not None:
            return int(found)
    if (blocked := read_only(engine)) is not None:
        raise blocked.error(f"start the profiles of {name!r} (this journal has none for it yet)")
    with writer(engine).begin() as connection:
        owner_id = connection.scalar(select(OwnerRow.id).where(OwnerRow.name == name))
        if owner_id is None:
            owner_id = connection.execute(insert(OwnerRow).values(
                name=name, created_at=now).returning(OwnerRow.id)).scalar_one()
        if connection.scalar(select(ProfileRow.id).where(ProfileRow.owner_id == owner_id)
                             .limit(1)) is None:
            connection.execute(insert(ProfileRow).values(
                owner_id=owner_id, name=DEFAULT_PROFILE, created_at=now))
        return int(owner_id)


def sync_regions(connection: Connection, atlas: Atlas) -> None:
    """Add the atlas regions the database does not know yet; old ones stay for old entries."""
    known = set(connection.scalars(select(RegionRow.id)))
    missing = [{"id": r.id, "name": r.name} for r in atlas if r.id not in known]
    if missing:
        connection.execute(insert(RegionRow), missing)
