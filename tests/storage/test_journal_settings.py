"""Settings: working defaults in the user's data folder, env overrides, nothing done at import."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import platformdirs
import pytest
from pydantic import ValidationError

from triggerpoint.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
CORE = ["triggerpoint.records", "triggerpoint.errors", "triggerpoint.atlas",
        "triggerpoint.knowledge", "triggerpoint.finder"]


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty XDG data folder, and no TRIGGERPOINT_* variables."""
    for name in list(os.environ):
        if name.startswith("TRIGGERPOINT_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data"


def test_default_is_a_sqlite_file_in_the_user_data_folder(data_home: Path) -> None:
    expected = platformdirs.user_data_path("triggerpoint") / "journal.sqlite3"
    assert Settings().database_url == f"sqlite:///{expected}"
    assert expected.is_relative_to(data_home)
    assert not data_home.exists(), "settings must not create folders"


def test_opening_the_default_journal_creates_its_folder(data_home: Path) -> None:
    from triggerpoint.storage import Journal

    with Journal.open() as journal:
        journal.add_profile("anna")
    assert (data_home / "triggerpoint" / "journal.sqlite3").is_file()


def test_environment_overrides_and_postgres_urls_are_normalized(
    data_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRIGGERPOINT_DATABASE_URL", "postgresql://me@db.example/journal")
    monkeypatch.setenv("TRIGGERPOINT_SQLITE_BUSY_TIMEOUT_S", "3")
    settings = Settings()
    assert settings.database_url == "postgresql+psycopg://me@db.example/journal"
    assert settings.sqlite_busy_timeout_s == 3


def test_an_unsupported_url_fails_at_start_up(data_home: Path) -> None:
    with pytest.raises(ValidationError, match="unsupported database URL scheme 'mysql'"):
        Settings(database_url="mysql://me@db/journal")


def settings_table() -> str:
    """The settings table of docs/storage.md, generated from the Settings model."""
    lines = ["| Environment variable | Default | Description |", "|---|---|---|"]
    for name, field in Settings.model_fields.items():
        default = (
            "`journal.sqlite3` in the user data folder"
            if field.default_factory
            else f"`{field.default}`"
        )
        lines.append(f"| `TRIGGERPOINT_{name.upper()}` | {default} | {field.description} |")
    return "\n".join(lines)


def test_every_setting_has_a_description() -> None:
    assert all(field.description for field in Settings.model_fields.values())


def test_the_settings_table_in_the_docs_is_current() -> None:
    docs = (ROOT / "docs" / "storage.md").read_text()
    table = settings_table()
    assert table in docs, f"replace the settings table in docs/storage.md with:\n{table}"


def test_importing_builds_nothing_and_the_core_does_not_import_storage(tmp_path: Path) -> None:
    code = (
        "import sys, triggerpoint.settings, triggerpoint.storage\n"
        "del sys.modules['triggerpoint.storage']\n"
        "for name in [m for m in sys.modules if m.startswith('triggerpoint.storage')]:\n"
        "    del sys.modules[name]\n"
        f"import {', '.join(CORE)}\n"
        "assert not [m for m in sys.modules if m.startswith('triggerpoint.storage')]\n"
    )
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert not (tmp_path / "data").exists()
