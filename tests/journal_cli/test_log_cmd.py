"""`triggerpoint log`: the quick form, the spec form, and bad input that saves nothing."""

from __future__ import annotations

from datetime import datetime

from journal_cli_helpers import Run, log_spike

from triggerpoint.reports.clock import local_zone
from triggerpoint.storage import Journal


def entries(db: str, profile: str = "me") -> list:  # type: ignore[type-arg]
    with Journal.open(db) as journal:
        if profile not in [p.name for p in journal.profiles()]:
            return []
        return journal.pain_entries(profile=profile)


def test_quick_form_reads_a_place_in_plain_words(run: Run, db: str) -> None:
    result = run("log", "right temple", "6")
    assert result.code == 0, result.err
    assert result.out.startswith("Saved ") and "temple (right) 6/10" in result.out
    [entry] = entries(db)
    assert [(s.region, s.side, s.intensity) for s in entry.spots] == [("temple", "right", 6)]
    assert entry.at.tzinfo is not None


def test_quick_form_unquoted_words_and_broad_word(run: Run, db: str) -> None:
    assert run("log", "my", "knee", "4").code == 0
    [entry] = entries(db)
    assert [(s.region, s.side) for s in entry.spots] == [("front-of-knee", "both")]


def test_quick_form_several_places_share_the_intensity(run: Run, db: str) -> None:
    assert run("log", "right temple and back of neck", "5").code == 0
    [entry] = entries(db)
    assert {(s.region, s.side, s.intensity) for s in entry.spots} == {
        ("temple", "right", 5), ("back-of-neck", "right", 5)}


def test_spec_form_with_quality_note_and_time(run: Run, db: str) -> None:
    assert run("profile", "add", "anna").code == 0
    result = run("log", "--spot", "temple:right=6", "--spot", "back-of-neck:right=4",
                 "--quality", "Aching", "--quality", "aching", "--quality", "burning",
                 "--note", "after a long drive", "--at", "2026-01-20T08:00", "--profile", "anna")
    assert result.code == 0, result.err
    [entry] = entries(db, "anna")
    assert [(s.region, s.side, s.intensity) for s in entry.spots] == [
        ("temple", "right", 6), ("back-of-neck", "right", 4)]
    assert entry.qualities == ["aching", "burning"]
    assert entry.note == "after a long drive"
    expected = datetime(2026, 1, 20, 8, 0, tzinfo=local_zone())
    assert entry.at == expected  # a naive --at is local time


def test_spec_form_midline_and_offset(run: Run, db: str) -> None:
    assert run("log", "--spot", "low-back=5", "--at", "2026-01-20T08:00+05:00").code == 0
    [entry] = entries(db)
    assert entry.spots[0].side == "both"
    assert entry.at.utcoffset().total_seconds() == 0  # stored as UTC
    assert entry.at.hour == 3


def test_json_output(run: Run) -> None:
    result = run("log", "left heel", "3", "--json")
    assert result.code == 0
    data = result.json()
    assert data["id"] >= 1 and data["entry"]["spots"][0]["region"] == "heel"
    assert data["warnings"] == []


def test_bad_input_is_one_line_exit_2_and_saves_nothing(run: Run, db: str) -> None:
    cases = [
        ("log", "right temple", "11"),
        ("log", "right temple", "6.5"),
        ("log", "--spot", "tempel:right=6"),
        ("log", "--spot", "temple:right"),
        ("log", "--spot", "temple:right=6", "--spot", "temple:sideways=3"),
        ("log", "xyzzy", "5"),
        ("log", "7"),
        ("log",),
        ("log", "right temple", "6", "--spot", "temple:right=6"),
        ("log", "right temple", "6", "--at", "2999-01-01T08:00"),
        ("log", "right temple", "6", "--at", "yesterday morning"),
    ]
    for args in cases:
        result = run(*args)
        assert result.code == 2, (args, result.out, result.err)
        assert result.err.startswith("Error: ") and result.err.count("\n") == 1, result.err
        assert "Traceback" not in result.err + result.out
    assert entries(db) == []


def test_unknown_region_suggests_names(run: Run) -> None:
    result = run("log", "--spot", "tempel:right=6")
    assert "temple" in result.err and "Did you mean" in result.err


def test_warnings_are_printed_after_saving(run: Run) -> None:
    log_spike(run)
    result = run("log", "--spot", "temple:right=8")
    assert result.code == 0
    assert "Please read: warnings" in result.out and "Pain spiked" in result.out
