"""Finder latency: in-process median and p99 per query, and whole-process `triggerpoint find`.

Usage: python benchmarks/finder_latency.py [VIGNETTES.jsonl] [--rounds N]
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from triggerpoint.finder import build_query, find
from triggerpoint.knowledge import KnowledgeBase

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev-vignettes.jsonl"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def timed(fn: object, rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append((time.perf_counter() - start) * 1000)
    return times


def main(argv: list[str]) -> None:
    paths = [a for a in argv if not a.startswith("--")]
    rounds = int(argv[argv.index("--rounds") + 1]) if "--rounds" in argv else 200
    path = Path(paths[0]) if paths and Path(paths[0]).exists() else DEFAULT
    texts = [json.loads(line)["text"] for line in path.read_text().splitlines() if line]
    kb = KnowledgeBase.load()
    queries = [build_query(kb, text=t) for t in texts]
    find(queries[0], kb)  # compile once, as a long-running process would

    rank_ms, full_ms = [], []
    for query, text in zip(queries, texts, strict=True):
        rank_ms += timed(lambda q=query: find(q, kb), rounds // 10 or 1)
        full_ms += timed(lambda t=text: find(build_query(kb, text=t), kb), rounds // 10 or 1)
    print(f"in-process, {len(kb.muscles)} muscles, {len(queries)} queries x {rounds // 10} rounds")
    print(
        f"  rank a parsed query:      median {statistics.median(rank_ms):.3f} ms   "
        f"p99 {percentile(rank_ms, 0.99):.3f} ms"
    )
    print(
        f"  parse text + rank:        median {statistics.median(full_ms):.3f} ms   "
        f"p99 {percentile(full_ms, 0.99):.3f} ms"
    )

    exe = shutil.which("triggerpoint", path=str(Path(sys.executable).parent))
    if exe:
        cli = [
            timed(
                lambda: subprocess.run(
                    [exe, "find", texts[0], "--json"], capture_output=True, check=True
                ),
                1,
            )[0]
            for _ in range(15)
        ]
        help_ms = [
            timed(lambda: subprocess.run([exe, "--help"], capture_output=True, check=True), 1)[0]
            for _ in range(15)
        ]
        print(
            f"whole process `triggerpoint find ... --json`: median {statistics.median(cli):.0f} ms"
            f"   (`triggerpoint --help`: median {statistics.median(help_ms):.0f} ms)"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
