"""`triggerpoint plan` as a person runs it: outputs, files, and exit codes 2 and 3."""

from __future__ import annotations

import json
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest
from icalendar import Calendar
from typer.testing import CliRunner

from triage_helpers import with_answers
from triggerpoint.cli.app import app
from triggerpoint.plans.steps import STOP_RULE

runner = CliRunner()
BASE = ["plan", "upper-trapezius", "levator scapulae", "--start", "2025-01-06"]


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, with_answers(args) if args[:1] == ("plan",) else list(args))
    return result.exit_code, result.stdout, result.stderr


def test_json_has_sessions_with_durations() -> None:
    code, out, _ = run(*BASE, "--days", "3", "--per-day", "2", "--json")
    assert code == 0
    data = json.loads(out)
    assert {"title", "targets", "skipped", "options", "safety_level", "max_pressure",
            "sessions", "reminders", "sources"} <= set(data)
    assert len(data["sessions"]) == 6
    assert data["sessions"][0]["date"] == "2025-01-06"
    assert data["sessions"][0]["start"] == "08:00:00"
    for session in data["sessions"]:
        assert session["duration_s"] == sum(s["duration_s"] for s in session["steps"])
        assert session["duration_s"] <= 10 * 60
    assert [t["muscle"] for t in data["targets"]] == ["upper-trapezius", "levator-scapulae"]


def test_unquoted_words_and_both_sides() -> None:
    code, out, _ = run("plan", "upper", "trapezius", "--side", "both", "--days", "1", "--json")
    assert code == 0
    assert json.loads(out)["targets"] == [{"muscle": "upper-trapezius", "side": "left"},
                                          {"muscle": "upper-trapezius", "side": "right"}]


def test_readable_view_folds_the_middle_days() -> None:
    code, out, _ = run(*BASE)
    assert code == 0
    assert "14-day self-care plan" in out and "Day 1 " in out and "Day 14 " in out
    assert "Day 7 " not in out and "--all" in out
    assert "Your first session in detail" in out and "Find the spot" in out
    assert "Stop rule" in out and "light (4/10)" in out
    code, out, _ = run(*BASE, "--all")
    assert code == 0 and "Day 7 " in out


def test_ics_file(tmp_path: Path) -> None:
    path = tmp_path / "plan.ics"
    code, out, _ = run(*BASE, "--days", "7", "--ics", str(path))
    assert code == 0 and "Wrote calendar with 14 sessions" in out
    calendar = Calendar.from_ical(path.read_bytes())
    assert len(calendar.events) == 14
    first = calendar.events[0]
    assert first.start.isoformat() == "2025-01-06T08:00:00"
    assert first.alarms.times[0].trigger == first.start - timedelta(minutes=10)


def test_html_and_json_files(tmp_path: Path) -> None:
    page, data = tmp_path / "plan.html", tmp_path / "plan.json"
    code, out, err = run(*BASE, "--days", "2", "--html", str(page), "--out-json", str(data),
                         "--json")
    assert code == 0
    assert json.loads(out) == json.loads(data.read_text(encoding="utf-8"))
    assert "Wrote printable page" in err and "Wrote JSON" in err
    text = page.read_text(encoding="utf-8")
    HTMLParser().feed(text)
    assert STOP_RULE in text and text.count('type="checkbox"') == 4


def test_from_find_uses_the_finder_and_its_safety() -> None:
    code, out, _ = run("plan", "--from-find", "right temple and back of my neck", "--days", "2",
                       "--json")
    assert code == 0
    data = json.loads(out)
    assert {"muscle": "upper-trapezius", "side": "right"} in data["targets"]


def test_conditions_cap_pressure() -> None:
    code, out, _ = run(*BASE, "--condition", "warfarin", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["max_pressure"] == 3
    pressures = [s["pressure"] for x in data["sessions"] for s in x["steps"] if s["pressure"]]
    assert max(pressures) <= 3


def test_tools_resolve_by_name_and_kind() -> None:
    code, out, _ = run(*BASE, "--tools", "ball,foam roller", "--days", "1", "--json")
    assert code == 0
    tools = json.loads(out)["options"]["tools"]
    assert "tennis-ball" in tools and "massage-ball" in tools and "foam-roller" in tools


def test_red_flag_in_the_description_exits_3() -> None:
    code, out, err = run("plan", "--from-find", "my calf is swollen, warm and red")
    assert code == 3
    assert "No self-treatment plan" in err and "Traceback" not in err
    assert out == ""


def test_red_flag_in_the_answers_exits_3(tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text("both-legs: yes\n", encoding="utf-8")
    code, out, err = run(*BASE, "--answers", str(answers), "--ics", str(tmp_path / "p.ics"))
    assert code == 3 and "No self-treatment plan" in err
    assert out == "" and not (tmp_path / "p.ics").exists()


@pytest.mark.parametrize(("args", "message"), [
    (("--start", "06/01/2025"), "YYYY-MM-DD"),
    (("--start", "2025-02-30"), "YYYY-MM-DD"),
    (("--days", "0"), "--days must be from 1 to 60"),
    (("--minutes", "2"), "--minutes must be from 3 to 45"),
    (("--per-day", "9"), "--per-day must be from 1 to 4"),
    (("--pain", "11"), "--pain must be from 0 to 10"),
    (("--side", "middle"), "--side must be left, right or both"),
    (("--tools", "hammer"), "Unknown tool 'hammer'"),
    (("--tz", "Mars/Olympus", "--ics", "x.ics"), "Unknown time zone"),
])
def test_bad_values_exit_2(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    fixed = [str(tmp_path / a) if a.endswith(".ics") else a for a in args]
    code, _, err = run("plan", "upper-trapezius", *fixed)
    assert code == 2
    assert message in err and "Traceback" not in err


def test_unknown_muscle_suggests_names() -> None:
    code, _, err = run("plan", "uper trapezius")
    assert code == 2 and "upper-trapezius" in err


def test_nothing_to_plan_for_exits_2() -> None:
    code, _, err = run("plan")
    assert code == 2 and "--from-find" in err


def test_default_start_is_today() -> None:
    code, out, _ = run("plan", "upper-trapezius", "--days", "1", "--json")
    assert code == 0 and json.loads(out)["options"]["start"] == date.today().isoformat()


def test_a_plan_needs_the_safety_questions_answered() -> None:
    result = runner.invoke(app, ["plan", "upper-trapezius", "--json"])
    assert result.exit_code == 2
    assert "Answer the safety questions" in result.stderr
    for question_id in ("chest-pain", "stroke-signs", "blood-thinners", "new-headache-over-50"):
        assert question_id in result.stderr


def test_a_yes_to_an_emergency_question_stops_the_plan(tmp_path: Path) -> None:
    from triage_helpers import answers_file
    from triggerpoint.knowledge import KnowledgeBase

    answers = answers_file(KnowledgeBase.load(), tmp_path, **{"stroke-signs": True})
    code, _, err = run("plan", "upper-trapezius", "--answers", str(answers))
    assert code == 3 and "emergency" in err
