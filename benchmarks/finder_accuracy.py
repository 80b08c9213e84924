"""Finder accuracy on pain vignettes: top-1/3/5 hit rates and MRR, next to the naive baseline.

Usage: python benchmarks/finder_accuracy.py [VIGNETTES.jsonl] [--misses]

Each line holds {"id", "text", "expected": [muscle names]}. A case is a hit at rank k when any
expected muscle (by id, name, alias, or a group such as 'gluteus minimus') is ranked k or better.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from triggerpoint.finder import build_query, find
from triggerpoint.finder.baseline import baseline_ranking
from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.names import normalize

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev-vignettes.jsonl"


def expected_ids(kb: KnowledgeBase, names: list[str]) -> set[str]:
    """Muscle ids an expected name stands for (a muscle, or every muscle of a group)."""
    ids: set[str] = set()
    for name in [part.strip() for n in names for part in n.split("/")]:
        muscle = kb.find_muscle(name)
        if muscle is not None:
            ids.add(muscle.id)
            continue
        group = normalize(name).replace(" ", "-")
        members = {m.id for m in kb.muscles.values() if m.group == group}
        if not members:
            raise SystemExit(f"expected muscle '{name}' is not in the knowledge base")
        ids |= members
    return ids


def rank_of(ranking: list[str], wanted: set[str]) -> int | None:
    return next((i + 1 for i, m in enumerate(ranking) if m in wanted), None)


def summary(ranks: list[int | None]) -> dict[str, float]:
    n = len(ranks)
    return {
        "top1": sum(1 for r in ranks if r and r <= 1) / n,
        "top3": sum(1 for r in ranks if r and r <= 3) / n,
        "top5": sum(1 for r in ranks if r and r <= 5) / n,
        "mrr": sum(1 / r for r in ranks if r) / n,
    }


def main(argv: list[str]) -> None:
    paths = [a for a in argv if not a.startswith("--")]
    path = Path(paths[0]) if paths else DEFAULT
    kb = KnowledgeBase.load()
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    model_ranks: list[int | None] = []
    base_ranks: list[int | None] = []
    for case in cases:
        wanted = expected_ids(kb, case["expected"])
        query = build_query(kb, text=case["text"], top=len(kb.muscles))
        ranking = [c.muscle for c in find(query, kb).candidates]
        model_ranks.append(rank_of(ranking, wanted))
        base_ranks.append(rank_of(baseline_ranking(query, kb), wanted))
        if "--misses" in argv and (model_ranks[-1] is None or model_ranks[-1] > 1):
            print(f"  {case['id']} rank {model_ranks[-1]}: want {sorted(wanted)}; "
                  f"got {ranking[:3]}")
    model, base = summary(model_ranks), summary(base_ranks)
    print(f"finder accuracy on {path.name}: {len(cases)} cases, {len(kb.muscles)} muscles")
    print(f"{'':10}{'top-1':>8}{'top-3':>8}{'top-5':>8}{'MRR':>8}")
    for label, s in (("model", model), ("baseline", base)):
        print(f"{label:10}{s['top1']:8.1%}{s['top3']:8.1%}{s['top5']:8.1%}{s['mrr']:8.3f}")
    ratio = model["mrr"] / base["mrr"] if base["mrr"] else float("inf")
    print(f"MRR ratio model/baseline: {ratio:.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
