"""Owners: every profile belongs to an account, and profile names are unique per owner.

Existing profiles move to the 'local' owner (the personal, single-machine account). On SQLite
the profiles table is rebuilt (batch mode) with foreign keys switched off around the migration
(see ``storage.migrate``), so no record is cascaded away.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LOCAL_OWNER = "local"


def upgrade() -> None:
    """Add the owners table with the local owner, and the profiles' owner."""
    owners = op.create_table(
        "owners",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_owners"),
        sa.UniqueConstraint("name", name="uq_owners_name"),
    )
    now = datetime.now(UTC)
    stored = now if op.get_context().dialect.name == "postgresql" else now.replace(tzinfo=None)
    op.bulk_insert(owners, [{"id": 1, "name": LOCAL_OWNER, "created_at": stored}])
    with op.batch_alter_table("profiles", recreate="auto") as batch:
        batch.add_column(sa.Column("owner_id", sa.Integer(), nullable=False,
                                   server_default=sa.text("1")))
        batch.drop_constraint("uq_profiles_name", type_="unique")
        batch.create_unique_constraint("uq_profiles_owner_id_name", ["owner_id", "name"])
        batch.create_foreign_key("fk_profiles_owner_id_owners", "owners", ["owner_id"], ["id"],
                                 ondelete="CASCADE")
    with op.batch_alter_table("profiles", recreate="auto") as batch:
        batch.alter_column("owner_id", server_default=None, existing_type=sa.Integer(),
                           existing_nullable=False)
    if op.get_context().dialect.name == "postgresql":
        op.execute("SELECT setval(pg_get_serial_sequence('owners', 'id'), "
                   "(SELECT max(id) FROM owners))")


def downgrade() -> None:
    """Back to one namespace of profile names (fails if two owners share a name)."""
    with op.batch_alter_table("profiles", recreate="auto") as batch:
        batch.drop_constraint("fk_profiles_owner_id_owners", type_="foreignkey")
        batch.drop_constraint("uq_profiles_owner_id_name", type_="unique")
        batch.create_unique_constraint("uq_profiles_name", ["name"])
        batch.drop_column("owner_id")
    op.drop_table("owners")
