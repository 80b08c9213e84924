"""Profiles: whose journal this browser writes to. List, choose (a cookie), add; never created
silently: a name nobody added is an error with the nearest names (services.profiles)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse
from pydantic import BaseModel, ConfigDict

from triggerpoint.errors import InputError
from triggerpoint.services.journal import require_logged
from triggerpoint.services.profiles import (
    DEFAULT_PROFILE,
    ProfilesView,
    add_profile,
    list_profiles,
)
from triggerpoint.web.app import PROFILE_COOKIE, context_of, profile_of, render

router = APIRouter()

#: A year: the choice stays until the person changes it.
COOKIE_AGE = 365 * 24 * 3600


class ProfileName(BaseModel):
    """A profile's name (the JSON body of the profile API)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str


@dataclass(frozen=True)
class ProfilesPage:
    """The profiles, the one this browser uses, and what just happened."""

    view: ProfilesView
    chosen: str
    notice: str | None = None
    error: str | None = None
    name: str = ""

    def to_json(self) -> dict[str, Any]:
        return {**self.view.to_json(), "chosen": self.chosen}


def _chosen(request: Request) -> str:
    return profile_of(request) or DEFAULT_PROFILE


def _page(request: Request, **extra: Any) -> ProfilesPage:
    return ProfilesPage(list_profiles(context_of(request)), _chosen(request), **extra)


def _choose(response: Response, name: str) -> None:
    # percent-encoded: a header carries only Latin-1 (profile_of decodes it)
    response.set_cookie(
        PROFILE_COOKIE, _q(name), max_age=COOKIE_AGE, path="/", httponly=True, samesite="strict"
    )


def _known(request: Request, name: str) -> str:
    """The stripped name of an existing profile; InputError with the nearest names if none."""
    if not name.strip():
        raise InputError("Choose a profile.")
    require_logged(context_of(request), name)
    return name.strip()


@router.get("/profiles", response_class=HTMLResponse, summary="Whose journal: the profiles")
def profiles(request: Request, added: str = "", chosen: str = "") -> HTMLResponse:
    notice = None
    if added:
        notice = f"Added the profile '{added}'. Choose it below to log for this person."
    elif chosen:
        notice = f"This browser now logs for '{chosen}'."
    return render(request, "profiles.html", page=_page(request, notice=notice))


@router.get("/api/profiles", summary="JSON twin of /profiles: the profiles and the chosen one")
def api_profiles(request: Request) -> dict[str, Any]:
    return _page(request).to_json()


@router.post("/profiles/choose", summary="Use a profile in this browser (sets a cookie)")
def choose(request: Request, name: Annotated[str, Form()] = "") -> Response:
    try:
        chosen = _known(request, name)
    except InputError as error:
        return render(
            request, "profiles.html", status_code=422, page=_page(request, error=str(error))
        )
    response = RedirectResponse(f"/profiles?chosen={_q(chosen)}", status_code=303)
    _choose(response, chosen)
    return response


@router.post("/profiles/add", summary="Add a profile (never over an existing name)")
def add(request: Request, name: Annotated[str, Form()] = "") -> Response:
    try:
        if not name.strip():
            raise InputError("Give the new profile a name, e.g. mum.")
        view = add_profile(context_of(request), name)
    except InputError as error:
        return render(
            request,
            "profiles.html",
            status_code=422,
            page=_page(request, error=str(error), name=name),
        )
    return RedirectResponse(f"/profiles?added={_q(view.added or name)}", status_code=303)


@router.post("/api/profiles", summary="Add a profile; 422 when the name is taken")
def api_add(request: Request, body: ProfileName) -> dict[str, Any]:
    if not body.name.strip():
        raise InputError("Give the new profile a name, e.g. mum.")
    view = add_profile(context_of(request), body.name)
    return ProfilesPage(view, _chosen(request)).to_json()


@router.post("/api/profiles/choose", summary="Use a profile in this browser (sets the cookie)")
def api_choose(request: Request, response: Response, body: ProfileName) -> dict[str, Any]:
    chosen = _known(request, body.name)
    _choose(response, chosen)
    return ProfilesPage(list_profiles(context_of(request)), chosen).to_json()


def _q(text: str) -> str:
    from urllib.parse import quote

    return quote(text, safe="")
