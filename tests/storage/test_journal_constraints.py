"""What the journal refuses, and that a refused write leaves nothing behind."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from journal_samples import BASE, checkin, pain, session
from pydantic import ValidationError
from sqlalchemy import exc, text

from triggerpoint.errors import InputError, StorageError, UnknownRegion
from triggerpoint.records import CheckIn, PainEntry, PainSpot, SessionRecord, StepRecord
from triggerpoint.storage import Journal, UnknownProfile


def bad_spot(**changes: object) -> PainSpot:
    """A spot that skipped validation: what a buggy caller could hand over."""
    values: dict[str, Any] = {"region": "temple", "side": "left", "intensity": 5, **changes}
    return PainSpot.model_construct(**values)


def test_pain_eleven_is_refused_by_the_record() -> None:
    with pytest.raises(ValidationError, match="less than or equal to 10"):
        PainSpot(region="temple", side="left", intensity=11)


def test_pain_eleven_is_refused_by_the_database_too(journal: Journal) -> None:
    entry = PainEntry.model_construct(at=BASE, spots=[bad_spot(intensity=11)], qualities=[],
                                      note="")
    with pytest.raises(StorageError, match="refused"):
        journal.add_pain_entry(profile="anna", entry=entry)
    assert [p.name for p in journal.profiles()] == ["anna", "ben", "me"]


def test_unknown_region_is_refused_with_suggestions_before_anything_is_written(
    journal: Journal,
) -> None:
    entries = [pain(0), pain(1, region="neck-bakc")]
    with pytest.raises(UnknownRegion) as caught:
        journal.add_pain_entries(profile="anna", entries=entries)
    assert "back-of-neck" in caught.value.suggestions
    assert "Did you mean" in str(caught.value)
    assert [p.name for p in journal.profiles()] == ["anna", "ben", "me"]


def test_a_region_name_instead_of_its_id_suggests_the_id(journal: Journal) -> None:
    name = journal.atlas.regions["back-of-neck"].name
    with pytest.raises(UnknownRegion) as caught:
        journal.add_pain_entry(profile="anna", entry=pain(region=name))
    assert caught.value.suggestions == ["back-of-neck"]


def test_failed_write_leaves_nothing_half_saved(journal: Journal) -> None:
    journal.add_pain_entry(profile="anna", entry=pain(0))
    good = pain(1)
    broken = PainEntry.model_construct(
        at=BASE, spots=[PainSpot(region="temple", side="left", intensity=3),
                        bad_spot(side="upside-down")], qualities=[], note="",
    )
    with pytest.raises(StorageError, match="Nothing was saved"):
        journal.add_pain_entries(profile="anna", entries=[good, broken])
    with pytest.raises(UnknownProfile):
        journal.add_pain_entry(profile="new-person", entry=broken)
    assert len(journal.pain_entries(profile="anna")) == 1
    assert [p.name for p in journal.profiles()] == ["anna", "ben", "me"]
    assert _count(journal, "pain_spots") == 1


def test_failed_session_leaves_no_session_and_no_steps(journal: Journal) -> None:
    step = StepRecord.model_construct(muscle="m", side="left", technique="t", tool="x",
                                      duration_s=-5, pressure=None, completed=True)
    record = session().model_copy(update={"steps": [session().steps[0], step]})
    with pytest.raises(StorageError):
        journal.add_session(profile="anna", record=record)
    assert (_count(journal, "sessions"), _count(journal, "session_steps")) == (0, 0)


def test_failed_checkin_keeps_the_earlier_one_of_that_day(journal: Journal) -> None:
    journal.add_checkin(profile="anna", checkin=checkin(1))
    values = {**checkin(1).model_dump(), "stress": 42}
    with pytest.raises(StorageError):
        journal.add_checkin(profile="anna", checkin=CheckIn.model_construct(**values))
    assert journal.checkins(profile="anna") == [checkin(1)]


def test_bad_safety_level_is_refused_by_the_database(journal: Journal) -> None:
    values = {**session().model_dump(), "safety_level": "whatever", "steps": []}
    with pytest.raises(StorageError):
        journal.add_session(profile="anna", record=SessionRecord.model_construct(**values))
    assert _count(journal, "sessions") == 0


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO pain_spots VALUES (:entry, 0, 'nowhere', 'left', 3)",
        "INSERT INTO pain_spots VALUES (:entry, 0, 'temple', 'up', 3)",
        "INSERT INTO pain_spots VALUES (:entry, 0, 'temple', 'left', -1)",
        "INSERT INTO pain_spots VALUES (:entry + 1000, 0, 'temple', 'left', 3)",
        "UPDATE checkins SET sleep_quality = 11",
        "INSERT INTO checkins (profile_id, day, medications, note) "
        "SELECT profile_id, day, medications, note FROM checkins",
    ],
    ids=["unknown-region", "bad-side", "negative-pain", "no-such-entry", "score-11",
         "second-checkin-same-day"],
)
def test_database_constraints_hold_against_other_writers(journal: Journal, statement: str) -> None:
    entry_id = journal.add_pain_entry(profile="anna", entry=pain())
    journal.add_checkin(profile="anna", checkin=checkin())
    with pytest.raises(exc.IntegrityError), journal.engine.begin() as connection:
        connection.execute(text("DELETE FROM pain_spots"))
        connection.execute(text(statement), {"entry": entry_id})


def _count(journal: Journal, table: str) -> int:
    with journal.engine.connect() as connection:
        return int(connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one())


@pytest.mark.parametrize(
    "write",
    [
        lambda j: j.add_pain_entry(profile="anna", entry=pain().model_copy(update={"note": "a\0"})),
        lambda j: j.add_checkin(profile="anna", checkin=checkin().model_copy(
            update={"medications": ["x\0"]})),
        lambda j: j.save_plan(profile="anna", title="t", document={"k": ["\0"]}),
        lambda j: j.add_profile("an\0na"),
    ],
    ids=["note", "medication", "plan", "profile"],
)
def test_nul_characters_are_refused_on_both_databases(
    journal: Journal, write: Callable[[Journal], object]
) -> None:
    with pytest.raises(InputError, match="NUL|profile name"):
        write(journal)
    assert [p.name for p in journal.profiles()] == ["anna", "ben", "me"]
