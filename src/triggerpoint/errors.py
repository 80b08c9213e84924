"""Errors raised by triggerpoint.

The hierarchy lets callers catch at the level they need::

    TriggerpointError
    ├── InputError                  bad input from a person or a file
    │   ├── UnknownNameError        a name that matches nothing; carries suggestions
    │   │   ├── UnknownRegion
    │   │   └── UnknownMuscle
    │   └── InvalidQuery            a query that cannot be answered as given
    ├── SafetyStop                  self-treatment must not be offered; carries the advice
    ├── KnowledgeBaseError          the packaged or given knowledge base is inconsistent
    └── StorageError                the journal database could not do what was asked
        └── ReadOnlyJournal         a write to a journal this user may only read
"""

from __future__ import annotations

__all__ = [
    "InputError",
    "InvalidQuery",
    "KnowledgeBaseError",
    "ReadOnlyJournal",
    "SafetyStop",
    "StorageError",
    "TriggerpointError",
    "TriageIncomplete",
    "UnknownMuscle",
    "UnknownNameError",
    "UnknownRegion",
]


class TriggerpointError(Exception):
    """Base of every error triggerpoint raises on purpose."""


class InputError(TriggerpointError):
    """Input that is wrong; the message says what is wrong and what would be right."""


class InvalidQuery(InputError):
    """A query that cannot be answered as given (empty, contradictory, out of range)."""


class UnknownNameError(InputError):
    """A name that matches no known entity; ``suggestions`` holds the nearest names."""

    kind = "name"

    def __init__(
        self, name: str, suggestions: list[str] | None = None, *, ambiguous: bool = False
    ) -> None:
        self.name = name
        self.suggestions = list(suggestions or [])
        self.ambiguous = ambiguous
        if ambiguous:
            message = f"'{name}' names several: {', '.join(self.suggestions)}; pick one."
        else:
            hint = f" Did you mean: {', '.join(self.suggestions)}?" if self.suggestions else ""
            message = f"Unknown {self.kind} '{name}'.{hint}"
        super().__init__(message)


class UnknownRegion(UnknownNameError):
    """A body region name that is not in the atlas."""

    kind = "body region"


class UnknownMuscle(UnknownNameError):
    """A muscle name that is not in the knowledge base."""

    kind = "muscle"


class SafetyStop(TriggerpointError):
    """A red flag or contraindication rules out self-treatment; the message says what to do."""

    def __init__(self, level: str, advice: str, reasons: list[str] | None = None) -> None:
        self.level = level
        self.advice = advice
        self.reasons = list(reasons or [])
        detail = f" ({'; '.join(self.reasons)})" if self.reasons else ""
        super().__init__(f"No self-treatment plan: safety level '{level}'{detail}. {advice}")


class TriageIncomplete(InputError):
    """Self-treatment asked for before the safety questions for this person are answered."""

    def __init__(self, open_questions: list[tuple[str, str]]) -> None:
        self.open_questions = list(open_questions)
        ids = ", ".join(qid for qid, _ in self.open_questions)
        super().__init__(
            f"Answer the safety questions before a plan or a session: {len(self.open_questions)} "
            f"are open ({ids}). Run the command in a terminal to be asked them, or pass "
            "--answers FILE, a YAML or JSON file with a yes or no for each id "
            "('triggerpoint questions' shows what each one asks).")


class KnowledgeBaseError(TriggerpointError):
    """The knowledge base files are invalid or refer to things that do not exist."""


class StorageError(TriggerpointError):
    """The journal storage failed; nothing was saved half-way."""


class ReadOnlyJournal(StorageError):
    """A write to a journal file or folder this user may only read; reads still work."""
