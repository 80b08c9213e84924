"""The session runner with a fake clock and scripted keys: no real waiting anywhere."""

from __future__ import annotations

import time
from collections.abc import Sequence

import pytest
from session_fakes import T0, FakeClock, Screen, Script, session_steps, step

from triggerpoint.errors import InvalidQuery
from triggerpoint.records import SessionRecord
from triggerpoint.sessions import Key, SessionRunner, SpeedClock, parse_pain
from triggerpoint.sessions.runner import phase_at

WALKED_S = 60 + 30 + 45 + 40  # the check step is replaced by the pain-after question


def run(pains: Sequence[str | None], keys: list[tuple[float, Key]] | None = None,
        lead_in_s: float = 0.0, screen: Screen | None = None) -> tuple[SessionRecord, Script]:
    clock = FakeClock()
    script = Script(clock, pains, keys or [])
    runner = SessionRunner(session_steps(), clock=clock, events=script, display=screen,
                           safety_level="self-care", tick_s=1.0, lead_in_s=lead_in_s,
                           plan_id="plan-1")
    return runner.run(), script


def test_full_run_completes_every_release_step_with_its_time() -> None:
    record, script = run(["6", "3"])
    assert [(s.muscle, s.duration_s, s.completed) for s in record.steps] == [
        ("upper-trapezius", 30, True), ("levator-scapulae", 40, True)]
    assert (record.pain_before, record.pain_after, record.stopped_early) == (6, 3, False)
    assert record.started_at == T0 and record.started_at.tzinfo is not None
    assert (record.ended_at - record.started_at).total_seconds() == pytest.approx(WALKED_S)
    assert record.safety_level == "self-care" and record.plan_id == "plan-1"
    assert [moment for moment, _ in script.asked] == ["before", "after"]


def test_step_records_carry_the_plan_details() -> None:
    record, _ = run(["6", "3"])
    first = record.steps[0]
    assert (first.side, first.technique, first.tool, first.pressure) == (
        "right", "sustained-pressure", "thumb", 4)


def test_skip_marks_the_step_not_completed_with_the_partial_seconds() -> None:
    record, _ = run(["6", "4"], [(70, Key.SKIP)])  # 10 s into the first release step
    assert [(s.duration_s, s.completed) for s in record.steps] == [(10, False), (40, True)]
    assert not record.stopped_early
    assert (record.ended_at - record.started_at).total_seconds() == pytest.approx(WALKED_S - 20)


def test_paused_time_is_not_counted() -> None:
    record, _ = run(["6", "4"], [(65, Key.PAUSE), (95, Key.PAUSE)])  # 30 s paused
    assert [(s.duration_s, s.completed) for s in record.steps] == [(30, True), (40, True)]
    assert (record.ended_at - record.started_at).total_seconds() == pytest.approx(WALKED_S + 30)


def test_space_and_p_both_toggle_so_a_pause_then_skip_counts_only_time_before_pause() -> None:
    record, _ = run(["6", "4"], [(65, Key.PAUSE), (80, Key.SKIP)])
    assert record.steps[0].duration_s == 5 and not record.steps[0].completed


def test_stop_ends_early_and_records_only_the_steps_reached() -> None:
    record, script = run(["6", "5"], [(75, Key.STOP)])
    assert record.stopped_early
    assert [(s.muscle, s.duration_s, s.completed) for s in record.steps] == [
        ("upper-trapezius", 15, False)]  # the second release was never reached: not recorded
    assert record.pain_after == 5 and script.asked[-1][0] == "after"


def test_stop_during_a_stretch_keeps_the_completed_release() -> None:
    record, _ = run(["6", "5"], [(100, Key.STOP)])
    assert record.stopped_early
    assert [(s.duration_s, s.completed) for s in record.steps] == [(30, True)]


def test_ctrl_c_during_the_walk_counts_as_stop() -> None:
    clock = FakeClock()

    class Interrupting(Script):
        def poll(self) -> Key | None:
            if self.clock.t >= 70:
                raise KeyboardInterrupt
            return None

    runner = SessionRunner(session_steps(), clock=clock, events=Interrupting(clock, ["6", "6"]),
                           safety_level="therapist", tick_s=1.0)
    record = runner.run()
    assert record.stopped_early and record.safety_level == "therapist"
    assert [(s.duration_s, s.completed) for s in record.steps] == [(10, False)]
    assert [o.outcome for o in runner.outcomes] == ["done", "stopped"]


def test_lead_in_is_not_counted_as_time_on_the_step() -> None:
    record, _ = run(["6", "3"], lead_in_s=5)
    assert [s.duration_s for s in record.steps] == [30, 40]
    assert (record.ended_at - record.started_at).total_seconds() == pytest.approx(WALKED_S + 20)


