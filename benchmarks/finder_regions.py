"""How well the finder reads places from free text: precision and recall of regions and sides.

Usage: python benchmarks/finder_regions.py [CASES.jsonl] [--misses]

With no file: benchmarks/region-reading.jsonl, a set written apart from the parser (phrases in
the words of forums, NHS pages, physio notes and pain-diary drawings). Each line holds
{"id", "text", "regions": [{"id", "side"}], "not_regions" (optional), "style", "source"}; a
side of null means any side will do.

Each text goes through build_query, the function the finder and the consult use to turn text
into marks; a text from which nothing is read (InvalidQuery) counts as nothing read, and any
other exception is counted apart as an error, also as nothing read. A region read on the left
and on the right counts as read on both sides, and a region read with a side and again without
one counts once, with the side. It prints micro precision and recall:
  id         region ids alone
  id+side    region ids with the side (a null side in the set matches any side read)
per style and per body area (recall by the area of the expected region, precision by the area
of the region read), the share of not_regions (places named but not painful, or named only in
an activity) wrongly read as painful (as a mark's region or one of its alternatives), and with
--misses every case with a missed or an extra place.
"""

from __future__ import annotations

import json
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from triggerpoint.errors import InvalidQuery
from triggerpoint.finder import build_query
from triggerpoint.knowledge import KnowledgeBase

DEFAULT = Path(__file__).resolve().parent / "region-reading.jsonl"

Place = tuple[str, str | None]


@dataclass
class Reading:
    """What was read from one case: places, broad-word alternatives, and how it went."""

    places: set[Place]
    alternatives: set[str]
    outcome: str  # "read", "nothing" or "error: ..."


