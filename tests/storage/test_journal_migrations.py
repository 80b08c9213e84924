"""Migrations: the packaged Alembic scripts build the schema the tables describe, from empty."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, select

from triggerpoint.atlas import Atlas
from triggerpoint.atlas.models import Region
from triggerpoint.storage import Journal
from triggerpoint.storage.engine import make_engine
from triggerpoint.storage.migrate import MIGRATIONS, alembic_config
from triggerpoint.storage.tables import Base, RegionRow

ROOT = Path(__file__).resolve().parents[2]
TABLES = {"profiles", "regions", "pain_entries", "pain_spots", "sessions", "session_steps",
          "checkins", "plans", "alembic_version"}


def head() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def test_upgrade_head_from_empty_builds_exactly_the_declared_schema(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
        with engine.connect() as connection:
            assert set(inspect(connection).get_table_names()) == TABLES
            differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
            assert differences == []
            assert MigrationContext.configure(connection).get_current_revision() == head()
    finally:
        engine.dispose()


def test_downgrade_to_base_removes_everything(database_url: str) -> None:
    Journal.open(database_url).close()
    engine = make_engine(database_url)
    try:
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "base")
        with engine.connect() as connection:
            assert set(inspect(connection).get_table_names()) <= {"alembic_version"}
    finally:
        engine.dispose()


def test_alembic_command_line_upgrades_with_the_repository_ini(database_url: str) -> None:
    env = {**os.environ, "TRIGGERPOINT_DATABASE_URL": database_url}
    done = subprocess.run(
        [sys.executable, "-m", "alembic", "-c", str(ROOT / "alembic.ini"), "upgrade", "head"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr
    engine = make_engine(database_url)
    try:
        with engine.connect() as connection:
            assert set(inspect(connection).get_table_names()) == TABLES
    finally:
        engine.dispose()


def test_opening_twice_is_harmless_and_syncs_region_ids(database_url: str) -> None:
    atlas = Atlas.load()
    Journal.open(database_url).close()
    extra = Region(id="new-spot", name="New spot", area="head", laterality="midline",
                   views=["front"])
    grown = Atlas({**atlas.regions, "new-spot": extra})
    with Journal.open(database_url, atlas=grown) as journal, journal.engine.connect() as connection:
        ids = set(connection.scalars(select(RegionRow.id)))
    assert ids == set(atlas.regions) | {"new-spot"}


def test_migrations_ship_with_the_package() -> None:
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    assert "**/*.mako" in package_data["package-data"]["triggerpoint"]
    assert (MIGRATIONS / "script.py.mako").is_file()
    assert (MIGRATIONS / "__init__.py").is_file()
    assert (MIGRATIONS / "versions" / "__init__.py").is_file()
