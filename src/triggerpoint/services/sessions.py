"""Session use case: which session to walk (a saved plan's due one, a plan file's, or a one-off
for named muscles), under which safety level, and keeping the record afterwards.

The walk itself (clock, keys, display) is the front end's: it gets a ``DueSession`` here, runs
``triggerpoint.sessions.SessionRunner`` with its own clock and display, and hands the record
back to ``record``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from triggerpoint.errors import InvalidQuery, SafetyStop, TriageIncomplete
from triggerpoint.plans import Plan, PlanOptions, PlanSession, make_plan, target_regions
from triggerpoint.records import SafetyLevel, SessionRecord
from triggerpoint.safety import SafetyAssessment, highest, screen
from triggerpoint.services.context import Ask, triaged
from triggerpoint.services.planning import resolve_targets

if TYPE_CHECKING:
    from triggerpoint.analytics.warnings import ProgressWarning
    from triggerpoint.services.context import AppContext

__all__ = ["LATE_S", "DueSession", "RecordedSession", "SavedPlan", "SessionRequest", "due",
           "latest_plan_id", "load_plan", "pick_session", "record", "recorded", "saved_plan",
           "session_safety"]

LATE_S = 2 * 3600  # a session up to two hours late is still 'next'


class SessionRequest(BaseModel):
    """Which session: muscles by name, or a plan (a file or a saved one), and the answers."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    muscles: list[str] = Field(default_factory=list)
    side: str = "right"
    plan_file: Path | None = None
    saved_plan: bool = False
    #: With ``saved_plan``: which saved plan (its id); the latest when not given.
    plan_id: str | None = None
    day: int | None = None
    slot: int | None = None
    minutes: int = 10
    answers: dict[str, bool] | None = None
    conditions: list[str] = Field(default_factory=list)
    profile: str | None = None
    save: bool = True


@dataclass(frozen=True)
class DueSession:
    """The session to walk, what to call it, and the safety level and plan it comes under."""

    session: PlanSession
    title: str
    level: SafetyLevel
    plan_id: str | None = None

    @property
    def after_care(self) -> str | None:
        """The plan's closing advice, without the 'rate your pain' the walk already asked."""
        text = next((s.instructions for s in self.session.steps if s.kind == "check"), None)
        if text is None:
            return None
        kept = [part for part in text.split(". ") if not part.startswith("Rate your pain")]
        return ". ".join(kept) or None

    def to_json(self) -> dict[str, Any]:
        return {"title": self.title, "safety_level": self.level, "plan_id": self.plan_id,
                "session": self.session.model_dump(mode="json")}


@dataclass(frozen=True)
class RecordedSession:
    """A session kept in the journal, and the warnings the journal raises now."""

    session_id: int
    profile: str
    warnings: tuple[ProgressWarning, ...]

    def to_json(self) -> dict[str, Any]:
        return {"id": self.session_id, "profile": self.profile,
                "warnings": [w.to_json() for w in self.warnings]}


def due(ctx: AppContext, request: SessionRequest, ask: Ask | None = None) -> DueSession:
    """The session to walk now; SafetyStop or TriageIncomplete before anything is chosen.

    When the walk is to be kept (``save``), an unknown profile and a read-only journal are
    refused here, before the walk, not after it.
    """
    if request.save:
        from triggerpoint.services.profiles import profile_name

        ctx.journal().profile(profile_name(ctx, request.profile))
        ctx.journal().require_writable("keep this session (--no-save walks it without keeping it)")
    safety = triaged(lambda a: _screen(ctx, request, a), request.answers, ask)
    planned = (request.plan_file is not None or request.saved_plan
               or request.plan_id is not None)
    if request.muscles and planned:
        raise InvalidQuery("Give either muscles or a plan, not both.")
    if not planned:
        return _one_off(ctx, request, safety)
    _require_self_care(safety)
    if request.plan_file is not None:
        plan, plan_id = load_plan(request.plan_file)
    else:
        plan, plan_id = _saved_plan(ctx, request.profile, request.plan_id)
    picked = pick_session(plan, ctx.now(), request.day, request.slot)
    title = f"{plan.title}: day {picked.day}, session {picked.slot}"
    return DueSession(picked, title, highest([plan.safety_level, safety.level]), plan_id)


