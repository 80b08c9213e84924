"""Migration scripts, one per schema version (Alembic ignores this file)."""
