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
from triggerpoint.storage.migrate import HEAD, MIGRATIONS, alembic_config
from triggerpoint.storage.tables import Base, RegionRow

ROOT = Path(__file__).resolve().parents[2]
TABLES = {"owners", "profiles", "regions", "pain_entries", "pain_spots", "sessions",
          "session_steps", "checkins", "plans", "alembic_version"}


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


def test_the_head_constant_matches_the_newest_migration() -> None:
    assert head() == HEAD


def test_a_journal_of_the_first_schema_keeps_every_record_through_the_owner_migration(
    database_url: str,
) -> None:
    """A 0001 journal (profiles unique across the database) upgraded in place: the profiles
    move to the local owner and nothing is cascaded away by the table rebuild."""
    engine = make_engine(database_url)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0001")
            connection.exec_driver_sql(
                "INSERT INTO profiles (id, name, created_at) VALUES (7, 'anna', "
                "'2026-01-01 08:00:00')")
            connection.exec_driver_sql("INSERT INTO regions (id, name) VALUES ('temple', 'T')")
            connection.exec_driver_sql(
                "INSERT INTO pain_entries (id, profile_id, at, qualities, note) VALUES "
                "(1, 7, '2026-01-02 08:00:00', '[]', 'old')")
            connection.exec_driver_sql(
                "INSERT INTO pain_spots (entry_id, position, region, side, intensity) VALUES "
                "(1, 0, 'temple', 'left', 4)")
    finally:
        engine.dispose()
    with Journal.open(database_url) as journal:
        assert [p.name for p in journal.profiles()] == ["anna"]
        [entry] = journal.pain_entries(profile="anna")
        assert entry.note == "old" and entry.spots[0].intensity == 4
        journal.add_profile("ben")
    with Journal.open(database_url, owner="clinic") as clinic:
        clinic.add_profile("anna")  # the same name under another owner
        assert [p.name for p in clinic.profiles()] == ["anna", "me"]
