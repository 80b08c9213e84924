"""Plans never send anyone to press on a vessel or a nerve: danger zones, therapist-only muscles."""

from __future__ import annotations

from datetime import date

import pytest

from triggerpoint.errors import InvalidQuery
from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.knowledge.integrity import RULES
from triggerpoint.plans import Plan, PlanOptions, Target, make_plan
from triggerpoint.safety import SafetyAssessment, screen

START = date(2025, 1, 6)
_KB = KnowledgeBase.load()
_CLEAR = next(r for r in RULES if r.name == "pressure keeps clear of danger zones")


def _all_clear(kb: KnowledgeBase) -> SafetyAssessment:
    """A person with no warning signs: every screening question answered no."""
    first = screen(kb)
    questions = getattr(first, "questions", [])
    return screen(kb, answers={q.id: False for q in questions}) if questions else first


def _plan(kb: KnowledgeBase, *muscles: str) -> Plan:
    targets = [Target(muscle=m, side="right") for m in muscles]
    return make_plan(kb, targets, PlanOptions(start=START, days=3), _all_clear(kb))


@pytest.mark.parametrize(
    "muscle_id", [m.id for m in _KB.muscles.values() if not m.therapist_only]
)
def test_no_release_step_presses_in_a_danger_zone(kb: KnowledgeBase, muscle_id: str) -> None:
    plan = _plan(kb, muscle_id)
    steps = [s for session in plan.sessions for s in session.steps if s.kind == "release"]
    assert steps, f"{muscle_id}: no release step"
    for step in steps:
        muscle = kb.muscles[step.muscle or ""]
        assert not muscle.therapist_only
        assert _CLEAR.check(kb, muscle) == [], f"{muscle.id} presses in a danger zone"
        assert muscle.trigger_points[0].self_treatable and step.find_it == (
            muscle.trigger_points[0].location
        )


@pytest.mark.parametrize(
    "muscle_id", [m.id for m in _KB.muscles.values() if m.therapist_only]
)
def test_a_therapist_only_muscle_alone_gives_no_plan_and_says_why(
    kb: KnowledgeBase, muscle_id: str
) -> None:
    with pytest.raises(InvalidQuery, match="for a trained therapist only"):
        _plan(kb, muscle_id)


def test_a_therapist_only_muscle_is_skipped_with_a_note(kb: KnowledgeBase) -> None:
    plan = _plan(kb, "adductor-longus", "pectineus")
    assert [t.muscle for t in plan.targets] == ["adductor-longus"]
    assert len(plan.skipped) == 1
    note = plan.skipped[0]
    assert note.startswith("Pectineus: for a trained therapist only")
    assert "femoral vein" in note
    worked = {s.muscle for session in plan.sessions for s in session.steps if s.muscle}
    assert worked == {"adductor-longus"}


def test_a_plan_for_adductor_longus_works_only_the_lower_cord(kb: KnowledgeBase) -> None:
    plan = _plan(kb, "adductor-longus")
    release = next(s for session in plan.sessions for s in session.steps if s.kind == "release")
    assert release.tool in {"thumb", "fingertips"}
    assert "below the point of the groin triangle" in (release.find_it or "")
    assert "ball" not in (release.position or "")
