"""`triggerpoint muscles | muscle | regions | bodymap`: browse the atlas and knowledge base."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

__all__ = ["bodymap", "muscle", "muscles", "regions"]

JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON (stable, see docs/json.md).")]


def muscles(
    region: Annotated[
        str | None, typer.Option("--region", help="Only muscles that refer pain to this region.")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """List the muscles in the knowledge base.

    Example: triggerpoint muscles --region temple
    """
    from triggerpoint.cli import render
    from triggerpoint.knowledge import KnowledgeBase

    kb = KnowledgeBase.load()
    found = list(kb.muscles.values())
    if region is not None:
        found = kb.muscles_referring_to(kb.atlas.get(region).id)
    if as_json:
        render.print_json([render.muscle_json(m) for m in found])
    else:
        render.muscle_table(kb, found, region)


def muscle(
    name: Annotated[str, typer.Argument(help="Muscle id, name or alias, e.g. 'SCM'.")],
    as_json: JsonOpt = False,
) -> None:
    """Show one muscle: trigger points, where it sends pain, how to release and stretch it.

    A group name such as SCM or trapezius shows every part (JSON: a list).

    Example: triggerpoint muscle "upper trapezius"
    """
    from triggerpoint.cli import render
    from triggerpoint.knowledge import KnowledgeBase

    kb = KnowledgeBase.load()
    found = kb.muscles_named(name)
    if as_json:
        data = [render.muscle_json(m) for m in found]
        render.print_json(data[0] if len(data) == 1 else data)
    else:
        for item in found:
            render.muscle_view(kb, item)


def regions(as_json: JsonOpt = False) -> None:
    """List the body regions (ids, names and the words people use for them).

    Example: triggerpoint regions --json
    """
    from triggerpoint.atlas import Atlas
    from triggerpoint.cli import render

    atlas = Atlas.load()
    if as_json:
        render.print_json([r.model_dump(mode="json") for r in atlas])
    else:
        render.region_table(atlas)


def bodymap(
    muscle: Annotated[
        list[str], typer.Option("--muscle", help="Muscle id, name or alias; repeat for several.")
    ],
    out: Annotated[Path, typer.Option("--out", help="Output file: .svg or .png.")],
    side: Annotated[str, typer.Option(help="Side of the muscle: left or right.")] = "right",
) -> None:
    """Draw where a muscle sends pain: essential zone dark, spillover light, trigger points as X.

    Example: triggerpoint bodymap --muscle upper-trapezius --out trap.svg
    """
    from triggerpoint.atlas.chart import muscles_chart_svg, svg_to_png
    from triggerpoint.errors import InvalidQuery
    from triggerpoint.knowledge import KnowledgeBase

    if side not in ("left", "right"):
        raise InvalidQuery(f"Side must be 'left' or 'right', not '{side}'.")
    suffix = out.suffix.lower()
    if suffix not in (".svg", ".png"):
        raise InvalidQuery(f"Output file must end in .svg or .png, not '{out.name}'.")
    kb = KnowledgeBase.load()
    chosen = [m for name in muscle for m in kb.muscles_named(name)]
    svg = muscles_chart_svg(kb, chosen, side)
    if suffix == ".svg":
        out.write_text(svg, encoding="utf-8")
    else:
        out.write_bytes(svg_to_png(svg))
    typer.echo(f"Wrote {out}")
