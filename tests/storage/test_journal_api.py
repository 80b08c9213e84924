"""The repository API on both databases: records in, the same records out."""

from __future__ import annotations

from datetime import UTC, date, timedelta

import pytest
from journal_samples import BASE, checkin, pain, rich_pain, session

from triggerpoint.errors import InputError, StorageError
from triggerpoint.records import PainEntry
from triggerpoint.storage import Journal, StoredPainEntry, UnknownProfile


def test_a_new_journal_starts_with_the_default_profile(database_url: str) -> None:
    with Journal.open(database_url) as journal:
        assert [p.name for p in journal.profiles()] == ["me"]
    with Journal.open(database_url) as journal:  # opening again adds nothing
        assert [p.name for p in journal.profiles()] == ["me"]


def test_profiles_are_added_on_purpose_and_listed_by_name(journal: Journal) -> None:
    zoe = journal.add_profile(" zoe ")
    assert journal.profile("zoe") == zoe
    assert [p.name for p in journal.profiles()] == ["anna", "ben", "me", "zoe"]
    assert zoe.created_at.tzinfo is not None
    with pytest.raises(InputError, match="already a profile called 'zoe'"):
        journal.add_profile("zoe")


def test_a_write_never_creates_a_profile(journal: Journal) -> None:
    with pytest.raises(UnknownProfile, match="Did you mean: anna") as caught:
        journal.add_pain_entry(profile="annna", entry=pain(0))
    assert caught.value.suggestions == ["anna"]
    with pytest.raises(UnknownProfile):
        journal.add_checkin(profile="zed", checkin=checkin(1))
    assert [p.name for p in journal.profiles()] == ["anna", "ben", "me"]
    assert journal.pain_entries(profile="anna") == []


def test_profile_names_are_unique_per_owner_not_per_database(database_url: str) -> None:
    with Journal.open(database_url, owner="clinic-a") as a, \
            Journal.open(database_url, owner="clinic-b") as b:
        a.add_profile("sam")
        b.add_profile("sam")
        a.add_pain_entry(profile="sam", entry=pain(0))
        assert [p.name for p in a.profiles()] == ["me", "sam"]
        assert b.pain_entries(profile="sam") == []
    with Journal.open(database_url) as local:
        assert [p.name for p in local.profiles()] == ["me"]
        with pytest.raises(UnknownProfile):
            local.pain_entries(profile="sam")


def test_pain_entry_round_trips_as_the_same_moment_in_utc(journal: Journal) -> None:
    entry = rich_pain()
    entry_id = journal.add_pain_entry(profile="anna", entry=entry)
    [stored] = journal.pain_entries(profile="anna")
    assert stored.id == entry_id
    assert stored.at == entry.at
    assert stored.at.utcoffset() == timedelta(0)
    assert stored.model_dump(exclude={"id", "at"}) == entry.model_dump(exclude={"at"})
    assert isinstance(stored, PainEntry)


def test_pain_entries_filter_by_half_open_time_range(journal: Journal) -> None:
    ids = journal.add_pain_entries(profile="anna", entries=[pain(m) for m in (0, 60, 120)])
    found = journal.pain_entries(
        profile="anna", since=BASE + timedelta(minutes=60), until=BASE + timedelta(minutes=120)
    )
    assert [e.id for e in found] == [ids[1]]


def test_naive_range_bound_is_refused(journal: Journal) -> None:
    journal.profile("anna")
    with pytest.raises(InputError, match="time zone"):
        journal.pain_entries(profile="anna", since=BASE.replace(tzinfo=None))


def test_two_profiles_are_kept_apart(journal: Journal) -> None:
    anna_id = journal.add_pain_entry(profile="anna", entry=pain(0))
    journal.add_pain_entry(profile="ben", entry=pain(5, region="forehead"))
    journal.add_checkin(profile="ben", checkin=checkin(1))
    journal.save_plan(profile="ben", title="Ben's plan", document={})
    assert [e.id for e in journal.pain_entries(profile="anna")] == [anna_id]
    assert journal.checkins(profile="anna") == []
    assert journal.plans(profile="anna") == []
    with pytest.raises(InputError):
        journal.delete_pain_entry(profile="ben", entry_id=anna_id)
    assert len(journal.pain_entries(profile="anna")) == 1


