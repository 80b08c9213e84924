"""Queries that rebuild the core records from rows. Call inside a transaction."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from triggerpoint.records import CheckIn, PainSpot, StepRecord
from triggerpoint.storage.models import Profile, StoredPainEntry, StoredPlan, StoredSession
from triggerpoint.storage.tables import (
    CheckInRow,
    PainEntryRow,
    PainSpotRow,
    PlanRow,
    ProfileRow,
    SessionRow,
    SessionStepRow,
)

__all__ = ["checkins", "pain_entries", "plans", "profiles", "sessions"]


def profiles(session: Session, owner_id: int) -> list[Profile]:
    """Every profile of the owner, by name."""
    rows = session.scalars(
        select(ProfileRow).where(ProfileRow.owner_id == owner_id).order_by(ProfileRow.name)
    )
    return [Profile.model_validate(row, from_attributes=True) for row in rows]


def pain_entries(
    session: Session, profile_id: int, since: datetime | None, until: datetime | None
) -> list[StoredPainEntry]:
    """The profile's entries with ``since <= at < until``, oldest first."""
    where = [PainEntryRow.profile_id == profile_id, *_between(PainEntryRow.at, since, until)]
    order = (PainEntryRow.at, PainEntryRow.id)
    rows = session.scalars(select(PainEntryRow).where(*where).order_by(*order)).all()
    spot_rows = session.scalars(
        select(PainSpotRow)
        .join(PainEntryRow)
        .where(*where)
        .order_by(PainSpotRow.entry_id, PainSpotRow.position)
    )
    spots: defaultdict[int, list[PainSpot]] = defaultdict(list)
    for spot in spot_rows:
        spots[spot.entry_id].append(PainSpot.model_validate(spot, from_attributes=True))
    return [
        StoredPainEntry.model_validate({**_columns(row), "spots": spots[row.id]}) for row in rows
    ]


def sessions(
    session: Session, profile_id: int, since: datetime | None, until: datetime | None
) -> list[StoredSession]:
    """The profile's sessions that started with ``since <= started_at < until``, oldest first."""
    where = [SessionRow.profile_id == profile_id, *_between(SessionRow.started_at, since, until)]
    order = (SessionRow.started_at, SessionRow.id)
    rows = session.scalars(select(SessionRow).where(*where).order_by(*order)).all()
    step_rows = session.scalars(
        select(SessionStepRow)
        .join(SessionRow)
        .where(*where)
        .order_by(SessionStepRow.session_id, SessionStepRow.position)
    )
    steps: defaultdict[int, list[StepRecord]] = defaultdict(list)
    for step in step_rows:
        steps[step.session_id].append(StepRecord.model_validate(step, from_attributes=True))
    return [StoredSession.model_validate({**_columns(row), "steps": steps[row.id]}) for row in rows]


def checkins(
    session: Session, profile_id: int, since: date | None, until: date | None
) -> list[CheckIn]:
    """The profile's check-ins with ``since <= day <= until``, oldest first."""
    where = [CheckInRow.profile_id == profile_id]
    if since is not None:
        where.append(CheckInRow.day >= since)
    if until is not None:
        where.append(CheckInRow.day <= until)
    rows = session.scalars(select(CheckInRow).where(*where).order_by(CheckInRow.day))
    return [CheckIn.model_validate(row, from_attributes=True) for row in rows]


def plans(session: Session, profile_id: int, plan_id: str | None = None) -> list[StoredPlan]:
    """The profile's plans (or the one with ``plan_id``), oldest first."""
    where = [PlanRow.profile_id == profile_id]
    if plan_id is not None:
        where.append(PlanRow.id == plan_id)
    rows = session.scalars(select(PlanRow).where(*where).order_by(PlanRow.created_at, PlanRow.id))
    return [StoredPlan.model_validate(row, from_attributes=True) for row in rows]


def _between(
    column: InstrumentedAttribute[datetime], since: datetime | None, until: datetime | None
) -> list[ColumnElement[bool]]:
    """Conditions for the half-open range ``since <= column < until``."""
    conditions = []
    if since is not None:
        conditions.append(column >= since)
    if until is not None:
        conditions.append(column < until)
    return conditions


def _columns(row: Any) -> dict[str, Any]:
    """A row's column values by name, but its owner, for building the record it stores."""
    columns = row.__table__.columns
    return {c.key: getattr(row, c.key) for c in columns if c.key != "profile_id"}


