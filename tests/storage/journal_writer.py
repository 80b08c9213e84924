"""Child process of the reliability tests: write pain entries, print each id once committed.

Usage: python journal_writer.py URL PROFILE COUNT [READY_FILE GO_FILE]
With READY_FILE and GO_FILE it announces it is ready, then waits for GO_FILE before opening the
journal, so several writers (and their first open) really start at the same moment.
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from triggerpoint.records import PainEntry, PainSpot
from triggerpoint.storage import Journal


def wait_for_start(ready: Path, go: Path) -> None:
    """Say we are ready; wait until the parent says go."""
    ready.touch()
    while not go.exists():
        time.sleep(0.005)


def main(url: str, profile: str, count: int) -> None:
    """Write ``count`` entries, one transaction each, printing each id after its commit."""
    spot = PainSpot(region="temple", side="left", intensity=4)
    with Journal.open(url) as journal:
        if profile not in {p.name for p in journal.profiles()}:
            journal.add_profile(profile)  # no write creates a profile
        for i in range(count):
            entry = PainEntry(at=datetime.now(UTC), spots=[spot], note=f"{profile} #{i}")
            entry_id = journal.add_pain_entry(profile=profile, entry=entry)
            sys.stdout.write(f"{entry_id}\n")
            sys.stdout.flush()


if __name__ == "__main__":
    if len(sys.argv) == 6:
        wait_for_start(Path(sys.argv[4]), Path(sys.argv[5]))
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
