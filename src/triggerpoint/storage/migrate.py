"""Bring a journal database to the current schema when it is opened; no alembic.ini needed."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, insert, select, text

from triggerpoint.atlas import Atlas
from triggerpoint.storage.engine import writer
from triggerpoint.storage.tables import RegionRow

__all__ = ["MIGRATIONS", "alembic_config", "upgrade"]

MIGRATIONS = Path(__file__).parent / "migrations"
_PG_LOCK_KEY = 0x7472_6967  # one app-wide advisory lock: "trig"


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config built in code, pointing at the packaged migrations."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine, atlas: Atlas) -> None:
    """Migrate to head and sync region ids in one write transaction, one process at a time."""
    with writer(engine).begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
        command.upgrade(alembic_config(connection), "head")
        sync_regions(connection, atlas)


def sync_regions(connection: Connection, atlas: Atlas) -> None:
    """Add the atlas regions the database does not know yet; old ones stay for old entries."""
    known = set(connection.scalars(select(RegionRow.id)))
    missing = [{"id": r.id, "name": r.name} for r in atlas if r.id not in known]
    if missing:
        connection.execute(insert(RegionRow), missing)
