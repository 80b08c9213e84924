"""Reading questionnaire answers from a file (JSON or YAML: question id -> yes/no)."""

from __future__ import annotations

from pathlib import Path

import yaml

from triggerpoint.errors import InvalidQuery
from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.safety.triage import all_questions

__all__ = ["read_answers"]

_YES = {True, "yes", "y", "true"}
_NO = {False, "no", "n", "false"}


def read_answers(path: Path, kb: KnowledgeBase) -> dict[str, bool]:
    """The answers in a file; every value must be yes or no, every key a known question."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InvalidQuery(f"Cannot read answers file '{path}': {exc.strerror}.") from None
    except (yaml.YAMLError, UnicodeDecodeError):
        raise InvalidQuery(f"Answers file '{path}' is not valid JSON or YAML.") from None
    if not isinstance(data, dict):
        raise InvalidQuery(f"Answers file '{path}' must map question ids to yes or no.")
    known = {q.id for _, q in all_questions(kb)}
    answers: dict[str, bool] = {}
    for key, value in data.items():
        if key not in known:
            raise InvalidQuery(f"Unknown question '{key}' in '{path}'; known: "
                               f"{', '.join(sorted(known))}.")
        norm = value.casefold() if isinstance(value, str) else value
        if norm in _YES:
            answers[key] = True
        elif norm in _NO:
            answers[key] = False
        else:
            raise InvalidQuery(f"Answer to '{key}' must be yes or no, not '{value}'.")
    return answers
