"""Start, where does it hurt, results: the finder with the safety gate, and their JSON twins."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse

from triggerpoint.safety import all_questions
from triggerpoint.services.consult import Consultation, FindRequest, find_muscles
from triggerpoint.web.app import FastJSONResponse, context_of, render
from triggerpoint.web.state import FindState
from triggerpoint.web.views import group_questions, results_page, where_page

router = APIRouter()

# The endpoints are ``async def``: a consultation is a few milliseconds of pure Python that
# holds the GIL throughout, so a worker thread gives no parallelism, only the thread pool's hand-
# offs (about 0.2 ms a request, more under load). On the event loop, consultations also run one
# at a time: the safety lexicon's shared Snowball stemmer is not thread-safe (concurrent calls
# raise IndexError or return another word's stem), which the thread pool exposed.

#: The query of a drawing (documented for the API; pages read the same names).
Regions = Annotated[list[str], Query(alias="r", description="REGION[:SIDE], repeatable")]
Answers = Annotated[list[str], Query(alias="a", description="QUESTION:yes|no, repeatable")]


def _consult(request: Request, state: FindState, top: int = 5) -> Consultation:
    ctx = context_of(request)
    return find_muscles(ctx, FindRequest(text=state.text or None, regions=state.specs, top=top,
                                         answers=state.answers or None,
                                         confirm=list(state.confirm), deny=list(state.deny)))


@router.get("/", response_class=HTMLResponse, summary="Start: what this is, and the "
            "emergency questions")
async def start(request: Request) -> HTMLResponse:
    kb = context_of(request).kb
    from triggerpoint.safety.triage import OpenQuestion

    asked = [OpenQuestion(id=q.id, text=q.text, area=a.id, area_name=a.name,
                          required=a.required)
             for a, q in all_questions(kb) if a.for_everyone]
    return render(request, "start.html", groups=group_questions(asked),
                  state=FindState.from_query(request.query_params))


@router.get("/where", response_class=HTMLResponse, summary="Mark where it hurts")
async def where(request: Request, r: Regions = [], a: Answers = [],  # noqa: B006
                text: str = "") -> HTMLResponse:
    state = FindState.from_query(request.query_params)
    understood: list[str] = []
    if state.text:
        found = _consult(request, state)
        if found.result is not None:
            understood = results_page(context_of(request).kb, state, found).understood
    page = where_page(context_of(request).kb, state, understood)
    return render(request, "where.html", page=page)


@router.get("/results", response_class=HTMLResponse, summary="The safety level, then the "
            "muscles most likely behind the pain")
async def results(request: Request, r: Regions = [], a: Answers = [],  # noqa: B006
                  text: str = "") -> HTMLResponse:
    state = FindState.from_query(request.query_params)
    if not state.marks and not state.text:
        return render(request, "where.html", status_code=200,
                      page=where_page(context_of(request).kb, state, []),
                      notice="Mark at least one place on the chart or in the list, or "
                             "describe where it hurts.")
    found = _consult(request, state)
    page = results_page(context_of(request).kb, state, found)
    return render(request, "results.html", page=page)


@router.get("/api/find", summary="JSON twin of /results: the consultation (docs/json.md)",
            response_model=dict[str, Any])
async def api_find(request: Request, r: Regions = [], a: Answers = [],  # noqa: B006
                   text: str = "", confirm: list[str] = Query(default=[]),  # noqa: B008
                   deny: list[str] = Query(default=[]),  # noqa: B008
                   top: int = Query(5, ge=1, le=50)) -> JSONResponse:
    """The consultation's JSON sent as it is (no re-encoding of a document already JSON)."""
    state = FindState.from_query(request.query_params)
    return FastJSONResponse(_consult(request, state, top).to_json())


@router.get("/api/questions", summary="Every safety question, in the order asked")
async def api_questions(request: Request) -> list[dict[str, Any]]:
    kb = context_of(request).kb
    return [{"id": q.id, "text": q.text, "area": a.id, "area_name": a.name,
             "for_everyone": a.for_everyone, "required": a.required}
            for a, q in all_questions(kb)]