def test_skipping_during_the_lead_in_records_zero_seconds() -> None:
    record, _ = run(["6", "3"], [(67, Key.SKIP)], lead_in_s=5)  # 2 s into the release lead-in
    assert (record.steps[0].duration_s, record.steps[0].completed) == (0, False)


@pytest.mark.parametrize(("text", "value"), [("0", 0), ("7", 7), (" 10 \n", 10), ("6/10", 6)])
def test_pain_answers_accepted(text: str, value: int) -> None:
    assert parse_pain(text) == value


@pytest.mark.parametrize("text", ["", "eleven", "-1", "11", "7.5", "5 or 6", "/10"])
def test_pain_answers_rejected_in_plain_words(text: str) -> None:
    with pytest.raises(ValueError, match="whole number from 0"):
        parse_pain(text)


def test_a_bad_pain_answer_is_asked_again_with_the_reason() -> None:
    record, script = run(["eleven", "-1", "7", "2"])
    assert (record.pain_before, record.pain_after) == (7, 2)
    assert [problem is None for _, problem in script.asked] == [True, False, False, True]


def test_after_five_bad_answers_the_pain_is_left_out_and_the_session_goes_on() -> None:
    record, _ = run(["x"] * 5 + ["3"])
    assert (record.pain_before, record.pain_after) == (None, 3)
    assert len(record.steps) == 2 and not record.stopped_early


@pytest.mark.parametrize("answer", [None, "q", "Quit"])
def test_no_answer_or_q_before_the_start_stops_before_anything(answer: str | None) -> None:
    screen = Screen()
    record, script = run([answer], screen=screen)
    assert record.stopped_early and record.steps == [] and record.pain_before is None
    assert [moment for moment, _ in script.asked] == ["before"]  # not asked again after
    assert screen.started == [] and screen.walks_ended == 1


def test_end_of_input_during_the_walk_is_stop_and_pain_after_stays_unknown() -> None:
    record, _ = run(["6"], [(10, Key.STOP)])
    assert record.stopped_early and record.pain_after is None and record.steps == []


def test_the_display_sees_each_walked_step_and_what_comes_next() -> None:
    screen = Screen()
    run(["6", "3"], screen=screen)
    assert [p.step.kind for p in screen.started] == ["warm-up", "release", "stretch", "release"]
    assert screen.started[0].next_step is not None and screen.started[0].next_step.kind == \
        "release"
    assert screen.started[-1].next_step is None and screen.walks_ended == 1
    assert [o.outcome for o in screen.ended] == ["done"] * 4
    assert all(0.0 <= p.fraction <= 1.0 for p in screen.ticks)


def test_paused_progress_stands_still() -> None:
    screen = Screen()
    run(["6", "3"], [(65, Key.PAUSE), (70, Key.PAUSE)], screen=screen)
    paused = [p.elapsed_s for p in screen.ticks if p.paused]
    assert paused and len(set(paused)) == 1


def test_stretch_rounds_split_into_holds_and_rests() -> None:
    stretch = session_steps()[2]  # 2 x 20 s with 5 s between
    assert (phase_at(stretch, 0).round, phase_at(stretch, 0).left_s) == (1, 20)
    resting = phase_at(stretch, 22)
    assert resting.resting and resting.left_s == pytest.approx(3) and resting.length_s == 5
    second = phase_at(stretch, 30)
    assert (second.round, second.resting, second.left_s) == (2, False, 15)


def test_a_step_whose_rounds_do_not_add_up_is_one_countdown() -> None:
    strokes = step("release", 60, "deltoid", hold_s=45, rounds=2)
    phase = phase_at(strokes, 10)
    assert (phase.rounds, phase.left_s) == (1, 50)


def test_a_release_step_without_its_tool_is_refused() -> None:
    broken = step("release", 30, "deltoid", tool=None)
    with pytest.raises(InvalidQuery, match="make the plan again"):
        SessionRunner([broken], clock=FakeClock(), events=Script(FakeClock(), []),
                      safety_level="self-care")


def test_speed_clock_runs_faster_than_real_time() -> None:
    clock = SpeedClock(1000)
    before, real = clock.now(), time.monotonic()
    clock.sleep(20)
    assert time.monotonic() - real < 1.0
    assert (clock.now() - before).total_seconds() >= 19
    assert clock.now().tzinfo is not None


def test_speed_must_be_positive() -> None:
    with pytest.raises(InvalidQuery):
        SpeedClock(0)
