"""The first journal schema: profiles, regions, pain log, sessions, check-ins, plans.

Revision ID: 0001
Revises:
Create Date: 2026-01-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SCORE = "BETWEEN 0 AND 10"
JSONDocument = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def _time() -> sa.DateTime:
    """A time with time zone; the app stores UTC in it."""
    return sa.DateTime(timezone=True)


def _profile_fk(table: str) -> sa.Column[int]:
    """The owning profile column; deleting a profile deletes its records."""
    return sa.Column(
        "profile_id",
        sa.Integer(),
        sa.ForeignKey("profiles.id", ondelete="CASCADE", name=f"fk_{table}_profile_id_profiles"),
        nullable=False,
    )


def upgrade() -> None:
    """Create every table of the first schema."""
    _create_reference_tables()
    _create_pain_log()
    _create_sessions()
    _create_checkins_and_plans()


def downgrade() -> None:
    """Drop every table, children first."""
    for table in (
        "plans", "checkins", "session_steps", "sessions", "pain_spots", "pain_entries",
        "regions", "profiles",
    ):
        op.drop_table(table)


def _create_reference_tables() -> None:
    """Profiles and the atlas region ids."""
    op.create_table(
        "profiles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("created_at", _time(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_profiles"),
        sa.UniqueConstraint("name", name="uq_profiles_name"),
    )
    op.create_table(
        "regions",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_regions"),
    )


def _create_pain_log() -> None:
    """Pain entries and their spots."""
    op.create_table(
        "pain_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        _profile_fk("pain_entries"),
        sa.Column("at", _time(), nullable=False),
        sa.Column("qualities", JSONDocument, nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_pain_entries"),
    )
    op.create_index("ix_pain_entries_profile_id_at", "pain_entries", ["profile_id", "at"])
    op.create_table(
        "pain_spots",
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.Column("region", sa.String(64), nullable=False),
        sa.Column("side", sa.String(8), nullable=False),
        sa.Column("intensity", sa.SmallInteger(), nullable=False),
        sa.PrimaryKeyConstraint("entry_id", "position", name="pk_pain_spots"),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["pain_entries.id"], ondelete="CASCADE",
            name="fk_pain_spots_entry_id_pain_entries",
        ),
        sa.ForeignKeyConstraint(["region"], ["regions.id"], name="fk_pain_spots_region_regions"),
        sa.CheckConstraint(
            "side IN ('left', 'right', 'both', 'midline')", name="ck_pain_spots_side"
        ),
        sa.CheckConstraint(f"intensity {SCORE}", name="ck_pain_spots_intensity"),
    )
    op.create_index("ix_pain_spots_region", "pain_spots", ["region"])


def _create_sessions() -> None:
    """Guided sessions and their steps."""
    op.create_table(
        "sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        _profile_fk("sessions"),
        sa.Column("started_at", _time(), nullable=False),
        sa.Column("ended_at", _time(), nullable=False),
        sa.Column("pain_before", sa.SmallInteger(), nullable=True),
        sa.Column("pain_after", sa.SmallInteger(), nullable=True),
        sa.Column("safety_level", sa.String(16), nullable=False),
        sa.Column("stopped_early", sa.Boolean(), nullable=False),
        sa.Column("plan_id", sa.String(64), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_sessions"),
        sa.CheckConstraint(f"pain_before {SCORE}", name="ck_sessions_pain_before"),
        sa.CheckConstraint(f"pain_after {SCORE}", name="ck_sessions_pain_after"),
        sa.CheckConstraint(
            "safety_level IN ('self-care', 'therapist', 'doctor', 'urgent', 'emergency')",
            name="ck_sessions_safety_level",
        ),
    )
    op.create_index("ix_sessions_profile_id_started_at", "sessions", ["profile_id", "started_at"])
    op.create_table(
        "session_steps",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.Column("muscle", sa.String(100), nullable=False),
        sa.Column("side", sa.String(8), nullable=False),
        sa.Column("technique", sa.String(100), nullable=False),
        sa.Column("tool", sa.String(100), nullable=False),
        sa.Column("duration_s", sa.Integer(), nullable=False),
        sa.Column("pressure", sa.SmallInteger(), nullable=True),
        sa.Column("completed", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("session_id", "position", name="pk_session_steps"),
        sa.ForeignKeyConstraint(
            ["session_id"], ["sessions.id"], ondelete="CASCADE",
            name="fk_session_steps_session_id_sessions",
        ),
        sa.CheckConstraint("side IN ('left', 'right', 'both')", name="ck_session_steps_side"),
        sa.CheckConstraint("duration_s >= 0", name="ck_session_steps_duration_s"),
        sa.CheckConstraint(f"pressure {SCORE}", name="ck_session_steps_pressure"),
    )


def _create_checkins_and_plans() -> None:
    """Daily check-ins (one per profile and day) and saved plans."""
    op.create_table(
        "checkins",
        sa.Column("id", sa.Integer(), nullable=False),
        _profile_fk("checkins"),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("sleep_quality", sa.SmallInteger(), nullable=True),
        sa.Column("stress", sa.SmallInteger(), nullable=True),
        sa.Column("stiffness", sa.SmallInteger(), nullable=True),
        sa.Column("medications", JSONDocument, nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_checkins"),
        sa.UniqueConstraint("profile_id", "day", name="uq_checkins_profile_id_day"),
        sa.CheckConstraint(f"sleep_quality {SCORE}", name="ck_checkins_sleep_quality"),
        sa.CheckConstraint(f"stress {SCORE}", name="ck_checkins_stress"),
        sa.CheckConstraint(f"stiffness {SCORE}", name="ck_checkins_stiffness"),
    )
    op.create_table(
        "plans",
        sa.Column("id", sa.String(64), nullable=False),
        _profile_fk("plans"),
        sa.Column("created_at", _time(), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("document", JSONDocument, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_plans"),
    )
    op.create_index("ix_plans_profile_id_created_at", "plans", ["profile_id", "created_at"])