def session_safety(ctx: AppContext, request: SessionRequest) -> SafetyAssessment:
    """The safety assessment a session for ``request`` comes under, with its answers: a form
    shows the open questions (or the stop) before the session."""
    return _screen(ctx, request, request.answers)


def _screen(ctx: AppContext, request: SessionRequest,
            answers: Mapping[str, bool] | None) -> SafetyAssessment:
    kb = ctx.kb
    named = resolve_targets(kb, request.muscles, request.side) if request.muscles else []
    return screen(kb, answers=answers, conditions=request.conditions,
                  regions=target_regions(kb, named))


def record(ctx: AppContext, profile: str | None, done: SessionRecord) -> RecordedSession:
    """Keep a walked session in the journal; the warnings its record raises now."""
    from triggerpoint.services.journal import warnings_now
    from triggerpoint.services.profiles import profile_name

    name = profile_name(ctx, profile)
    journal = ctx.journal()
    session_id = journal.add_session(profile=name, record=done)
    now = max(ctx.now(), done.ended_at)  # a sped-up clock ends later than the wall clock
    return RecordedSession(session_id, name, warnings_now(ctx, name, now))


def _require_self_care(safety: SafetyAssessment) -> None:
    if not safety.self_care_allowed:
        raise SafetyStop(safety.level, safety.advice, [r.text for r in safety.reasons][:3])
    if not safety.triage_complete:
        raise TriageIncomplete([(q.id, q.text) for q in safety.open_questions])


def _one_off(ctx: AppContext, request: SessionRequest, safety: SafetyAssessment) -> DueSession:
    """A one-session plan for the named muscles made today (SafetyStop before anything)."""
    kb = ctx.kb
    if request.day is not None or request.slot is not None:
        raise InvalidQuery("--day and --slot choose a session of a plan (--plan FILE or "
                           "--saved).")
    if not request.muscles:
        raise InvalidQuery("Name a muscle, e.g. 'triggerpoint session upper trapezius', give "
                           "a plan file with --plan FILE.json, or walk your saved plan with "
                           "--saved (save one with 'triggerpoint plan ... --save').")
    options = PlanOptions(days=1, per_day=1, minutes=request.minutes, start=ctx.now().date())
    made = make_plan(kb, resolve_targets(kb, request.muscles, request.side), options, safety)
    names = ", ".join(f"{kb.muscles[t.muscle].name} ({t.side})" for t in made.targets)
    return DueSession(made.sessions[0], f"Today's session: {names}", safety.level)


def _saved_plan(ctx: AppContext, profile: str | None,
                plan_id: str | None = None) -> tuple[Plan, str]:
    """The profile's saved plan with ``plan_id``, or its most recently saved one."""
    if plan_id is not None:
        found = saved_plan(ctx, profile, plan_id)
        return found.plan, found.plan_id
    from triggerpoint.services.profiles import profile_name

    name = profile_name(ctx, profile)
    saved = ctx.journal().plans(profile=name)
    if not saved:
        raise InvalidQuery(f"'{name}' has no saved plan yet; make one with 'triggerpoint plan "
                           "upper trapezius --save' (or give --plan FILE.json).")
    latest = saved[-1]
    return _validated(latest.document, f"saved plan {latest.id}"), latest.id


def latest_plan_id(ctx: AppContext, profile: str | None) -> str | None:
    """The id of the profile's most recently saved plan; None when it has none."""
    from triggerpoint.services.profiles import profile_name

    saved = ctx.journal().plans(profile=profile_name(ctx, profile))
    return saved[-1].id if saved else None


@dataclass(frozen=True)
class SavedPlan:
    """A plan kept in the journal: its id, title, when it was saved, and the plan."""

    plan_id: str
    title: str
    created_at: datetime
    plan: Plan

    def to_json(self) -> dict[str, Any]:
        """The plan's JSON (docs/plans.md) with its ``id`` and ``created_at`` first."""
        from triggerpoint.services.planning import plan_json

        return {"id": self.plan_id, "created_at": self.created_at.isoformat(),
                **plan_json(self.plan)}


