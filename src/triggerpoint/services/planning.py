"""Plan use case: a dated, dosed, safety-checked self-care plan for named muscles or for the
muscles a description points to, saved in the journal when asked.

Everything a front end needs to decide is here: which muscles (names joined up greedily, groups
expanded), on which sides, with which tools, under which safety assessment (the finder's and
the triage answers), and the plan's JSON format. The front end only parses options and renders.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from triggerpoint.errors import InvalidQuery, UnknownMuscle, UnknownNameError
from triggerpoint.names import normalize
from triggerpoint.plans import Plan, PlanOptions, Target, make_plan, target_regions
from triggerpoint.plans.targets import targets_from_result
from triggerpoint.safety import SafetyAssessment, screen
from triggerpoint.services.consult import consult
from triggerpoint.services.context import Ask, triaged

if TYPE_CHECKING:
    from triggerpoint.knowledge import KnowledgeBase, Muscle
    from triggerpoint.services.context import AppContext

__all__ = ["PlanRequest", "PlanView", "make", "parse_start", "parse_tools", "plan_json",
           "plan_safety", "resolve_targets"]

_SIDES = {"left": ("left",), "right": ("right",), "both": ("left", "right")}
#: PlanOptions field -> the option a person typed, for error messages.
_OPTION_OF = {"days": "--days", "per_day": "--per-day", "minutes": "--minutes",
              "pain_now": "--pain"}


class PlanRequest(BaseModel):
    """A plan asked for: muscles by name and/or a description, the dose, tools and answers."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    muscles: list[str] = Field(default_factory=list)
    side: str = "right"
    from_find: str | None = None
    #: A drawing's marked regions (``REGION[:SIDE][=N]``) and press-test results: like
    #: ``from_find``, plan for the muscles the finder ranks first for them.
    regions: list[str] = Field(default_factory=list)
    confirm: list[str] = Field(default_factory=list)
    deny: list[str] = Field(default_factory=list)
    days: int = 14
    per_day: int = 2
    minutes: int = 10
    tools: str | None = None
    start: str | None = None
    pain: int | None = None
    answers: dict[str, bool] | None = None
    conditions: list[str] = Field(default_factory=list)
    save: bool = False
    profile: str | None = None


@dataclass(frozen=True)
class PlanView:
    """The plan, the safety assessment it was made under, and its id when saved."""

    plan: Plan
    safety: SafetyAssessment
    saved_id: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The plan's JSON (docs/plans.md); with ``id`` first when it was saved."""
        data = plan_json(self.plan)
        return {"id": self.saved_id, **data} if self.saved_id else data


def make(ctx: AppContext, request: PlanRequest, ask: Ask | None = None) -> PlanView:
    """Make (and with ``save``, keep) the plan; SafetyStop or TriageIncomplete before any plan.

    Bad options raise InvalidQuery naming the option and its limits; nothing is saved then.
    """
    kb = ctx.kb
    options = _options(kb, request, ctx.now().date())
    targets, safety = _targets_and_safety(ctx, request, ask)
    made = make_plan(kb, targets, options, safety)
    saved_id = None
    if request.save:
        from triggerpoint.services.profiles import profile_name

        saved_id = ctx.journal().save_plan(profile=profile_name(ctx, request.profile),
                                           title=made.title, document=plan_json(made))
    return PlanView(made, safety, saved_id)


def plan_safety(ctx: AppContext, request: PlanRequest,
                ) -> tuple[list[Target], SafetyAssessment]:
    """What a plan for ``request`` would work on and the safety assessment it would be made
    under, without making it: a form shows the open questions (or the stop) first."""
    return _targets_and_safety(ctx, request, None)


def plan_json(made: Plan) -> dict[str, Any]:
    """The plan's JSON (see docs/plans.md): the model dump plus each session's duration_s."""
    data = made.model_dump(mode="json")
    for session, out in zip(made.sessions, data["sessions"], strict=True):
        out["duration_s"] = session.duration_s
    return data


