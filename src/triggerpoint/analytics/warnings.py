"""Warnings for a person at home: pain that spiked or spread, no improvement, unsafe sessions.

The rules follow the design notes of clinical-safety.md 4.6 (no validated flare threshold
exists): a spike is the MCID applied upwards against the recent baseline and must still be
there 48 h later, because a one-off rise after pressure work that settles is expected soreness.
Spikes and spreads are looked for in the last `RECENT_DAYS` days, so the list says what matters
now; unsafe sessions are reported from the whole record.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Final, Literal

from triggerpoint.analytics._json import JsonResult
from triggerpoint.analytics.log import PainLog, Reading, RegionKey, Series, local_day
from triggerpoint.analytics.thresholds import judge_change
from triggerpoint.analytics.trends import WINDOW_DAYS, baseline_and_recent
from triggerpoint.records import SessionRecord
from triggerpoint.safety.levels import LEVEL_INFO, LEVELS

__all__ = [
    "BASELINE_DAYS",
    "MIN_BASELINE_DAYS",
    "NO_IMPROVEMENT_DAYS",
    "RECENT_DAYS",
    "SETTLE_HOURS",
    "SPREAD_BASELINE_DAYS",
    "Evidence",
    "ProgressWarning",
    "WarningKind",
    "find_warnings",
    "no_improvement_warning",
    "safety_level_warning",
    "spike_warning",
    "spread_warning",
]

WarningKind = Literal["safety-level", "pain-spread", "pain-spiked", "no-improvement"]

#: The recent baseline of a spike: the days before it (clinical-safety.md 4.6).
BASELINE_DAYS: Final = 7
#: Fewest logged days a baseline needs before a rise or a new region is judged against it.
MIN_BASELINE_DAYS: Final = 3
#: A rise must still be there this long after it began to count as a spike (4.6: soreness
#: after pressure work settles within 24-72 h).
SETTLE_HOURS: Final = 48
#: A region is new when it was not logged in this many days before it appeared.
SPREAD_BASELINE_DAYS: Final = 28
#: Spikes and spreads are looked for in this many days up to today.
RECENT_DAYS: Final = 14
#: Days of logging after which no meaningful fall means "see a professional" (4.6, NHS advice).
NO_IMPROVEMENT_DAYS: Final = 14

_STOP_ADVICE: Final = (
    "Stop self-treatment for now and get advice from a licensed therapist or a doctor before "
    "you start again. If the pain is severe, or comes with numbness, weakness, fever, chest "
    "pain, or trouble controlling your bladder or bowels, get urgent medical help."
)
_COVERS: Final[dict[str, tuple[str, ...]]] = {"both": ("left", "right")}


@dataclass(frozen=True, slots=True)
class Evidence(JsonResult):
    """One fact behind a warning: the day, what it is, and its value (a pain level or a text)."""

    day: date
    label: str
    value: float | str | None = None
    at: datetime | None = None


@dataclass(frozen=True, slots=True)
class ProgressWarning(JsonResult):
    """A warning: its kind, a plain message, the evidence, and what to do."""

    kind: WarningKind
    message: str
    evidence: tuple[Evidence, ...]
    advice: str


def find_warnings(
    log: PainLog, sessions: Iterable[SessionRecord], *, now: datetime
) -> tuple[ProgressWarning, ...]:
    """Every warning that applies as of `now`, the most serious kind first."""
    today = local_day(now, log.tz)
    found = (
        safety_level_warning(sessions, now=now, tz=log.tz),
        spread_warning(log, today=today),
        spike_warning(log, now=now),
        no_improvement_warning(log),
    )
    return tuple(w for w in found if w is not None)


def spike_warning(log: PainLog, *, now: datetime) -> ProgressWarning | None:
    """A rise of >= 2 points or >= 30 % over the past week that is still there 48 h later."""
    first_day = local_day(now, log.tz) - timedelta(days=RECENT_DAYS - 1)
    evidence: list[Evidence] = []
    places: list[str] = []
    for key, series in [(None, log.overall), *log.regions.items()]:
        found = _persisting_spike(series, first_day, now, _place(key))
        if found:
            evidence += found
            places.append(_place(key))
    if not evidence:
        return None
    return ProgressWarning(
        kind="pain-spiked",
        message=f"Your pain went up clearly and was still up two days later ({_join(places)}).",
        evidence=tuple(evidence),
        advice=_STOP_ADVICE,
    )


def spread_warning(log: PainLog, *, today: date) -> ProgressWarning | None:
    """Pain in a region or on a side not logged in the four weeks before it appeared."""
    days = (today - timedelta(days=RECENT_DAYS - 1), today)
    evidence = [e for r, s in _by_region(log).items() for e in _new_sides(log, r, s, days)]
    if not evidence:
        return None
    places = _join(sorted({e.label.removeprefix("new pain: ") for e in evidence}))
    return ProgressWarning(
        kind="pain-spread",
        message=f"Pain has appeared in a new place ({places}).",
        evidence=tuple(sorted(evidence, key=lambda e: (e.day, e.label))),
        advice=_STOP_ADVICE,
    )


def no_improvement_warning(log: PainLog) -> ProgressWarning | None:
    """After 14 days of logging, the 7-day mean has not fallen by the MCID from the first week."""
    daily = log.overall.daily
    if not daily.days or (daily.days[-1] - daily.days[0]).days + 1 < NO_IMPROVEMENT_DAYS:
        return None
    baseline, recent = baseline_and_recent(daily)
    verdict = judge_change(baseline, recent)
    if baseline == 0 or verdict.improved:
        return None
    went = "has gone up" if verdict.worsened else "has not fallen by a meaningful amount"
    span = (daily.days[-1] - daily.days[0]).days + 1
    return ProgressWarning(
        kind="no-improvement",
        message=f"After {span} days of logging, your pain {went} "
        "(a meaningful fall is at least 2 points or 30 %).",
        evidence=(
            Evidence(daily.days[0], f"mean pain in the first {WINDOW_DAYS} days", baseline),
            Evidence(daily.days[-1], f"mean pain in the {WINDOW_DAYS} days up to the latest entry",
                     recent),
        ),
        advice="Book a licensed therapist or your doctor and show them this log: self-care "
        "alone does not seem to be enough for this pain.",
    )


def safety_level_warning(
    sessions: Iterable[SessionRecord], *, now: datetime, tz: tzinfo | None = None
) -> ProgressWarning | None:
    """Sessions done while the safety check said more than self-care, with their level."""
    unsafe = sorted(
        (s for s in sessions if s.safety_level != "self-care" and s.started_at <= now),
        key=lambda s: s.started_at,
    )
    if not unsafe:
        return None
    worst = max((s.safety_level for s in unsafe), key=LEVELS.index)
    return ProgressWarning(
        kind="safety-level",
        message=f"{_sessions(len(unsafe))} done when the safety check advised more than "
        f"self-care (highest: {worst}).",
        evidence=tuple(
            Evidence(local_day(s.started_at, tz), "session at safety level", s.safety_level,
                     s.started_at)
            for s in unsafe
        ),
        advice=LEVEL_INFO[worst].advice,
    )


def _persisting_spike(
    series: Series, first_day: date, now: datetime, place: str
) -> list[Evidence] | None:
    """Evidence of the first recent rise whose first reading 48 h or more later is still up."""
    settle = timedelta(hours=SETTLE_HOURS)
    for onset in series.since(first_day):
        if onset.at > now:
            break
        baseline = _baseline(series, onset.day)
        if baseline is None or not judge_change(baseline, onset.value).worsened:
            continue
        check = series.first_after(onset.at + settle)
        if check is not None and check.at <= now and judge_change(baseline, check.value).worsened:
            return _spike_evidence(onset, check, baseline, place)
    return None


def _baseline(series: Series, day: date) -> float | None:
    """Mean of the week before `day`, when enough of it was logged to trust."""
    mean, days = series.daily.window(day - timedelta(days=BASELINE_DAYS), day - timedelta(1))
    return mean if days >= MIN_BASELINE_DAYS else None


def _spike_evidence(onset: Reading, check: Reading, baseline: float, place: str) -> list[Evidence]:
    """The baseline, the rise, and the reading that showed it had not settled."""
    return [
        Evidence(onset.day - timedelta(1), f"{place}: mean of the {BASELINE_DAYS} days before",
                 baseline),
        Evidence(onset.day, f"{place}: pain when it went up", onset.value, onset.at),
        Evidence(check.day, f"{place}: pain {SETTLE_HOURS} hours or more later", check.value,
                 check.at),
    ]


def _by_region(log: PainLog) -> dict[str, dict[str, list[Reading]]]:
    """Readings with pain (above 0) per region and per body side they cover."""
    found: dict[str, dict[str, list[Reading]]] = defaultdict(lambda: defaultdict(list))
    for key, series in log.regions.items():
        for side in _COVERS.get(key.side, (key.side,)):
            found[key.region][side] += [r for r in series.readings if r.value > 0]
    for sides in found.values():
        for readings in sides.values():
            readings.sort(key=lambda r: (r.day, r.at))
    return found


def _new_sides(
    log: PainLog, region: str, sides: dict[str, list[Reading]], days: tuple[date, date]
) -> list[Evidence]:
    """The first recent reading of each side of a region that the weeks before did not have."""
    found = []
    for side, readings in sides.items():
        ordinals = [r.day.toordinal() for r in readings]
        lo = bisect.bisect_left(ordinals, days[0].toordinal())
        hi = bisect.bisect_right(ordinals, days[1].toordinal())
        for reading in readings[lo:hi]:
            if _is_new(log, ordinals, reading.day):
                found.append(Evidence(reading.day, f"new pain: {_place(RegionKey(region, side))}",
                                      reading.value, reading.at))
                break
    return found


def _is_new(log: PainLog, ordinals: list[int], day: date) -> bool:
    """True when a well-logged baseline period before `day` never had this region and side."""
    start = day - timedelta(days=SPREAD_BASELINE_DAYS)
    if log.overall.daily.window(start, day - timedelta(1))[1] < MIN_BASELINE_DAYS:
        return False
    lo = bisect.bisect_left(ordinals, start.toordinal())
    return lo >= len(ordinals) or ordinals[lo] >= day.toordinal()


def _place(key: RegionKey | None) -> str:
    """A region and side in plain words; None means the overall (worst) pain."""
    if key is None:
        return "overall pain"
    return f"{key.region.replace('-', ' ')} ({key.side})"


def _sessions(count: int) -> str:
    """'1 session was' or 'n sessions were'."""
    return "1 session was" if count == 1 else f"{count} sessions were"


def _join(parts: list[str]) -> str:
    """Plain list: 'a', 'a and b', 'a, b and c'."""
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"
