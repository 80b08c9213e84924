"""The plan builder: pick muscles (or take them from a drawing), side, tools and dose; answer the
safety questions; see the plan; save it to the journal; download its calendar and printable page.

The builder is one GET form (``/plan?m=upper-trapezius&side=both&a=chest-pain:no...``), so a
half-built plan can be bookmarked; saving is a POST of the same fields that redirects (303) to the
saved plan's page, ``/plan/{id}``. Everything is decided by ``services.planning``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from pydantic import BaseModel, ConfigDict, Field
from starlette.datastructures import ImmutableMultiDict

from triggerpoint.errors import InputError, SafetyStop, TriageIncomplete
from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.plans import Plan, PlanStep
from triggerpoint.plans.export_html import (
    LEVEL_TITLES,
    PHASE_WORDS,
    plan_html,
    reminders_to_show,
    short_pressure,
    step_amount,
    step_label,
)
from triggerpoint.plans.export_ics import plan_calendar, session_minutes
from triggerpoint.plans.generate import HANDS
from triggerpoint.plans.steps import STOP_RULE
from triggerpoint.safety import SafetyAssessment
from triggerpoint.services.planning import PlanRequest, PlanView, make, plan_safety
from triggerpoint.services.sessions import SavedPlan, saved_plan
from triggerpoint.web.app import context_of, profile_of, render
from triggerpoint.web.state import FindState
from triggerpoint.web.views import QuestionGroup, group_questions

__all__ = ["PlanForm", "router"]

router = APIRouter()

SIDES = (("right", "Right side"), ("left", "Left side"), ("both", "Both sides"))
SLOT_WORDS = {1: "Morning", 2: "Evening", 3: "Midday", 4: "Night"}
#: Number fields of the form: name -> (words for errors, default, lowest, highest).
NUMBERS: dict[str, tuple[str, int | None, int, int]] = {
    "minutes": ("Minutes per session", 10, 3, 45),
    "days": ("Days", 14, 1, 60),
    "per_day": ("Sessions a day", 2, 1, 4),
    "pain": ("Pain today", None, 0, 10),
}


# The form ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanForm:
    """What the builder's form (or its query string) says; numbers still as typed."""

    muscles: tuple[str, ...] = ()
    side: str = "right"
    tools: tuple[str, ...] = ()
    tools_chosen: bool = False
    numbers: dict[str, str] = field(default_factory=dict)
    start: str = ""
    state: FindState = field(default_factory=FindState)

    @classmethod
    def parse(cls, params: ImmutableMultiDict[str, Any]) -> PlanForm:
        """The form's fields; InputError names a malformed answer or intensity."""
        state = FindState.from_query(params)  # type: ignore[arg-type]
        muscles = tuple(
            dict.fromkeys(str(m).strip() for m in params.getlist("m") if str(m).strip())
        )
        return cls(
            muscles,
            str(params.get("side") or "right").strip(),
            tuple(dict.fromkeys(str(t) for t in params.getlist("tool") if str(t))),
            bool(params.get("tools_set")),
            {k: str(params.get(k) or "").strip() for k in NUMBERS},
            str(params.get("start") or "").strip(),
            state,
        )

    @property
    def has_drawing(self) -> bool:
        return bool(self.state.marks or self.state.text)

    @property
    def chosen(self) -> bool:
        """Something to plan for: muscles named, or a drawing."""
        return bool(self.muscles) or self.has_drawing

    def number(self, name: str) -> int | None:
        """A number field as an int (its default when empty); InputError when not a number."""
        words, default, low, high = NUMBERS[name]
        raw = self.numbers.get(name, "")
        if not raw:
            return default
        if not raw.isdigit():
            raise InputError(
                f"{words} must be a whole number from {low} to {high}, not '{raw[:20]}'."
            )
        return int(raw)

    def request(self, *, save: bool = False, profile: str | None = None) -> PlanRequest:
        """The use case's request for this form."""
        numbers = {k: self.number(k) for k in NUMBERS}
        state = self.state
        return PlanRequest(
            muscles=list(self.muscles),
            side=self.side,
            from_find=state.text or None,
            regions=state.specs if self.has_drawing else [],
            confirm=list(state.confirm),
            deny=list(state.deny),
            days=numbers["days"] or 14,
            per_day=numbers["per_day"] or 2,
            minutes=numbers["minutes"] or 10,
            tools=",".join(self.tools) if self.tools_chosen else None,
            start=self.start or None,
            pain=numbers["pain"],
            answers=state.answers or None,
            save=save,
            profile=profile,
        )

    def pairs(self, *, answers: bool = True, drawing: bool = True) -> list[tuple[str, str]]:
        """The form as query pairs (for links and hidden fields)."""
        pairs = [("m", m) for m in self.muscles]
        pairs += [("side", self.side)]
        pairs += [("tool", t) for t in self.tools]
        if self.tools_chosen:
            pairs.append(("tools_set", "1"))
        pairs += [(k, v) for k, v in self.numbers.items() if v]
        if self.start:
            pairs.append(("start", self.start))
        if drawing:
            for spec, level in self.state.marks.items():
                pairs.append(("r", spec))
                if level is not None:
                    pairs.append((f"n.{spec}", str(level)))
            if self.state.text:
                pairs.append(("text", self.state.text))
            pairs += [("confirm", m) for m in self.state.confirm]
            pairs += [("deny", m) for m in self.state.deny]
        if answers:
            pairs += [("a", f"{q}:{'yes' if v else 'no'}") for q, v in self.state.answers.items()]
        return pairs

    def query(self, **options: bool) -> str:
        return urlencode(self.pairs(**options))