def _options(kb: KnowledgeBase, request: PlanRequest, today: date) -> PlanOptions:
    """Validated plan options; a value out of range names the option and its limits."""
    try:
        return PlanOptions(days=request.days, per_day=request.per_day, minutes=request.minutes,
                           pain_now=request.pain, tools=parse_tools(kb, request.tools),
                           start=parse_start(request.start, today))
    except ValidationError as exc:
        error = exc.errors()[0]
        field = str(error["loc"][0]) if error["loc"] else ""
        limits = PlanOptions.model_fields[field].metadata if field in _OPTION_OF else []
        low = next((m.ge for m in limits if hasattr(m, "ge")), None)
        high = next((m.le for m in limits if hasattr(m, "le")), None)
        where = _OPTION_OF.get(field, field)
        span = f" must be from {low} to {high}" if low is not None else f": {error['msg']}"
        raise InvalidQuery(f"{where}{span}, not {error.get('input')}.") from None


def parse_start(text: str | None, today: date) -> date:
    """The first day: YYYY-MM-DD, or today when not given."""
    if text is None:
        return today
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidQuery(f"--start must be a date as YYYY-MM-DD, e.g. "
                           f"{today:%Y-%m-%d}; got '{text}'.") from None


def parse_tools(kb: KnowledgeBase, text: str | None) -> list[str] | None:
    """Tool ids for 'ball,foam-roller'; a bare 'ball' means every kind of ball."""
    if text is None:
        return None
    ids: list[str] = []
    for name in (part.strip() for part in text.split(",")):
        if not name:
            continue
        try:
            ids.append(kb.lookup("tools", name).id)
        except UnknownNameError:
            word = normalize(name).removesuffix("s")
            kinds = [t.id for t in kb.tools.values() if normalize(t.name).endswith(f" {word}")]
            if not word or not kinds:
                raise
            ids += kinds
    return list(dict.fromkeys(ids))


def resolve_targets(kb: KnowledgeBase, words: list[str], side: str) -> list[Target]:
    """Targets for the muscles named; unquoted words ('upper trapezius') join up greedily."""
    if side not in _SIDES:
        raise InvalidQuery(f"--side must be left, right or both, not '{side}'.")
    parts = [p.strip() for w in words for p in w.split(",") if p.strip()]
    targets: list[Target] = []
    i = 0
    while i < len(parts):
        muscles, i = _longest_name(kb, parts, i)
        targets += [Target(muscle=m.id, side=s) for m in muscles for s in _SIDES[side]]
    return targets


def _longest_name(kb: KnowledgeBase, parts: list[str], i: int) -> tuple[list[Muscle], int]:
    """The muscles the longest run of words from ``i`` names, and where the next run starts."""
    for j in range(len(parts), i + 1, -1):
        try:
            return kb.muscles_named(" ".join(parts[i:j])), j
        except UnknownMuscle:
            continue
    return kb.muscles_named(parts[i]), i + 1  # raises with suggestions for the word itself


def _targets_and_safety(ctx: AppContext, request: PlanRequest, ask: Ask | None,
                        ) -> tuple[list[Target], SafetyAssessment]:
    """What to work on and under which safety assessment: the finder's, or a plain screen."""
    kb, given, conditions = ctx.kb, request.answers, request.conditions
    targets = resolve_targets(kb, request.muscles, request.side)
    text = request.from_find
    if text is None and not request.regions:
        if not targets:
            raise InvalidQuery("Name at least one muscle (e.g. 'upper trapezius'), or describe "
                               "where it hurts with --from-find.")
        regions = target_regions(kb, targets)
        return targets, triaged(lambda a: screen(kb, answers=a, conditions=conditions,
                                                 regions=regions), given, ask)
    consultation = consult(kb, text=text, regions=request.regions, confirm=request.confirm,
                           deny=request.deny, answers=given, conditions=conditions)
    if consultation.error is not None and consultation.safety.self_care_allowed:
        raise consultation.error
    found = targets_from_result(consultation.result)
    regions = target_regions(kb, found + targets)
    safety = triaged(lambda a: screen(kb, text=text, answers=a, conditions=conditions,
                                      regions=regions), given, ask)
    if not found and consultation.safety.self_care_allowed and not targets:
        what = f"'{text}'" if text else "the pain where you marked"
        raise InvalidQuery(f"Could not tell which muscles cause {what}; try "
                           "'triggerpoint find' first, or name the muscles.")
    return found + targets, safety
