"""The atlas and knowledge base in the browser: a searchable muscle index, one page per muscle
(with every fact's source), techniques and tools, regions; and their JSON twins."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from triggerpoint.knowledge import Muscle
from triggerpoint.names import normalize
from triggerpoint.services.atlas import muscles as all_muscles
from triggerpoint.services.atlas import muscles_named, regions
from triggerpoint.web.app import context_of, render
from triggerpoint.web.bodymap import pattern_svg

router = APIRouter()


@dataclass(frozen=True)
class MuscleRow:
    id: str
    name: str
    zone: str
    therapist_only: bool


def _rows(request: Request, q: str) -> list[MuscleRow]:
    kb = context_of(request).kb
    names = {r.id: r.name for r in kb.atlas}
    words = normalize(q).split()
    rows = []
    for m in all_muscles(context_of(request)):
        zone = ", ".join(names.get(r, r) for r in m.essential_regions)
        hay = normalize(" ".join([m.name, m.id, *m.aliases, zone]))
        if all(w in hay for w in words):
            rows.append(MuscleRow(m.id, m.name, zone, m.therapist_only))
    return sorted(rows, key=lambda r: r.name.lower())


@router.get("/muscles", response_class=HTMLResponse, summary="The muscles, searchable")
def muscle_index(request: Request, q: str = "") -> HTMLResponse:
    return render(request, "muscles.html", rows=_rows(request, q), q=q)


@router.get("/api/muscles", summary="JSON twin of /muscles")
def api_muscles(request: Request, q: str = "") -> list[dict[str, Any]]:
    return [{"id": r.id, "name": r.name, "main_zone": r.zone, "therapist_only": r.therapist_only}
            for r in _rows(request, q)]


@dataclass(frozen=True)
class MusclePage:
    muscle: Muscle
    essential: list[str]
    spillover: list[str]
    points: list[tuple[str, str, str, str | None]]
    technique: str
    tools: list[str]
    cautions: list[str]
    sources: list[tuple[str, str, str | None]]
    pattern: str


def _page(request: Request, name: str) -> MusclePage:
    kb = context_of(request).kb
    m = muscles_named(context_of(request), name)[0]
    names = {r.id: r.name for r in kb.atlas}
    technique = kb.techniques.get(m.self_treatment.technique)
    cautions = [c.text for c in m.cautions]
    for zone_id in m.danger_zones:
        zone = kb.danger_zones.get(zone_id)
        if zone:
            cautions.append(f"Do not press on the {zone.name.lower()}: {zone.advice}")
    sources = []
    for source_id in dict.fromkeys([*m.referral_sources, *m.sources]):
        source = kb.sources.get(source_id)
        if source:
            sources.append((source.id, source.title, source.url))
    return MusclePage(
        m, [names.get(r, r) for r in m.essential_regions],
        [names.get(r, r) for r in m.spillover_regions],
        [(tp.name, ", ".join(names.get(r, r) for r in tp.regions), tp.location,
          None if tp.self_treatable else tp.therapist_note) for tp in m.trigger_points],
        technique.name if technique else m.self_treatment.technique,
        [kb.tools[t].name for t in m.self_treatment.tools if t in kb.tools], cautions, sources,
        pattern_svg(kb, m, "right"))


@router.get("/muscles/{name}", response_class=HTMLResponse, summary="One muscle")
def muscle_page(request: Request, name: str) -> HTMLResponse:
    return render(request, "muscle.html", page=_page(request, name))


@router.get("/api/muscles/{name}", summary="JSON twin of /muscles/{name} (docs/json.md)")
def api_muscle(request: Request, name: str) -> dict[str, Any]:
    return _page(request, name).muscle.model_dump(mode="json")


@router.get("/api/regions", summary="Every body region")
def api_regions(request: Request) -> list[dict[str, Any]]:
    return [r.model_dump(mode="json") for r in regions(context_of(request))]


@router.get("/about", response_class=HTMLResponse, summary="What this is, and is not")
def about(request: Request) -> HTMLResponse:
    kb = context_of(request).kb
    return render(request, "about.html", techniques=sorted(kb.techniques.values(),
                                                           key=lambda t: t.name),
                  tools=sorted(kb.tools.values(), key=lambda t: t.name))
