"""Alembic migrations of the journal schema; run by ``triggerpoint.storage.migrate``."""
