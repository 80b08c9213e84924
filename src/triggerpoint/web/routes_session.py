"""The guided session: the saved plan's due session (or a one-off for named muscles), the safety
questions first, then one step at a time with a countdown (static/js/session.js), pain before and
after, and the record kept in the journal.

Without JavaScript the page lists the steps with their durations and a plain form records pain
before and after and which steps were done (POST, then 303 to the summary). With it, the page
walks the steps and POSTs the record as JSON to ``/api/sessions``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import ImmutableMultiDict

from triggerpoint.errors import InputError, InvalidQuery
from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.plans.export_ics import duration_text
from triggerpoint.plans.models import PlanStep
from triggerpoint.plans.steps import STOP_RULE
from triggerpoint.records import SessionRecord, StepRecord
from triggerpoint.safety import SafetyAssessment
from triggerpoint.services.sessions import (
    DueSession,
    SessionRequest,
    due,
    latest_plan_id,
    record,
    recorded,
    session_safety,
)
from triggerpoint.sessions import walked_steps
from triggerpoint.web.app import context_of, profile_of, render
from triggerpoint.web.state import FindState
from triggerpoint.web.views import QuestionGroup, group_questions

__all__ = ["SessionForm", "router"]

router = APIRouter()

MAX_SPEED = 1000


# The request ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SessionForm:
    """Which session the page (or its form) asks for, and the answers given."""

    plan: str = ""
    muscles: tuple[str, ...] = ()
    side: str = "right"
    numbers: dict[str, str] = field(default_factory=dict)
    answers: dict[str, bool] = field(default_factory=dict)

    @classmethod
    def parse(cls, params: ImmutableMultiDict[str, Any]) -> SessionForm:
        state = FindState.from_query(params)  # type: ignore[arg-type]
        return cls(
            str(params.get("plan") or "").strip(),
            tuple(dict.fromkeys(str(m).strip() for m in params.getlist("m") if str(m).strip())),
            str(params.get("side") or "right").strip(),
            {k: str(params.get(k) or "").strip() for k in ("minutes", "day", "slot", "speed")},
            state.answers,
        )

    def _int(self, name: str, words: str, low: int, high: int) -> int | None:
        raw = self.numbers.get(name, "")
        if not raw:
            return None
        if not raw.isdigit() or not low <= int(raw) <= high:
            raise InvalidQuery(
                f"{words} must be a whole number from {low} to {high}, not '{raw[:20]}'."
            )
        return int(raw)

    @property
    def speed(self) -> int:
        """How much faster than real time the countdown runs (tests and demos)."""
        return self._int("speed", "speed", 1, MAX_SPEED) or 1

    def request(self, profile: str | None) -> SessionRequest:
        minutes = self._int("minutes", "Minutes per session", 3, 45) or 10
        day, slot = self._int("day", "day", 1, 60), self._int("slot", "slot", 1, 4)
        if self.muscles:
            return SessionRequest(
                muscles=list(self.muscles),
                side=self.side,
                minutes=minutes,
                answers=self.answers or None,
                profile=profile,
            )
        return SessionRequest(
            saved_plan=True,
            plan_id=self.plan or None,
            day=day,
            slot=slot,
            answers=self.answers or None,
            profile=profile,
        )

    def pairs(self, *, answers: bool = True) -> list[tuple[str, str]]:
        pairs = [("plan", self.plan)] if self.plan else []
        pairs += [("m", m) for m in self.muscles]
        if self.muscles:
            pairs.append(("side", self.side))
        pairs += [(k, v) for k, v in self.numbers.items() if v]
        if answers:
            pairs += [("a", f"{q}:{'yes' if v else 'no'}") for q, v in self.answers.items()]
        return pairs


# What the page shows ------------------------------------------------------------------------------


@dataclass(frozen=True)
class StepView:
    """One step to walk, with what the countdown needs."""

    index: int
    step: PlanStep
    label: str
    duration: str
    recorded: bool  # a release step: its record is kept

    @property
    def data(self) -> dict[str, str]:
        s = self.step
        values = {
            "kind": s.kind,
            "title": s.title,
            "duration": s.duration_s,
            "muscle": s.muscle,
            "side": s.side,
            "technique": s.technique,
            "tool": s.tool,
            "pressure": s.pressure,
            "hold": s.hold_s,
            "rounds": s.rounds,
        }
        return {k: str(v) for k, v in values.items() if v is not None}


@dataclass(frozen=True)
class SessionPage:
    """The session page: the stop, the open questions, or the steps to walk."""

    form: SessionForm
    error: str | None = None
    no_plan: bool = False
    safety: SafetyAssessment | None = None
    questions: list[QuestionGroup] = field(default_factory=list)
    title: str = ""
    level: str = "self-care"
    plan_id: str | None = None
    day: int | None = None
    slot: int | None = None
    steps: list[StepView] = field(default_factory=list)
    total: str = ""
    after_care: str | None = None
    opened_at: str = ""
    stop_rule: str = STOP_RULE

    @property
    def blocked(self) -> bool:
        return self.safety is not None and not self.safety.self_care_allowed

    @property
    def record_pairs(self) -> list[tuple[str, str]]:
        """The hidden fields that pin this very session for the record form."""
        pairs = [p for p in self.form.pairs() if p[0] not in ("day", "slot", "speed")]
        if self.day is not None and not self.form.muscles:
            pairs += [("day", str(self.day)), ("slot", str(self.slot))]
        return pairs


def _label(kb: KnowledgeBase, step: PlanStep) -> str:
    muscle = kb.muscles.get(step.muscle or "")
    if step.kind == "release" and muscle is not None:
        return f"Press: {muscle.name} ({step.side})"
    return step.title


def _page(request: Request, form: SessionForm) -> tuple[SessionPage, int, DueSession | None]:
    ctx = context_of(request)
    try:
        if not form.plan and not form.muscles and latest_plan_id(ctx, profile_of(request)) is None:
            return SessionPage(form, no_plan=True), 200, None
        session_request = form.request(profile_of(request))
        _ = form.speed
        safety = session_safety(ctx, session_request)
    except InputError as exc:
        return SessionPage(form, error=str(exc)), 422, None
    page = SessionPage(form, safety=safety, questions=group_questions(safety.open_questions))
    if not safety.self_care_ready:
        return page, 200, None
    try:
        found = due(ctx, session_request)
    except InputError as exc:
        first_visit = not form.plan and not form.muscles
        return replace(page, error=str(exc), no_plan=first_visit), 200 if first_visit else 422, None
    kb = ctx.kb
    steps = [
        StepView(i, s, _label(kb, s), duration_text(s.duration_s), s.kind == "release")
        for i, s in enumerate(walked_steps(found.session.steps))
    ]
    total = duration_text(sum(s.step.duration_s for s in steps))
    planned = found.plan_id is not None
    return (
        replace(
            page,
            title=found.title,
            level=found.level,
            plan_id=found.plan_id,
            day=found.session.day if planned else None,
            slot=found.session.slot if planned else None,
            steps=steps,
            total=total,
            after_care=found.after_care,
            opened_at=ctx.now().isoformat(),
        ),
        200,
        found,
    )


@router.get(
    "/session",
    response_class=HTMLResponse,
    summary="The guided session: the saved "
    "plan's due session (plan=ID for one plan) or a one-off for muscles (m=...)",
)
def session_page(request: Request) -> HTMLResponse:
    page, status, _ = _page(request, SessionForm.parse(request.query_params))
    return render(request, "session.html", status_code=status, page=page)


def _pain(raw: str, words: str) -> int | None:
    raw = raw.strip()
    if not raw:
        return None
    if not raw.isdigit() or int(raw) > 10:
        raise InvalidQuery(f"{words} must be a whole number from 0 to 10, not '{raw[:20]}'.")
    return int(raw)


def _opened(raw: str, now: datetime, spent_s: int) -> datetime:
    """When the person opened the page (if it is believable), else ``spent_s`` ago."""
    try:
        opened = datetime.fromisoformat(raw.strip())
    except ValueError:
        opened = None
    if opened is None or opened.tzinfo is None or not now - timedelta(hours=6) <= opened <= now:
        return now - timedelta(seconds=spent_s)
    return opened


@router.post(
    "/session",
    response_class=HTMLResponse,
    response_model=None,
    summary="Keep a session done without the countdown (the plain form), then go to "
    "its summary (303)",
)
async def record_form(request: Request) -> Response:
    data = await request.form()
    form = SessionForm.parse(data)
    page, status, found = _page(request, form)
    if found is None:
        return render(
            request, "session.html", status_code=status if status != 200 else 409, page=page
        )
    try:
        before = _pain(str(data.get("pain_before") or ""), "Pain before")
        after = _pain(str(data.get("pain_after") or ""), "Pain after")
        done = {int(str(v)) for v in data.getlist("done") if str(v).isdigit()}
    except InputError as exc:
        return render(request, "session.html", status_code=422, page=replace(page, error=str(exc)))
    steps = [
        StepRecord(
            muscle=v.step.muscle or "",
            side=v.step.side or "both",
            technique=v.step.technique or "",
            tool=v.step.tool or "",
            duration_s=v.step.duration_s if v.index in done else 0,
            pressure=v.step.pressure,
            completed=v.index in done,
        )
        for v in page.steps
        if v.recorded
    ]
    now = context_of(request).now()
    spent = sum(v.step.duration_s for v in page.steps if v.index in done)
    kept = record(
        context_of(request),
        profile_of(request),
        SessionRecord(
            started_at=_opened(str(data.get("opened_at") or ""), now, spent),
            ended_at=now,
            pain_before=before,
            pain_after=after,
            safety_level=found.level,
            steps=steps,
            stopped_early=bool(data.get("stopped_early")),
            plan_id=found.plan_id,
        ),
    )
    return RedirectResponse(f"/session/done?id={kept.session_id}", status_code=303)


@dataclass(frozen=True)
class DonePage:
    """What a kept session was: pain before and after, steps, and the journal's warnings."""

    session_id: int
    profile: str
    done: SessionRecord
    minutes: str
    steps: list[tuple[str, str, bool]]
    warnings: list[tuple[str, str]]


