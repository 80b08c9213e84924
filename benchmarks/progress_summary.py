"""progress_summary on five years of synthetic records: median time over several runs.

Usage: python benchmarks/progress_summary.py [--years N] [--runs N] [--seed N]
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from datetime import UTC, date, datetime, timedelta, timezone

from triggerpoint.analytics import progress_summary
from triggerpoint.records import CheckIn, PainEntry, PainSpot, SessionRecord, StepRecord

REGIONS = [("neck", "left"), ("neck", "right"), ("top-of-shoulder", "left"), ("temple", "right"),
           ("shoulder-blade", "both"), ("low-back", "midline"), ("calf", "left")]
COMBOS = [("upper-trapezius", "ischemic-compression", "ball"),
          ("levator-scapulae", "pin-and-stretch", "thumb"),
          ("infraspinatus", "ischemic-compression", "ball"),
          ("suboccipitals", "sustained-pressure", "fingers"),
          ("quadratus-lumborum", "ischemic-compression", "cane"),
          ("gastrocnemius", "stroking", "foam-roller")]
LOCAL = timezone(timedelta(hours=1))


def arg(argv: list[str], name: str, default: int) -> int:
    """An integer option from the command line."""
    return int(argv[argv.index(name) + 1]) if name in argv else default


def pain_entry(rng: random.Random, at: datetime, base: float) -> PainEntry:
    """An entry with 2-4 spots around today's base pain."""
    spots = [PainSpot(region=r, side=s, intensity=max(0, min(10, round(base + rng.gauss(0, 1.5)))))
             for r, s in rng.sample(REGIONS, rng.randint(2, 4))]
    return PainEntry(at=at, spots=spots)


def guided_session(rng: random.Random, at: datetime, base: float) -> SessionRecord:
    """A session with 2-3 steps, pain before and after."""
    before = max(0, min(10, round(base + rng.gauss(0, 1))))
    steps = [StepRecord(muscle=m, side=rng.choice(["left", "right"]), technique=t, tool=tl,
                        duration_s=rng.randint(30, 90)) for m, t, tl in rng.sample(COMBOS, 3)]
    return SessionRecord(started_at=at, ended_at=at + timedelta(minutes=8), pain_before=before,
                         pain_after=max(0, before - rng.randint(0, 3)), safety_level="self-care",
                         steps=steps[: rng.randint(2, 3)])


def records(years: int, seed: int) -> tuple[list[PainEntry], list[SessionRecord], list[CheckIn]]:
    """Twice-daily entries and sessions and a daily check-in, for `years` years."""
    rng = random.Random(seed)
    start = datetime(2021, 1, 4, tzinfo=LOCAL)
    entries, sessions, checkins = [], [], []
    for n in range(365 * years + years // 4):
        base = 5 + 2 * rng.random() - n / (365 * years)
        for hour in (8, 20):
            at = start + timedelta(days=n, hours=hour, minutes=rng.randint(-40, 40))
            entries.append(pain_entry(rng, at, base))
            sessions.append(guided_session(rng, at + timedelta(minutes=5), base))
        checkins.append(CheckIn(day=(start + timedelta(days=n)).date(),
                                sleep_quality=rng.randint(3, 8), stress=rng.randint(2, 7),
                                stiffness=rng.randint(2, 7),
                                medications=["ibuprofen"] if rng.random() < 0.2 else []))
    return entries, sessions, checkins


def main(argv: list[str]) -> None:
    years, runs = arg(argv, "--years", 5), arg(argv, "--runs", 7)
    entries, sessions, checkins = records(years, arg(argv, "--seed", 2026))
    now = datetime.combine(checkins[-1].day + timedelta(days=1), datetime.min.time(), UTC)
    spots = sum(len(e.spots) for e in entries)
    steps = sum(len(s.steps) for s in sessions)
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        summary = progress_summary(entries, sessions, checkins, now=now, planned_sessions=2)
        times.append(time.perf_counter() - began)
    first: date = checkins[0].day
    print(f"{years} years ({first} to {checkins[-1].day}): {len(entries)} pain entries "
          f"({spots} spots), {len(sessions)} sessions ({steps} steps), {len(checkins)} check-ins")
    print(f"progress_summary: median {statistics.median(times) * 1000:.0f} ms over {runs} runs "
          f"(min {min(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms); "
          f"{len(summary.regions)} region trends, {len(summary.helped)} combinations, "
          f"{len(summary.warnings)} warnings")


if __name__ == "__main__":
    main(sys.argv[1:])
