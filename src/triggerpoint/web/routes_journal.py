"""The journal in the browser: log pain on the body chart, check in, history, progress, the
combined map, reports, export and import; each page with its JSON twin under /api/journal.

Every change is a POST form answered with a 303 (what was saved is shown on the page it leads
to); every read goes through triggerpoint.services.journal for the profile this browser chose.
The journal page reads a short window of the record only, so it stays fast on a long journal.
"""

from __future__ import annotations

import json
import re
import secrets
import shutil
import tempfile
from collections import OrderedDict
from datetime import date, timedelta
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Body, Form, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, UploadFile

from triggerpoint.errors import InputError
from triggerpoint.reports import FORMATS, MAX_DAYS
from triggerpoint.reports.data import Names
from triggerpoint.reports.words import day_text, time_text
from triggerpoint.services.journal import (
    CheckInRequest,
    CheckInView,
    ImportSummary,
    LoggedView,
    LogRequest,
    check_in,
    collect,
    export,
    history,
    import_document,
    log_pain,
    report,
)
from triggerpoint.services.profiles import profile_name
from triggerpoint.web.app import context_of, profile_of, render
from triggerpoint.web.journal_views import (
    HEALTH_DATA,
    QUALITY_WORDS,
    EntryForm,
    JournalPage,
    checkin_text,
    entry_form,
    history_rows,
    map_page,
    marks_of,
    progress_page,
    spots_text,
    warning_views,
)

router = APIRouter()

#: The journal page reads this many days (today included), not the whole record.
RECENT_DAYS = 7
#: How far back "copy my last drawing" looks when nothing was logged in the recent days.
COPY_LOOKBACK_DAYS = 90
#: The latest entries listed on the journal page.
RECENT_ROWS = 10
#: The largest journal export accepted by the upload form.
MAX_UPLOAD = 64 * 1024 * 1024
_FLASH_SIZE = 64
_MEDIA = {
    "html": "text/html; charset=utf-8",
    "pdf": "application/pdf",
    "csv": "text/csv; charset=utf-8",
    "fhir": "application/fhir+json",
}
_SUFFIX = {"html": "html", "pdf": "pdf", "csv": "csv", "fhir": "json"}
_PRIVATE = {"Cache-Control": "no-store"}


# What was just saved, shown once on the page a POST redirects to.


def _flash(request: Request, value: object) -> str:
    store: OrderedDict[str, object] | None = getattr(request.app.state, "journal_flash", None)
    if store is None:
        store = OrderedDict()
        request.app.state.journal_flash = store
    token = secrets.token_urlsafe(12)
    store[token] = value
    while len(store) > _FLASH_SIZE:
        store.popitem(last=False)
    return token


def _flashed(request: Request, token: str, kind: type[Any]) -> Any:
    store: OrderedDict[str, object] | None = getattr(request.app.state, "journal_flash", None)
    value = store.get(token) if store and token else None
    return value if isinstance(value, kind) else None


def _who(request: Request) -> str | None:
    """The profile this browser chose (None: the default); InputError when the journal has no
    such profile any more (never created here: see /profiles)."""
    name = profile_of(request)
    if name is not None and name not in {p.name for p in context_of(request).journal().profiles()}:
        raise InputError(
            f"This browser logs for '{name}', but this journal has no such profile. "
            "Choose or add one on the Profiles page (/profiles); nothing was saved."
        )
    return name


# Small readers of form and query text (clear messages, not a framework's JSON).


def _days(text: str, default: int) -> int:
    text = text.strip()
    if not text:
        return default
    if not text.isdigit() or not 1 <= int(text) <= MAX_DAYS:
        raise InputError(
            f"The number of days must be a whole number from 1 to {MAX_DAYS}, not '{text}'."
        )
    return int(text)


def _score(name: str, text: str) -> int | None:
    text = text.strip()
    if not text:
        return None
    if not text.isdigit() or not 0 <= int(text) <= 10:
        raise InputError(
            f"{name} must be a whole number from 0 to 10, not '{text}'. Nothing was saved."
        )
    return int(text)


def _words(text: str) -> list[str]:
    return [w.strip() for w in re.split(r"[,;\n]", text) if w.strip()]


def _field(form: FormData, name: str) -> str:
    value = form.get(name)
    return value if isinstance(value, str) else ""


