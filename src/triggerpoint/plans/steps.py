"""The words of each step: what to do, where, how hard, how to breathe, and when to stop."""

from __future__ import annotations

from triggerpoint.knowledge import KnowledgeBase, Muscle
from triggerpoint.plans.dose import PhaseDose, pressure_words
from triggerpoint.plans.models import PlanStep

__all__ = ["STOP_RULE", "check_step", "release_step", "stretch_step", "warm_up_step"]

STOP_RULE = (
    "Stop at once if the pain turns sharp, electric or burning, if you feel numbness or tingling, "
    "or if pain spreads; rest and get professional advice if it does not settle."
)
BREATHING = "Breathe slowly: in through the nose for 4, out through the mouth for 6."


def warm_up_step(heat: bool) -> PlanStep:
    """Warm the tissues first; heat only where nothing speaks against it."""
    text = (
        "Warm the area for a few minutes first: a warm (not hot) pack wrapped in a cloth, or a "
        "warm shower. Then roll your shoulders and move gently."
        if heat
        else "Move gently for a minute to warm up: roll your shoulders, march on the spot. "
        "Skip heat packs (your answers suggest heat is not safe for you)."
    )
    return PlanStep(kind="warm-up", title="Warm up", instructions=text, duration_s=60,
                    breathing=BREATHING, stop_rule=STOP_RULE)


def release_step(
    kb: KnowledgeBase, muscle: Muscle, side: str, technique: str, tool: str, dose: PhaseDose
) -> PlanStep:
    """Find the spot, press (or roll, or stroke) for the dose, breathing slowly."""
    st = muscle.self_treatment
    technique_name = kb.techniques[technique].name if technique in kb.techniques else technique
    tool_name = kb.tools[tool].name if tool in kb.tools else tool
    how = _how(dose)
    zones = [kb.danger_zones[z].name.lower() for z in muscle.danger_zones if z in kb.danger_zones]
    avoid = f" Do not press on the {', '.join(zones)}." if zones else ""
    return PlanStep(
        kind="release",
        title=f"{muscle.name} ({side}): {technique_name.lower()} with {tool_name.lower()}",
        instructions=f"{st.instructions} {how}{avoid}",
        duration_s=dose.seconds,
        muscle=muscle.id,
        side=side,
        technique=technique,
        tool=tool,
        position=st.position,
        find_it=muscle.trigger_points[0].location,
        pressure=dose.pressure,
        pressure_words=pressure_words(dose.pressure),
        hold_s=dose.roll_s or dose.hold_s,
        rounds=dose.rounds,
        breathing=BREATHING,
        stop_rule=STOP_RULE,
    )


def _how(dose: PhaseDose) -> str:
    rounds = f"{dose.rounds} round{'s' if dose.rounds > 1 else ''}"
    rest = f", resting {dose.rest_s} s between" if dose.rounds > 1 else ""
    if dose.roll_s is not None:
        return f"Roll slowly for {dose.roll_s} s, {rounds}{rest}."
    if dose.strokes is not None:
        return f"Do {dose.strokes} slow strokes in one direction, {rounds}{rest}."
    return f"Hold for {dose.hold_s} s, {rounds}{rest}; ease off as the spot softens."


def stretch_step(muscle: Muscle, side: str, day_fraction: float) -> PlanStep:
    """The muscle's stretch, gently, right after its release."""
    stretch = muscle.stretch
    hold = round(stretch.hold_s[0] + (stretch.hold_s[1] - stretch.hold_s[0]) * day_fraction)
    reps = max(1, round(stretch.repetitions[0]))
    return PlanStep(
        kind="stretch",
        title=f"Stretch: {stretch.name} ({side})",
        instructions=f"{stretch.instructions} Hold {hold} s, {reps} time{'s' if reps > 1 else ''}."
        " A gentle pull, never pain.",
        duration_s=hold * reps + 5 * (reps - 1),
        muscle=muscle.id,
        side=side,
        hold_s=hold,
        rounds=reps,
        breathing=BREATHING,
        stop_rule=STOP_RULE,
    )


def check_step() -> PlanStep:
    """Rate the pain after the session, so the log can tell what helped."""
    return PlanStep(
        kind="check",
        title="How is it now?",
        instructions="Rate your pain now from 0 (none) to 10 (worst) and note it. Drink some "
        "water, and stand up and move every 30-45 minutes today.",
        duration_s=15,
        stop_rule=STOP_RULE,
    )
