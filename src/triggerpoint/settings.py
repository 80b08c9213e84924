"""Typed settings, read from ``TRIGGERPOINT_*`` environment variables, with working defaults.

Nothing here runs at import: build ``Settings()`` where the app starts. The default journal is a
SQLite file in the user's data folder, so a first run needs no set-up and the data stays local.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs
from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = ["Settings", "default_database_url", "load_settings", "normalize_database_url"]

_SCHEMES = {
    "sqlite": "sqlite",
    "sqlite+pysqlite": "sqlite",
    "postgres": "postgresql+psycopg",
    "postgresql": "postgresql+psycopg",
    "postgresql+psycopg": "postgresql+psycopg",
}
#: Longer than any database URL a person writes (a PostgreSQL one with a long password).
MAX_URL = 2_048


def default_database_path() -> Path:
    """Where the journal lives when nothing is configured (the folder is not created here)."""
    return platformdirs.user_data_path("triggerpoint") / "journal.sqlite3"


def default_database_url() -> str:
    """The SQLite URL of the default journal file."""
    return f"sqlite:///{default_database_path()}"


def normalize_database_url(url: str) -> str:
    """The URL with the driver triggerpoint uses; ValueError says what is wrong and what would
    work (an unknown scheme, NUL, a memory database, PostgreSQL without its driver)."""
    from triggerpoint.errors import InputError
    from triggerpoint.inputs import check_text, shown

    try:
        check_text(url, "The database URL", MAX_URL)
    except InputError as error:
        raise ValueError(str(error)) from None
    scheme, sep, rest = url.strip().partition("://")
    driver = _SCHEMES.get(scheme.lower())
    if not sep or driver is None:
        raise ValueError(
            f"unsupported database URL scheme {shown(scheme, 20)}: use "
            "sqlite:///path/to/journal.sqlite3 or postgresql://user:password@host/dbname"
        )
    if driver == "sqlite" and _in_memory(rest):
        raise ValueError(
            "an in-memory SQLite journal would lose everything when the command ends; use a "
            "file: sqlite:///path/to/journal.sqlite3"
        )
    if driver.endswith("psycopg") and not _has_psycopg():
        raise ValueError(
            "a PostgreSQL journal needs its driver, which is not installed: "
            "pip install 'triggerpoint[postgres]' (or use a SQLite file: "
            "sqlite:///path/to/journal.sqlite3)"
        )
    return f"{driver}://{rest}"


def _in_memory(rest: str) -> bool:
    """Whether a SQLite URL's path and query name a memory database (nothing kept)."""
    path = rest.partition("?")[0]
    lowered = rest.lower()
    return (path.strip("/") in ("", ":memory:") or ":memory:" in lowered
            or "mode=memory" in lowered.replace(" ", "") or path.lower().startswith("/file::"))


def _has_psycopg() -> bool:
    """Whether the PostgreSQL driver can be imported (without importing it)."""
    from importlib.util import find_spec

    return find_spec("psycopg") is not None


class Settings(BaseSettings):
    """Everything triggerpoint can be configured with; each field is one environment variable."""

    model_config = SettingsConfigDict(env_prefix="TRIGGERPOINT_", extra="ignore")

    database_url: str = Field(
        default_factory=default_database_url,
        description=(
            "Where the journal is stored: sqlite:///path/to/file.sqlite3 or "
            "postgresql://user:password@host/dbname. Defaults to journal.sqlite3 in the "
            "user data folder (private, local)."
        ),
    )
    sqlite_busy_timeout_s: float = Field(
        default=15.0,
        gt=0,
        le=600,
        description=(
            "How long a SQLite write waits for another program holding the journal before "
            "giving up with 'database is locked', in seconds."
        ),
    )

    @field_validator("database_url")
    @classmethod
    def _normalize_url(cls, value: str) -> str:
        """Fail at start-up, not at the first write, on a URL the journal cannot use."""
        return normalize_database_url(value)


def load_settings(database_url: str | None = None) -> Settings:
    """Settings from the environment (``database_url`` wins); StorageError when invalid."""
    from triggerpoint.errors import StorageError

    try:
        return Settings(database_url=database_url) if database_url else Settings()
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(map(str, e['loc']))}: {e['msg'].removeprefix('Value error, ')}"
            for e in error.errors()
        )
        raise StorageError(f"Invalid TRIGGERPOINT_* setting: {problems}") from error
