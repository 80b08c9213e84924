"""`triggerpoint session` with piped input: plain prompts, a record file, exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from rich.console import Console
from session_fakes import session_steps
from typer.testing import CliRunner

from triage_helpers import answers_file, cleared, no_answers_file, with_answers
from triggerpoint.cli.app import app
from triggerpoint.cli.session_view import big_time, clock_text, pain_change, step_screen
from triggerpoint.errors import InvalidQuery
from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.plans import Plan, PlanOptions, Target, make_plan
from triggerpoint.records import SessionRecord
from triggerpoint.services.sessions import load_plan, pick_session
from triggerpoint.sessions import Progress

EXE = Path(sys.executable).parent / "triggerpoint"
FAST = ["--speed", "1000"]
runner = CliRunner()


def session(*args: str, stdin: str = "") -> tuple[int, str, str]:
    result = runner.invoke(app, with_answers(["session", *args]), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def read_record(path: Path) -> SessionRecord:
    return SessionRecord.model_validate_json(path.read_text(encoding="utf-8"))


def test_installed_cli_with_piped_input_writes_the_record(tmp_path: Path) -> None:
    record = tmp_path / "record.json"
    done = subprocess.run(
        [str(EXE), "session", "upper-trapezius", "--side", "right", "--speed", "200",
         "--record", str(record), "--answers", str(no_answers_file())],
        input="6\n\n\n\n3\n", capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    saved = read_record(record)
    assert (saved.pain_before, saved.pain_after, saved.stopped_early) == (6, 3, False)
    assert [(s.muscle, s.side, s.completed) for s in saved.steps] == [
        ("upper-trapezius", "right", True)]
    assert saved.steps[0].duration_s > 0 and saved.started_at.tzinfo is not None
    assert "Session finished" in done.stdout and "went down from 6 to 3" in done.stdout
    assert "Traceback" not in done.stderr


def test_end_of_input_at_once_is_a_stop_not_a_crash(tmp_path: Path) -> None:
    record = tmp_path / "r.json"
    code, out, _ = session("upper-trapezius", *FAST, "--record", str(record))
    assert code == 0 and "Session stopped early" in out
    saved = read_record(record)
    assert saved.stopped_early and saved.steps == [] and saved.pain_before is None


def test_piped_skip_then_stop(tmp_path: Path) -> None:
    record = tmp_path / "r.json"
    code, out, _ = session("upper trapezius", *FAST, "--record", str(record),
                           stdin="5\ns\nq\n2\n")
    assert code == 0, out
    saved = read_record(record)
    assert saved.stopped_early and (saved.pain_before, saved.pain_after) == (5, 2)
    assert [(s.duration_s, s.completed) for s in saved.steps] == [(0, False)]
    assert "Skipped." in out and "Stopped." in out and "STOP:" in out


def test_bad_pain_is_asked_again(tmp_path: Path) -> None:
    code, out, _ = session("upper-trapezius", *FAST, stdin="lots\n12\n4\n\n\n\n4\n")
    assert code == 0
    assert out.count("whole number from 0") == 2 and "stayed the same, at 4" in out


def test_both_sides_walks_each_side() -> None:
    code, out, _ = session("upper-trapezius", "--side", "both", *FAST, stdin="4\n" + "\n" * 5)
    assert code == 0 and "(right)" in out and "(left)" in out


def test_a_safety_stop_exits_3_before_anything_is_asked() -> None:
    code, out, err = session("upper-trapezius", "--condition", "fever", *FAST, stdin="5\n")
    assert code == 3 and "How much does it hurt" not in out and "doctor" in err


@pytest.mark.parametrize(("args", "message"), [
    ((), "Name a muscle"),
    (("nosuchmuscle",), "Unknown muscle"),
    (("upper-trapezius", "--side", "up"), "--side"),
    (("upper-trapezius", "--day", "2"), "--plan"),
    (("upper-trapezius", "--record", "/no/such/folder/r.json"), "Cannot save the record"),
])
def test_bad_input_exits_2_with_a_message(args: tuple[str, ...], message: str) -> None:
    code, out, err = session(*args, *FAST, stdin="5\n")
    assert code == 2 and message in err and "How much does it hurt" not in out


def _plan_file(tmp_path: Path) -> Path:
    result = runner.invoke(app, with_answers(["plan", "upper-trapezius", "--days", "3", "--json"]))
    assert result.exit_code == 0, result.stderr
    path = tmp_path / "plan.json"
    path.write_text(result.stdout, encoding="utf-8")
    return path


def test_a_chosen_session_of_an_exported_plan(tmp_path: Path) -> None:
    plan, record = _plan_file(tmp_path), tmp_path / "r.json"
    code, out, err = session("--plan", str(plan), "--day", "2", "--slot", "2", *FAST,
                             "--record", str(record), stdin="5\n" + "\n" * 6 + "4\n")
    assert code == 0, err
    assert "day 2, session 2" in out and read_record(record).steps


def test_an_exported_plan_loads_despite_extra_fields(tmp_path: Path) -> None:
    loaded, plan_id = load_plan(_plan_file(tmp_path))
    assert isinstance(loaded, Plan) and plan_id is None and len(loaded.sessions) == 6


def test_a_plan_id_in_the_file_is_kept(tmp_path: Path) -> None:
    path = _plan_file(tmp_path)
    path.write_text(json.dumps({"id": "p-42", "plan": json.loads(path.read_text())}))
    assert load_plan(path)[1] == "p-42"


def test_a_file_that_is_not_a_plan_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"title": "x"}')
    code, _, err = session("--plan", str(bad), *FAST)
    assert code == 2 and "is not a plan" in err


@pytest.fixture(scope="module")
def three_days(kb: KnowledgeBase) -> Plan:
    options = PlanOptions(days=3, per_day=2, start=date(2026, 11, 20))
    return make_plan(kb, [Target(muscle="upper-trapezius", side="right")], options, cleared(kb))


@pytest.mark.parametrize(("now", "expected"), [
    (datetime(2026, 11, 19, 12, 0), (1, 1)),   # before the plan: its first session
    (datetime(2026, 11, 20, 7, 0), (1, 1)),
    (datetime(2026, 11, 20, 9, 30), (1, 1)),   # up to two hours late is still 'next'
    (datetime(2026, 11, 20, 10, 30), (1, 2)),
    (datetime(2026, 11, 22, 20, 0), (3, 2)),
])
def test_the_next_session(three_days: Plan, now: datetime, expected: tuple[int, int]) -> None:
    chosen = pick_session(three_days, now.replace(tzinfo=UTC), None, None)
    assert (chosen.day, chosen.slot) == expected


def test_day_and_slot_choose_a_session(three_days: Plan) -> None:
    now = datetime(2026, 11, 21, 8, 0, tzinfo=UTC)
    assert (pick_session(three_days, now, 3, 2).day, pick_session(three_days, now, 3, 2).slot) \
        == (3, 2)
    assert pick_session(three_days, now, None, 2).day == 2  # --slot alone: today's
    with pytest.raises(InvalidQuery, match="no session on day 9"):
        pick_session(three_days, now, 9, None)


def test_an_ended_plan_says_so(three_days: Plan) -> None:
    with pytest.raises(InvalidQuery, match="plan ended on 2026-11-22"):
        pick_session(three_days, datetime(2026, 12, 1, tzinfo=UTC), None, None)


def test_help_lists_the_command_without_the_demo_speed() -> None:
    result = runner.invoke(app, ["session", "--help"])
    assert result.exit_code == 0 and "--record" in result.stdout
    assert "--speed" not in result.stdout


@pytest.mark.parametrize(("before", "after", "words"), [
    (6, 3, "went down from 6 to 3 (3 points less)"),
    (4, 4, "stayed the same, at 4"),
    (3, 5, "went up from 3 to 5"),
    (None, 2, "Pain before: not given"),
])
def test_pain_change_in_plain_words(before: int | None, after: int | None, words: str) -> None:
    assert words in pain_change(before, after)


def test_countdown_text_rounds_up_and_big_digits_are_three_lines() -> None:
    assert (clock_text(0.2), clock_text(59.5), clock_text(90)) == ("0:01", "1:00", "1:30")
    assert len(big_time(75).plain.splitlines()) == 3


def test_the_live_screen_fits_a_small_terminal_and_keeps_the_stop_rule() -> None:
    steps = session_steps()
    progress = Progress(1, 4, steps[1], steps[2], 12.0, 0.0, paused=True)
    out = io.StringIO()
    console = Console(file=out, width=80, height=24, force_terminal=True, color_system=None)
    console.print(step_screen(progress))
    lines = out.getvalue().splitlines()
    assert len(lines) <= 24
    text = out.getvalue()
    for needed in ("Step 2 of 4", "PAUSED", "STOP", "skip this step", "Next:", "0:18"):
        assert needed in text, needed


def test_a_finished_session_is_saved_in_the_journal(tmp_path: Path) -> None:
    from triggerpoint.storage import Journal

    url = f"sqlite:///{tmp_path / 'journal.sqlite3'}"
    command = [str(EXE), "session", "upper-trapezius", "--speed", "200", "--db", url,
               "--profile", "sam", "--answers", str(no_answers_file())]
    unknown = subprocess.run(command, input="7\n\n\n\n4\n", capture_output=True, text=True,
                             timeout=60, check=False)
    assert unknown.returncode == 2 and "Unknown profile 'sam'" in unknown.stderr
    assert "How much does it hurt" not in unknown.stdout  # refused before the walk, not after
    with Journal.open(url) as journal:
        journal.add_profile("sam")
    done = subprocess.run(command, input="7\n\n\n\n4\n", capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert "Saved to your journal" in done.stdout
    with Journal.open(url) as journal:
        saved = journal.sessions(profile="sam")
    assert [(s.pain_before, s.pain_after) for s in saved] == [(7, 4)]
    assert saved[0].steps[0].muscle == "upper-trapezius"


def test_a_session_at_a_raised_safety_level_shows_the_journal_warning(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'journal.sqlite3'}"
    answers = tmp_path / "answers.yaml"
    answers = answers_file(KnowledgeBase.load(), tmp_path, chronic=True)
    done = subprocess.run(
        [str(EXE), "session", "upper-trapezius", "--speed", "200", "--db", url,
         "--answers", str(answers)],
        input="5\n\n\n\n4\n", capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert "Please read: warnings" in done.stdout and "therapist" in done.stdout.lower()
