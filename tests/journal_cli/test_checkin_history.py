"""`triggerpoint checkin` and `triggerpoint history`."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from journal_cli_helpers import Run, days_ago

from triggerpoint.records import CheckIn
from triggerpoint.storage import Journal


def checkins(db: str) -> list[CheckIn]:
    with Journal.open(db) as journal:
        return journal.checkins(profile="me")


def test_checkin_saves_what_was_given(run: Run, db: str) -> None:
    result = run("checkin", "--sleep", "6", "--stress", "4", "--med", "ibuprofen 400 mg",
                 "--day", "2026-01-10")
    assert result.code == 0, result.err
    assert "Checked in for 10 Jan 2026" in result.out
    [saved] = checkins(db)
    assert (saved.day, saved.sleep_quality, saved.stress, saved.stiffness) == (
        date(2026, 1, 10), 6, 4, None)
    assert saved.medications == ["ibuprofen 400 mg"]


def test_second_checkin_of_a_day_updates_it(run: Run, db: str) -> None:
    assert run("checkin", "--sleep", "6", "--med", "ibuprofen").code == 0
    result = run("checkin", "--stiffness", "3", "--med", "paracetamol", "--med", "ibuprofen",
                 "--note", "stiff morning")
    assert result.code == 0 and result.out.startswith("Updated the check-in")
    [saved] = checkins(db)
    assert (saved.sleep_quality, saved.stiffness) == (6, 3)
    assert saved.medications == ["ibuprofen", "paracetamol"]
    assert saved.note == "stiff morning"


def test_checkin_json(run: Run) -> None:
    data = run("checkin", "--stress", "7", "--day", "yesterday", "--json").json()
    assert data["checkin"]["stress"] == 7 and data["updated"] is False
    assert data["checkin"]["day"] == (date.today() - timedelta(days=1)).isoformat()


def test_checkin_refuses_bad_input(run: Run, db: str) -> None:
    for args in (("checkin",), ("checkin", "--sleep", "11"), ("checkin", "--stress", "-1"),
                 ("checkin", "--sleep", "5", "--day", "2999-01-01"),
                 ("checkin", "--sleep", "5", "--day", "soon")):
        result = run(*args)
        assert result.code == 2, (args, result.err)
        assert result.err.startswith("Error: ") and result.err.count("\n") == 1
    with Journal.open(db) as journal:
        assert journal.checkins(profile="me") == []


def test_history_json_newest_first(run: Run) -> None:
    assert run("log", "--spot", "temple:right=5", "--at", days_ago(3)).code == 0
    assert run("log", "--spot", "temple:right=4", "--at", days_ago(1)).code == 0
    assert run("log", "--spot", "jaw:left=2", "--at", days_ago(30)).code == 0
    assert run("checkin", "--sleep", "7").code == 0
    data = run("history", "--json", "--days", "14").json()
    assert data["profile"] == "me"
    assert [e["spots"][0]["intensity"] for e in data["pain_entries"]] == [4, 5]
    assert data["sessions"] == []
    assert [c["sleep_quality"] for c in data["checkins"]] == [7]
    everything = run("history", "--json", "--days", "60").json()
    assert len(everything["pain_entries"]) == 3


def test_history_table(run: Run) -> None:
    assert run("log", "right temple", "5", "--quality", "throbbing").code == 0
    result = run("history")
    assert result.code == 0
    assert "Temple (right) 5" in result.out and "throbbing" in result.out


def test_history_of_unknown_profile(run: Run) -> None:
    assert run("log", "right temple", "5").code == 0
    result = run("history", "--profile", "mee")
    assert result.code == 2 and "There is no profile 'mee'" in result.err
    assert "triggerpoint profile add mee" in result.err
    assert "me" in result.err.split("Profiles in this journal:")[1]


def test_checkin_asks_at_a_terminal(run: Run, db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("triggerpoint.cli.journal_cmds._interactive", lambda: True)
    result = run("checkin", stdin="6\n\neleven\n3\n")
    assert result.code == 0, result.err
    assert "whole number from 0 to 10" in result.out
    [saved] = checkins(db)
    assert (saved.sleep_quality, saved.stress, saved.stiffness) == (6, None, 3)
