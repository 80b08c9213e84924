"""Build the body chart from simple parametric parts.

Writes ``src/triggerpoint/atlas/data/chart.json`` (one closed shape per region, side and view,
in SVG coordinates) and derives every region's ``neighbours`` from that geometry, writing them
into ``src/triggerpoint/atlas/data/regions.yaml`` (in the canonical form of
``triggerpoint kb lint``).

Needs shapely (``pip install -e '.[test]'``); the runtime only reads the JSON.

    .venv/bin/python scripts/build_chart.py           # rebuild chart.json and neighbours
    .venv/bin/python scripts/build_chart.py --check   # exit 1 when the files are stale

The body is designed in "half-body" coordinates: ``u`` is the distance from the midline
(growing towards the person's own side, i.e. lateral) and ``y`` grows downward from the top of
the head. Paired regions are built for one half and mirrored; midline regions are built whole.
In the front view the person's right is on the viewer's left; in the back view on the right.
"""

from __future__ import annotations

import argparse
import sys

from .pipeline import (
    CHART_FILE,
    ROOT,
    build,
    chart_text,
    load_regions,
    neighbours_for,
    report_views,
    stale_files,
    write_neighbours,
)

__all__ = ["FIX_COMMAND", "main"]

#: The command that brings the generated files up to date.
FIX_COMMAND = ".venv/bin/python scripts/build_chart.py"


def main(argv: list[str] | None = None) -> int:
    """Rebuild chart.json and the neighbours (or with ``--check`` only compare); exit status."""
    parser = argparse.ArgumentParser(
        prog="build_chart.py", description=__doc__.split("\n\n")[0] if __doc__ else None
    )
    parser.add_argument("--check", action="store_true", help="fail if the files are stale")
    parser.add_argument(
        "--chart-only", action="store_true", help="write chart.json but leave regions.yaml"
    )
    args = parser.parse_args(argv)
    regions = load_regions()
    chart = build(regions)
    text = chart_text(chart)
    neighbours = neighbours_for(regions, text)
    if args.check:
        stale = stale_files(regions, text, neighbours)
        if stale:
            print(f"stale: {', '.join(stale)}; run {FIX_COMMAND}")
            return 1
        print("up to date")
        return 0
    CHART_FILE.write_text(text, encoding="utf-8")
    report_views(regions, chart)
    if args.chart_only:
        return 0
    write_neighbours(neighbours)
    drawn = {(s["r"], s["s"], s["v"]) for s in chart["shapes"]}
    print(
        f"wrote {CHART_FILE.relative_to(ROOT)}: {len(chart['shapes'])} shapes, "
        f"{len({r for r, _, _ in drawn})} regions, {len(text) // 1024} KiB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