def test_session_round_trips_with_its_steps_in_order(journal: Journal) -> None:
    plan_id = journal.save_plan(profile="anna", title="Neck", document={"steps": [1, 2]})
    record = session(plan_id=plan_id)
    session_id = journal.add_session(profile="anna", record=record)
    [stored] = journal.sessions(profile="anna")
    assert stored.id == session_id
    assert stored.model_dump(exclude={"id"}) == record.model_dump()
    journal.delete_session(profile="anna", session_id=session_id)
    assert journal.sessions(profile="anna") == []


def test_checkin_of_the_same_day_replaces_the_first(journal: Journal) -> None:
    journal.add_checkin(profile="anna", checkin=checkin(1, stress=2))
    journal.add_checkin(profile="anna", checkin=checkin(2))
    journal.add_checkin(profile="anna", checkin=checkin(1, stress=9))
    stored = journal.checkins(profile="anna")
    assert [(c.day.day, c.stress) for c in stored] == [(1, 9), (2, 4)]
    assert journal.checkins(profile="anna", since=date(2026, 3, 2)) == [checkin(2)]
    journal.delete_checkin(profile="anna", day=date(2026, 3, 1))
    assert journal.checkins(profile="anna") == [checkin(2)]


def test_plan_document_round_trips(journal: Journal) -> None:
    document = {"muscles": ["upper-trapezius"], "minutes": 10, "nested": {"ok": True, "x": 1.5}}
    plan_id = journal.save_plan(profile="anna", title="Neck routine", document=document)
    plan = journal.plan(profile="anna", plan_id=plan_id)
    assert (plan.title, plan.document) == ("Neck routine", document)
    assert [p.id for p in journal.plans(profile="anna")] == [plan_id]
    journal.delete_plan(profile="anna", plan_id=plan_id)
    with pytest.raises(InputError, match="no plan"):
        journal.plan(profile="anna", plan_id=plan_id)


@pytest.mark.parametrize("document", [{"when": BASE}, {1: "int key"}, {"x": float("nan")}])
def test_plan_document_must_be_plain_json(journal: Journal, document: dict[object, object]) -> None:
    with pytest.raises(InputError, match="JSON"):
        journal.save_plan(profile="anna", title="t", document=document)  # type: ignore[arg-type]
    assert journal.plans(profile="anna") == []


def test_deleting_a_profile_deletes_everything_it_logged(journal: Journal) -> None:
    journal.add_pain_entry(profile="anna", entry=rich_pain())
    journal.add_session(profile="anna", record=session())
    journal.add_checkin(profile="anna", checkin=checkin())
    journal.save_plan(profile="anna", title="p", document={})
    journal.add_pain_entry(profile="ben", entry=pain())
    journal.delete_profile("anna")
    assert [p.name for p in journal.profiles()] == ["ben", "me"]
    with journal.engine.connect() as connection:
        spots = connection.exec_driver_sql("SELECT count(*) FROM pain_spots").scalar()
        steps = connection.exec_driver_sql("SELECT count(*) FROM session_steps").scalar()
    assert (spots, steps) == (1, 0)


def test_unknown_profile_is_reported_with_suggestions(journal: Journal) -> None:
    journal.add_profile("annabel")
    with pytest.raises(UnknownProfile) as caught:
        journal.pain_entries(profile="anabel")
    assert caught.value.suggestions[0] == "annabel"


def test_profile_objects_and_names_are_interchangeable(journal: Journal) -> None:
    anna = journal.profile("anna")
    journal.add_pain_entry(profile=anna, entry=pain())
    assert journal.pain_entries(profile="anna") == journal.pain_entries(profile=anna)


def test_stored_entries_are_pain_entries_with_an_id(journal: Journal) -> None:
    journal.add_pain_entry(profile="anna", entry=pain())
    [stored] = journal.pain_entries(profile="anna")
    assert isinstance(stored, StoredPainEntry)
    assert stored.at.tzinfo is UTC


@pytest.mark.parametrize("name", ["", "   ", "x" * 101])
def test_bad_profile_names_are_refused(journal: Journal, name: str) -> None:
    with pytest.raises(InputError, match="profile name"):
        journal.profile(name)


def test_a_closed_journal_says_so(database_url: str) -> None:
    journal = Journal.open(database_url)
    journal.close()
    with pytest.raises(StorageError, match="closed"):
        journal.profiles()
