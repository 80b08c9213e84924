"""The plan generator on the packaged knowledge base: schedule, doses, rotation and safety."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from triage_helpers import all_no, cleared
from triggerpoint.errors import InvalidQuery, SafetyStop
from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.plans import (
    Plan,
    PlanOptions,
    PlanStep,
    Target,
    make_plan,
    targets_from_result,
)
from triggerpoint.plans.dose import MAX_SPOT_SECONDS_PER_DAY
from triggerpoint.safety import SafetyAssessment, screen
from triggerpoint.services.consult import consult

START = date(2025, 1, 6)
NECK = ("upper-trapezius", "levator-scapulae")
SPREAD = ("upper-trapezius", "levator-scapulae", "infraspinatus", "gluteus-medius",
          "quadratus-lumborum", "piriformis", "masseter", "rectus-femoris")
CALF = ("gastrocnemius", "soleus")


def make(kb: KnowledgeBase, *muscles: str, sides: tuple[str, ...] = ("right",),
         safety: SafetyAssessment | None = None, **options: object) -> Plan:
    """A plan for the muscles on the sides, starting on a fixed Monday."""
    targets = [Target(muscle=m, side=s) for m in muscles for s in sides]
    return make_plan(kb, targets, PlanOptions(start=START, **options), safety or cleared(kb))


def releases(steps: list[PlanStep]) -> list[PlanStep]:
    return [s for s in steps if s.kind == "release"]


def all_releases(plan: Plan) -> list[tuple[int, PlanStep]]:
    return [(session.day, step) for session in plan.sessions for step in releases(session.steps)]


def check_invariants(plan: Plan) -> None:
    """What must hold for every plan, whatever was asked."""
    o = plan.options
    assert len(plan.sessions) == o.days * o.per_day
    daily: dict[tuple[int, str, str | None], int] = defaultdict(int)
    for session in plan.sessions:
        assert session.duration_s <= o.minutes * 60
        assert session.date == o.start + timedelta(days=session.day - 1)
        assert session.steps[0].kind == "warm-up" and session.steps[-1].kind == "check"
        spots = [(s.muscle, s.side) for s in releases(session.steps)]
        assert spots, f"day {session.day} session {session.slot} has nothing to do"
        assert len(spots) == len(set(spots))
        for step in releases(session.steps):
            assert step.pressure is not None and step.pressure <= plan.max_pressure
            daily[(session.day, step.muscle or "", step.side)] += step.duration_s
        for step in session.steps:
            assert step.stop_rule
    assert max(daily.values()) <= MAX_SPOT_SECONDS_PER_DAY


@pytest.mark.parametrize(("days", "per_day"), [(14, 2), (7, 1), (3, 4), (60, 3), (1, 1)])
def test_one_session_per_slot_per_day(kb: KnowledgeBase, days: int, per_day: int) -> None:
    plan = make(kb, *NECK, days=days, per_day=per_day)
    assert len(plan.sessions) == days * per_day
    assert [(s.day, s.slot) for s in plan.sessions] == [
        (d, k) for d in range(1, days + 1) for k in range(1, per_day + 1)]
    assert plan.sessions[-1].date == START + timedelta(days=days - 1)
    check_invariants(plan)


@pytest.mark.parametrize("minutes", [3, 4, 6, 10, 20, 45])
@pytest.mark.parametrize("muscles", [NECK[:1], NECK, SPREAD])
def test_every_session_fits_the_budget(kb: KnowledgeBase, minutes: int,
                                       muscles: tuple[str, ...]) -> None:
    check_invariants(make(kb, *muscles, minutes=minutes))


@pytest.mark.parametrize("per_day", [1, 2, 3, 4])
def test_a_spot_gets_at_most_five_minutes_a_day(kb: KnowledgeBase, per_day: int) -> None:
    plan = make(kb, *NECK, sides=("left", "right"), per_day=per_day, minutes=45)
    check_invariants(plan)


def test_both_sides_are_separate_spots(kb: KnowledgeBase) -> None:
    plan = make(kb, "upper-trapezius", sides=("left", "right"), minutes=10)
    first = [(s.muscle, s.side) for s in releases(plan.sessions[0].steps)]
    assert sorted(first) == [("upper-trapezius", "left"), ("upper-trapezius", "right")]


def test_the_same_muscle_named_twice_is_worked_once(kb: KnowledgeBase) -> None:
    targets = [Target(muscle="upper-trapezius", side="right"),
               Target(muscle="upper traps", side="right")]
    plan = make_plan(kb, targets, PlanOptions(start=START), cleared(kb))
    assert plan.targets == [Target(muscle="upper-trapezius", side="right")]
    check_invariants(plan)


def test_first_days_are_gentle_at_the_low_end(kb: KnowledgeBase) -> None:
    plan = make(kb, *SPREAD, minutes=45)
    for day, step in all_releases(plan):
        if day > 3:
            continue
        dose = kb.muscles[step.muscle or ""].self_treatment.dose
        assert step.pressure is not None and step.pressure <= 4
        hold = dose.roll_s or dose.hold_s
        if hold is not None:
            assert step.hold_s == round(hold[0])
        if dose.repetitions is not None:
            assert step.rounds == max(1, round(dose.repetitions[0]))
    assert {s.phase for s in plan.sessions if s.day <= 3} == {"gentle"}
    assert {s.phase for s in plan.sessions if s.day > 3} == {"building", "steady"}


def test_later_days_build_inside_the_sourced_ranges(kb: KnowledgeBase) -> None:
    plan = make(kb, *SPREAD, minutes=45)
    by_spot: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    for day, step in all_releases(plan):
        dose = kb.muscles[step.muscle or ""].self_treatment.dose
        assert step.pressure is not None and step.hold_s is not None and step.rounds
        if dose.pressure is not None:
            assert step.pressure <= dose.pressure[1]
        hold = dose.roll_s or dose.hold_s
        if hold is not None:
            assert hold[0] <= step.hold_s <= hold[1]
        if dose.repetitions is not None:
            assert step.rounds <= dose.repetitions[1]
        by_spot[step.muscle or ""].append((day, step.pressure, step.hold_s))
    for spot, days in by_spot.items():
        pressures = [p for _, p, _ in sorted(days)]
        holds = [h for _, _, h in sorted(days)]
        assert pressures == sorted(pressures) and holds == sorted(holds), spot
        assert (pressures[-1], holds[-1]) > (pressures[0], holds[0]), f"{spot} never builds"


def test_every_muscle_stays_inside_its_ranges(kb: KnowledgeBase) -> None:
    for muscle in kb.muscles.values():
        if muscle.therapist_only:  # no plan at all: see test_danger_zones.py
            continue
        plan = make(kb, muscle.id, days=14)
        dose = muscle.self_treatment.dose
        for _, step in all_releases(plan):
            assert step.pressure is not None and step.pressure <= plan.max_pressure
            if dose.pressure is not None:
                assert step.pressure <= dose.pressure[1], muscle.id
        check_invariants(plan)


@pytest.mark.parametrize(
    "condition", ["warfarin", "osteoporosis", "lymphoedema", "poor-circulation"])
def test_restrictions_cap_pressure(kb: KnowledgeBase, condition: str) -> None:
    safety = cleared(kb, conditions=[condition])
    plan = make(kb, *NECK, safety=safety, minutes=45)
    assert plan.max_pressure == safety.restrictions.max_pressure
    assert all(step.pressure is not None and step.pressure <= safety.restrictions.max_pressure
               for _, step in all_releases(plan))


def test_high_pain_today_keeps_pressure_light_and_starts_longer(kb: KnowledgeBase) -> None:
    plan = make(kb, *SPREAD, minutes=45, pain_now=8)
    assert all(step.pressure is not None and step.pressure <= 4 for _, step in all_releases(plan))
    assert {s.phase for s in plan.sessions if s.day <= 5} == {"gentle"}


@pytest.mark.parametrize("muscles", [NECK, NECK + ("infraspinatus",), SPREAD])
@pytest.mark.parametrize("minutes", [5, 10, 45])
def test_sessions_rotate_which_muscle_goes_first(kb: KnowledgeBase, muscles: tuple[str, ...],
                                                 minutes: int) -> None:
    plan = make(kb, *muscles, minutes=minutes)
    firsts = [releases(s.steps)[0].muscle for s in plan.sessions]
    assert all(a != b for a, b in zip(firsts, firsts[1:], strict=False)), firsts
    assert len(set(firsts)) == len(muscles)


def test_therapist_only_techniques_never_appear(kb: KnowledgeBase) -> None:
    professional = {t.id for t in kb.techniques.values() if t.performed_by != "self"}
    assert {"spray-and-stretch", "dry-needling"} <= professional
    for muscle in kb.muscles.values():
        if muscle.therapist_only:  # no plan at all: see test_danger_zones.py
            continue
        plan = make(kb, muscle.id, days=2)
        for session in plan.sessions:
            for step in session.steps:
                assert step.technique is None or step.technique not in professional
                if step.technique is not None:
                    assert kb.techniques[step.technique].performed_by == "self"


def test_anticoagulants_keep_it_light_and_gentle(kb: KnowledgeBase) -> None:
    safety = cleared(kb, conditions=["warfarin"])
    limits = safety.restrictions
    assert limits.max_pressure <= 3
    plan = make(kb, *SPREAD, safety=safety, minutes=45)
    for _, step in all_releases(plan):
        assert step.pressure is not None and step.pressure <= 3
        assert step.technique not in limits.forbid_techniques
        assert step.tool not in limits.forbid_tools
    assert any("Blood thinners" in line for line in plan.reminders)


def test_dvt_history_skips_the_calf_with_a_reason(kb: KnowledgeBase) -> None:
    safety = screen(kb, answers={**all_no(kb), "clot-history": True})
    plan = make(kb, *CALF, "upper-trapezius", safety=safety)
    assert {t.muscle for t in plan.targets} == {"upper-trapezius"}
    worked = {step.muscle for _, step in all_releases(plan)}
    assert worked == {"upper-trapezius"}
    assert len(plan.skipped) == 2
    assert all("rule out" in line for line in plan.skipped)
    assert {line.split(":")[0] for line in plan.skipped} == {"Gastrocnemius", "Soleus"}


def test_dvt_history_with_only_calf_muscles_is_refused(kb: KnowledgeBase) -> None:
    with pytest.raises(InvalidQuery, match="can be worked on safely at home"):
        make(kb, *CALF, safety=cleared(kb, conditions=["dvt"]))


@pytest.mark.parametrize("safety_kwargs", [
    {"text": "my calf is swollen, warm and red"},
    {"answers": {"both-legs": True}},
    {"answers": {"chest-pain": True}},
])
def test_red_flags_stop_the_plan(kb: KnowledgeBase, safety_kwargs: dict[str, object]) -> None:
    safety = screen(kb, **safety_kwargs)  # type: ignore[arg-type]
    with pytest.raises(SafetyStop) as caught:
        make(kb, *NECK, safety=safety)
    assert caught.value.level in {"doctor", "urgent", "emergency"}
    assert caught.value.advice == safety.advice


def test_red_flag_in_a_find_description_stops_the_plan(kb: KnowledgeBase) -> None:
    consultation = consult(kb, text="my calf is swollen, warm and red")
    with pytest.raises(SafetyStop):
        make_plan(kb, targets_from_result(consultation.result), PlanOptions(start=START),
                  consultation.safety)


def test_too_few_minutes_is_refused(kb: KnowledgeBase) -> None:
    options = PlanOptions.model_construct(**{**PlanOptions(start=START).model_dump(),
                                             "minutes": 1})
    with pytest.raises(InvalidQuery, match="too short"):
        make_plan(kb, [Target(muscle="upper-trapezius", side="right")], options, cleared(kb))


def test_no_targets_is_refused(kb: KnowledgeBase) -> None:
    with pytest.raises(InvalidQuery, match="at least one muscle"):
        make_plan(kb, [], PlanOptions(start=START), cleared(kb))


def test_plan_from_a_find_description(kb: KnowledgeBase) -> None:
    consultation = consult(kb, text="right temple and back of my neck", answers=all_no(kb))
    targets = targets_from_result(consultation.result)
    assert Target(muscle="upper-trapezius", side="right") in targets
    plan = make_plan(kb, targets, PlanOptions(start=START, days=7), consultation.safety)
    assert plan.safety_level == "self-care"
    assert {step.muscle for _, step in all_releases(plan)} == {t.muscle for t in targets}
    check_invariants(plan)


def test_tools_at_hand_are_preferred(kb: KnowledgeBase) -> None:
    plan = make(kb, "upper-trapezius", tools=["tennis-ball"])
    assert {step.tool for _, step in all_releases(plan)} <= {"tennis-ball", "thumb"}


def test_plan_json_round_trips(kb: KnowledgeBase) -> None:
    plan = make(kb, *NECK, days=3)
    assert Plan.model_validate(plan.model_dump(mode="json")) == plan


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    muscles=st.lists(st.sampled_from(SPREAD), min_size=1, max_size=4, unique=True),
    sides=st.sampled_from([("right",), ("left",), ("left", "right")]),
    days=st.integers(1, 21),
    per_day=st.integers(1, 4),
    minutes=st.integers(3, 45),
    pain=st.none() | st.integers(0, 10),
)
def test_invariants_hold_for_any_options(muscles: list[str], sides: tuple[str, ...], days: int,
                                         per_day: int, minutes: int, pain: int | None) -> None:
    kb = KnowledgeBase.load()
    plan = make(kb, *muscles, sides=sides, days=days, per_day=per_day, minutes=minutes,
                pain_now=pain)
    check_invariants(plan)
    if pain is not None and pain >= 7:
        assert all(s.pressure is not None and s.pressure <= 4 for _, s in all_releases(plan))
