"""The journal pages on a 20-year journal: twice-daily pain entries and sessions, a daily check-in.

Usage: python benchmarks/web_journal.py [--years N] [--runs N] [--db sqlite:///FILE]

The journal is seeded with the bulk import (services.journal.import_document) before any clock
starts, then each page is requested through the app (FastAPI's TestClient, no network) and the
median and worst of ``--runs`` requests printed. Target (issue 11): /journal at most 100 ms.
With ``--db`` naming an existing seeded file, seeding is skipped.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
import warnings
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

from starlette.exceptions import StarletteDeprecationWarning

from triggerpoint.services import AppContext
from triggerpoint.services.journal import import_document
from triggerpoint.web.app import create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from fastapi.testclient import TestClient

PROFILE = "bench"
SPOTS = [
    ("back-of-neck", "left"),
    ("back-of-neck", "right"),
    ("top-of-shoulder", "left"),
    ("temple", "right"),
    ("shoulder-blade", "both"),
    ("sacrum", "midline"),
    ("calf", "left"),
]
COMBOS = [
    ("upper-trapezius", "ischemic-compression", "ball"),
    ("levator-scapulae", "pin-and-stretch", "thumb"),
    ("infraspinatus", "ischemic-compression", "ball"),
]
END = datetime(2026, 12, 1, 21, 0)


class FixedClock:
    """The evening of the journal's last day."""

    def now(self, zone: tzinfo) -> datetime:
        return END.replace(tzinfo=zone)


def document(years: int, zone: tzinfo, seed: int = 2026) -> dict[str, Any]:
    """An export of one profile: two entries and two sessions a day, a daily check-in."""
    rng = random.Random(seed)
    days = round(365.25 * years)
    first = END.date() - timedelta(days=days - 1)
    entries, sessions, checkins = [], [], []
    for n in range(days):
        day = first + timedelta(days=n)
        base = 5 + 2 * rng.random() - 2 * n / days
        for hour in (8, 20):
            at = datetime.combine(day, datetime.min.time(), zone) + timedelta(
                hours=hour, minutes=rng.randint(-40, 40)
            )
            spots = [
                {
                    "region": r,
                    "side": s,
                    "intensity": max(0, min(10, round(base + rng.gauss(0, 1.5)))),
                }
                for r, s in rng.sample(SPOTS, rng.randint(2, 4))
            ]
            entries.append(
                {"at": at.isoformat(), "spots": spots, "qualities": ["aching"], "note": ""}
            )
            before = max(0, min(10, round(base + rng.gauss(0, 1))))
            start = at + timedelta(minutes=5)
            sessions.append(
                {
                    "started_at": start.isoformat(),
                    "ended_at": (start + timedelta(minutes=8)).isoformat(),
                    "pain_before": before,
                    "pain_after": max(0, before - rng.randint(0, 3)),
                    "safety_level": "self-care",
                    "steps": [
                        {"muscle": m, "side": "left", "technique": t, "tool": tl, "duration_s": 60}
                        for m, t, tl in rng.sample(COMBOS, 2)
                    ],
                }
            )
        checkins.append(
            {
                "day": day.isoformat(),
                "sleep_quality": rng.randint(3, 8),
                "stress": rng.randint(2, 7),
                "stiffness": rng.randint(2, 7),
                "medications": [],
                "note": "",
            }
        )
    profile = {
        "name": PROFILE,
        "created_at": datetime.combine(first, datetime.min.time(), zone).isoformat(),
        "pain_entries": entries,
        "sessions": sessions,
        "checkins": checkins,
    }
    return {"format": "triggerpoint-journal", "version": 1, "profiles": [profile]}


def timed(client: TestClient, method: str, url: str, runs: int, **kwargs: Any) -> list[float]:
    """Milliseconds of each of ``runs`` requests (one warm-up request first)."""
    warm = client.request(method, url, **kwargs)
    if warm.status_code >= 400:
        raise SystemExit(f"{method} {url}: {warm.status_code} {warm.text[:300]}")
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        response = client.request(method, url, **kwargs)
        times.append((time.perf_counter() - began) * 1000)
        if response.status_code >= 400:
            raise SystemExit(f"{method} {url}: {response.status_code} {response.text[:300]}")
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=20)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--db", default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.db or f"sqlite:///{Path(folder) / 'journal.sqlite3'}"
        ctx = AppContext.create(db=url, tz="Europe/London", clock=FixedClock())
        if PROFILE not in [p.name for p in ctx.journal().profiles()]:
            doc = document(args.years, ctx.zone)
            began = time.perf_counter()
            summary = import_document(ctx, doc)
            print(
                f"Seeded {args.years} years: {summary.pain_entries} pain entries, "
                f"{summary.sessions} sessions, {summary.checkins} check-ins "
                f"({time.perf_counter() - began:.1f} s, bulk import)"
            )
        with TestClient(create_app(ctx), base_url="http://127.0.0.1") as client:
            client.cookies.set("profile", PROFILE)
            pages: list[tuple[str, str, dict[str, Any]]] = [
                ("GET", "/journal", {}),
                ("GET", "/api/journal", {}),
                ("GET", "/journal?copy=1", {}),
                ("GET", "/journal/checkin", {}),
                ("GET", "/journal/history?days=14", {}),
                ("GET", "/journal/map", {}),
                ("GET", "/journal/progress?days=28", {}),
                (
                    "POST",
                    "/journal/checkin",
                    {
                        "data": {"stress": "4"},
                        "headers": {"Sec-Fetch-Site": "same-origin"},
                        "follow_redirects": False,
                    },
                ),
                (
                    "POST",
                    "/journal/log",
                    {
                        "data": {"r": "temple:right", "n.temple:right": "5"},
                        "headers": {"Sec-Fetch-Site": "same-origin"},
                        "follow_redirects": False,
                    },
                ),
            ]
            print(f"{'request':<34} {'median':>9} {'worst':>9}  ({args.runs} runs each)")
            for method, url_, kwargs in pages:
                runs = args.runs if method == "GET" and "progress" not in url_ else 3
                times = timed(client, method, url_, runs, **kwargs)
                print(
                    f"{method + ' ' + url_:<34} {statistics.median(times):>7.1f}ms "
                    f"{max(times):>7.1f}ms"
                )
        ctx.close()
    print(
        f"Target: GET /journal at most 100 ms on a {args.years}-year journal "
        f"(the page reads the last 7 days; {date.today():%Y-%m-%d})."
    )


if __name__ == "__main__":
    main()
