"""The drawing path's lean parts (/api/find without words) against their reference forms.

The safety screen reads a drawing without words from its marked places alone, asks only the
red flags a present concept may witness, reads each area's questions from a table made once per
knowledge base and sends each question's JSON made once; region specs are read through a table
of broad words and region ids; /api/find is routed early by a twin left out of the OpenAPI
document. Each test holds one of these to what it replaced.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest
from inprocess import TestClient

from triggerpoint.errors import UnknownRegion
from triggerpoint.finder.build import build_query
from triggerpoint.finder.spec import _resolve_region
from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.safety import screen
from triggerpoint.safety.concepts import read
from triggerpoint.safety.screen import _flag_evidence, _flag_index, _marked_only
from triggerpoint.safety.triage import OpenQuestion, _areas, _open_questions, questions_for

DRAWINGS = Path(__file__).parents[2] / "benchmarks" / "region-reading.jsonl"
TEXTS = [
    "numb when I wipe after the loo and my low back aches, both legs weak",
    "crushing chest pain down my left arm, sweating, feel sick",
    "worst headache of my life came on suddenly, neck stiff, fever 39",
    "calf swollen and hot on one side after a long flight",
    "I'm 72 and my temple hurts when I chew, my sight blurred",
    "back pain that wakes me at night, lost 8 kg without trying, had breast cancer",
    "pregnant, lower back and groin ache",
    "physio said that's normal. But since yesterday the whole calf swelled up",
]


def _drawings(kb: KnowledgeBase) -> list[list[str]]:
    """The regions (and a broad word's parts) each labelled drawing marks."""
    found = []
    for line in DRAWINGS.read_text(encoding="utf-8").splitlines():
        specs = [f"{r['id']}:{r['side']}" if r["side"] else r["id"]
                 for r in json.loads(line)["regions"]]
        query = build_query(kb, regions=specs)
        found.append([r for m in query.marks for r in (m.region, *m.alternatives)])
    return found


def test_a_flag_not_worth_asking_never_holds(kb: KnowledgeBase) -> None:
    """Every flag the index leaves out has no rule that holds, for every drawing and text."""
    flags = _flag_index(kb)
    readings = [read(kb, None, regions) for regions in _drawings(kb)]
    readings += [read(kb, text, regions) for text in TEXTS for regions in ([], ["low-back"])]
    for reading in readings:
        asked = {flag.id for flag in flags.worth_asking(reading.present)}
        assert [f.id for f in flags.worth_asking(reading.present)] == [
            f.id for f in kb.red_flags.values() if f.id in asked], "in the knowledge base's order"
        for flag in kb.red_flags.values():
            if flag.id not in asked:
                assert _flag_evidence(kb, flag, reading) is None, (flag.id, reading.present)


def test_a_drawing_without_words_is_read_as_read_reads_it(kb: KnowledgeBase) -> None:
    """The screen's reading of marked places alone is ``read``'s: for every labelled drawing,
    every region alone, pairs of regions and no region, with no text and with empty text."""
    marked_only = _marked_only(kb)
    assert marked_only is not None
    regions = list(kb.atlas.regions)
    cases = [*_drawings(kb), [], *([r] for r in regions),
             *([a, b] for a, b in zip(regions, reversed(regions), strict=True))]
    for marked in cases:
        assert marked_only.reading(marked) == read(kb, None, marked), marked
        assert marked_only.reading(marked) == read(kb, "", marked), marked


def _questions_as_before(kb: KnowledgeBase, regions: Iterable[str], concepts: Iterable[str],
                         answers: Mapping[str, bool] | None) -> list[OpenQuestion]:
    """``questions_for`` as it was: every area's keys and questions looked up per call."""
    marked, named, given = set(regions), set(concepts), dict(answers or {})
    made = _open_questions(kb)
    asked: list[OpenQuestion] = []
    seen: set[str] = set()
    for area in _areas(kb):
        if not (area.for_everyone or not set(area.regions).isdisjoint(marked)
                or not set(area.concepts).isdisjoint(named)):
            continue
        for q in area.questions:
            if q.id in seen:
                continue
            seen.add(q.id)
            answer = given.get(q.id)
            asked.append(made[area.id, q.id, None if answer is None else bool(answer)])
    return asked


def test_questions_for_asks_what_it_asked_before(kb: KnowledgeBase) -> None:
    ids = [q.id for area in _areas(kb) for q in area.questions]
    answer_sets: list[dict[str, bool] | None] = [
        None, {}, {ids[0]: True}, {q: k % 2 == 0 for k, q in enumerate(ids)}]
    for regions in _drawings(kb)[::7]:
        concepts = read(kb, None, regions).present
        for answers in answer_sets:
            assert questions_for(kb, regions, concepts, answers) == _questions_as_before(
                kb, regions, concepts, answers)


def test_the_question_json_is_the_model_dump(kb: KnowledgeBase) -> None:
    for question in _open_questions(kb).values():
        assert question.to_json() == question.model_dump(mode="json")
        assert question.to_json() is not question.to_json(), "a fresh copy each time"
    for text in (None, *TEXTS):
        for answers in (None, {"chest-pain": False, "pregnant": True}):
            safety = screen(kb, text=text, answers=answers, regions=["low-back", "calf"])
            assert safety.to_json()["questions"] == safety.model_dump(mode="json")["questions"]


def _resolve_as_before(name: str, kb: KnowledgeBase) -> tuple[str, tuple[str, ...]]:
    for broad in kb.atlas.broad_terms:
        if name.strip().casefold() in (broad.term, *broad.synonyms):
            return broad.regions[0], tuple(broad.regions[1:])
    try:
        return kb.atlas.get(name).id, ()
    except UnknownRegion as exc:
        raise UnknownRegion(name.strip(), exc.suggestions) from None


def test_region_names_are_read_as_before(kb: KnowledgeBase) -> None:
    names = [*kb.atlas.regions, *(r.name for r in kb.atlas.regions.values())]
    names += [w for t in kb.atlas.broad_terms for w in (t.term, *t.synonyms)]
    names += [n.upper() for n in names[:40]] + [f"  {n} " for n in names[:40]]
    names += ["Knee", "BACK", "temple", "Temple", "left temple", "nowhere", "kneee", "back-of"]
    for name in names:
        try:
            expected = _resolve_as_before(name, kb)
        except UnknownRegion as exc:
            with pytest.raises(UnknownRegion) as raised:
                _resolve_region(name, kb)
            assert (str(raised.value), raised.value.suggestions) == (str(exc), exc.suggestions)
            continue
        assert _resolve_region(name, kb) == expected, name


def test_api_find_is_documented_once_and_only_answers_get(client: TestClient) -> None:
    """The early twin of /api/find is out of the OpenAPI document; the documented route is
    where it was; HEAD and POST are still refused."""
    paths = list(client.get("/api/openapi.json").json()["paths"])
    assert paths.count("/api/find") == 1
    assert paths.index("/api/find") > paths.index("/results")
    for method in ("HEAD", "POST", "PUT"):
        assert client.request(method, "/api/find?r=temple:right").status_code == 405, method
    assert client.get("/api/find?r=temple:right").status_code == 200