# Log pain


def _journal_page(
    request: Request,
    *,
    copy: bool = False,
    form: EntryForm | None = None,
    saved: LoggedView | None = None,
    error: str | None = None,
) -> JournalPage:
    ctx = context_of(request)
    names = Names.of(ctx.kb)
    view = history(ctx, _who(request), RECENT_DAYS)
    last = view.entries[0] if view.entries else None
    if copy and last is None:
        older = history(ctx, _who(request), COPY_LOOKBACK_DAYS).entries
        last = older[0] if older else None
    if form is None:
        form = entry_form(
            ctx.kb, marks_of(last) if copy else {}, last.qualities if copy and last else ()
        )
    rows = history_rows(names, view.entries, view.sessions, view.checkins, ctx.zone)
    last_text = (
        f"{time_text(last.at.astimezone(ctx.zone))}: {spots_text(names, last)}" if last else None
    )
    saved_text = None
    if saved is not None:
        at = saved.entry.at.astimezone(ctx.zone)
        saved_text = f"Saved {time_text(at)}: {spots_text(names, saved.entry)}."
    return JournalPage(
        view.profile,
        form,
        rows[:RECENT_ROWS],
        RECENT_DAYS,
        last_text,
        copied=copy and last is not None,
        checked_in_today=any(c.day == ctx.now().date() for c in view.checkins),
        saved=saved_text,
        warnings=warning_views(saved.warnings) if saved else [],
        error=error,
    )


@router.get(
    "/journal",
    response_class=HTMLResponse,
    summary="Log pain now on the body chart; the latest entries",
)
def journal(request: Request, copy: bool = False, saved: str = "") -> HTMLResponse:
    logged = _flashed(request, saved, LoggedView)
    return render(request, "journal.html", page=_journal_page(request, copy=copy, saved=logged))


@router.get("/api/journal", summary="JSON twin of /journal: the last days' records")
def api_journal(request: Request) -> dict[str, Any]:
    ctx = context_of(request)
    view = history(ctx, _who(request), RECENT_DAYS)
    last = view.entries[0] if view.entries else None
    return {
        **view.to_json(),
        "days": RECENT_DAYS,
        "last_entry": last.model_dump(mode="json") if last else None,
        "quality_words": list(QUALITY_WORDS),
    }


def _log_request(request: Request, form: FormData) -> tuple[LogRequest, EntryForm]:
    """The entry a form describes, and the form as typed (to show again after a mistake)."""
    kb = context_of(request).kb
    names = Names.of(kb)
    specs = [s.strip() for s in form.getlist("r") if isinstance(s, str) and s.strip()]
    specs += [
        k[2:]
        for k, v in form.multi_items()
        if k.startswith("n.") and isinstance(v, str) and v.strip() and k[2:] not in specs
    ]
    marks: dict[str, int | None] = {}
    missing: list[str] = []
    for spec in dict.fromkeys(specs):
        raw = _field(form, f"n.{spec}").strip()
        marks[spec] = _score(f"The pain in {_place(names, spec)}", raw) if raw else None
        if not raw:
            missing.append(_place(names, spec))
    qualities = [q for q in form.getlist("q") if isinstance(q, str)]
    qualities += _words(_field(form, "q_other"))
    note, at = _field(form, "note"), _field(form, "at").strip()
    typed = entry_form(kb, marks, qualities, note, at)
    if not marks:
        raise _Invalid(
            "Mark at least one place on the chart or in the list, and choose how much "
            "it hurts (0-10). Nothing was saved.",
            typed,
        )
    if missing:
        raise _Invalid(
            f"Choose how much it hurts (0-10) in: {', '.join(missing)}. Nothing was saved.", typed
        )
    spots = [f"{spec}={level}" for spec, level in marks.items()]
    return LogRequest(
        spots=spots, qualities=qualities, note=note, at=at or None, profile=_who(request)
    ), typed


class _Invalid(InputError):
    """A mistake in the entry form, with the form as typed."""

    def __init__(self, message: str, form: EntryForm) -> None:
        super().__init__(message)
        self.form = form


def _place(names: Names, spec: str) -> str:
    region, _, side = spec.partition(":")
    return names.place(region, side or "midline")


