"""The journal: the one object the rest of the app uses to keep and read a person's records.

It takes and returns the core records (``triggerpoint.records``), never table rows. Every write is
one transaction: it is saved whole or not at all. Input is checked before the transaction starts,
so an unknown region id raises UnknownRegion (with suggestions) and nothing is written.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from types import TracebackType
from typing import Any, Self

from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from triggerpoint.atlas import Atlas
from triggerpoint.errors import InputError, StorageError
from triggerpoint.records import CheckIn, PainEntry, SessionRecord
from triggerpoint.settings import Settings, load_settings
from triggerpoint.storage import reads, validate, writes
from triggerpoint.storage.engine import display_url, make_engine, parse_url, read_only, writer
from triggerpoint.storage.failures import UnknownProfile, storage_errors
from triggerpoint.storage.migrate import LOCAL_OWNER, ensure_owner, upgrade
from triggerpoint.storage.models import (
    Profile,
    ProfileRef,
    StoredPainEntry,
    StoredPlan,
    StoredSession,
)
from triggerpoint.storage.tables import CheckInRow, PainEntryRow, PlanRow, ProfileRow, SessionRow

__all__ = ["Journal"]


class Journal:
    """A pain journal in one database, for one or several profiles. Get one with ``open()``."""

    def __init__(self, engine: Engine, atlas: Atlas, owner_id: int) -> None:
        self._engine = engine
        self._owner_id = owner_id
        self._writer = writer(engine)
        self._atlas = atlas
        self._closed = False

    @classmethod
    def open(
        cls,
        url: str | None = None,
        *,
        settings: Settings | None = None,
        atlas: Atlas | None = None,
        owner: str = LOCAL_OWNER,
    ) -> Journal:
        """Open (creating and migrating as needed) the journal at ``url``, or the configured one.

        ``owner`` is the account whose profiles this journal object sees: ``local`` on a
        personal machine. A new owner starts with the default profile ('me').
        """
        if url is not None:
            parse_url(url)  # a bad URL given here is the caller's, not a setting's
        settings = settings or load_settings(url)
        atlas = atlas or Atlas.load()
        timeout = settings.sqlite_busy_timeout_s
        engine = make_engine(url or settings.database_url, busy_timeout_s=timeout)
        try:
            with storage_errors(f"open the journal at {display_url(engine.url)}"):
                upgrade(engine, atlas)
                owner_id = ensure_owner(engine, validate.profile_name(owner), writes.now())
        except BaseException:
            engine.dispose()
            raise
        return cls(engine, atlas, owner_id)

    @property
    def url(self) -> str:
        """Where the journal is, without any password."""
        return display_url(self._engine.url)

    @property
    def writable(self) -> bool:
        """Whether this user can write the journal (reads work either way)."""
        return read_only(self._engine) is None

    def require_writable(self, action: str) -> None:
        """ReadOnlyJournal ('Cannot <action>: ...') now, before work that ends in a write."""
        if (blocked := read_only(self._engine)) is not None:
            raise blocked.error(action)

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine (for the storage package: backups, tests)."""
        return self._engine

    @property
    def atlas(self) -> Atlas:
        """The atlas region ids are checked against."""
        return self._atlas

    def close(self) -> None:
        """Close every database connection; the journal cannot be used afterwards."""
        self._closed = True
        self._engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Journal({self.url!r})"

    @contextmanager
    def transaction(self, action: str, *, write: bool = False) -> Iterator[Session]:
        """A session in one transaction; database errors become StorageError naming ``action``."""
        if self._closed:
            raise StorageError(f"Could not {action}: the journal was closed; open it again.")
        if write and (blocked := read_only(self._engine)) is not None:
            raise blocked.error(action)
        engine = self._writer if write else self._engine
        with (
            storage_errors(action),
            Session(engine, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session

    # Profiles

    def profile(self, name: str) -> Profile:
        """The owner's profile with this name; UnknownProfile (with the nearest names) if none."""
        with self.transaction("read the profile") as session:
            row = session.get_one(ProfileRow, self._profile_id(session, name))
            return Profile.model_validate(row, from_attributes=True)

    def add_profile(self, name: str) -> Profile:
        """Add a profile for this owner; InputError if the owner already has that name."""
        name = validate.profile_name(name)
        with self.transaction(f"add the profile '{name}'", write=True) as session:
            taken = session.scalar(select(ProfileRow.id).where(
                ProfileRow.owner_id == self._owner_id, ProfileRow.name == name))
            if taken is not None:
                raise InputError(f"There is already a profile called '{name}'; choose another "
                                 "name (see: triggerpoint profile list).")
            profile_id = writes.ensure_profile(session, self._owner_id, name)
            row = session.get_one(ProfileRow, profile_id)
            return Profile.model_validate(row, from_attributes=True)

    def profiles(self) -> list[Profile]:
        """Every profile of this owner, by name."""
        with self.transaction("list the profiles") as session:
            return reads.profiles(session, self._owner_id)

    @property
    def owner_id(self) -> int:
        """The id of the owner this journal object works for."""
        return self._owner_id

    def delete_profile(self, profile: ProfileRef) -> None:
        """Delete a profile and everything it logged (the right to be forgotten)."""
        with self.transaction("delete the profile", write=True) as session:
            profile_id = self._profile_id(session, profile)
            session.execute(delete(ProfileRow).where(ProfileRow.id == profile_id))

    # Pain log

    def add_pain_entry(self, *, profile: ProfileRef, entry: PainEntry) -> int:
        """Save one pain entry; its id."""
        return self.add_pain_entries(profile=profile, entries=[entry])[0]

    def add_pain_entries(self, *, profile: ProfileRef, entries: Sequence[PainEntry]) -> list[int]:
        """Save several pain entries in one transaction; their ids, in order."""
        validate.check_regions(self._atlas, entries)
        validate.check_text(list(entries))
        with self.transaction("save the pain entries", write=True) as session:
            profile_id = self._profile_id(session, profile)
            return writes.insert_pain_entries(session, profile_id, entries)

    def pain_entries(
        self,
        *,
        profile: ProfileRef,
        since: datetime | None = None,
        until: datetime | None = None,
        trusted: bool = False,
    ) -> list[StoredPainEntry]:
        """The profile's pain entries with ``since <= at < until``, oldest first.

        ``trusted=True`` builds equal records without validating each row again (what the
        database's constraints guarantee is not checked twice; see storage.reads): for the
        figures and warnings over long ranges.
        """
        since, until = _time_range(since, until)
        with self.transaction("read the pain entries") as session:
            return reads.pain_entries(session, self._profile_id(session, profile), since, until,
                                      trusted=trusted)

    def pain_span(
        self, *, profile: ProfileRef, until: datetime | None = None
    ) -> tuple[datetime, datetime] | None:
        """The first and the latest moment of the profile's entries before ``until``; None if none.

        Costs two index look-ups however long the journal is.
        """
        _, until = _time_range(None, until)
        with self.transaction("read the pain entries") as session:
            return reads.pain_span(session, self._profile_id(session, profile), until)

    def delete_pain_entry(self, *, profile: ProfileRef, entry_id: int) -> None:
        """Delete one of the profile's pain entries; InputError if it has no such entry."""
        with self.transaction("delete the pain entry", write=True) as session:
            owner = PainEntryRow.profile_id == self._profile_id(session, profile)
            statement = delete(PainEntryRow).where(owner, PainEntryRow.id == entry_id)
            _require(session.scalar(statement.returning(PainEntryRow.id)), f"pain entry {entry_id}")

    # Guided sessions

    def add_session(self, *, profile: ProfileRef, record: SessionRecord) -> int:
        """Save a guided session with its steps; its id."""
        validate.check_text(record)
        with self.transaction("save the session", write=True) as session:
            profile_id = self._profile_id(session, profile)
            return writes.insert_sessions(session, profile_id, [record])[0]

    def sessions(
        self,
        *,
        profile: ProfileRef,
        since: datetime | None = None,
        until: datetime | None = None,
        trusted: bool = False,
        unsafe_only: bool = False,
    ) -> list[StoredSession]:
        """The profile's sessions that started with ``since <= started_at < until``.

        ``unsafe_only`` keeps those recorded at a safety level above self-care; ``trusted`` as
        for ``pain_entries``.
        """
        since, until = _time_range(since, until)
        with self.transaction("read the sessions") as session:
            return reads.sessions(session, self._profile_id(session, profile), since, until,
                                  trusted=trusted, unsafe_only=unsafe_only)

    def delete_session(self, *, profile: ProfileRef, session_id: int) -> None:
        """Delete one of the profile's sessions; InputError if it has no such session."""
        with self.transaction("delete the session", write=True) as session:
            owner = SessionRow.profile_id == self._profile_id(session, profile)
            statement = delete(SessionRow).where(owner, SessionRow.id == session_id)
            _require(session.scalar(statement.returning(SessionRow.id)), f"session {session_id}")

    # Daily check-ins

    def add_checkin(self, *, profile: ProfileRef, checkin: CheckIn) -> None:
        """Save the day's check-in, replacing an earlier one of the same day."""
        validate.check_text(checkin)
        with self.transaction("save the check-in", write=True) as session:
            profile_id = self._profile_id(session, profile)
            writes.upsert_checkins(session, profile_id, [checkin])

    def merge_checkin(
        self, *, profile: ProfileRef, day: date, merge: Callable[[CheckIn | None], CheckIn]
    ) -> tuple[CheckIn, CheckIn | None]:
        """Read the day's check-in, merge the new one into it and save, in one transaction.

        Two front ends checking in at once cannot lose each other's scores: the read and the
        write hold the journal's write lock together. Returns (saved, earlier or None).
        """
        with self.transaction("save the check-in", write=True) as session:
            profile_id = self._profile_id(session, profile)
            found = reads.checkins(session, profile_id, day, day)
            earlier = found[-1] if found else None
            merged = merge(earlier)
            validate.check_text(merged)
            writes.upsert_checkins(session, profile_id, [merged])
            return merged, earlier

    def checkins(
        self, *, profile: ProfileRef, since: date | None = None, until: date | None = None
    ) -> list[CheckIn]:
        """The profile's check-ins with ``since <= day <= until`` (both included), oldest first."""
        with self.transaction("read the check-ins") as session:
            return reads.checkins(session, self._profile_id(session, profile), since, until)

    def delete_checkin(self, *, profile: ProfileRef, day: date) -> None:
        """Delete the profile's check-in of ``day``; InputError if there is none."""
        with self.transaction("delete the check-in", write=True) as session:
            owner = CheckInRow.profile_id == self._profile_id(session, profile)
            statement = delete(CheckInRow).where(owner, CheckInRow.day == day)
            _require(session.scalar(statement.returning(CheckInRow.id)), f"check-in on {day}")

    # Plans

    def save_plan(self, *, profile: ProfileRef, title: str, document: dict[str, Any]) -> str:
        """Save a plan document (JSON data); the id sessions can refer to."""
        plan = StoredPlan(
            id=writes.new_plan_id(),
            title=validate.plan_title(title),
            created_at=writes.now(),
            document=validate.json_document(document),
        )
        with self.transaction("save the plan", write=True) as session:
            writes.insert_plans(session, self._profile_id(session, profile), [plan])
        return plan.id

    def plans(self, *, profile: ProfileRef) -> list[StoredPlan]:
        """The profile's saved plans, oldest first."""
        with self.transaction("read the plans") as session:
            return reads.plans(session, self._profile_id(session, profile))

    def plan(self, *, profile: ProfileRef, plan_id: str) -> StoredPlan:
        """One of the profile's plans; InputError if it has no such plan."""
        with self.transaction("read the plan") as session:
            found = reads.plans(session, self._profile_id(session, profile), plan_id)
        _require(found or None, f"plan {plan_id}")
        return found[0]

    def delete_plan(self, *, profile: ProfileRef, plan_id: str) -> None:
        """Delete one of the profile's plans; InputError if it has no such plan."""
        with self.transaction("delete the plan", write=True) as session:
            owner = PlanRow.profile_id == self._profile_id(session, profile)
            statement = delete(PlanRow).where(owner, PlanRow.id == plan_id)
            _require(session.scalar(statement.returning(PlanRow.id)), f"plan {plan_id}")

    def _profile_id(self, session: Session, profile: ProfileRef) -> int:
        """The id of the owner's named profile; UnknownProfile with the nearest names if none.

        No write ever creates a profile: a typo must not start a new person's journal.
        """
        name = validate.profile_name(profile if isinstance(profile, str) else profile.name)
        mine = ProfileRow.owner_id == self._owner_id
        found = session.scalar(select(ProfileRow.id).where(mine, ProfileRow.name == name))
        if found is None:
            names = list(session.scalars(select(ProfileRow.name).where(mine)))
            raise UnknownProfile(name, difflib.get_close_matches(name, names, n=5, cutoff=0.5))
        return found


def _time_range(
    since: datetime | None, until: datetime | None
) -> tuple[datetime | None, datetime | None]:
    """The bounds, checked to be aware times."""
    return validate.aware_or_none(since, "since"), validate.aware_or_none(until, "until")


def _require(found: object, what: str) -> None:
    """InputError when a delete or lookup matched nothing."""
    if found is None:
        raise InputError(f"There is no {what} in this profile's journal.")
