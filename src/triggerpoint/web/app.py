"""The web app: ``create_app`` builds it from a use-case context (knowledge base, settings,
journal), so the browser gets exactly what the CLI gets. Pages render view models with Jinja2;
every page has a JSON twin under ``/api`` built from the same view, described in OpenAPI.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import orjson
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from triggerpoint import __version__
from triggerpoint.errors import InputError, ReadOnlyJournal, SafetyStop, TriggerpointError
from triggerpoint.services import AppContext
from triggerpoint.web.limits import RequestLimits
from triggerpoint.web.security import LOOPBACK_HOSTS, LocalOnly

__all__ = ["PROFILE_COOKIE", "context_of", "create_app", "profile_of", "render"]

HERE = Path(__file__).parent
#: FastAPI's own OpenTelemetry (FastAPI 0.16x) off: a request here can carry health data and
#: nothing may leave the machine, whatever OTEL_* or FASTAPI_OTEL_AUTO_CONFIGURE variables say;
#: it also spares every request the look-ups of the providers (about a tenth of /api/health)
NO_TELEMETRY: dict[str, Any] = (
    {"telemetry": {"tracing": False, "metrics": False, "logs": False, "operation_spans": False,
                   "auto_configure": False}}
    if "telemetry" in inspect.signature(FastAPI).parameters else {})


class FastJSONResponse(JSONResponse):
    """JSON encoded by orjson: the same document as ``JSONResponse`` (compact, UTF-8, keys in
    order), about eight times faster on the finder's ~20 KB answers (0.22 ms -> 0.03 ms each;
    docs/web.md). A float that is not a number would be written as null, not refused."""

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content)


def create_app(ctx: AppContext | None = None, *,
               allowed_hosts: Iterable[str] = LOOPBACK_HOSTS) -> FastAPI:
    """The app for one context (made from the environment when not given)."""
    from triggerpoint.web import (
        routes_find,
        routes_journal,
        routes_library,
        routes_plan,
        routes_profiles,
        routes_session,
    )

    context = ctx or AppContext.create()
    app = FastAPI(title="triggerpoint", version=__version__,
                  description="Find the trigger points behind your pain, safely. Every page "
                  "has a JSON twin under /api built from the same view model.",
                  docs_url="/api/docs", redoc_url=None, openapi_url="/api/openapi.json",
                  **NO_TELEMETRY)
    app.state.ctx = context
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.globals["version"] = __version__
    templates.env.globals["profile_of"] = profile_of
    app.state.templates = templates
    # /api/health first: FastAPI tries the routes in order, so the cheapest answer should not
    # wait for every other route to be tried (about 0.3 ms a request, half its cost, at the end)
    app.add_api_route("/api/health", _health, methods=["GET"],
                      summary="Whether the server answers (for scripts and benchmarks)")
    # /api/find, the busiest route, next: its documented twin stays in routes_find (so the
    # OpenAPI document keeps its order), and requests no longer wait for nine other routes to be
    # tried first (about 10 us of a 0.4 ms answer)
    app.add_api_route("/api/find", routes_find.api_find, methods=["GET"],
                      include_in_schema=False)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    for module in (routes_find, routes_library, routes_journal, routes_profiles, routes_plan,
                   routes_session):
        app.include_router(module.router)
    app.add_exception_handler(TriggerpointError, _error_page)  # type: ignore[arg-type]
    app.add_middleware(RequestLimits)  # inside LocalOnly: refusals get its headers too
    app.add_middleware(LocalOnly, allowed_hosts=allowed_hosts)
    return app


def context_of(request: Request) -> AppContext:
    """The app's use-case context."""
    ctx: AppContext = request.app.state.ctx
    return ctx


PROFILE_COOKIE = "profile"


def profile_of(request: Request) -> str | None:
    """The profile this browser chose on /profiles (a cookie); None means the default 'me'."""
    from urllib.parse import unquote

    chosen = unquote(request.cookies.get(PROFILE_COOKIE, "")).strip()
    return chosen or None


def render(request: Request, template: str, status_code: int = 200,
           **context: Any) -> HTMLResponse:
    """A page from its template and view."""
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request=request, name=template, context=context,
                                      status_code=status_code)


async def _health() -> dict[str, bool]:
    """The server is up: the cheapest answer the app gives (async: no trip through the thread
    pool)."""
    return {"ok": True}


async def _error_page(request: Request, exc: TriggerpointError) -> HTMLResponse | JSONResponse:
    """Bad input: a clear page (or JSON) saying what is wrong, never a traceback. A write to a
    journal this user may only read is 403: it is not allowed, and asking again will not help."""
    status = (422 if isinstance(exc, InputError) else 409 if isinstance(exc, SafetyStop)
              else 403 if isinstance(exc, ReadOnlyJournal) else 500)
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": str(exc)}, status_code=status)
    return render(request, "error.html", status_code=status, message=str(exc))
