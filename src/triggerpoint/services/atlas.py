"""Atlas and knowledge look-ups: muscles (all, by region, by name), regions, the body map."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from triggerpoint.errors import InvalidQuery

if TYPE_CHECKING:
    from triggerpoint.atlas import Region
    from triggerpoint.knowledge import Muscle
    from triggerpoint.services.context import AppContext

__all__ = ["body_map", "muscles", "muscles_named", "regions"]


def muscles(ctx: AppContext, region: str | None = None) -> list[Muscle]:
    """Every muscle, or those that refer pain to ``region`` (a name or id; suggestions if not)."""
    if region is None:
        return list(ctx.kb.muscles.values())
    return ctx.kb.muscles_referring_to(ctx.kb.atlas.get(region).id)


def muscles_named(ctx: AppContext, name: str) -> list[Muscle]:
    """The muscle (or a group's muscles) a name, id or alias means."""
    return ctx.kb.muscles_named(name)


def regions(ctx: AppContext) -> list[Region]:
    """Every body region, in atlas order."""
    return list(ctx.kb.atlas)


def body_map(ctx: AppContext, names: list[str], side: str,
             kind: Literal["svg", "png"]) -> bytes:
    """Where the named muscles send pain, drawn as SVG or PNG bytes."""
    from triggerpoint.atlas.chart import muscles_chart_svg, svg_to_png

    if side not in ("left", "right"):
        raise InvalidQuery(f"Side must be 'left' or 'right', not '{side}'.")
    chosen = [m for name in names for m in ctx.kb.muscles_named(name)]
    svg = muscles_chart_svg(ctx.kb, chosen, side)
    return svg.encode("utf-8") if kind == "svg" else svg_to_png(svg)