@router.post("/journal/log", summary="Save a pain entry, then back to /journal (303)")
async def log(request: Request) -> Response:
    async with request.form() as form:
        pass  # a form of text fields only: nothing stays open
    typed: EntryForm | None = None
    try:
        log_request, typed = _log_request(request, form)
        logged = await run_in_threadpool(log_pain, context_of(request), log_request)
    except InputError as error:
        typed = error.form if isinstance(error, _Invalid) else typed
        page = await run_in_threadpool(_journal_page, request, form=typed, error=str(error))
        return render(request, "journal.html", status_code=422, page=page)
    return RedirectResponse(f"/journal?saved={_flash(request, logged)}", status_code=303)


@router.post("/api/journal/entries", summary="JSON twin of the entry form: save a pain entry")
def api_log(request: Request, body: LogRequest) -> dict[str, Any]:
    if body.profile is None:
        body = body.model_copy(update={"profile": _who(request)})
    return log_pain(context_of(request), body).to_json()


# Check-in


def _checkin_context(
    request: Request,
    saved: CheckInView | None = None,
    error: str | None = None,
    typed: dict[str, str] | None = None,
) -> dict[str, Any]:
    ctx = context_of(request)
    view = history(ctx, _who(request), 2)
    today = ctx.now().date()
    days = {c.day: c for c in view.checkins}
    return {
        "profile": view.profile,
        "today": today.isoformat(),
        "today_text": day_text(today),
        "earlier": [(day_text(d), checkin_text(days[d])) for d in sorted(days, reverse=True)],
        "saved": (
            ("Updated the check-in" if saved.updated else "Checked in")
            + f" for {day_text(saved.checkin.day)}: {checkin_text(saved.checkin)}."
            if saved
            else None
        ),
        "error": error,
        "typed": typed or {},
    }


@router.get(
    "/journal/checkin",
    response_class=HTMLResponse,
    summary="Daily check-in: sleep, stress, stiffness, medication, a note",
)
def checkin_page(request: Request, saved: str = "") -> HTMLResponse:
    done = _flashed(request, saved, CheckInView)
    return render(request, "journal_checkin.html", page=_checkin_context(request, done))


@router.post("/journal/checkin", summary="Save the day's check-in, then back (303)")
def checkin(
    request: Request,
    day: Annotated[str, Form()] = "",
    sleep: Annotated[str, Form()] = "",
    stress: Annotated[str, Form()] = "",
    stiffness: Annotated[str, Form()] = "",
    meds: Annotated[str, Form()] = "",
    note: Annotated[str, Form()] = "",
) -> Response:
    typed = {
        "day": day,
        "sleep": sleep,
        "stress": stress,
        "stiffness": stiffness,
        "meds": meds,
        "note": note,
    }
    try:
        saved = check_in(
            context_of(request),
            CheckInRequest(
                sleep=_score("Sleep quality", sleep),
                stress=_score("Stress", stress),
                stiffness=_score("Stiffness", stiffness),
                meds=_words(meds),
                note=note if note.strip() else None,
                day=day.strip() or None,
                profile=_who(request),
            ),
        )
    except InputError as error:
        return render(
            request,
            "journal_checkin.html",
            status_code=422,
            page=_checkin_context(request, error=str(error), typed=typed),
        )
    return RedirectResponse(f"/journal/checkin?saved={_flash(request, saved)}", status_code=303)


@router.get(
    "/api/journal/checkin",
    summary="JSON twin of /journal/checkin: today's and yesterday's check-ins",
)
def api_checkins(request: Request) -> dict[str, Any]:
    view = history(context_of(request), _who(request), 2)
    return {"profile": view.profile, "checkins": [c.model_dump(mode="json") for c in view.checkins]}


@router.post(
    "/api/journal/checkin", summary="Save the day's check-in (scores replace, medications add up)"
)
def api_checkin(request: Request, body: CheckInRequest) -> dict[str, Any]:
    if body.profile is None:
        body = body.model_copy(update={"profile": _who(request)})
    return check_in(context_of(request), body).to_json()


# History, progress, the combined map


