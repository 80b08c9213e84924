"""What every use case works with: the knowledge base, the settings, a clock and a time zone,
and (when it needs one) the journal of one owner.

A front end builds one context per process (the CLI) or per app (the web app) with
``AppContext.create`` and passes it to each use case; nothing below it loads the knowledge base
or reads the environment on its own. Tests build contexts with a fixed clock and a temp journal.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from triggerpoint.knowledge import KnowledgeBase
    from triggerpoint.safety import SafetyAssessment
    from triggerpoint.settings import Settings
    from triggerpoint.storage import Journal

__all__ = ["AppContext", "Ask", "Clock", "SystemClock", "triaged"]


class Clock(Protocol):
    """Where 'now' comes from (a fixed clock in tests)."""

    def now(self, zone: tzinfo) -> datetime:
        """The current moment, aware, in ``zone``."""
        ...


class SystemClock:
    """This computer's clock."""

    def now(self, zone: tzinfo) -> datetime:
        return datetime.now(zone)


@dataclass
class AppContext:
    """The knowledge base (loaded once), settings, clock, time zone and journal address.

    ``owner`` is the account whose profiles the journal shows: ``local`` on a personal machine,
    a clinic's account in clinic mode. ``journal()`` opens the journal (migrating it the first
    time) and keeps it open for the life of the context.
    """

    kb: KnowledgeBase
    settings: Settings
    zone: tzinfo
    clock: Clock = field(default_factory=SystemClock)
    database_url: str | None = None
    owner: str = "local"
    _journal: Journal | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @classmethod
    def create(cls, *, db: str | None = None, tz: str | None = None,
               kb: KnowledgeBase | None = None, clock: Clock | None = None) -> AppContext:
        """A context from the environment (``TRIGGERPOINT_*``) and the options given."""
        from triggerpoint.knowledge import KnowledgeBase
        from triggerpoint.reports.clock import local_zone
        from triggerpoint.settings import load_settings

        return cls(kb=kb or KnowledgeBase.load(), settings=load_settings(db),
                   zone=local_zone(tz), clock=clock or SystemClock(), database_url=db)

    def now(self) -> datetime:
        """The current moment in the person's time zone."""
        return self.clock.now(self.zone)

    def journal(self) -> Journal:
        """The journal, opened (and migrated) on first use and kept open (thread-safe: the web
        app serves requests from several threads)."""
        with self._lock:
            if self._journal is None:
                from triggerpoint.storage import Journal

                self._journal = Journal.open(self.database_url, settings=self.settings,
                                             atlas=self.kb.atlas, owner=self.owner)
            return self._journal

    @contextmanager
    def session(self) -> Iterator[AppContext]:
        """Use the context, closing its journal (if one was opened) at the end."""
        try:
            yield self
        finally:
            self.close()

    def close(self) -> None:
        """Close the journal's connections."""
        if self._journal is not None:
            self._journal.close()
            self._journal = None


class Ask(Protocol):
    """Asks a person the open safety questions (a terminal prompt, a web form) and returns the
    answers, question id -> yes; front ends without a person pass ``None`` instead."""

    def __call__(self, safety: SafetyAssessment, /) -> Mapping[str, bool]: ...


def triaged(assess: Callable[[Mapping[str, bool] | None], SafetyAssessment],
            answers: Mapping[str, bool] | None, ask: Ask | None) -> SafetyAssessment:
    """The assessment with the given answers; when someone can be asked, the open questions
    are asked first (a plan or a session needs them answered; make_plan and the runner check).
    """
    safety = assess(answers)
    if ask is not None and safety.self_care_allowed and not safety.triage_complete:
        safety = assess(ask(safety))
    return safety
