"""What helped: for each (muscle, technique, tool), the pain change in the sessions that used it.

Every session's change is credited to each combination among its completed steps, so these are
associations, not proof that one step did the work. Below `MIN_SESSIONS` sessions a figure is
shown with its count but not judged: "not enough data".
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from statistics import fmean
from typing import Final, NamedTuple

from triggerpoint.analytics._json import JsonResult
from triggerpoint.analytics.log import PainLog, local_day
from triggerpoint.analytics.thresholds import ChangeVerdict, judge_change
from triggerpoint.records import SessionRecord

__all__ = ["MIN_SESSIONS", "Effect", "HelpedItem", "what_helped"]

#: Fewest sessions behind a figure before it is judged (the count is always shown).
MIN_SESSIONS: Final = 3


class _Combo(NamedTuple):
    muscle: str
    technique: str
    tool: str


@dataclass(frozen=True, slots=True)
class Effect(JsonResult):
    """A mean pain change over `count` sessions, judged only when there are enough of them.

    `mean_change` is mean after minus mean before over the same sessions (negative = less
    pain); `verdict` is None and `enough_data` False below the minimum number of sessions.
    """

    count: int
    mean_before: float | None
    mean_after: float | None
    mean_change: float | None
    verdict: ChangeVerdict | None
    enough_data: bool
    words: str


@dataclass(frozen=True, slots=True)
class HelpedItem(JsonResult):
    """One (muscle, technique, tool): sessions, immediate change, next-day change."""

    muscle: str
    technique: str
    tool: str
    sessions: int
    immediate: Effect
    next_day: Effect
    enough_data: bool


_Pair = tuple[float, float]


@dataclass
class _Pairs:
    """(before, after) pairs collected for one combination, and its number of sessions."""

    sessions: int = 0
    immediate: list[_Pair] = field(default_factory=list)
    next_day: list[_Pair] = field(default_factory=list)

    def add(self, immediate: _Pair | None, next_day: _Pair | None) -> None:
        """Count one session and keep whichever of its pairs exist."""
        self.sessions += 1
        if immediate is not None:
            self.immediate.append(immediate)
        if next_day is not None:
            self.next_day.append(next_day)


def what_helped(
    sessions: Iterable[SessionRecord], log: PainLog, *, min_sessions: int = MIN_SESSIONS
) -> tuple[HelpedItem, ...]:
    """Each combination's effect, the best first and those without enough data last."""
    collected: dict[_Combo, _Pairs] = defaultdict(_Pairs)
    for session in sessions:
        immediate, next_day = _session_pairs(session, log)
        for combo in _combos(session):
            collected[combo].add(immediate, next_day)
    items = [_item(combo, pairs, min_sessions) for combo, pairs in collected.items()]
    return tuple(sorted(items, key=_benefit))


def _combos(session: SessionRecord) -> set[_Combo]:
    """The distinct combinations of a session's completed steps (both sides count once)."""
    return {_Combo(s.muscle, s.technique, s.tool) for s in session.steps if s.completed}


def _session_pairs(session: SessionRecord, log: PainLog) -> tuple[_Pair | None, _Pair | None]:
    """(before, after) right after the session, and (before, next day's mean pain)."""
    before, after = session.pain_before, session.pain_after
    if before is None:
        return None, None
    immediate = (float(before), float(after)) if after is not None else None
    next_day = log.overall.daily.mean_on(local_day(session.started_at, log.tz) + timedelta(1))
    return immediate, (float(before), next_day) if next_day is not None else None


def _item(combo: _Combo, pairs: _Pairs, min_sessions: int) -> HelpedItem:
    """The item for one combination, with both effects."""
    return HelpedItem(
        muscle=combo.muscle,
        technique=combo.technique,
        tool=combo.tool,
        sessions=pairs.sessions,
        immediate=_effect(pairs.immediate, min_sessions),
        next_day=_effect(pairs.next_day, min_sessions),
        enough_data=pairs.sessions >= min_sessions,
    )


def _effect(pairs: list[_Pair], min_sessions: int) -> Effect:
    """Mean before, after and change over the pairs; judged only with enough of them."""
    if not pairs:
        return Effect(0, None, None, None, None, False, _not_enough(0, min_sessions))
    before = fmean(b for b, _ in pairs)
    after = fmean(a for _, a in pairs)
    enough = len(pairs) >= min_sessions
    verdict = judge_change(before, after) if enough else None
    words = verdict.words if verdict else _not_enough(len(pairs), min_sessions)
    return Effect(len(pairs), before, after, after - before, verdict, enough, words)


def _not_enough(count: int, min_sessions: int) -> str:
    """An honest note that a figure rests on too few sessions to judge."""
    return f"Not enough data: {count} of the {min_sessions} sessions needed to judge."


def _benefit(item: HelpedItem) -> tuple[bool, float, float, int, _Combo]:
    """Sort key: judged items first, then the largest immediate fall, then next-day fall."""
    return (
        not item.immediate.enough_data,
        _or_inf(item.immediate.mean_change),
        _or_inf(item.next_day.mean_change),
        -item.sessions,
        _Combo(item.muscle, item.technique, item.tool),
    )


def _or_inf(value: float | None) -> float:
    """Missing figures sort after every real one."""
    return math.inf if value is None else value
