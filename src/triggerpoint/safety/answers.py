"""Reading questionnaire answers from a file (JSON or YAML: question id -> yes/no)."""

from __future__ import annotations

from pathlib import Path

from triggerpoint.errors import InputError, InvalidQuery
from triggerpoint.inputs import read_document_bytes, shown
from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.safety.triage import all_questions
from triggerpoint.yamlio import load_document

__all__ = ["read_answers"]

_YES = {True, "yes", "y", "true"}
_NO = {False, "no", "n", "false"}
_MAX_BYTES = 1024 * 1024  # hundreds of times the size of every question answered


def read_answers(path: Path, kb: KnowledgeBase) -> dict[str, bool]:
    """The answers in a file; every value must be yes or no, every key a known question."""
    where = shown(str(path))
    try:
        data = load_document(read_document_bytes(path, "The answers file", _MAX_BYTES),
                             f"The answers file {where}")
    except InputError as exc:
        raise InvalidQuery(str(exc)) from None
    if not isinstance(data, dict):
        raise InvalidQuery(f"The answers file {where} must map question ids to yes or no, "
                           "e.g. 'chest-pain: no'.")
    known = {q.id for _, q in all_questions(kb)}
    answers: dict[str, bool] = {}
    for key, value in data.items():
        if not isinstance(key, str) or key not in known:
            raise InvalidQuery(f"Unknown question {shown(key)} in {where}; known: "
                               f"{', '.join(sorted(known))}.")
        norm = value.casefold() if isinstance(value, str) else value
        if isinstance(norm, bool | str) and norm in _YES:
            answers[key] = True
        elif isinstance(norm, bool | str) and norm in _NO:
            answers[key] = False
        else:
            raise InvalidQuery(f"The answer to '{key}' must be yes or no, not {shown(value)}.")
    return answers
