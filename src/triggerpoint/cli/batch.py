"""Batch finding: one JSON line in, one JSON line out, a bad line never stops the others."""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from triggerpoint.errors import InputError, InvalidQuery
from triggerpoint.knowledge import KnowledgeBase

__all__ = ["answer_line", "run_batch"]


def run_batch(
    path: Path,
    kb: KnowledgeBase,
    top: int,
    *,
    answers: Mapping[str, bool] | None = None,
    conditions: Sequence[str] = (),
) -> None:
    """Answer every line of a JSON-lines file on stdout, in order."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidQuery(f"Cannot read batch file '{path}': {exc.strerror}.") from None
    for number, raw in enumerate(data.splitlines(), start=1):
        if raw.strip():
            answer = answer_line(raw, number, kb, top, answers=answers, conditions=conditions)
            sys.stdout.write(json.dumps(answer, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def answer_line(
    raw: bytes,
    number: int,
    kb: KnowledgeBase,
    top: int,
    *,
    answers: Mapping[str, bool] | None = None,
    conditions: Sequence[str] = (),
) -> dict[str, Any]:
    """The finder's answer for one input line, or an error object naming what was wrong."""
    from triggerpoint.consult import consult

    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _error(None, number, f"line is not valid UTF-8 (byte {exc.start + 1}); "
                                    "save the file as UTF-8")
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        return _error(None, number, f"line is not valid JSON: {exc.msg} at column {exc.colno}")
    if not isinstance(item, dict):
        return _error(None, number, 'each line must be a JSON object like {"id": 1, "text": "..."}')
    case_id = item.get("id")
    text, regions = item.get("text"), item.get("regions", [])
    if text is None and not regions:
        return _error(case_id, number, 'give "text" (a description) or "regions" (a list)')
    if not isinstance(regions, list) or not all(isinstance(r, str) for r in regions):
        return _error(case_id, number, '"regions" must be a list of strings like "temple:right=6"')
    if text is not None and not isinstance(text, str):
        return _error(case_id, number, '"text" must be a string')
    try:
        found = consult(kb, text=text, regions=regions, top=top, answers=answers,
                        conditions=conditions)
    except InputError as exc:
        return _error(case_id, number, str(exc))
    if found.error is not None:
        return {"id": case_id, "line": number, **found.to_json()}
    return {"id": case_id, **found.to_json()}


def _error(case_id: Any, number: int, message: str) -> dict[str, Any]:
    return {"id": case_id, "line": number, "error": message}
