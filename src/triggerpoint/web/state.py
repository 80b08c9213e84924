"""The state of a drawing and its answers, kept in the URL so it can be bookmarked or shared.

    /where?r=temple:right&n.temple:right=6&text=behind+my+right+eye&a=emergency-chest:no

``r`` marks a region (``REGION[:SIDE]``), ``n.<spec>`` its intensity 0-10, ``text`` the words,
``a`` an answer (``QUESTION:yes|no``; forms send ``a.QUESTION=yes|no``, one radio group
per question), ``confirm`` / ``deny`` the press test, ``q`` a quality.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlencode

from starlette.datastructures import QueryParams

from triggerpoint.errors import InputError

__all__ = ["FindState"]

_ANSWERS = {"yes": True, "no": False}


@dataclass(frozen=True)
class FindState:
    """Marked regions with intensities, words, answers and press-test results."""

    marks: dict[str, int | None] = field(default_factory=dict)
    text: str = ""
    answers: dict[str, bool] = field(default_factory=dict)
    confirm: tuple[str, ...] = ()
    deny: tuple[str, ...] = ()

    @classmethod
    def from_query(cls, params: QueryParams) -> FindState:
        """The state in a query string; InputError names a malformed part."""
        marks: dict[str, int | None] = {}
        for spec in params.getlist("r"):
            spec = spec.strip()
            if not spec:
                continue
            raw = params.get(f"n.{spec}", "").strip()
            marks[spec] = _intensity(raw, spec) if raw else None
        answers: dict[str, bool] = {}
        # 'a=QUESTION:yes' (links), or 'a.QUESTION=yes' (a form's radio group per question)
        items = params.getlist("a") + [f"{key[2:]}:{value}" for key, value
                                       in params.multi_items() if key.startswith("a.")]
        for item in items:
            qid, _, value = item.partition(":")
            if value.strip().lower() not in _ANSWERS:
                raise InputError(f"An answer must look like 'question-id:yes' or "
                                 f"'question-id:no', not '{item}'.")
            answers[qid.strip()] = _ANSWERS[value.strip().lower()]
        return cls(marks, params.get("text", "").strip()[:2000], answers,
                   tuple(params.getlist("confirm")), tuple(params.getlist("deny")))

    @property
    def specs(self) -> list[str]:
        """The finder's region specs: 'temple:right=6'."""
        return [f"{s}={n}" if n is not None else s for s, n in self.marks.items()]

    def query(self, **change: object) -> str:
        """The query string of this state, with fields replaced (for links)."""
        state = {"marks": self.marks, "text": self.text, "answers": self.answers,
                 "confirm": self.confirm, "deny": self.deny, **change}
        pairs: list[tuple[str, str]] = []
        marks = state["marks"]
        assert isinstance(marks, dict)
        for spec, level in marks.items():
            pairs.append(("r", spec))
            if level is not None:
                pairs.append((f"n.{spec}", str(level)))
        if state["text"]:
            pairs.append(("text", str(state["text"])))
        answers = state["answers"]
        assert isinstance(answers, dict)
        pairs += [("a", f"{q}:{'yes' if v else 'no'}") for q, v in answers.items()]
        pairs += [("confirm", m) for m in _strings(state["confirm"])]
        pairs += [("deny", m) for m in _strings(state["deny"])]
        return urlencode(pairs)


def _strings(value: object) -> Iterable[str]:
    return [str(v) for v in value] if isinstance(value, (list, tuple)) else []


def _intensity(raw: str, spec: str) -> int:
    if raw.isdigit() and 0 <= int(raw) <= 10:
        return int(raw)
    raise InputError(f"The intensity for '{spec}' must be a whole number from 0 to 10, "
                     f"not '{raw}'.")