@router.get(
    "/journal/history",
    response_class=HTMLResponse,
    summary="What was logged in the last days, newest first",
)
def history_page(request: Request, days: str = "14") -> HTMLResponse:
    ctx = context_of(request)
    view = history(ctx, _who(request), _days(days, 14))
    rows = history_rows(Names.of(ctx.kb), view.entries, view.sessions, view.checkins, ctx.zone)
    return render(
        request,
        "journal_history.html",
        profile=view.profile,
        days=view.days,
        first=day_text(view.first_day),
        rows=rows,
    )


@router.get("/api/journal/history", summary="JSON twin of /journal/history")
def api_history(request: Request, days: str = "14") -> dict[str, Any]:
    return history(context_of(request), _who(request), _days(days, 14)).to_json()


@router.get(
    "/journal/progress",
    response_class=HTMLResponse,
    summary="Progress: warnings first, trends, what helped, sessions",
)
def progress(request: Request, days: str = "28") -> HTMLResponse:
    data = collect(context_of(request), _who(request), _days(days, 28))
    return render(request, "journal_progress.html", profile=data.profile, page=progress_page(data))


@router.get("/api/journal/progress", summary="JSON twin of /journal/progress")
def api_progress(request: Request, days: str = "28") -> dict[str, Any]:
    return collect(context_of(request), _who(request), _days(days, 28)).to_json()


def _range(request: Request, start: str, end: str) -> tuple[date, date]:
    today = context_of(request).now().date()
    try:
        last = date.fromisoformat(end.strip()) if end.strip() else today
        first = date.fromisoformat(start.strip()) if start.strip() else last - timedelta(days=27)
    except ValueError:
        raise InputError(
            f"Cannot read the dates '{start}' and '{end}'; write them like {today.isoformat()}."
        ) from None
    if last > today:
        raise InputError(f"The last day {day_text(last)} is in the future.")
    if first > last:
        raise InputError(
            f"The first day ({day_text(first)}) must not be after the last ({day_text(last)})."
        )
    if (today - first).days + 1 > MAX_DAYS:
        raise InputError(f"The map reaches back at most {MAX_DAYS} days.")
    return first, last


def _map(request: Request, start: str, end: str) -> Any:
    ctx = context_of(request)
    first, last = _range(request, start, end)
    view = history(ctx, _who(request), (ctx.now().date() - first).days + 1)
    chosen = [e for e in view.entries if e.at.astimezone(ctx.zone).date() <= last]
    return map_page(Names.of(ctx.kb), view.profile, first, last, chosen)


@router.get(
    "/journal/map",
    response_class=HTMLResponse,
    summary="Where it hurt over a date range: mean intensity per place",
)
def body_map(request: Request, start: str = "", end: str = "") -> HTMLResponse:
    return render(request, "journal_map.html", page=_map(request, start, end))


@router.get("/api/journal/map", summary="JSON twin of /journal/map")
def api_map(request: Request, start: str = "", end: str = "") -> dict[str, Any]:
    result: dict[str, Any] = _map(request, start, end).to_json()
    return result


# Reports


@router.get(
    "/journal/reports",
    response_class=HTMLResponse,
    summary="Reports for a therapist to download: HTML, PDF, CSV, FHIR",
)
def reports(request: Request) -> HTMLResponse:
    name = profile_name(context_of(request), _who(request))
    return render(
        request,
        "journal_reports.html",
        profile=name,
        formats=FORMATS,
        health=HEALTH_DATA,
        max_days=MAX_DAYS,
    )


@router.get("/api/journal/reports", summary="JSON twin of /journal/reports: the formats")
def api_reports(request: Request) -> dict[str, Any]:
    return {
        "profile": profile_name(context_of(request), _who(request)),
        "formats": list(FORMATS),
        "download": "/journal/report?format=FORMAT&days=N",
        "csv_sessions": "/journal/report?format=csv&part=sessions&days=N",
        "note": HEALTH_DATA,
    }


