"""One consultation: the safety assessment first, then the finder's ranking it governs.

Every front end (CLI, batch, web) calls this, so the same red-flag rules apply everywhere. The
description is screened before anything else, whether or not a body region is understood: a
description with no region still gets its level and advice, with the finder's error beside it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field

from triggerpoint.errors import InputError
from triggerpoint.finder import Candidate, FinderResult, build_query, find
from triggerpoint.inputs import MAX_LINE_BYTES, check_items, check_words, loads_json
from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.safety import SafetyAssessment, screen

if TYPE_CHECKING:
    from triggerpoint.services.context import AppContext

__all__ = ["Consultation", "FindRequest", "consult", "consult_line", "explains", "find_muscles"]


class FindRequest(BaseModel):
    """What a person told a front end: words, marked regions, symptoms, answers, conditions."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str | None = None
    regions: list[str] = Field(default_factory=list)
    symptoms: list[str] = Field(default_factory=list)
    tender: list[str] = Field(default_factory=list)
    confirm: list[str] = Field(default_factory=list)
    deny: list[str] = Field(default_factory=list)
    top: int = Field(default=5, ge=1, le=500)
    answers: dict[str, bool] | None = None
    conditions: list[str] = Field(default_factory=list)


@dataclass(frozen=True)
class Consultation:
    """The safety level, and the ranked muscles (or why there are none)."""

    safety: SafetyAssessment
    result: FinderResult | None = None
    error: InputError | None = None

    def to_json(self) -> dict[str, Any]:
        """The finder's JSON contract with a leading ``safety`` object; on a finder error,
        ``{"safety": ..., "error": "..."}``."""
        if self.result is None:
            return {"safety": self.safety.to_json(), "error": str(self.error)}
        return {"safety": self.safety.to_json(), **self.result.to_json()}


def consult(
    kb: KnowledgeBase,
    *,
    text: str | None = None,
    regions: Sequence[str] = (),
    symptoms: Sequence[str] = (),
    tender: Sequence[str] = (),
    confirm: Sequence[str] = (),
    deny: Sequence[str] = (),
    top: int = 10,
    answers: Mapping[str, bool] | None = None,
    conditions: Sequence[str] = (),
) -> Consultation:
    """Screen for safety, then rank the muscles from the same input.

    Bad answers or conditions raise (they are the caller's input); a description the finder
    cannot place still returns the safety assessment, with the finder's error. Input beyond
    the bounds of triggerpoint.inputs (a 100 KB word, 20,000 regions) raises InputError.
    """
    _check_bounds(text, regions=regions, symptoms=symptoms, tender=tender, confirm=confirm,
                  deny=deny, conditions=conditions)
    try:
        query = build_query(kb, text=text, regions=regions, symptoms=symptoms, tender=tender,
                            confirm=confirm, deny=deny, top=top)
    except InputError as exc:
        marked = _plain_regions(kb, regions)
        return Consultation(screen(kb, text=text, answers=answers, conditions=conditions,
                                   regions=marked), error=exc)
    marked = [r for m in query.marks for r in (m.region, *m.alternatives)]
    safety = screen(kb, text=text, answers=answers, conditions=conditions, regions=marked)
    return Consultation(safety, find(query, kb, text=text))


def _check_bounds(text: str | None, **lists: Sequence[str]) -> None:
    """InputError for a description or a list beyond the bounds every front end shares."""
    if text is not None:
        check_words(text, "The description")
    for what, items in lists.items():
        check_items(items, what)


def _plain_regions(kb: KnowledgeBase, specs: Sequence[str]) -> list[str]:
    """The region ids of well-formed ``REGION[:SIDE][=N]`` specs (the others are skipped)."""
    found = []
    for spec in specs:
        name = spec.split("=")[0].split(":")[0].strip()
        if name in kb.atlas.regions:
            found.append(name)
    return found


def find_muscles(ctx: AppContext, request: FindRequest) -> Consultation:
    """The use case behind ``find`` and the web finder: screen, then rank."""
    return consult(ctx.kb, text=request.text, regions=request.regions,
                   symptoms=request.symptoms, tender=request.tender, confirm=request.confirm,
                   deny=request.deny, top=request.top, answers=request.answers,
                   conditions=request.conditions)


def consult_line(ctx: AppContext, raw: bytes, number: int, *, top: int,
                 answers: Mapping[str, bool] | None = None,
                 conditions: Sequence[str] = ()) -> dict[str, Any]:
    """One line of a batch: the consultation's JSON, or an error object naming what was wrong.

    A bad line never stops the others; an unplaceable description still carries its safety.
    """
    if len(raw) > MAX_LINE_BYTES:
        return _line_error(None, number, f"line is {len(raw):,} bytes long; a line is at most "
                                         f"{MAX_LINE_BYTES:,} bytes (one case per line)")
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _line_error(None, number, f"line is not valid UTF-8 (byte {exc.start + 1}); "
                                         "save the file as UTF-8")
    try:
        item = loads_json(line, "The line")
    except InputError as exc:
        return _line_error(None, number, str(exc))
    if not isinstance(item, dict):
        return _line_error(None, number,
                           'each line must be a JSON object like {"id": 1, "text": "..."}')
    case_id = item.get("id")
    text, regions = item.get("text"), item.get("regions", [])
    if text is None and not regions:
        return _line_error(case_id, number, 'give "text" (a description) or "regions" (a list)')
    if not isinstance(regions, list) or not all(isinstance(r, str) for r in regions):
        return _line_error(case_id, number,
                           '"regions" must be a list of strings like "temple:right=6"')
    if text is not None and not isinstance(text, str):
        return _line_error(case_id, number, '"text" must be a string')
    try:
        found = consult(ctx.kb, text=text, regions=regions, top=top, answers=answers,
                        conditions=conditions)
    except InputError as exc:
        return _line_error(case_id, number, str(exc))
    if found.error is not None:
        return {"id": case_id, "line": number, **found.to_json()}
    return {"id": case_id, **found.to_json()}


def _line_error(case_id: Any, number: int, message: str) -> dict[str, Any]:
    return {"id": case_id, "line": number, "error": message}


def explains(kb: KnowledgeBase, c: Candidate, place: Callable[[str], str]) -> list[str]:
    """What a ranked muscle explains, in the words every front end shows: its places by kind
    (named by ``place``, the front end's way of naming a region), the symptoms it causes, the
    resisted tests it fails and the press test."""
    said = []
    for regions, kind in ((c.essential_matched, "its main pain zone"),
                          (c.spillover_matched, "sometimes"),
                          (c.trigger_point_matched, "right over its knots")):
        if regions:
            said.append(f"{', '.join(place(r) for r in regions)} ({kind})")
    if c.symptoms_matched:
        said.append(", ".join(kb.symptoms[s].name.lower() for s in c.symptoms_matched)
                    + " (a symptom it causes)")
    if c.tests_matched:
        said.append(f"resisted {', '.join(t.replace('-', ' ') for t in c.tests_matched)} "
                    "(a movement it makes)")
    if c.press_test:
        said.append(f"press test {c.press_test}")
    return said
