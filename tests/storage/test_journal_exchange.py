"""Export and import: lossless, versioned, validated first, written all or nothing."""

from __future__ import annotations

import json
from datetime import UTC, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from journal_samples import BASE, NewDatabase, checkin, pain, rich_pain, session

from triggerpoint.errors import InputError, UnknownRegion
from triggerpoint.records import PainEntry, PainSpot
from triggerpoint.storage import FORMAT, VERSION, Journal, export_journal, import_journal, writes


def fill(journal: Journal) -> None:
    """A journal using every kind of record, for two people."""
    plan_id = journal.save_plan(profile="anna", title="Neck", document={"steps": ["a", "b"]})
    journal.add_pain_entries(profile="anna", entries=[rich_pain(m) for m in range(3)])
    journal.add_session(profile="anna", record=session(plan_id=plan_id))
    journal.add_checkin(profile="anna", checkin=checkin(1))
    journal.add_checkin(profile="anna", checkin=checkin(2))
    journal.add_pain_entry(profile="ben", entry=pain(7, region="forehead"))
    journal.add_profile("carl")


def test_export_import_export_is_identical(journal: Journal, new_database: NewDatabase) -> None:
    fill(journal)
    exported = json.loads(json.dumps(export_journal(journal)))
    with Journal.open(new_database()) as copy:
        summary = import_journal(copy, exported)
        again = export_journal(copy)
    assert again == exported
    assert (summary.profiles, summary.pain_entries, summary.sessions) == (4, 4, 1)
    assert exported["format"] == FORMAT and exported["version"] == VERSION


def test_export_holds_every_profile_and_record(journal: Journal) -> None:
    fill(journal)
    exported = export_journal(journal)
    anna, ben, carl, _me = exported["profiles"]
    assert [p["name"] for p in exported["profiles"]] == ["anna", "ben", "carl", "me"]
    assert (len(anna["pain_entries"]), len(anna["sessions"]), len(anna["checkins"])) == (3, 1, 2)
    assert anna["sessions"][0]["plan_id"] == anna["plans"][0]["id"]
    assert anna["pain_entries"][0] == json.loads(rich_pain(0).model_dump_json()) | {
        "at": (BASE + timedelta(microseconds=123456)).isoformat().replace("+00:00", "Z")
    }
    assert carl["pain_entries"] == [] and len(ben["pain_entries"]) == 1


@pytest.mark.parametrize("version", [2, 0, "1", None])
def test_import_refuses_other_versions_clearly(journal: Journal, version: object) -> None:
    with pytest.raises(InputError, match=f"version {version!r}; this triggerpoint reads version 1"):
        import_journal(journal, {"format": FORMAT, "version": version, "profiles": []})


def test_import_of_a_newer_version_says_to_update(journal: Journal) -> None:
    with pytest.raises(InputError, match="Update triggerpoint"):
        import_journal(journal, {"format": FORMAT, "version": 2, "profiles": []})


def test_import_refuses_what_is_not_a_journal_export(journal: Journal) -> None:
    with pytest.raises(InputError, match="not a triggerpoint journal export"):
        import_journal(journal, {"version": 1, "profiles": []})


def test_import_validates_the_whole_document_first(journal: Journal) -> None:
    document = _document(pain(0).model_dump(mode="json"), pain(1).model_dump(mode="json"))
    document["profiles"][0]["pain_entries"][1]["spots"][0]["intensity"] = 11
    with pytest.raises(InputError) as caught:
        import_journal(journal, document)
    assert "profiles.0.pain_entries.1.spots.0.intensity" in str(caught.value)
    assert [p.name for p in journal.profiles()] == ["anna", "ben", "me"]


def test_import_refuses_unknown_regions_with_suggestions(journal: Journal) -> None:
    document = _document(pain(0, region="neck-bakc").model_dump(mode="json"))
    with pytest.raises(UnknownRegion, match="back-of-neck"):
        import_journal(journal, document)
    assert [p.name for p in journal.profiles()] == ["anna", "ben", "me"]


def test_import_refuses_duplicate_checkin_days(journal: Journal) -> None:
    document = _document()
    document["profiles"][0]["checkins"] = [checkin(1).model_dump(mode="json")] * 2
    with pytest.raises(InputError, match="check-in day may appear once"):
        import_journal(journal, document)


def test_import_refuses_to_mix_into_an_existing_profile(journal: Journal) -> None:
    journal.add_pain_entry(profile="anna", entry=pain())
    with pytest.raises(InputError, match="already has the profile"):
        import_journal(journal, _document(pain(5).model_dump(mode="json")))
    assert len(journal.pain_entries(profile="anna")) == 1


def test_import_is_one_transaction(
    journal: Journal, new_database: NewDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(journal)
    document = export_journal(journal)

    def crash(*args: object) -> None:
        raise RuntimeError("disk pulled out")

    monkeypatch.setattr(writes, "insert_plans", crash)
    with Journal.open(new_database()) as target:
        target.add_profile("zed")
        target.add_pain_entry(profile="zed", entry=pain())
        with pytest.raises(RuntimeError, match="disk pulled out"):
            import_journal(target, {**document, "profiles": document["profiles"][::-1]})
        assert [p.name for p in target.profiles()] == ["me", "zed"]
        assert len(target.pain_entries(profile="zed")) == 1


spots = st.builds(
    PainSpot,
    region=st.sampled_from(["temple", "forehead", "back-of-neck"]),
    side=st.sampled_from(["left", "right", "both", "midline"]),
    intensity=st.integers(0, 10),
)
entries = st.builds(
    PainEntry,
    at=st.datetimes(timezones=st.timezones()).filter(lambda d: d.utcoffset() is not None),
    spots=st.lists(spots, min_size=1, max_size=4),
    qualities=st.lists(st.text(max_size=12).filter(lambda s: "\x00" not in s), max_size=3),
    note=st.text(max_size=50).map(lambda s: s.replace("\x00", "")),
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(entry_list=st.lists(entries, min_size=1, max_size=5))
def test_any_entries_survive_export_and_import(
    journal: Journal, entry_list: list[PainEntry]
) -> None:
    for profile in journal.profiles():
        journal.delete_profile(profile)
    journal.add_profile("p")
    journal.add_pain_entries(profile="p", entries=entry_list)
    exported = export_journal(journal)
    journal.delete_profile("p")
    import_journal(journal, json.loads(json.dumps(exported)))
    stored = journal.pain_entries(profile="p")
    # Compare in UTC: Python never calls a time in a DST gap equal to one in another zone.
    wanted = [(e.at.astimezone(UTC), e.spots, e.qualities, e.note) for e in entry_list]
    wanted.sort(key=lambda fields: fields[0])  # stable: equal times keep the order given
    assert wanted == [(e.at, e.spots, e.qualities, e.note) for e in stored]


def _document(*entries: dict[str, Any]) -> dict[str, Any]:
    """A version-1 export with one profile 'anna' holding ``entries``."""
    profile = {"name": "anna", "created_at": "2026-03-01T08:00:00Z", "pain_entries": list(entries)}
    return {"format": FORMAT, "version": VERSION, "profiles": [profile]}


def test_import_refuses_nul_characters_like_postgresql_would(journal: Journal) -> None:
    entry = pain().model_dump(mode="json") | {"note": "bad\0"}
    with pytest.raises(InputError, match="NUL"):
        import_journal(journal, _document(entry))
    assert [p.name for p in journal.profiles()] == ["anna", "ben", "me"]
