"""The journal's tables. Rows never leave the storage package: the journal returns records.

The database enforces what the records promise (scores 0-10, known sides and safety levels,
known region ids, one check-in per profile and day), so a bug or another program writing to the
file cannot store what the app would refuse.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, get_args

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from triggerpoint.records import SafetyLevel, SpotSide, StepRecord
from triggerpoint.storage.types import JSONDocument, UTCDateTime

__all__ = [
    "Base",
    "CheckInRow",
    "OwnerRow",
    "PainEntryRow",
    "PainSpotRow",
    "PlanRow",
    "ProfileRow",
    "RegionRow",
    "SessionRow",
    "SessionStepRow",
]

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
STEP_SIDES: tuple[str, ...] = get_args(StepRecord.model_fields["side"].annotation)


def _in(column: str, values: tuple[str, ...]) -> str:
    """A CHECK expression limiting a text column to a vocabulary."""
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _score(column: str) -> str:
    """A CHECK expression for a 0-10 score (NULL allowed where the column is nullable)."""
    return f"{column} BETWEEN 0 AND 10"


class Base(DeclarativeBase):
    """Declarative base with named constraints (stable names for migrations)."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        datetime: UTCDateTime,
        dict[str, Any]: JSONDocument,
        list[str]: JSONDocument,
    }


class RegionRow(Base):
    """An atlas region id, synced from the atlas, so foreign keys refuse unknown regions."""

    __tablename__ = "regions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))


class OwnerRow(Base):
    """An account that owns profiles: 'local' on a personal machine, a clinic in clinic mode."""

    __tablename__ = "owners"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    created_at: Mapped[datetime]


class ProfileRow(Base):
    """One person whose journal this is; names are unique per owner."""

    __tablename__ = "profiles"
    __table_args__ = (UniqueConstraint("owner_id", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("owners.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime]


def _profile_fk() -> Mapped[int]:
    """The owning profile; deleting a profile deletes everything it logged."""
    return mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"))


class PainEntryRow(Base):
    """A pain-log entry; its spots are PainSpotRow."""

    __tablename__ = "pain_entries"
    __table_args__ = (Index(None, "profile_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    profile_id: Mapped[int] = _profile_fk()
    at: Mapped[datetime]
    qualities: Mapped[list[str]]
    note: Mapped[str] = mapped_column(Text)


class PainSpotRow(Base):
    """Pain in one known region, on one side, with its intensity."""

    __tablename__ = "pain_spots"
    __table_args__ = (
        CheckConstraint(_in("side", get_args(SpotSide)), name="side"),
        CheckConstraint(_score("intensity"), name="intensity"),
        Index(None, "region"),
    )

    entry_id: Mapped[int] = mapped_column(
        ForeignKey("pain_entries.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    region: Mapped[str] = mapped_column(ForeignKey("regions.id"))
    side: Mapped[str] = mapped_column(String(8))
    intensity: Mapped[int] = mapped_column(SmallInteger)


class SessionRow(Base):
    """A guided self-treatment session; its steps are SessionStepRow."""

    __tablename__ = "sessions"
    __table_args__ = (
        CheckConstraint(_score("pain_before"), name="pain_before"),
        CheckConstraint(_score("pain_after"), name="pain_after"),
        CheckConstraint(_in("safety_level", get_args(SafetyLevel)), name="safety_level"),
        Index(None, "profile_id", "started_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    profile_id: Mapped[int] = _profile_fk()
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime]
    pain_before: Mapped[int | None] = mapped_column(SmallInteger)
    pain_after: Mapped[int | None] = mapped_column(SmallInteger)
    safety_level: Mapped[str] = mapped_column(String(16))
    stopped_early: Mapped[bool] = mapped_column(Boolean)
    plan_id: Mapped[str | None] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(Text)


class SessionStepRow(Base):
    """One release step of a session, as done."""

    __tablename__ = "session_steps"
    __table_args__ = (
        CheckConstraint(_in("side", STEP_SIDES), name="side"),
        CheckConstraint("duration_s >= 0", name="duration_s"),
        CheckConstraint(_score("pressure"), name="pressure"),
    )

    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    muscle: Mapped[str] = mapped_column(String(100))
    side: Mapped[str] = mapped_column(String(8))
    technique: Mapped[str] = mapped_column(String(100))
    tool: Mapped[str] = mapped_column(String(100))
    duration_s: Mapped[int] = mapped_column(Integer)
    pressure: Mapped[int | None] = mapped_column(SmallInteger)
    completed: Mapped[bool] = mapped_column(Boolean)


class CheckInRow(Base):
    """The daily check-in: one per profile and day."""

    __tablename__ = "checkins"
    __table_args__ = (
        UniqueConstraint("profile_id", "day"),
        CheckConstraint(_score("sleep_quality"), name="sleep_quality"),
        CheckConstraint(_score("stress"), name="stress"),
        CheckConstraint(_score("stiffness"), name="stiffness"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    profile_id: Mapped[int] = _profile_fk()
    day: Mapped[date] = mapped_column(Date)
    sleep_quality: Mapped[int | None] = mapped_column(SmallInteger)
    stress: Mapped[int | None] = mapped_column(SmallInteger)
    stiffness: Mapped[int | None] = mapped_column(SmallInteger)
    medications: Mapped[list[str]]
    note: Mapped[str] = mapped_column(Text)


class PlanRow(Base):
    """A saved self-care plan: a JSON document the plan module wrote, with a title."""

    __tablename__ = "plans"
    __table_args__ = (Index(None, "profile_id", "created_at"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    profile_id: Mapped[int] = _profile_fk()
    created_at: Mapped[datetime]
    title: Mapped[str] = mapped_column(String(200))
    document: Mapped[dict[str, Any]]
