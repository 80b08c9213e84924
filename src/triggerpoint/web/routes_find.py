"""Start, where does it hurt, results: the finder with the safety gate, and their JSON twins."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.datastructures import QueryParams

from triggerpoint.errors import InputError
from triggerpoint.safety import all_questions
from triggerpoint.services.consult import Consultation, consult
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
    # (the use case itself, without a FindRequest: the state and top_of have already read and
    # checked every field it would validate again)
    return consult(context_of(request).kb, text=state.text or None, regions=state.specs,
                   top=top, answers=state.answers or None, confirm=state.confirm,
                   deny=state.deny)


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


def _query(name: str, schema: dict[str, Any], description: str = "") -> dict[str, Any]:
    """One query parameter as OpenAPI describes it."""
    doc: dict[str, Any] = {"name": name, "in": "query", "required": False, "schema": schema}
    if description:
        doc["description"] = schema["description"] = description
    return doc


_LIST = {"type": "array", "items": {"type": "string"}, "default": []}
#: ``/api/find``'s query, described for OpenAPI but read by FindState alone: declared as
#: arguments, FastAPI would parse and validate every one of them (about 0.1-0.2 ms a request,
#: a third of the web stack's cost) only for the route to read the same query again.
_FIND_QUERY = [
    _query("r", dict(_LIST), "REGION[:SIDE], repeatable"),
    _query("a", dict(_LIST), "QUESTION:yes|no, repeatable"),
    _query("text", {"type": "string", "default": ""}, "What hurts, in your own words"),
    _query("confirm", dict(_LIST), "Muscle id whose press test brought back the pain"),
    _query("deny", dict(_LIST), "Muscle id whose press test did not"),
    _query("top", {"type": "integer", "minimum": 1, "maximum": 50, "default": 5},
           "How many muscles to rank (1-50)"),
]
_ERROR = {"description": "Bad input: what is wrong and what would be right",
          "content": {"application/json": {"schema": {
              "type": "object", "required": ["error"],
              "properties": {"error": {"type": "string"}}}}}}


def top_of(params: QueryParams, default: int = 5) -> int:
    """The ``top`` parameter: a whole number from 1 to 50; InputError names anything else."""
    raw = params.get("top", "").strip()
    if not raw:
        return default
    if not raw.isascii() or not raw.isdigit() or not 1 <= int(raw) <= 50:
        raise InputError(f"'top' is how many muscles to rank: a whole number from 1 to 50, "
                         f"not '{raw[:20]}'.")
    return int(raw)


@router.get("/api/find", summary="JSON twin of /results: the consultation (docs/json.md)",
            response_model=dict[str, Any],
            openapi_extra={"parameters": _FIND_QUERY, "responses": {"422": _ERROR}})
async def api_find(request: Request) -> JSONResponse:
    """The consultation's JSON sent as it is (no re-encoding of a document already JSON)."""
    state = FindState.from_query(request.query_params)
    return FastJSONResponse(_consult(request, state, top_of(request.query_params)).to_json())


@router.get("/api/questions", summary="Every safety question, in the order asked")
async def api_questions(request: Request) -> list[dict[str, Any]]:
    kb = context_of(request).kb
    return [{"id": q.id, "text": q.text, "area": a.id, "area_name": a.name,
             "for_everyone": a.for_everyone, "required": a.required}
            for a, q in all_questions(kb)]
