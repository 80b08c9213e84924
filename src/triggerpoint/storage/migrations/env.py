"""Alembic environment: migrate the connection the app hands over, or the configured database.

``triggerpoint`` runs migrations itself when a journal is opened (``storage.migrate``), passing
its connection in ``config.attributes["connection"]``. Developers can also run ``alembic upgrade
head`` from the repository root; the URL then comes from ``-x url=...``, ``sqlalchemy.url`` or
the same settings the app reads (``TRIGGERPOINT_DATABASE_URL``).
"""

from __future__ import annotations

from logging.config import fileConfig

from alembic import context
from sqlalchemy import Connection

from triggerpoint.settings import Settings, normalize_database_url
from triggerpoint.storage.engine import make_engine, writer
from triggerpoint.storage.tables import Base

config = context.config
if config.config_file_name is not None and config.attributes.get("connection") is None:
    fileConfig(config.config_file_name, disable_existing_loggers=False)


def configured_url() -> str:
    """The database URL for command-line runs: -x url=..., then alembic.ini, then settings."""
    url = context.get_x_argument(as_dictionary=True).get("url")
    url = url or config.get_main_option("sqlalchemy.url") or Settings().database_url
    return normalize_database_url(url)


def run(connection: Connection) -> None:
    """Run the pending migrations on one connection."""
    context.configure(connection=connection, target_metadata=Base.metadata, compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


def run_offline() -> None:
    """Print the SQL instead of running it (``alembic upgrade head --sql``)."""
    context.configure(url=configured_url(), target_metadata=Base.metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    """Migrate the app's connection, or open the configured database and migrate it."""
    connection: Connection | None = config.attributes.get("connection")
    if connection is not None:
        run(connection)
        return
    engine = make_engine(configured_url())
    try:
        with writer(engine).begin() as own_connection:
            run(own_connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