@router.get(
    "/journal/report",
    summary="Download the report (a file: health data)",
    response_class=FileResponse,
)
def download_report(
    request: Request,
    format: str = "pdf",
    days: str = "90",  # noqa: A002
    part: str = "spots",
) -> FileResponse:
    ctx = context_of(request)
    fmt = format.strip().lower()
    if fmt not in FORMATS:
        raise InputError(f"Unknown report format '{format}'; use one of: {', '.join(FORMATS)}.")
    if part not in ("spots", "sessions"):
        raise InputError(f"A CSV report has two parts, 'spots' and 'sessions', not '{part}'.")
    name = profile_name(ctx, _who(request))
    folder = Path(tempfile.mkdtemp(prefix="triggerpoint-report-"))
    try:
        out = folder / f"pain-report-{_slug(name)}-{ctx.now():%Y-%m-%d}.{_SUFFIX[fmt]}"
        written = report(ctx, name, fmt=fmt, out=out, days=_days(days, 90))
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    file = written.files[-1] if fmt == "csv" and part == "sessions" else written.files[0]
    return FileResponse(
        file,
        media_type=_MEDIA[fmt],
        filename=file.name,
        headers=_PRIVATE,
        background=BackgroundTask(shutil.rmtree, folder, ignore_errors=True),
    )


def _slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-").lower() or "profile"


# Export and import


def _exchange_context(
    request: Request, imported: ImportSummary | None = None, error: str | None = None
) -> dict[str, Any]:
    name = profile_name(context_of(request), _who(request))
    done = None
    if imported is not None:
        done = (
            f"Imported {imported.profiles} profile(s), {imported.pain_entries} pain "
            f"entries, {imported.sessions} sessions, {imported.checkins} check-ins and "
            f"{imported.plans} plans."
        )
    return {"profile": name, "imported": done, "error": error, "health": HEALTH_DATA}


@router.get(
    "/journal/export",
    response_class=HTMLResponse,
    summary="Export the journal as JSON, or import an export",
)
def exchange(request: Request, imported: str = "") -> HTMLResponse:
    done = _flashed(request, imported, ImportSummary)
    return render(request, "journal_export.html", page=_exchange_context(request, done))


def _document(request: Request, scope: str) -> dict[str, Any]:
    if scope not in ("all", "profile"):
        raise InputError(f"Export 'all' profiles or this 'profile', not '{scope}'.")
    ctx = context_of(request)
    return export(ctx, profile_name(ctx, _who(request)) if scope == "profile" else None)


@router.get("/journal/export.json", summary="Download the journal export (a file: health data)")
def download_export(request: Request, scope: str = "all") -> Response:
    ctx = context_of(request)
    document = _document(request, scope)
    who = _slug(profile_name(ctx, _who(request))) if scope == "profile" else "all"
    filename = f"triggerpoint-journal-{who}-{ctx.now():%Y-%m-%d}.json"
    body = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    return Response(
        body,
        media_type="application/json",
        headers={**_PRIVATE, "Content-Disposition": f'attachment; filename="{filename}"'},
    )


@router.get("/api/journal/export", summary="JSON twin of /journal/export: the export document")
def api_export(request: Request, scope: str = "all") -> dict[str, Any]:
    return _document(request, scope)


def _read_upload(name: str, content: bytes) -> dict[str, Any]:
    """The JSON object in an uploaded file; InputError saying why not."""
    if not content.strip():
        raise InputError("Choose a file written by triggerpoint's export; nothing was imported.")
    try:
        data = json.loads(content.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(
            f"{name} is not a triggerpoint journal export (not JSON: {error}); "
            "nothing was imported."
        ) from None
    if not isinstance(data, dict):
        raise InputError(f"{name} is not a triggerpoint journal export; nothing was imported.")
    return data


@router.post("/journal/import", summary="Import an export file: all of it or nothing (303)")
async def import_file(request: Request) -> Response:
    try:
        async with request.form(max_part_size=MAX_UPLOAD) as form:
            upload = form.get("file")
            if not isinstance(upload, UploadFile):
                raise InputError(
                    "Choose a file written by triggerpoint's export; nothing was imported."
                )
            name = upload.filename or "the file"
            content = await upload.read()
        document = _read_upload(name, content)
        summary = await run_in_threadpool(
            import_document, context_of(request), document, None, name
        )
    except InputError as error:
        page = await run_in_threadpool(_exchange_context, request, None, str(error))
        return render(request, "journal_export.html", status_code=422, page=page)
    return RedirectResponse(f"/journal/export?imported={_flash(request, summary)}", status_code=303)


@router.post("/api/journal/import", summary="Import an export document: all of it or nothing")
def api_import(request: Request, document: Annotated[dict[str, Any], Body()]) -> dict[str, Any]:
    summary = import_document(context_of(request), document, None, "the document")
    return summary.model_dump(mode="json")