# What the pages show --------------------------------------------------------------------------


@dataclass(frozen=True)
class Choice:
    """A checkbox of the form."""

    id: str
    name: str
    checked: bool
    hint: str = ""


@dataclass(frozen=True)
class StepRow:
    kind: str
    label: str
    amount: str
    pressure: str


@dataclass(frozen=True)
class SessionRow:
    label: str
    time: str
    minutes: int
    steps: list[StepRow]


@dataclass(frozen=True)
class DayRow:
    day: int
    date: str
    phase: str
    sessions: list[SessionRow]


@dataclass(frozen=True)
class PlanShown:
    """A plan as the page shows it: what it works on, then each day's sessions and steps."""

    title: str
    start: str
    level: str
    level_title: str
    targets: list[str]
    skipped: list[str]
    tools: list[str]
    days: list[DayRow]
    reminders: list[str]
    stop_rule: str
    sessions: int
    sources: list[tuple[str, str]]


@dataclass(frozen=True)
class PlanPage:
    """The builder: the form's choices, then the stop, the open questions or the plan."""

    form: PlanForm
    muscles: list[Choice]
    tools: list[Choice]
    sides: list[tuple[str, str, bool]]
    today: str
    drawing: list[str] = field(default_factory=list)
    safety: SafetyAssessment | None = None
    questions: list[QuestionGroup] = field(default_factory=list)
    error: str | None = None
    plan: PlanShown | None = None

    @property
    def blocked(self) -> bool:
        return self.safety is not None and not self.safety.self_care_allowed


@dataclass(frozen=True)
class SavedPage:
    """A saved plan's page: the plan, its downloads, and where its next session is."""

    plan_id: str
    saved_on: str
    plan: PlanShown
    answers_query: str


