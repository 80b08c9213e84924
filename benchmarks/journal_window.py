"""Journal reads bounded by what is shown: progress and log on a 1-year and a 20-year journal.

Usage: python benchmarks/journal_window.py [--years 1,5,20] [--runs N] [--no-before]

Each journal (twice-daily pain entries and sessions, a daily check-in; the seed of
benchmarks/web_journal.py) is seeded with the bulk import before any clock starts. Then, through
the web app (FastAPI's TestClient, no network), the median of ``--runs`` requests of
GET /journal/progress?days=28 and POST /journal/log; and in-process, the median of the progress
use case (services.journal.collect, 28 days: storage reads, figures and warnings) and of the
warnings after a log (services.journal.warnings_now).

"before" runs the same requests with the whole-record reads the app used until issue 12 (every
record read and validated, then filtered in Python), patched in for the run, so both columns
come from one machine and one run. Targets (issue 12): progress on 20 years at most 1.3 times
its cost on 1 year; the in-process progress summary at most 50 ms over 5 years.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, tzinfo
from datetime import time as clock_time
from pathlib import Path
from typing import Any

from starlette.exceptions import StarletteDeprecationWarning
from web_journal import PROFILE, FixedClock, document

import triggerpoint.reports as reports
import triggerpoint.services.journal as journal_service
from triggerpoint.analytics import ProgressWarning, progress_summary
from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.reports.data import (
    Names,
    ReportData,
    current_warnings,
    planned_from_plans,
)
from triggerpoint.services import AppContext
from triggerpoint.services.journal import collect, import_document
from triggerpoint.storage import Journal
from triggerpoint.web.app import create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from fastapi.testclient import TestClient

LOG = {
    "data": {"r": "temple:right", "n.temple:right": "5"},
    "headers": {"Sec-Fetch-Site": "same-origin"},
    "follow_redirects": False,
}


def whole_record_report(journal: Journal, profile: str, **options: Any) -> ReportData:
    """collect_report as it was before issue 12: every record read and validated (it takes
    collect_report's keyword options: days, now, tz, per_day, kb)."""
    days: int = options["days"]
    now: datetime = options["now"]
    tz: tzinfo = options["tz"]
    per_day: int | None = options.get("per_day")
    kb: KnowledgeBase = options["kb"]
    now = now.astimezone(tz)
    first_day = now.date() - timedelta(days=days - 1)
    start = datetime.combine(first_day, clock_time(), tzinfo=tz)
    entries = [e for e in journal.pain_entries(profile=profile) if e.at <= now]
    sessions = [s for s in journal.sessions(profile=profile) if s.started_at <= now]
    checkins = journal.checkins(profile=profile, since=first_day, until=now.date())
    planned = (
        per_day
        if per_day is not None
        else planned_from_plans(journal.plans(profile=profile), first_day)
    )
    in_range = [e for e in entries if e.at >= start]
    sessions_in_range = [s for s in sessions if s.started_at >= start]
    summary = progress_summary(
        in_range, sessions_in_range, checkins, now=now, planned_sessions=planned, tz=tz
    )
    return ReportData(
        profile=profile,
        first_day=first_day,
        last_day=now.date(),
        now=now,
        tz=tz,
        entries=tuple(in_range),
        sessions=tuple(sessions_in_range),
        checkins=tuple(checkins),
        summary=summary,
        warnings=current_warnings(entries, sessions, now=now, tz=tz),
        names=Names.of(kb),
    )


def whole_record_warnings(
    ctx: AppContext, profile: str, now: datetime | None = None
) -> tuple[ProgressWarning, ...]:
    """warnings_now as it was before issue 12."""
    journal = ctx.journal()
    return current_warnings(
        journal.pain_entries(profile=profile),
        journal.sessions(profile=profile),
        now=now or ctx.now(),
        tz=ctx.zone,
    )


@contextmanager
def before() -> Iterator[None]:
    """Patch the whole-record reads back in for the duration of the block."""
    saved = reports.collect_report, journal_service.warnings_now
    reports.collect_report = whole_record_report
    journal_service.warnings_now = whole_record_warnings
    try:
        yield
    finally:
        reports.collect_report, journal_service.warnings_now = saved


def median_ms(action: Callable[[], object], runs: int) -> float:
    """The median time of ``runs`` calls, in milliseconds, after one warm-up call."""
    action()
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        action()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def request(client: TestClient, method: str, url: str, **kwargs: Any) -> Callable[[], object]:
    """A request that fails the benchmark when the app answers with an error."""

    def send() -> object:
        response = client.request(method, url, **kwargs)
        if response.status_code >= 400:
            raise SystemExit(f"{method} {url}: {response.status_code} {response.text[:300]}")
        return response

    return send


def measure(ctx: AppContext, runs: int) -> dict[str, float]:
    """The four figures for one journal, with whatever reads are in place."""
    with TestClient(create_app(ctx), base_url="http://127.0.0.1") as client:
        client.cookies.set("profile", PROFILE)
        return {
            "GET /journal/progress": median_ms(
                request(client, "GET", "/journal/progress?days=28"), runs
            ),
            "POST /journal/log": median_ms(request(client, "POST", "/journal/log", **LOG), runs),
            "collect (in-process)": median_ms(lambda: collect(ctx, PROFILE, 28), runs),
            "warnings_now (in-process)": median_ms(
                lambda: journal_service.warnings_now(ctx, PROFILE), runs
            ),
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", default="1,5,20")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--before-runs", type=int, default=3)
    parser.add_argument("--no-before", action="store_true")
    args = parser.parse_args()
    years = [int(y) for y in args.years.split(",")]
    rows: dict[tuple[str, int], dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for n in years:
            url = f"sqlite:///{Path(folder) / f'journal-{n}.sqlite3'}"
            ctx = AppContext.create(db=url, tz="Europe/London", clock=FixedClock())
            began = time.perf_counter()
            summary = import_document(ctx, document(n, ctx.zone))
            print(
                f"Seeded {n} years: {summary.pain_entries} pain entries, {summary.sessions} "
                f"sessions, {summary.checkins} check-ins ({time.perf_counter() - began:.1f} s)"
            )
            rows["after", n] = measure(ctx, args.runs)
            if not args.no_before:
                with before():
                    rows["before", n] = measure(ctx, args.before_runs)
            ctx.close()
    print_table(rows, years)


def print_table(rows: dict[tuple[str, int], dict[str, float]], years: list[int]) -> None:
    """Medians in ms per journal length, and the ratio of the longest to the shortest."""
    first, last = years[0], years[-1]
    names = list(next(iter(rows.values())))
    heads = "".join(f"{f'{n} y':>10}" for n in years)
    print(f"\n{'median ms':<34}{heads}{f'{last}y/{first}y':>10}")
    for kind in ("before", "after"):
        for name in names:
            if (kind, first) not in rows:
                continue
            values = [rows[kind, n][name] for n in years]
            cells = "".join(f"{v:>10.1f}" for v in values)
            print(f"{kind + ' ' + name:<34}{cells}{values[-1] / values[0]:>9.2f}x")
    if ("before", last) in rows:
        print(
            "\nbefore/after on the longest journal: "
            + ", ".join(
                f"{name} {rows['before', last][name] / rows['after', last][name]:.0f}x"
                for name in names
            )
        )


if __name__ == "__main__":
    main()
