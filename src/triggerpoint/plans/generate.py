"""Making a two-week self-care plan that respects the safety gate and the time budget.

Each session: a warm-up, then for as many muscles as fit the budget a release step and its
stretch, then a pain check. Sessions rotate which muscle goes first, a spot is worked at most
once per session and at most about five minutes a day, and doses start gentle (see ``dose``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from triggerpoint.errors import InvalidQuery, SafetyStop, TriageIncomplete
from triggerpoint.knowledge import KnowledgeBase, Muscle
from triggerpoint.plans.dose import MAX_SPOT_SECONDS_PER_DAY, dose_for_day
from triggerpoint.plans.models import Plan, PlanOptions, PlanSession, PlanStep, Target
from triggerpoint.plans.steps import check_step, release_step, stretch_step, warm_up_step
from triggerpoint.safety import Restrictions, SafetyAssessment, screen

__all__ = ["Choice", "make_plan", "target_regions"]

#: Body parts that are always at hand.
HANDS = frozenset({"thumb", "fingertips", "knuckle", "elbow"})
#: Contraindications under which a heat pack is not suggested.
NO_HEAT = frozenset({"poor-circulation", "diabetes-neuropathy", "fever", "acute-inflammation",
                     "open-wound", "recent-surgery"})
_OVERHEAD_S = 60 + 15  # warm-up and the closing pain check

Choice = tuple[Muscle, str, str, str]  # muscle, side, technique, tool


def target_regions(kb: KnowledgeBase, targets: Sequence[Target]) -> list[str]:
    """The regions a plan for these muscles touches: where their points lie and where they
    refer pain (they choose the area safety questions)."""
    regions: list[str] = []
    for target in targets:
        muscle = kb.muscles.get(target.muscle)
        if muscle is None:
            continue
        regions += [*muscle.essential_regions, *(r for tp in muscle.trigger_points
                                                 for r in tp.regions)]
    return list(dict.fromkeys(regions))


def make_plan(
    kb: KnowledgeBase,
    targets: Sequence[Target],
    options: PlanOptions,
    safety: SafetyAssessment | None = None,
) -> Plan:
    """A dated plan for the targets; raises SafetyStop from 'doctor' up, TriageIncomplete while
    the safety questions for this person are open, InvalidQuery if empty."""
    safety = safety or screen(kb, regions=target_regions(kb, targets))
    if not safety.self_care_allowed:
        raise SafetyStop(safety.level, safety.advice, [r.text for r in safety.reasons][:3])
    if not safety.triage_complete:
        raise TriageIncomplete([(q.id, q.text) for q in safety.open_questions])
    if not targets:
        raise InvalidQuery("Name at least one muscle to plan for, e.g. 'upper trapezius'.")
    choices, skipped = _choose(kb, targets, safety.restrictions, options.tools)
    if not choices:
        raise InvalidQuery("None of these muscles can be worked on safely at home: "
                           + " ".join(skipped))
    _check_budget(options, choices, kb, safety.restrictions.max_pressure)
    heat = not {r.id for r in safety.reasons} & NO_HEAT
    sessions = _schedule(kb, choices, options, safety.restrictions.max_pressure, heat)
    return Plan(
        title=_title(choices, options),
        targets=[Target(muscle=m.id, side=side) for m, side, _, _ in choices],
        skipped=skipped,
        options=options,
        safety_level=safety.level,
        max_pressure=safety.restrictions.max_pressure,
        sessions=sessions,
        reminders=_reminders(safety),
        sources=_sources(kb, choices),
    )


def _choose(
    kb: KnowledgeBase, targets: Sequence[Target], limits: Restrictions, tools: list[str] | None
) -> tuple[list[Choice], list[str]]:
    choices: list[Choice] = []
    skipped: list[str] = []
    seen: set[tuple[str, str]] = set()
    for target in dict.fromkeys(targets):
        muscle = kb.muscle(target.muscle)
        if (muscle.id, target.side) in seen:  # the same spot named twice (id and alias)
            continue
        seen.add((muscle.id, target.side))
        why = _excluded(kb, muscle, limits)
        technique = _technique(muscle, limits)
        if why is None and technique is None:
            why = "every self-care technique for it is ruled out for you"
        if why is not None or technique is None:
            skipped.append(f"{muscle.name}: {why}.")
            continue
        tool = _tool(muscle, limits, tools)
        choices.append((muscle, target.side, technique, tool))
    return choices, skipped


def _excluded(kb: KnowledgeBase, muscle: Muscle, limits: Restrictions) -> str | None:
    if muscle.therapist_only:  # every point lies where only a therapist should press
        note = muscle.trigger_points[0].therapist_note or ""
        return f"for a trained therapist only, not for pressing at home. {note.rstrip('.')}"
    if muscle.id in limits.avoid_muscles:
        return "your answers rule out work on this muscle"
    spots = {r for tp in muscle.trigger_points for r in tp.regions}
    spots |= set(muscle.self_treatment.pressure_regions)
    avoided = sorted(spots & set(limits.avoid_regions))
    if avoided:
        names = ", ".join(kb.atlas.regions[r].name.lower() for r in avoided)
        return f"its trigger points lie where you should not press ({names})"
    return None


def _technique(muscle: Muscle, limits: Restrictions) -> str | None:
    st = muscle.self_treatment
    for technique in (st.technique, *st.alternatives, "static-pressure"):
        if technique not in limits.forbid_techniques:
            return technique
    return None


def _tool(muscle: Muscle, limits: Restrictions, tools: list[str] | None) -> str:
    fitting = [t for t in muscle.self_treatment.tools if t not in limits.forbid_tools]
    at_hand = [t for t in fitting if tools is None or t in tools or t in HANDS]
    return (at_hand or fitting or ["thumb"])[0]


def _block_seconds(kb: KnowledgeBase, choice: Choice, day: int, options: PlanOptions,
                   max_pressure: int) -> tuple[PlanStep, PlanStep]:
    muscle, side, technique, tool = choice
    dose = dose_for_day(muscle.self_treatment.dose, day, options.days, options.pain_now,
                        max_pressure)
    fraction = (day - 1) / max(1, options.days - 1)
    return (release_step(kb, muscle, side, technique, tool, dose),
            stretch_step(muscle, side, fraction))


def _check_budget(options: PlanOptions, choices: list[Choice], kb: KnowledgeBase,
                  max_pressure: int) -> None:
    shortest = min(sum(s.duration_s for s in _block_seconds(kb, c, 1, options, max_pressure))
                   for c in choices)
    if _OVERHEAD_S + shortest > options.minutes * 60:
        need = -(-(_OVERHEAD_S + shortest) // 60)
        raise InvalidQuery(f"{options.minutes} minutes is too short for one muscle with its "
                           f"warm-up and stretch; allow at least {need} minutes.")


def _schedule(kb: KnowledgeBase, choices: list[Choice], options: PlanOptions,
              max_pressure: int, heat: bool) -> list[PlanSession]:
    sessions: list[PlanSession] = []
    rotation = 0
    budget = options.minutes * 60
    share = MAX_SPOT_SECONDS_PER_DAY // options.per_day
    for day in range(1, options.days + 1):
        spent: dict[tuple[str, str], int] = {}
        for slot in range(1, options.per_day + 1):
            steps = [warm_up_step(heat)]
            used = _OVERHEAD_S
            picked = 0
            for k in range(len(choices)):
                choice = choices[(rotation + k) % len(choices)]
                key = (choice[0].id, choice[1])
                room = min(share, MAX_SPOT_SECONDS_PER_DAY - spent.get(key, 0))
                block = _fitting_block(kb, choice, day, options, max_pressure,
                                       (room, budget - used))
                if block is None:
                    continue
                steps += block
                used += sum(step.duration_s for step in block)
                spent[key] = spent.get(key, 0) + block[0].duration_s
                picked += 1
            # Advance so the next session starts with another muscle, even when all fitted.
            rotation += picked if picked % len(choices) else 1
            steps.append(check_step())
            sessions.append(_session(options, day, slot, steps))
    return sessions


def _fitting_block(kb: KnowledgeBase, choice: Choice, day: int, options: PlanOptions,
                   max_pressure: int, room: tuple[int, int]) -> tuple[PlanStep, PlanStep] | None:
    """The day's block, else the latest earlier day's that fits: a dose plateaus, never skips."""
    release_room, block_room = room
    for earlier in range(day, 0, -1):
        release, stretch = _block_seconds(kb, choice, earlier, options, max_pressure)
        if (release.duration_s <= release_room
                and release.duration_s + stretch.duration_s <= block_room):
            return release, stretch
    return None


def _session(options: PlanOptions, day: int, slot: int, steps: list[PlanStep]) -> PlanSession:
    from triggerpoint.plans.dose import phase_of

    return PlanSession(
        day=day,
        date=options.start + timedelta(days=day - 1),
        slot=slot,
        start=options.times[(slot - 1) % len(options.times)],
        phase=phase_of(day, options.days, options.pain_now),
        steps=steps,
    )


def _title(choices: list[Choice], options: PlanOptions) -> str:
    names = ", ".join(dict.fromkeys(m.name for m, _, _, _ in choices))
    return f"{options.days}-day self-care plan: {names}"


def _reminders(safety: SafetyAssessment) -> list[str]:
    reminders = [
        "Note your pain (0-10) before and after every session; the log shows what helps.",
        "Short sessions twice a day beat one long, painful one. Do not overwork one spot.",
        "Check your posture and get up to move every 30-45 minutes when sitting.",
        "Use ice wrapped in a cloth afterwards only if the area is swollen.",
        "Sleep, water and light exercise support the work; many people notice change in "
        "7-14 days.",
        "Stop and get professional advice if pain spikes or spreads. See a licensed therapist "
        "if nothing has improved after two weeks.",
    ]
    if safety.level == "therapist":
        reminders.insert(0, safety.advice)
    reminders += safety.restrictions.notes
    return reminders


def _sources(kb: KnowledgeBase, choices: list[Choice]) -> list[str]:
    ids: list[str] = ["seed-tp-massage-quick-relief", "seed-what-is-tpt"]
    for muscle, _, technique, _ in choices:
        ids += muscle.self_treatment.sources + muscle.stretch.sources
        if technique in kb.techniques:
            ids += kb.techniques[technique].sources
    return [s for s in dict.fromkeys(ids) if s in kb.sources]
