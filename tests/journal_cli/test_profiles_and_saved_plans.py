"""Profiles added on purpose, and a plan kept in the journal that `session --saved` walks and
`progress` counts, through the real CLI on a real SQLite file."""

from __future__ import annotations

import re

from journal_cli_helpers import Run

from triage_helpers import no_answers_file
from triggerpoint.storage import Journal


def test_profile_add_and_list(run: Run, db: str) -> None:
    listed = run("profile", "list", "--json").json()
    assert [p["name"] for p in listed["profiles"]] == ["me"]
    added = run("profile", "add", "  mum ", "--json").json()
    assert added["added"] == "mum" and [p["name"] for p in added["profiles"]] == ["me", "mum"]
    again = run("profile", "add", "mum")
    assert again.code == 2 and "already a profile called 'mum'" in again.err
    shown = run("profile", "list")
    assert shown.code == 0 and "mum" in shown.out and "me" in shown.out
    with Journal.open(db) as journal:
        assert [p.name for p in journal.profiles()] == ["me", "mum"]


def test_a_typo_in_a_profile_saves_nothing_and_names_the_nearest(run: Run, db: str) -> None:
    assert run("profile", "add", "mum").code == 0
    typo = run("log", "low back", "5", "--profile", "mun")
    assert typo.code == 2 and "Unknown profile 'mun'" in typo.err and "mum" in typo.err
    assert "Traceback" not in typo.err
    with Journal.open(db) as journal:
        assert [p.name for p in journal.profiles()] == ["me", "mum"]
        assert journal.pain_entries(profile="mum") == []


def test_a_saved_plan_is_walked_by_session_and_counted_by_progress(run: Run, db: str) -> None:
    answers = str(no_answers_file())
    made = run("plan", "upper trapezius", "--days", "3", "--per-day", "1", "--answers", answers,
               "--save", "--json")
    assert made.code == 0, made.err
    plan = made.json()
    assert plan["id"] and len(plan["sessions"]) == 3
    assert "session --saved" in made.err
    with Journal.open(db) as journal:
        [stored] = journal.plans(profile="me")
    assert stored.id == plan["id"] and stored.title == plan["title"]
    assert stored.document == {k: v for k, v in plan.items() if k != "id"}
    walked = run("session", "--saved", "--speed", "1000", "--answers", answers,
                 stdin="6\n\n\n\n3\n")
    assert walked.code == 0, walked.err
    flat = " ".join(walked.out.replace("│", " ").split())  # the title may wrap in its panel
    # the due session: day 1's, or day 2's once day 1's is over two hours past (a real clock)
    assert re.search(rf"{re.escape(plan['title'])}: day [12], session 1", flat), flat
    with Journal.open(db) as journal:
        [done] = journal.sessions(profile="me")
    assert done.plan_id == plan["id"] and (done.pain_before, done.pain_after) == (6, 3)
    progress = run("progress", "--json").json()
    adherence = progress["summary"]["adherence"]
    assert adherence is not None and adherence["planned"] >= 1


def test_session_saved_without_a_saved_plan_says_how_to_make_one(run: Run) -> None:
    result = run("session", "--saved", "--answers", str(no_answers_file()))
    assert result.code == 2
    assert "no saved plan yet" in result.err and "--save" in result.err


def test_muscles_and_a_saved_plan_together_are_refused(run: Run) -> None:
    result = run("session", "upper trapezius", "--saved", "--answers", str(no_answers_file()))
    assert result.code == 2 and "either muscles or a plan" in result.err