def saved_plan(ctx: AppContext, profile: str | None, plan_id: str) -> SavedPlan:
    """One of the profile's saved plans; InputError when it has no plan with that id."""
    from triggerpoint.services.profiles import profile_name

    stored = ctx.journal().plan(profile=profile_name(ctx, profile), plan_id=plan_id.strip())
    return SavedPlan(stored.id, stored.title, stored.created_at,
                     _validated(stored.document, f"saved plan {stored.id}"))


def recorded(ctx: AppContext, profile: str | None, session_id: int) -> tuple[SessionRecord,
                                                                              RecordedSession]:
    """A kept session by its id, and the warnings the journal raises now (a summary page)."""
    from triggerpoint.services.journal import warnings_now
    from triggerpoint.services.profiles import profile_name

    name = profile_name(ctx, profile)
    found = next((s for s in ctx.journal().sessions(profile=name) if s.id == session_id), None)
    if found is None:
        raise InvalidQuery(f"'{name}' has no session {session_id} in the journal.")
    now = max(ctx.now(), found.ended_at)
    return found, RecordedSession(session_id, name, warnings_now(ctx, name, now))


def load_plan(path: Path) -> tuple[Plan, str | None]:
    """A plan from its JSON file (unknown extra fields are ignored), and its id if it has one."""
    from triggerpoint.errors import InputError
    from triggerpoint.inputs import loads_json, read_document_bytes, shown

    try:
        raw = read_document_bytes(path, "The plan file", 20 * 1024 * 1024)
        data = loads_json(raw.decode("utf-8-sig"), f"The plan file {shown(str(path))}")
    except UnicodeDecodeError:
        raise InvalidQuery(f"Plan file '{path}' is not valid JSON (not UTF-8 text).") from None
    except InputError as exc:
        raise InvalidQuery(str(exc)) from None
    plan_id = data.get("id") if isinstance(data, dict) else None
    if isinstance(data, dict) and isinstance(data.get("plan"), dict):
        data = data["plan"]
        plan_id = plan_id or data.get("id")
    plan = _validated(data, f"Plan file '{path}'")
    return plan, plan_id if isinstance(plan_id, str) else None


def _validated(data: Any, what: str) -> Plan:
    try:
        return Plan.model_validate(_known(Plan, data))
    except ValidationError as exc:
        where = ".".join(str(p) for p in exc.errors()[0]["loc"])
        raise InvalidQuery(f"{what} is not a plan ({where}: "
                           f"{exc.errors()[0]['msg']}).") from None


def _known(model: Any, data: Any) -> Any:
    """Data with fields the model does not know dropped, nested models and lists included."""
    if not isinstance(data, dict):
        return data
    kept: dict[str, Any] = {}
    for name, field in model.model_fields.items():
        if name not in data:
            continue
        inner = next((a for a in (field.annotation, *getattr(field.annotation, "__args__", ()))
                      if isinstance(a, type) and issubclass(a, BaseModel)), None)
        value = data[name]
        if inner is not None:
            value = [_known(inner, v) for v in value] if isinstance(value, list) \
                else _known(inner, value)
        kept[name] = value
    return kept


def pick_session(plan: Plan, now: datetime, day: int | None, slot: int | None) -> PlanSession:
    """The chosen session, or the next one: the first not more than two hours past its time."""
    if day is not None or slot is not None:
        wanted_day = day if day is not None else (now.date() - plan.options.start).days + 1
        for candidate in plan.sessions:
            if (candidate.day, candidate.slot) == (wanted_day, slot or 1):
                return candidate
        raise InvalidQuery(f"The plan has no session on day {wanted_day}, slot {slot or 1}; "
                           f"it has days 1-{plan.sessions[-1].day if plan.sessions else 0}.")
    cutoff = now.replace(tzinfo=None) - timedelta(seconds=LATE_S)
    for candidate in plan.sessions:
        if datetime.combine(candidate.date, candidate.start) >= cutoff:
            return candidate
    last = plan.sessions[-1].date.isoformat() if plan.sessions else "?"
    raise InvalidQuery(f"This plan ended on {last}. Choose a session with --day N --slot K, "
                       "or make a new plan.")