@router.get("/session/done", response_class=HTMLResponse, summary="A kept session's summary")
def session_done(request: Request, id: int) -> HTMLResponse:  # noqa: A002
    ctx = context_of(request)
    done, kept = recorded(ctx, profile_of(request), id)
    kb = ctx.kb
    steps = [
        (
            f"{kb.muscles[s.muscle].name} ({s.side})" if s.muscle in kb.muscles else s.muscle,
            duration_text(s.duration_s),
            s.completed,
        )
        for s in done.steps
    ]
    spent = int((done.ended_at - done.started_at).total_seconds())
    page = DonePage(
        id,
        kept.profile,
        done,
        duration_text(max(0, spent)),
        steps,
        [(w.message, w.advice) for w in kept.warnings],
    )
    return render(request, "session_done.html", page=page)


# JSON twins ---------------------------------------------------------------------------------------


@router.get(
    "/api/session",
    summary="JSON twin of /session: the session to walk {title, safety_level, plan_id, session}",
)
def api_session(request: Request) -> dict[str, Any]:
    form = SessionForm.parse(request.query_params)
    return due(context_of(request), form.request(profile_of(request))).to_json()


@router.post(
    "/api/sessions",
    status_code=201,
    summary="Keep a walked session (a SessionRecord) in the journal: {id, profile, warnings}",
)
def api_record(request: Request, body: SessionRecord) -> dict[str, Any]:
    _check_record(context_of(request).kb, body)
    return record(context_of(request), profile_of(request), body).to_json()


def _check_record(kb: KnowledgeBase, done: SessionRecord) -> None:
    """InvalidQuery for a record no walk could have made: ending before it started, or naming a
    muscle, technique or tool the knowledge base does not know."""
    if done.ended_at < done.started_at:
        raise InvalidQuery("ended_at must not be before started_at.")
    for n, step in enumerate(done.steps, start=1):
        for kind, known, value in (
            ("muscle", kb.muscles, step.muscle),
            ("technique", kb.techniques, step.technique),
            ("tool", kb.tools, step.tool),
        ):
            if value not in known:
                raise InvalidQuery(f"Step {n}: unknown {kind} '{value[:60]}'.")