def _date_words(day: date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def _label(kb: KnowledgeBase, step: PlanStep) -> str:
    """A step's short name: 'Press: Upper trapezius (right)', 'Stretch: ... (right)'."""
    return step.title if step.kind == "stretch" else step_label(kb, step)


def plan_shown(kb: KnowledgeBase, plan: Plan, safety: SafetyAssessment | None) -> PlanShown:
    """The view of a plan (the printable page's words, on screen)."""
    days: dict[int, DayRow] = {}
    for s in plan.sessions:
        day = days.setdefault(s.day, DayRow(s.day, _date_words(s.date), PHASE_WORDS[s.phase], []))
        day.sessions.append(
            SessionRow(
                SLOT_WORDS.get(s.slot, f"Session {s.slot}"),
                f"{s.start:%H:%M}",
                session_minutes(s),
                [
                    StepRow(st.kind, _label(kb, st), step_amount(kb, st), short_pressure(st))
                    for st in s.steps
                ],
            )
        )
    tools = {st.tool for s in plan.sessions for st in s.steps if st.tool}
    sources = [
        (kb.sources[s].title, kb.sources[s].url or "") for s in plan.sources if s in kb.sources
    ]
    return PlanShown(
        plan.title,
        _date_words(plan.options.start),
        plan.safety_level,
        LEVEL_TITLES[plan.safety_level],
        [
            f"{kb.muscles[t.muscle].name} ({t.side})" if t.muscle in kb.muscles else t.muscle
            for t in plan.targets
        ],
        list(plan.skipped),
        sorted(kb.tools[t].name for t in tools if t in kb.tools),
        list(days.values()),
        reminders_to_show(plan, safety),
        STOP_RULE,
        len(plan.sessions),
        sources,
    )


def _muscle_choices(kb: KnowledgeBase, chosen: tuple[str, ...]) -> list[Choice]:
    """The muscles one may work on at home, the chosen ones first."""
    names = {r.id: r.name for r in kb.atlas}
    rows = [
        Choice(
            m.id,
            m.name,
            m.id in chosen,
            " ".join([*m.aliases, *(names.get(r, r) for r in m.essential_regions)]),
        )
        for m in kb.muscles.values()
        if not m.therapist_only or m.id in chosen
    ]
    rows.sort(key=lambda c: (not c.checked, c.name.lower()))
    return rows


def _tool_choices(kb: KnowledgeBase, form: PlanForm) -> list[Choice]:
    return [
        Choice(t.id, t.name, t.id in form.tools)
        for t in sorted(kb.tools.values(), key=lambda t: t.name)
        if t.id not in HANDS
    ]


def _page(request: Request, form: PlanForm) -> PlanPage:
    ctx = context_of(request)
    kb = ctx.kb
    names = {r.id: r.name for r in kb.atlas}
    drawing = [
        f"{names.get(s.split(':')[0], s)}" + (f" ({s.split(':')[1]})" if ":" in s else "")
        for s in form.state.marks
    ]
    if form.state.text:
        drawing.append(f"“{form.state.text}”")
    return PlanPage(
        form,
        _muscle_choices(kb, form.muscles),
        _tool_choices(kb, form),
        [(v, w, v == form.side) for v, w in SIDES],
        f"{ctx.now():%Y-%m-%d}",
        drawing,
    )


def _built(request: Request, form: PlanForm) -> tuple[PlanPage, int, PlanView | None]:
    """The builder page for a form: (page, status, the plan when one could be made)."""
    page = _page(request, form)
    if not form.chosen:
        return page, 200, None
    ctx = context_of(request)
    kb = ctx.kb
    try:
        plan_request = form.request(profile=profile_of(request))
        _, safety = plan_safety(ctx, plan_request)
    except InputError as exc:
        return _with(page, error=_in_words(exc)), 422, None
    page = _with(page, safety=safety, questions=group_questions(safety.open_questions))
    if not safety.self_care_ready:
        return page, 200, None
    try:
        view = make(ctx, plan_request)
    except (SafetyStop, TriageIncomplete, InputError) as exc:
        return _with(page, error=_in_words(exc)), 422 if isinstance(exc, InputError) else 409, None
    return _with(page, plan=plan_shown(kb, view.plan, view.safety)), 200, view


#: The command line's option names in a message, as the form calls them.
_FIELD_WORDS = {
    "--minutes": "Minutes per session",
    "--per-day": "Sessions a day",
    "--days": "Days",
    "--pain": "Pain today",
    "--start": "The first day",
    "--side": "The side",
}


def _in_words(exc: Exception) -> str:
    """The use case's message with the form's words for its options."""
    text = str(exc)
    for option, words in _FIELD_WORDS.items():
        text = text.replace(option, words)
    return text


def _with(page: PlanPage, **change: Any) -> PlanPage:
    return replace(page, **change)


# Pages ------------------------------------------------------------------------------------------


@router.get(
    "/plan",
    response_class=HTMLResponse,
    summary="The plan builder: muscles, side, tools, dose and the safety questions, then the plan",
)
def plan_page(request: Request) -> HTMLResponse:
    form = PlanForm.parse(request.query_params)
    page, status, _ = _built(request, form)
    return render(request, "plan.html", status_code=status, page=page)


@router.post(
    "/plan",
    response_class=HTMLResponse,
    summary="Save the plan to the journal, then go to its page (303)",
    response_model=None,
)
async def save_plan(request: Request) -> Response:
    form = PlanForm.parse(await request.form())
    page, status, view = _built(request, form)
    if not form.chosen:
        page, status = _with(page, error="Choose at least one muscle to plan for."), 422
    if view is None:  # not allowed, questions open, or bad input: nothing is saved
        return render(request, "plan.html", status_code=status if status != 200 else 409, page=page)
    saved = make(context_of(request), form.request(save=True, profile=profile_of(request)))
    answers = urlencode(
        [("a", f"{q}:{'yes' if v else 'no'}") for q, v in form.state.answers.items()]
    )
    return RedirectResponse(f"/plan/{saved.saved_id}?{answers}", status_code=303)


def _attachment(body: bytes | str, media_type: str, filename: str) -> Response:
    return Response(
        body,
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


def _made(request: Request) -> PlanView:
    form = PlanForm.parse(request.query_params)
    return make(context_of(request), form.request(profile=profile_of(request)))


@router.get(
    "/plan/calendar.ics",
    summary="The plan being built as a calendar file (.ics)",
    response_class=Response,
)
def plan_ics(request: Request) -> Response:
    view = _made(request)
    return _attachment(
        plan_calendar(context_of(request).kb, view.plan).to_ical(),
        "text/calendar",
        "triggerpoint-plan.ics",
    )


@router.get(
    "/plan/printable",
    summary="The plan being built as a printable page (.html)",
    response_class=Response,
)
def plan_printable(request: Request) -> Response:
    view = _made(request)
    return _attachment(
        plan_html(context_of(request).kb, view.plan, view.safety),
        "text/html; charset=utf-8",
        "triggerpoint-plan.html",
    )


def _saved(request: Request, plan_id: str) -> SavedPlan:
    return saved_plan(context_of(request), profile_of(request), plan_id)


@router.get("/plan/{plan_id}", response_class=HTMLResponse, summary="A saved plan")
def saved_plan_page(request: Request, plan_id: str) -> HTMLResponse:
    found = _saved(request, plan_id)
    state = FindState.from_query(request.query_params)
    answers = urlencode([("a", f"{q}:{'yes' if v else 'no'}") for q, v in state.answers.items()])
    page = SavedPage(
        found.plan_id,
        _date_words(found.created_at.date()),
        plan_shown(context_of(request).kb, found.plan, None),
        answers,
    )
    return render(request, "plan_saved.html", page=page)


@router.get(
    "/plan/{plan_id}/calendar.ics",
    summary="A saved plan as a calendar file (.ics)",
    response_class=Response,
)
def saved_ics(request: Request, plan_id: str) -> Response:
    found = _saved(request, plan_id)
    return _attachment(
        plan_calendar(context_of(request).kb, found.plan).to_ical(),
        "text/calendar",
        f"triggerpoint-plan-{found.plan_id[:8]}.ics",
    )


@router.get(
    "/plan/{plan_id}/printable",
    summary="A saved plan as a printable page (.html)",
    response_class=Response,
)
def saved_printable(request: Request, plan_id: str) -> Response:
    found = _saved(request, plan_id)
    return _attachment(
        plan_html(context_of(request).kb, found.plan),
        "text/html; charset=utf-8",
        f"triggerpoint-plan-{found.plan_id[:8]}.html",
    )


# JSON twins -------------------------------------------------------------------------------------


class PlanBody(BaseModel):
    """A plan to save, as JSON (the builder's fields; answers as question id -> yes)."""

    model_config = ConfigDict(extra="forbid")

    muscles: list[str] = Field(default_factory=list, description="Muscle ids or names.")
    side: str = Field("right", description="left, right or both.")
    from_find: str | None = Field(None, description="Describe where it hurts instead.")
    regions: list[str] = Field(default_factory=list, description="REGION[:SIDE][=N] marks.")
    days: int = 14
    per_day: int = 2
    minutes: int = 10
    tools: list[str] | None = Field(None, description="Tool ids you have; null = any.")
    start: str | None = Field(None, description="YYYY-MM-DD; today when null.")
    pain: int | None = None
    answers: dict[str, bool] = Field(default_factory=dict)


def _not_ready(safety: SafetyAssessment, exc: Exception) -> JSONResponse:
    status = 422 if isinstance(exc, InputError) else 409
    return JSONResponse({"safety": safety.to_json(), "error": str(exc)}, status_code=status)


@router.get(
    "/api/plan",
    summary="JSON twin of /plan: {safety, ...the plan (docs/plans.md)}; "
    "409 {safety, error} when self-care is ruled out, 422 when questions are open",
    response_model=None,
)
def api_plan(request: Request) -> dict[str, Any] | JSONResponse:
    form = PlanForm.parse(request.query_params)
    ctx = context_of(request)
    plan_request = form.request(profile=profile_of(request))
    _, safety = plan_safety(ctx, plan_request)
    try:
        view = make(ctx, plan_request)
    except (SafetyStop, TriageIncomplete) as exc:
        return _not_ready(safety, exc)
    return {"safety": view.safety.to_json(), **view.to_json()}


@router.post(
    "/api/plan",
    status_code=201,
    summary="Make and save a plan: {safety, id, ...the "
    "plan}; 409 / 422 {safety, error} when it cannot be made (nothing saved)",
    response_model=None,
)
def api_save_plan(request: Request, body: PlanBody) -> dict[str, Any] | JSONResponse:
    ctx = context_of(request)
    plan_request = PlanRequest(
        muscles=body.muscles,
        side=body.side,
        from_find=body.from_find,
        regions=body.regions,
        days=body.days,
        per_day=body.per_day,
        minutes=body.minutes,
        tools=",".join(body.tools) if body.tools is not None else None,
        start=body.start,
        pain=body.pain,
        answers=body.answers or None,
        save=True,
        profile=profile_of(request),
    )
    _, safety = plan_safety(ctx, plan_request.model_copy(update={"save": False}))
    try:
        view = make(ctx, plan_request)
    except (SafetyStop, TriageIncomplete) as exc:
        return _not_ready(safety, exc)
    return {"safety": view.safety.to_json(), **view.to_json()}


@router.get("/api/plan/{plan_id}", summary="JSON twin of /plan/{id}: a saved plan")
def api_saved_plan(request: Request, plan_id: str) -> dict[str, Any]:
    return _saved(request, plan_id).to_json()
