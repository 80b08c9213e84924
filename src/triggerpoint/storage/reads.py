"""Queries that rebuild the core records from rows. Call inside a transaction.

Two ways to build records: validated (every row through pydantic, as the records' own checks
would) and **trusted** (``trusted=True``: plain column tuples built with ``model_construct``).
The trusted way relies on what the database itself enforces for every row, whoever wrote it:
scores 0-10, known sides and safety levels, known region ids (foreign key), aware UTC times
(``UTCDateTime``), durations >= 0. The one record rule the tables cannot express and the
analytics depend on, "an entry has at least one spot", is checked here. It is several times
faster on long ranges and gives equal records (tests/storage/test_journal_window.py).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from typing import Any, Literal, cast

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from triggerpoint.errors import StorageError
from triggerpoint.records import CheckIn, PainSpot, SafetyLevel, SpotSide, StepRecord
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

#: StepRecord.side: a step is done on one side or both (no midline).
_StepSide = Literal["left", "right", "both"]

__all__ = ["checkins", "pain_entries", "pain_span", "plans", "profiles", "sessions"]


def profiles(session: Session, owner_id: int) -> list[Profile]:
    """Every profile of the owner, by name."""
    rows = session.scalars(
        select(ProfileRow).where(ProfileRow.owner_id == owner_id).order_by(ProfileRow.name)
    )
    return [Profile.model_validate(row, from_attributes=True) for row in rows]


def pain_entries(
    session: Session,
    profile_id: int,
    since: datetime | None,
    until: datetime | None,
    *,
    trusted: bool = False,
) -> list[StoredPainEntry]:
    """The profile's entries with ``since <= at < until``, oldest first."""
    where = [PainEntryRow.profile_id == profile_id, *_between(PainEntryRow.at, since, until)]
    order = (PainEntryRow.at, PainEntryRow.id)
    if trusted:
        return _trusted_entries(session, where, order)
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


def pain_span(
    session: Session, profile_id: int, until: datetime | None
) -> tuple[datetime, datetime] | None:
    """The first and the latest moment of the profile's entries with ``at < until``; None if none.

    Two index look-ups on (profile_id, at), whatever the length of the journal.
    """
    where = [PainEntryRow.profile_id == profile_id, *_between(PainEntryRow.at, None, until)]
    first = session.scalar(select(func.min(PainEntryRow.at)).where(*where))
    last = session.scalar(select(func.max(PainEntryRow.at)).where(*where))
    return None if first is None or last is None else (first, last)


def sessions(
    session: Session,
    profile_id: int,
    since: datetime | None,
    until: datetime | None,
    *,
    trusted: bool = False,
    unsafe_only: bool = False,
) -> list[StoredSession]:
    """The profile's sessions that started with ``since <= started_at < until``, oldest first.

    ``unsafe_only`` keeps the sessions recorded at a safety level above self-care.
    """
    where = [SessionRow.profile_id == profile_id, *_between(SessionRow.started_at, since, until)]
    if unsafe_only:
        where.append(SessionRow.safety_level != "self-care")
    order = (SessionRow.started_at, SessionRow.id)
    if trusted:
        return _trusted_sessions(session, where, order)
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


def _trusted_entries(
    session: Session, where: list[ColumnElement[bool]], order: tuple[Any, ...]
) -> list[StoredPainEntry]:
    """Entries from column tuples, without pydantic validation (see the module docstring)."""
    entry = PainEntryRow
    rows = session.execute(
        select(entry.id, entry.at, entry.qualities, entry.note).where(*where).order_by(*order)
    ).all()
    if not rows:
        return []
    spot_rows = session.execute(
        select(PainSpotRow.entry_id, PainSpotRow.region, PainSpotRow.side, PainSpotRow.intensity)
        .join(PainEntryRow)
        .where(*where)
        .order_by(PainSpotRow.entry_id, PainSpotRow.position)
    )
    spots: defaultdict[int, list[PainSpot]] = defaultdict(list)
    make_spot = PainSpot.model_construct
    for entry_id, region, side, intensity in spot_rows:
        spots[entry_id].append(make_spot(region=region, side=cast(SpotSide, side),
                                          intensity=intensity))
    make = StoredPainEntry.model_construct
    found = []
    for entry_id, at, qualities, note in rows:
        entry_spots = spots.get(entry_id)
        if not entry_spots:
            raise StorageError(f"Pain entry {entry_id} has no pain spot: the journal was changed "
                               "outside triggerpoint. Delete that entry or restore a backup.")
        found.append(make(id=entry_id, at=at, spots=entry_spots, qualities=qualities, note=note))
    return found


def _trusted_sessions(
    session: Session, where: list[ColumnElement[bool]], order: tuple[Any, ...]
) -> list[StoredSession]:
    """Sessions from column tuples, without pydantic validation (see the module docstring)."""
    row = SessionRow
    columns = (row.id, row.started_at, row.ended_at, row.pain_before, row.pain_after,
               row.safety_level, row.stopped_early, row.plan_id, row.note)
    rows = session.execute(select(*columns).where(*where).order_by(*order)).all()
    if not rows:
        return []
    step = SessionStepRow
    step_rows = session.execute(
        select(step.session_id, step.muscle, step.side, step.technique, step.tool,
               step.duration_s, step.pressure, step.completed)
        .join(SessionRow)
        .where(*where)
        .order_by(step.session_id, step.position)
    )
    steps: defaultdict[int, list[StepRecord]] = defaultdict(list)
    make_step = StepRecord.model_construct
    for session_id, muscle, side, technique, tool, duration_s, pressure, completed in step_rows:
        steps[session_id].append(
            make_step(muscle=muscle, side=cast(_StepSide, side), technique=technique, tool=tool,
                      duration_s=duration_s, pressure=pressure, completed=completed)
        )
    make = StoredSession.model_construct
    return [
        make(id=sid, started_at=started, ended_at=ended, pain_before=before, pain_after=after,
             safety_level=cast(SafetyLevel, level), steps=steps.get(sid, []),
             stopped_early=early, plan_id=plan, note=note)
        for sid, started, ended, before, after, level, early, plan, note in rows
    ]


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


