"""Safety gate accuracy per category, and what screening costs.

Usage: python benchmarks/safety_gate.py [CASES.jsonl ...] [--misses]

With no files: the project's own suite (tests/safety/suite/*.jsonl), the development set
(../shared/eval/safety-dev.jsonl) and the held-out sets (benchmarks/safety-heldout*.jsonl), each
reported apart. Each line holds {"id", "text",
"min_level", "max_level", "category"}. For every category it prints:
  at-or-above  share screened at or above min_level (the wanted level)
  withholds    share of red-flag cases (min_level doctor or above) screened doctor or above
  false-alarm  share screened above max_level
  in-range     share screened within [min_level, max_level]
then the totals the targets speak of, and the cost of screening: import, first screen (cold,
with the concept index built), and the median and p99 of a warm screen.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SUITE = sorted((ROOT / "tests" / "safety" / "suite").glob("*.jsonl"))
DEV = ROOT.parent / "shared" / "eval" / "safety-dev.jsonl"
#: Sets written by other authors after the gate was built, to see how it generalises: the first
#: was looked at once the figures were taken (so it became a development set), the second only
#: measured.
HELD_OUT = sorted((ROOT / "benchmarks").glob("safety-heldout*.jsonl"))
LEVELS = ("self-care", "therapist", "doctor", "urgent", "emergency")


def rank(level: str) -> int:
    return LEVELS.index(level)


def load(paths: list[Path]) -> list[dict[str, str]]:
    rows = []
    for path in paths:
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                 if line.strip()]
    return rows


def kind(row: dict[str, str]) -> str:
    if rank(row["min_level"]) >= rank("doctor"):
        return "red-flag"
    if row["min_level"] == "therapist":
        return "therapist"
    return "benign"


def report(name: str, rows: list[dict[str, str]], show_misses: bool) -> list[float]:
    from triggerpoint.knowledge import KnowledgeBase
    from triggerpoint.safety import screen

    kb = KnowledgeBase.load()
    per: dict[str, list[tuple[dict[str, str], str]]] = defaultdict(list)
    times = []
    for row in rows:
        start = time.perf_counter()
        level = screen(kb, text=row["text"]).level
        times.append(time.perf_counter() - start)
        per[row["category"]].append((row, level))
    print(f"\n## {name}: {len(rows)} cases")
    print(f"{'category':32} {'n':>4} {'at-or-above':>12} {'withholds':>10} "
          f"{'false-alarm':>12} {'in-range':>9}")
    totals: dict[str, list[bool]] = defaultdict(list)
    misses = []
    for category, found in sorted(per.items()):
        above = [rank(lv) >= rank(r["min_level"]) for r, lv in found]
        alarm = [rank(lv) > rank(r["max_level"]) for r, lv in found]
        inside = [a and not f for a, f in zip(above, alarm, strict=True)]
        flags = [rank(lv) >= rank("doctor") for r, lv in found if kind(r) == "red-flag"]
        withholds = f"{sum(flags) / len(flags):.0%}" if flags else "-"
        print(f"{category:32} {len(found):4} {sum(above) / len(found):12.0%} {withholds:>10} "
              f"{sum(alarm) / len(found):12.0%} {sum(inside) / len(found):9.0%}")
        for (r, lv), a, f in zip(found, above, alarm, strict=True):
            group = kind(r)
            totals[f"{group} at-or-above"].append(a)
            totals[f"{group} false-alarm"].append(f)
            if group == "red-flag":
                totals["red-flag withholds"].append(rank(lv) >= rank("doctor"))
            if not a or f:
                misses.append((r["id"], category, r["min_level"], r["max_level"], lv,
                               r["text"][:160]))
    print()
    for key in ("red-flag withholds", "red-flag at-or-above", "benign false-alarm",
                "therapist at-or-above", "therapist false-alarm"):
        values = totals.get(key, [])
        if values:
            print(f"{key:28} {sum(values) / len(values):6.1%}  ({sum(values)}/{len(values)})")
    ms = sorted(t * 1000 for t in times)
    print(f"screen per case: median {statistics.median(ms):.2f} ms, "
          f"p99 {ms[int(0.99 * (len(ms) - 1))]:.2f} ms")
    if show_misses:
        for miss in misses:
            print("  miss:", *miss)
    return times


def startup() -> None:
    """Import, first screen (concept index built) and a warm screen, in a fresh process."""
    code = (
        "import time; t0 = time.perf_counter()\n"
        "from triggerpoint.knowledge import KnowledgeBase\n"
        "from triggerpoint.safety import screen\n"
        "t1 = time.perf_counter(); kb = KnowledgeBase.load(); t2 = time.perf_counter()\n"
        "screen(kb, text='my lower back aches after gardening'); t3 = time.perf_counter()\n"
        "screen(kb, text='my neck is stiff after a long drive'); t4 = time.perf_counter()\n"
        "print(f'{(t1-t0)*1e3:.0f} {(t2-t1)*1e3:.0f} {(t3-t2)*1e3:.0f} {(t4-t3)*1e3:.1f}')\n"
    )
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True).stdout.split() for _ in range(5)]
    cols = list(zip(*[[float(x) for x in r] for r in runs], strict=True))
    imp, kb, first, warm = (statistics.median(c) for c in cols)
    print(f"\n## start-up (median of 5 fresh processes)\nimport {imp:.0f} ms, knowledge base "
          f"{kb:.0f} ms, first screen (builds the concept index) {first:.0f} ms, "
          f"second screen {warm:.1f} ms")


def main(argv: list[str]) -> None:
    show = "--misses" in argv
    files = [Path(a) for a in argv if not a.startswith("--")]
    if files:
        report(", ".join(f.name for f in files), load(files), show)
    else:
        report("own suite (tests/safety/suite)", load(SUITE), show)
        if DEV.exists():
            report("development set (shared/eval/safety-dev.jsonl)", load([DEV]), show)
        for path in HELD_OUT:
            report(f"held-out set by another author ({path.name})", load([path]), show)
    startup()


if __name__ == "__main__":
    main(sys.argv[1:])