@dataclass
class Tally:
    """Counts behind micro precision and recall."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


@dataclass
class Group:
    """Tallies for one style or one area."""

    cases: int = 0
    exact: int = 0
    ids: Tally = field(default_factory=Tally)
    sides: Tally = field(default_factory=Tally)


def load(path: Path) -> list[dict[str, Any]]:
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def read(kb: KnowledgeBase, text: str) -> Reading:
    """The places build_query reads from text; never raises."""
    try:
        marks = build_query(kb, text=text).marks
    except InvalidQuery:
        return Reading(set(), set(), "nothing")
    except Exception as error:  # a benchmark must survive any case
        return Reading(set(), set(), f"error: {type(error).__name__}: {error}")
    sides: dict[str, set[str | None]] = defaultdict(set)
    alternatives: set[str] = set()
    for mark in marks:
        sides[mark.region].add(None if mark.side == "either" else mark.side)
        alternatives.update(mark.alternatives)
    places: set[Place] = set()
    for region, found in sides.items():
        if {"left", "right"} <= found:
            found = (found - {"left", "right"}) | {"both"}
        if len(found) > 1:
            found.discard(None)  # the same place read again without a side adds nothing
        places |= {(region, side) for side in found}
    return Reading(places, alternatives, "read" if places else "nothing")


def expected_places(case: dict[str, Any]) -> set[Place]:
    return {(r["id"], r["side"]) for r in case["regions"]}


def side_matches(wanted: str | None, got: str | None) -> bool:
    return wanted is None or wanted == got


def score(wanted: set[Place], got: set[Place]) -> tuple[set[Place], set[Place]]:
    """The expected places not matched, and the places read that match nothing expected."""
    missed = {w for w in wanted if not any(g[0] == w[0] and side_matches(w[1], g[1]) for g in got)}
    extra = {g for g in got if not any(g[0] == w[0] and side_matches(w[1], g[1]) for w in wanted)}
    return missed, extra


def fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.1%}"


def table(title: str, groups: dict[str, Group], show_cases: bool) -> None:
    count = "cases" if show_cases else "want"
    header = f"{'P id':>7} {'R id':>7} {'P id+side':>10} {'R id+side':>10}"
    print(f"\n{title:22} {count:>5} {header}" + (f" {'exact':>7}" if show_cases else ""))
    for name, g in sorted(groups.items()):
        n = g.cases if show_cases else g.ids.tp + g.ids.fn
        line = (
            f"{name:22} {n:5} {fmt(g.ids.precision()):>7} {fmt(g.ids.recall()):>7} "
            f"{fmt(g.sides.precision()):>10} {fmt(g.sides.recall()):>10}"
        )
        if show_cases:
            line += f" {g.exact / g.cases:7.0%}"
        print(line)


def main(argv: list[str]) -> None:
    show_misses = "--misses" in argv
    paths = [a for a in argv if not a.startswith("--")]
    path = Path(paths[0]) if paths else DEFAULT
    cases = load(path)
    kb = KnowledgeBase.load()

    def area(region_id: str) -> str:
        region = kb.atlas.regions.get(region_id)
        return region.area if region is not None else "(not in atlas)"

    styles: dict[str, Group] = defaultdict(Group)
    areas: dict[str, Group] = defaultdict(Group)
    total = Group()
    outcomes: dict[str, int] = defaultdict(int)
    wrong_not = named_not = 0
    lenient_tp = 0
    misses: list[str] = []
    started = time.perf_counter()
    for case in cases:
        reading = read(kb, case["text"])
        outcomes[reading.outcome.split(":")[0]] += 1
        wanted = expected_places(case)
        want_ids = {w[0] for w in wanted}
        got_ids = {g[0] for g in reading.places}
        missed, extra = score(wanted, reading.places)
        id_counts = (len(want_ids & got_ids), len(got_ids - want_ids), len(want_ids - got_ids))
        side_counts = (len(wanted) - len(missed), len(extra), len(missed))
        exact = not missed and not extra
        lenient_tp += len(want_ids & (got_ids | reading.alternatives))
        for group in (total, styles[case["style"]]):
            group.cases += 1
            group.exact += exact
            group.ids.add(*id_counts)
            group.sides.add(*side_counts)
        for region_id in want_ids:
            hit = region_id in got_ids
            areas[area(region_id)].ids.add(int(hit), 0, int(not hit))
        for region_id in got_ids - want_ids:
            areas[area(region_id)].ids.add(0, 1, 0)
        for w in wanted:
            areas[area(w[0])].sides.add(int(w not in missed), 0, int(w in missed))
        for g in extra:
            areas[area(g[0])].sides.add(0, 1, 0)
        not_regions = case.get("not_regions", [])
        wrongly = [r for r in not_regions if r in got_ids or r in reading.alternatives]
        named_not += len(not_regions)
        wrong_not += len(wrongly)
        if not exact or wrongly:
            misses.append(
                f"  {case['id']} [{case['style']}] {case['text'][:110]!r}\n"
                f"      want {sorted(wanted, key=str)}; read {sorted(reading.places, key=str)}"
                + (f"; missed {sorted(missed, key=str)}" if missed else "")
                + (f"; extra {sorted(extra, key=str)}" if extra else "")
                + (f"; not-regions read {wrongly}" if wrongly else "")
                + ("" if reading.outcome in ("read", "nothing") else f"; {reading.outcome}")
            )
    elapsed = time.perf_counter() - started

    print(
        f"region reading on {path.name}: {len(cases)} cases, "
        f"measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}"
    )
    print(
        f"outcomes: {dict(sorted(outcomes.items()))}; "
        f"{elapsed / max(len(cases), 1) * 1000:.1f} ms a case"
    )
    print(f"\n{'micro, all cases':22} {'precision':>10} {'recall':>8}  (tp/fp/fn)")
    for label, tally in (("region id", total.ids), ("region id + side", total.sides)):
        print(
            f"{label:22} {fmt(tally.precision()):>10} {fmt(tally.recall()):>8}  "
            f"({tally.tp}/{tally.fp}/{tally.fn})"
        )
    wanted_ids = total.ids.tp + total.ids.fn
    lenient = fmt(lenient_tp / wanted_ids if wanted_ids else None)
    print(
        f"{'region id recall':22} {'':>10} {lenient:>8}  "
        "(a broad word's alternatives counted as read)"
    )
    print(
        f"cases read exactly (ids and sides, nothing extra): {total.exact}/{total.cases} "
        f"({total.exact / max(total.cases, 1):.1%})"
    )
    rate = wrong_not / named_not if named_not else None
    print(f"not_regions wrongly read as painful: {wrong_not}/{named_not} ({fmt(rate)})")
    table("per style", styles, show_cases=True)
    table("per area", areas, show_cases=False)
    if show_misses:
        print(f"\nmisses ({len(misses)}):")
        print("\n".join(misses))


if __name__ == "__main__":
    main(sys.argv[1:])
