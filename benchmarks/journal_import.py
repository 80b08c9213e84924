"""Journal import rate: ``import_journal`` of N pain entries into a fresh SQLite file, next to raw
``sqlite3`` executemany of the same rows on the same machine.

Usage: python benchmarks/journal_import.py [--entries N] [--rounds R]
The import figure includes what raw sqlite3 skips (validating the whole document with pydantic,
checking region ids against the atlas); opening and migrating the fresh file happens before the
clock starts, for both.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from triggerpoint.atlas import Atlas
from triggerpoint.storage import FORMAT, VERSION, Journal, import_journal
from triggerpoint.storage.engine import make_engine
from triggerpoint.storage.exchange import read_document
from triggerpoint.storage.migrate import upgrade


def make_document(count: int) -> dict[str, Any]:
    """A version-1 export of one profile with ``count`` entries of one to three spots."""
    rng = random.Random(42)
    regions = sorted(Atlas.load().regions)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    entries = [
        {
            "at": (start + timedelta(minutes=17 * i)).isoformat(),
            "spots": [
                {"region": rng.choice(regions), "side": rng.choice(["left", "right", "both"]),
                 "intensity": rng.randint(0, 10)}
                for _ in range(rng.randint(1, 3))
            ],
            "qualities": rng.sample(["aching", "burning", "sharp", "dull"], rng.randint(0, 2)),
            "note": "" if i % 5 else f"note {i}",
        }
        for i in range(count)
    ]
    profile = {"name": "bench", "created_at": start.isoformat(), "pain_entries": entries}
    return {"format": FORMAT, "version": VERSION, "profiles": [profile]}


def time_import(document: dict[str, Any], folder: Path, round_: int) -> float:
    """Seconds for import_journal into a fresh, already migrated SQLite file."""
    with Journal.open(f"sqlite:///{folder / f'journal-{round_}.sqlite3'}") as journal:
        begin = time.perf_counter()
        import_journal(journal, document)
        return time.perf_counter() - begin


def time_raw(document: dict[str, Any], folder: Path, round_: int) -> float:
    """Seconds for raw sqlite3 executemany of the same rows into the same schema and pragmas."""
    path = folder / f"raw-{round_}.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine, Atlas.load())  # same tables, constraints and region rows
    engine.dispose()
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("PRAGMA synchronous = NORMAL")
    raw.execute("PRAGMA foreign_keys = ON")
    entries = document["profiles"][0]["pain_entries"]
    begin = time.perf_counter()
    raw.execute("BEGIN IMMEDIATE")
    raw.execute(
        "INSERT INTO profiles (owner_id, name, created_at) "
        "SELECT id, 'bench', '2026-01-01 00:00:00' FROM owners WHERE name = 'local'"
    )
    raw.executemany(
        "INSERT INTO pain_entries (id, profile_id, at, qualities, note) VALUES (?, 1, ?, ?, ?)",
        [(i + 1, e["at"], json.dumps(e["qualities"]), e["note"]) for i, e in enumerate(entries)],
    )
    raw.executemany(
        "INSERT INTO pain_spots (entry_id, position, region, side, intensity) VALUES (?,?,?,?,?)",
        [(i + 1, p, s["region"], s["side"], s["intensity"])
         for i, e in enumerate(entries) for p, s in enumerate(e["spots"])],
    )
    raw.execute("COMMIT")
    elapsed = time.perf_counter() - begin
    raw.close()
    return elapsed


def _timed_validation(document: dict[str, Any]) -> float:
    """Seconds to validate the document alone, the part raw sqlite3 does not do."""
    begin = time.perf_counter()
    read_document(document)
    return time.perf_counter() - begin


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    document = make_document(args.entries)
    spots = sum(len(e["spots"]) for e in document["profiles"][0]["pain_entries"])
    with tempfile.TemporaryDirectory() as folder:
        imported = [time_import(document, Path(folder), r) for r in range(args.rounds)]
        raw = [time_raw(document, Path(folder), r) for r in range(args.rounds)]
    validation = min(_timed_validation(document) for _ in range(args.rounds))
    best_import, best_raw = min(imported), min(raw)
    print(f"{args.entries} pain entries ({spots} spots), fresh SQLite file (WAL), "
          f"best of {args.rounds} (median import {statistics.median(imported):.2f} s)")
    print(f"  import_journal:        {args.entries / best_import:>10,.0f} entries/s "
          f"({best_import:.2f} s, validation included)")
    print(f"    of which validating the document (pydantic): {validation:.2f} s")
    print(f"  raw sqlite3 executemany: {args.entries / best_raw:>8,.0f} entries/s "
          f"({best_raw:.2f} s)")
    print(f"  ratio: import_journal is {best_import / best_raw:.1f}x the raw time")


if __name__ == "__main__":
    main()
