"""Finder accuracy on pain vignettes: top-1/3/5 hit rates and MRR, next to the naive baseline.

Usage: python benchmarks/finder_accuracy.py [VIGNETTES.jsonl ...] [--misses]

Without a file it runs on the three sets it is measured on: ``../shared/eval/dev-vignettes.jsonl``,
``../shared/eval/dev-vignettes-styles.jsonl`` (per style) and
``benchmarks/vignettes-heldout.jsonl``.

Each line holds {"id", "text", "expected": [muscle names]} and optionally "style". A case is a hit
at rank k when any expected muscle (by id, name, alias, or a group such as 'gluteus minimus'; an
entry "a/b/c" means any one of them) is ranked k or better. A description the finder cannot read
(an input error such as "No body region found") is a miss for both the finder and the baseline,
and is counted and listed, never a crash.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from triggerpoint.errors import InputError
from triggerpoint.finder import build_query, find
from triggerpoint.finder.baseline import baseline_ranking
from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.names import normalize

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
DEFAULTS = [
    EVAL / "dev-vignettes.jsonl",
    EVAL / "dev-vignettes-styles.jsonl",
    ROOT / "benchmarks" / "vignettes-heldout.jsonl",
]


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
    n = len(ranks) or 1
    return {
        "top1": sum(1 for r in ranks if r and r <= 1) / n,
        "top3": sum(1 for r in ranks if r and r <= 3) / n,
        "top5": sum(1 for r in ranks if r and r <= 5) / n,
        "mrr": sum(1 / r for r in ranks if r) / n,
    }


def evaluate(
    kb: KnowledgeBase, cases: list[dict[str, object]], misses: bool
) -> tuple[list[int | None], list[int | None], list[str]]:
    """(finder ranks, baseline ranks, ids of cases the finder could not read)."""
    model_ranks: list[int | None] = []
    base_ranks: list[int | None] = []
    unread: list[str] = []
    for case in cases:
        wanted = expected_ids(kb, case["expected"])  # type: ignore[arg-type]
        try:
            query = build_query(kb, text=str(case["text"]), top=len(kb.muscles))
        except InputError as exc:
            model_ranks.append(None)
            base_ranks.append(None)
            unread.append(str(case["id"]))
            if misses:
                print(f"  {case['id']} not read: {case['text']!r}: {exc}")
            continue
        ranking = [c.muscle for c in find(query, kb, text=str(case["text"])).candidates]
        model_ranks.append(rank_of(ranking, wanted))
        base_ranks.append(rank_of(baseline_ranking(query, kb), wanted))
        if misses and (model_ranks[-1] is None or model_ranks[-1] > 1):
            text = str(case["text"])[:60]
            print(
                f"  {case['id']} rank {model_ranks[-1]}: {text!r} "
                f"want {sorted(wanted)}; got {ranking[:3]}"
            )
    return model_ranks, base_ranks, unread


def report(
    label: str, model_ranks: list[int | None], base_ranks: list[int | None], unread: list[str]
) -> None:
    model, base = summary(model_ranks), summary(base_ranks)
    ratio = model["top1"] / base["top1"] if base["top1"] else float("inf")
    print(
        f"  {label:10}{len(model_ranks):>5}{model['top1']:8.1%}{model['top3']:8.1%}"
        f"{model['top5']:8.1%}{model['mrr']:8.3f}  |{base['top1']:8.1%}{base['top3']:8.1%}"
        f"{base['mrr']:8.3f}  |{ratio:6.2f}{len(unread):>7}"
    )


def run(kb: KnowledgeBase, path: Path, misses: bool) -> None:
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    print(f"\n{path.name}: {len(cases)} cases, {len(kb.muscles)} muscles")
    print(
        f"  {'':10}{'n':>5}{'top-1':>8}{'top-3':>8}{'top-5':>8}{'MRR':>8}  |"
        f"{'base-1':>8}{'base-3':>8}{'b-MRR':>8}  |{'ratio':>6}{'unread':>7}"
    )
    styles: list[str | None] = [*sorted({str(c["style"]) for c in cases if "style" in c})]
    everything: tuple[list[int | None], list[int | None], list[str]] = ([], [], [])
    for style in styles or [None]:
        chosen = [c for c in cases if c.get("style") == style]
        if style is not None and misses:
            print(f"  -- {style}")
        result = evaluate(kb, chosen, misses)
        for total, part in zip(everything, result, strict=True):
            total += part  # type: ignore[operator]
        if style is not None:
            report(style, *result)
    report("all", *everything)
    print("  (ratio = finder top-1 / baseline top-1; unread = no region found, a miss)")


def main(argv: list[str]) -> None:
    paths = [Path(a) for a in argv if not a.startswith("--")] or DEFAULTS
    kb = KnowledgeBase.load()
    for path in paths:
        run(kb, path, "--misses" in argv)


if __name__ == "__main__":
    main(sys.argv[1:])
