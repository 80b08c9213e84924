"""Storage fixtures: every test runs against real databases, a SQLite file and a PostgreSQL.

PostgreSQL: a throwaway server is started once per session (see ``pg_server``), and each test
gets a fresh database on it. Set TRIGGERPOINT_TEST_POSTGRES_URL to use an existing server
instead. When no server can be started the PostgreSQL tests fail with the reason, unless
TRIGGERPOINT_SKIP_POSTGRES=1 says to skip them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from journal_samples import NewDatabase
from pg_server import (
    INSTALL_HINT,
    PostgresUnavailable,
    TemporaryPostgres,
    find_bindir,
    throwaway_database,
    wait_until_ready,
)

from triggerpoint.storage import Journal

BACKENDS = ["sqlite", "postgresql"]
#: The profiles the `journal` fixture starts with, beside the first-run default "me".
PEOPLE = ("anna", "ben")


@pytest.fixture(scope="session")
def postgres_admin_url() -> Iterator[str]:
    """A superuser URL on a running PostgreSQL server, started here unless one is given."""
    if given := os.environ.get("TRIGGERPOINT_TEST_POSTGRES_URL"):
        yield given
        return
    if os.environ.get("TRIGGERPOINT_SKIP_POSTGRES") == "1":
        pytest.skip("PostgreSQL storage tests skipped: TRIGGERPOINT_SKIP_POSTGRES=1")
    bindir = find_bindir()
    if bindir is None:
        pytest.fail(f"No PostgreSQL server binaries (initdb) found. {INSTALL_HINT}", pytrace=False)
    server = TemporaryPostgres(bindir)
    try:
        server.start()
        wait_until_ready(server.url)
    except (PostgresUnavailable, OSError) as error:
        server.stop()
        message = f"Could not start a test PostgreSQL server: {error}\n{INSTALL_HINT}"
        pytest.fail(message, pytrace=False)
    yield server.url
    server.stop()


@pytest.fixture(params=BACKENDS)
def new_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[NewDatabase]:
    """Makes fresh, empty databases of the test's backend; each call gives a new URL."""
    postgres = request.param == "postgresql"
    admin = request.getfixturevalue("postgres_admin_url") if postgres else ""
    with ExitStack() as cleanup:
        counter = iter(range(1_000_000))

        def make() -> str:
            if postgres:
                return cleanup.enter_context(throwaway_database(admin))
            return f"sqlite:///{tmp_path / f'journal-{next(counter)}.sqlite3'}"

        yield make


@pytest.fixture
def database_url(new_database: NewDatabase) -> str:
    """The URL of a fresh, empty database."""
    return new_database()


@pytest.fixture
def journal(database_url: str) -> Iterator[Journal]:
    """An open journal on a fresh database, closed after the test."""
    with Journal.open(database_url) as opened:
        for name in PEOPLE:
            opened.add_profile(name)
        yield opened


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A fresh SQLite file URL, for the tests that are about SQLite itself."""
    return f"sqlite:///{tmp_path / 'journal.sqlite3'}"

